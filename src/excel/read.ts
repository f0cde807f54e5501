// Reading the workbook into the engine's snapshot in a fixed number of round trips: the sheet
// names first (one sync, by the caller), then every sheet's cells and merged areas together (one
// sync), however many sheets there are. Only the cells that matter are read, as the command line
// reads them: columns A to IV (core's READ_COLUMNS; a value further right is left out with the
// same warning), in blocks of rows that stay within Excel's 5,000,000-cell read limit. A sheet
// with values below the first block (rare: a stray far value, a very long sheet) costs two more
// syncs. Excel on the web refuses a response above 5 MB, so a workbook too large for one response
// is read in as many syncs as its size needs.
import { columnLetter, isDateFormatCode, MAX_COLUMNS, MAX_ROWS, OUTPUT_MARK, rangeFromA1, READ_COLUMNS, serialToIsoDate } from "../core";
import type { CellRange, CellsBeyondColumns, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core";
import { officeErrorCode } from "./errors";
import type { ExcelFeatures } from "./features";
import { isTemporary } from "./outputSheets";

/** Requests and responses are kept under this, well below Excel on the web's 5 MB. */
export const PAYLOAD_BUDGET_BYTES = 3_500_000;
/** A unit sheet (~40 rows × 10 columns) answers with ~10 KB: value, type and format per cell. */
const BYTES_PER_CELL = 40;
const BYTES_PER_SHEET = 12_000;
/**
 * What a sheet adds to a request (measured on Microsoft's runtime: about 3,200 bytes to read its
 * cells, 1,030 to ask its size, 600 for one block's size): requests are split by these too.
 */
const REQUEST_BYTES_PER_READ = 3_600;
const REQUEST_BYTES_PER_SIZE = 1_200;
/** Rows per block: READ_COLUMNS × this stays within the 5,000,000 cells one range may read. */
export const READ_BLOCK_ROWS = Math.floor(5_000_000 / READ_COLUMNS);
const LAST_READ_COLUMN = columnLetter(READ_COLUMNS - 1);
/** Right of the read columns, for the warning. */
const BEYOND_COLUMNS = `${columnLetter(READ_COLUMNS)}:${columnLetter(MAX_COLUMNS - 1)}`;
/** The rows a sheet without values gets: one shared frozen row for every blank row. */
const EMPTY_ROW = Object.freeze([]) as unknown as CellValue[];

/** One band of rows as read: the used cells inside it (a null object when it has none). */
interface Block {
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
}

/** What was queued for one sheet; read after the sync. */
interface PendingSheet {
  worksheet: Excel.Worksheet;
  blocks: Block[];
  /** The used cells of columns A to IV below the first block, bounds only (a null object when none). */
  lower: Excel.Range;
  /** The used cells right of column IV, bounds only: the warning's area. */
  beyond: Excel.Range;
  /** The sheet's `OUTPUT_MARK`, a null object when it has none. */
  mark: Excel.NamedItem;
}

export interface ReadOptions {
  /** Requests and responses are kept under this. */
  budget?: number;
  /** Told once per sheet that has values right of column IV, which are not read. */
  onWarning?: (warning: CellsBeyondColumns) => void;
}

/**
 * The used cells (values only) of `address`. The area asked about is only a step on the way: it
 * is untracked at once, so Excel keeps no reference to it past the sync (issue 20).
 */
function usedRangeOf(worksheet: Excel.Worksheet, address: string): Excel.Range {
  const area = worksheet.getRange(address);
  area.untrack();
  return area.getUsedRangeOrNullObject(true);
}

/** Queues the read of rows `first`..`last` (one-based) of columns A to IV: used cells and merges. */
function queueBlock(worksheet: Excel.Worksheet, first: number, last: number, features: ExcelFeatures): Block {
  // valuesOnly: formatting alone must not stretch the grid (a formatted empty column is common).
  const used = usedRangeOf(worksheet, `A${first}:${LAST_READ_COLUMN}${last}`);
  // Untracked before the sync: only its loaded properties are used after it, so Excel need not
  // keep the range (a `_KeepReference` now, a release request after the run; issue 20).
  used.load("values, valueTypes, numberFormat, rowIndex, columnIndex").untrack();
  let merges: Excel.RangeAreas | null = null;
  if (features.mergedAreas) {
    merges = used.getMergedAreasOrNullObject();
    merges.load("areas/items/address").untrack();
  }
  return { used, merges };
}

/** Queues the loads for one sheet: its first block, the bounds of what lies below and right of it, its mark. */
function queueSheet(worksheet: Excel.Worksheet, features: ExcelFeatures): PendingSheet {
  const lower = usedRangeOf(worksheet, `A${READ_BLOCK_ROWS + 1}:${LAST_READ_COLUMN}${MAX_ROWS}`);
  const beyond = usedRangeOf(worksheet, BEYOND_COLUMNS);
  // The engine tells outputs from input by this mark (core's `OUTPUT_MARK`, on every sheet the
  // product writes, the add-in and the command line alike), so it is read with the data.
  const mark = worksheet.names.getItemOrNullObject(OUTPUT_MARK);
  return {
    worksheet,
    blocks: [queueBlock(worksheet, 1, READ_BLOCK_ROWS, features)],
    lower: lower.load("rowIndex, rowCount").untrack(),
    beyond: beyond.load("address").untrack(),
    mark,
  };
}

/**
 * Reads every sheet into a snapshot: in one sync when the workbook's estimated size fits the
 * payload budget (the usual case), otherwise — or when Excel refuses the response as too large —
 * the sizes first, then groups of sheets that fit. Rows below the first block follow (readLowerRows).
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  features: ExcelFeatures,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const budget = options.budget ?? PAYLOAD_BUDGET_BYTES;
  let pending: PendingSheet[] | null = null;
  if (worksheets.length * Math.max(BYTES_PER_SHEET, REQUEST_BYTES_PER_READ) <= budget) {
    // Temporary sheets of an interrupted earlier run are not read.
    const queued = worksheets.filter((worksheet) => !isTemporary(worksheet.name)).map((worksheet) => queueSheet(worksheet, features));
    try {
      await context.sync();
      pending = queued;
    } catch (error) {
      // A failed read changed nothing, so reading again in parts is safe.
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    }
  }
  pending ??= await readInParts(context, worksheets, features, budget);
  await readLowerRows(context, pending, features, budget);
  for (const sheet of pending) {
    // The add-in's own outputs are rewritten each run (the Details sheet is a column per unit).
    if (!sheet.beyond.isNullObject && sheet.mark.isNullObject) {
      const area = sheet.beyond.address.slice(sheet.beyond.address.lastIndexOf("!") + 1);
      options.onWarning?.({ kind: "cells-beyond-columns", sheet: sheet.worksheet.name, cell: area, count: null });
    }
  }
  return { sheets: pending.map(toSheetSnapshot) };
}

/** What a used range answers with, in bytes, by its size. */
const responseBytes = (used: Excel.Range) => (used.isNullObject ? 100 : used.rowCount * used.columnCount * BYTES_PER_CELL + 500);

/**
 * Queues `queue(item)` for consecutive items whose estimates add up to at most `budget` (an item
 * over it alone), and syncs each such group: one sync per group is the point, each request and
 * response must stay under the payload limit.
 */
async function syncInGroups<T>(
  context: Excel.RequestContext,
  items: T[],
  bytes: (item: T) => number,
  budget: number,
  queue: (item: T) => void,
) {
  let pending = 0;
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && pending + bytes(items[i]) > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      pending = 0;
    }
    queue(items[i]);
    pending += bytes(items[i]);
  }
  if (items.length > 0) await context.sync();
}

