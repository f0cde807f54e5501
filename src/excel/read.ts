// Reading the workbook into the engine's snapshot in a fixed number of round trips: the sheet
// names first (one sync, by the caller), then every sheet's used range and merged areas together
// (one sync), however many sheets there are. Excel on the web refuses a response above 5 MB, so a
// workbook too large for one response is read in as many syncs as its size needs.
import { isDateFormatCode, OUTPUT_MARK, rangeFromA1, serialToIsoDate } from "../core";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core";
import { officeErrorCode } from "./errors";
import type { ExcelFeatures } from "./features";
import { isTemporary } from "./outputSheets";

/** Requests and responses are kept under this, well below Excel on the web's 5 MB. */
export const PAYLOAD_BUDGET_BYTES = 3_500_000;
/** A unit sheet (~40 rows × 10 columns) answers with ~10 KB: value, type and format per cell. */
const BYTES_PER_CELL = 40;
const BYTES_PER_SHEET = 12_000;

/** What was queued for one sheet; read after the sync. */
interface PendingSheet {
  name: string;
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
  /** The sheet's `OUTPUT_MARK`, a null object when it has none. */
  mark: Excel.NamedItem;
}

/**
 * Queues the loads for every sheet and returns a function that builds the snapshot once the
 * caller has synced. Temporary sheets of an interrupted earlier run are not read.
 */
function queueSnapshotRead(worksheets: Excel.Worksheet[], features: ExcelFeatures): () => WorkbookSnapshot {
  const pending: PendingSheet[] = [];
  for (const worksheet of worksheets) {
    if (isTemporary(worksheet.name)) continue;
    // valuesOnly: formatting alone must not stretch the grid (a formatted empty column is common).
    const used = worksheet.getUsedRangeOrNullObject(true);
    // Untracked before the sync: only its loaded properties are used after it, so Excel need not
    // keep the range (a `_KeepReference` now, a release request after the run).
    used.load("values, valueTypes, numberFormat, rowIndex, columnIndex").untrack();
    let merges: Excel.RangeAreas | null = null;
    if (features.mergedAreas) {
      merges = used.getMergedAreasOrNullObject();
      merges.load("areas/items/address").untrack();
    }
    // The engine tells outputs from input by this mark (core's `OUTPUT_MARK`, on every sheet the
    // product writes, the add-in and the command line alike), so it is read with the data.
    const mark = worksheet.names.getItemOrNullObject(OUTPUT_MARK);
    pending.push({ name: worksheet.name, used, merges, mark });
  }
  return () => ({ sheets: pending.map(toSheetSnapshot) });
}

/**
 * Reads every sheet into a snapshot: in one sync when the workbook's estimated size fits the
 * payload budget (the usual case), otherwise — or when Excel refuses the response as too large —
 * the used ranges' sizes first, then groups of sheets that fit.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  features: ExcelFeatures,
  budget = PAYLOAD_BUDGET_BYTES,
): Promise<WorkbookSnapshot> {
  if (worksheets.length * BYTES_PER_SHEET <= budget) {
    const snapshot = queueSnapshotRead(worksheets, features);
    try {
      await context.sync();
      return snapshot();
    } catch (error) {
      // A failed read changed nothing, so reading again in parts is safe.
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    }
  }
  return readInParts(context, worksheets, features, budget);
}

async function readInParts(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  features: ExcelFeatures,
  budget: number,
): Promise<WorkbookSnapshot> {
  const sizes = worksheets.map((worksheet) => {
    const used = worksheet.getUsedRangeOrNullObject(true);
    return used.load("rowCount, columnCount").untrack();
  });
  await context.sync();
  const groups: Excel.Worksheet[][] = [];
  let group: Excel.Worksheet[] = [];
  let bytes = 0;
  worksheets.forEach((worksheet, i) => {
    const used = sizes[i];
    const estimate = used.isNullObject ? 100 : used.rowCount * used.columnCount * BYTES_PER_CELL + 500;
    if (group.length > 0 && bytes + estimate > budget) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(worksheet);
    bytes += estimate;
  });
  if (group.length > 0) groups.push(group);
  const sheets: SheetSnapshot[] = [];
  for (const part of groups) {
    const snapshot = queueSnapshotRead(part, features);
    // One sync per part is the point here: each response must stay under the payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    sheets.push(...snapshot().sheets);
  }
  return { sheets };
}

function toSheetSnapshot(sheet: PendingSheet): SheetSnapshot {
  const marked = sheet.mark.isNullObject ? {} : { outputMark: true };
  if (sheet.used.isNullObject) return { name: sheet.name, cells: [], merges: [], ...marked };
  const { values, valueTypes, numberFormat, rowIndex, columnIndex } = sheet.used;
  // The snapshot is anchored at A1, so the used range's offset becomes leading blanks.
  const cells: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) cells.push([]);
  for (let r = 0; r < values.length; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < columnIndex; c++) row.push(null);
    for (let c = 0; c < values[r].length; c++) {
      row.push(toCellValue(values[r][c], valueTypes[r][c], numberFormat[r][c]));
    }
    cells.push(row);
  }
  const merges: CellRange[] = [];
  if (sheet.merges && !sheet.merges.isNullObject) {
    for (const area of sheet.merges.areas.items) merges.push(rangeFromA1(area.address.slice(area.address.lastIndexOf("!") + 1)));
  }
  return { name: sheet.name, cells, merges, ...marked };
}

/**
 * One cell as the engine sees it; the value type keeps an error apart from text that looks like
 * one, and the number format tells a date from a number.
 * @example toCellValue("#REF!", "Error", "General") → { kind: "error", code: "#REF!" }
 */
function toCellValue(value: unknown, type: string, format: unknown): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { kind: "error", code: String(value) };
    case "Boolean":
      return value === true || value === "TRUE" || value === 1;
    case "Double":
    case "Integer":
      if (typeof value !== "number") return Number(value);
      if (typeof format === "string" && isDateFormatCode(format)) {
        // A serial outside Excel's dates (it shows `#####`) stays the number, as the .xlsx reader keeps it.
        const iso = serialToIsoDate(value);
        if (iso !== null) return { kind: "date", iso };
      }
      return value;
    case "String":
      return String(value);
    default:
      return value === "" || value === null || value === undefined
        ? null
        : typeof value === "number" || typeof value === "boolean"
          ? value
          : String(value);
  }
}