/** Every sheet's first block's size, then groups of sheets whose requests and responses fit the budget. */
async function readInParts(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  features: ExcelFeatures,
  budget: number,
): Promise<PendingSheet[]> {
  const read = worksheets.filter((worksheet) => !isTemporary(worksheet.name));
  const sizes: Excel.Range[] = [];
  const sizeOf = (worksheet: Excel.Worksheet) => {
    const used = usedRangeOf(worksheet, `A1:${LAST_READ_COLUMN}${READ_BLOCK_ROWS}`);
    sizes.push(used.load("rowCount, columnCount").untrack());
  };
  await syncInGroups(context, read, () => REQUEST_BYTES_PER_SIZE, budget, sizeOf);
  const pending: PendingSheet[] = [];
  // Each sheet counts what its response or its request takes, whichever is more.
  const bytes = (i: number) => Math.max(REQUEST_BYTES_PER_READ, responseBytes(sizes[i]));
  await syncInGroups(context, Object.keys(read).map(Number), bytes, budget, (i) => pending.push(queueSheet(read[i], features)));
  return pending;
}

/**
 * The rows below the first block, for the sheets that have any (rare: a stray far value, a very
 * long sheet): each block's used cells' size first, then the blocks that hold any, in groups that
 * fit the budget; a stray far value costs two syncs, however far it is.
 */
async function readLowerRows(context: Excel.RequestContext, pending: PendingSheet[], features: ExcelFeatures, budget: number) {
  const lower: { sheet: PendingSheet; first: number; last: number; size: Excel.Range }[] = [];
  pending.forEach((sheet) => {
    if (sheet.lower.isNullObject) return;
    const lastRow = sheet.lower.rowIndex + sheet.lower.rowCount;
    for (let first = sheet.lower.rowIndex + 1; first <= lastRow; first += READ_BLOCK_ROWS) {
      const last = Math.min(first + READ_BLOCK_ROWS - 1, lastRow);
      const size = usedRangeOf(sheet.worksheet, `A${first}:${LAST_READ_COLUMN}${last}`);
      lower.push({ sheet, first, last, size: size.load("rowCount, columnCount").untrack() });
    }
  });
  if (lower.length === 0) return;
  await context.sync();
  const used = lower.filter((block) => !block.size.isNullObject);
  await syncInGroups(
    context,
    used,
    (block) => responseBytes(block.size),
    budget,
    (block) => block.sheet.blocks.push(queueBlock(block.sheet.worksheet, block.first, block.last, features)),
  );
}

/** A sheet's blocks as one grid anchored at A1: the used ranges' offsets become leading blanks. */
function toSheetSnapshot(sheet: PendingSheet): SheetSnapshot {
  const name = sheet.worksheet.name;
  const marked = sheet.mark.isNullObject ? {} : { outputMark: true };
  const cells: CellValue[][] = [];
  const seen: Record<string, true> = {};
  for (const { used, merges: areas } of sheet.blocks) {
    if (used.isNullObject) continue;
    const { values, valueTypes, numberFormat, rowIndex, columnIndex } = used;
    // Blank rows share one frozen row, so a far value costs a slot per row, not a row of cells.
    while (cells.length < rowIndex) cells.push(EMPTY_ROW);
    for (let r = 0; r < values.length; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < columnIndex; c++) row.push(null);
      for (let c = 0; c < values[r].length; c++) row.push(toCellValue(values[r][c], valueTypes[r][c], numberFormat[r][c]));
      cells.push(row);
    }
    if (areas && !areas.isNullObject) {
      // A merged area across two blocks is answered by both.
      for (const area of areas.areas.items) seen[area.address.slice(area.address.lastIndexOf("!") + 1)] = true;
    }
  }
  const merges: CellRange[] = Object.keys(seen).map(rangeFromA1);
  return { name, cells, merges, ...marked };
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
