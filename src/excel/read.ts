// Reading the workbook into the engine's snapshot in a fixed number of round trips: the sheet
// names first (one sync, by the caller), then every sheet's cells and merged areas together (one
// sync), however many sheets there are. Only the cells that matter are read, as the command line
// reads them: columns A to IV (core's READ_COLUMNS; a value further right is left out with the
// same warning), in blocks of rows that stay within Excel's 5,000,000-cell read limit.
//
// Sizes. Excel on the web refuses a request or a response above 5 MB
// (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`; documented, see
// test/excel-host/excel-api-semantics.md §7); the desktop has no such limit. The first data sync
// reads each sheet's first block and learns the extent of its used cells; what lies below is
// read in blocks sized from that extent and a stated bytes-per-cell estimate (readBlocks.ts), as
// many syncs as the size needs (a stray far value: one more). When the first sync itself is
// refused, or the workbook is estimated too large for it, a sync learns every sheet's extent
// first and the sheets are read in blocks the same way. ASSUMED (not documented): how Excel
// counts the 5 MB (we keep responses under PAYLOAD_BUDGET_BYTES of UTF-8, by estimate), and that
// a refused response applied nothing, so reading again is safe; the estimate is ours, so a
// response Excel still refuses is read again in halved blocks, a bounded number of times.
import { columnLetter, MAX_COLUMNS, MAX_ROWS, OUTPUT_MARK, rangeFromA1, READ_COLUMNS } from "../core";
import type { CellRange, CellsBeyondColumns, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core";
import { officeErrorCode } from "./errors";
import type { ExcelFeatures } from "./features";
import { isTemporary } from "./outputSheets";
import { toCellValue } from "./readValues";
import {
  bandOf,
  BYTES_PER_CELL,
  LAST_READ_COLUMN,
  queueBlock,
  READ_BLOCK_ROWS,
  readBands,
  REQUEST_BYTES_PER_SIZE,
  syncInGroups,
  usedRangeOf,
  type Band,
  type PendingSheet,
} from "./readBlocks";

export { READ_BLOCK_ROWS } from "./readBlocks";

/** Requests and responses are kept under this, well below Excel on the web's 5 MB. */
export const PAYLOAD_BUDGET_BYTES = 3_500_000;
/** A unit sheet (~40 rows × 10 columns) answers with ~10 KB: value, type and format per cell. */
const BYTES_PER_SHEET = 12_000;
/** What a sheet adds to the first data sync's request (measured: about 3,200 bytes). */
const REQUEST_BYTES_PER_SHEET = 3_600;
/** Right of the read columns, for the warning. */
const BEYOND_COLUMNS = `${columnLetter(READ_COLUMNS)}:${columnLetter(MAX_COLUMNS - 1)}`;
/** The rows a sheet without values gets: one shared frozen row for every blank row. */
const EMPTY_ROW = Object.freeze([]) as unknown as CellValue[];

export interface ReadOptions {
  /** Requests and responses are kept under this. */
  budget?: number;
  /** Told once per sheet that has values right of column IV, which are not read. */
  onWarning?: (warning: CellsBeyondColumns) => void;
}

/**
 * Queues one sheet's bounds (its used cells from row `from` of columns A to IV, and right of
 * them) and its mark; the bounds are loaded as `rowIndex, rowCount, columnCount`.
 */
function queueSheet(worksheet: Excel.Worksheet, from: number): PendingSheet {
  const unread = usedRangeOf(worksheet, `A${from}:${LAST_READ_COLUMN}${MAX_ROWS}`);
  const beyond = usedRangeOf(worksheet, BEYOND_COLUMNS);
  // The engine tells outputs from input by this mark (core's `OUTPUT_MARK`, on every sheet the
  // product writes, the add-in and the command line alike), so it is read with the data.
  const mark = worksheet.names.getItemOrNullObject(OUTPUT_MARK);
  return {
    worksheet,
    blocks: [],
    unread: unread.load("rowIndex, rowCount, columnCount").untrack(),
    beyond: beyond.load("address").untrack(),
    mark,
    bytesPerCell: BYTES_PER_CELL,
  };
}

/**
 * Reads every sheet into a snapshot: in one sync when the workbook's estimated size fits the
 * payload budget (the usual case), the rows below each first block after it; otherwise — or when
 * Excel refuses that response as too large — every sheet's extent first, then its blocks.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  features: ExcelFeatures,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const budget = options.budget ?? PAYLOAD_BUDGET_BYTES;
  // Temporary sheets of an interrupted earlier run are not read.
  const read = worksheets.filter((worksheet) => !isTemporary(worksheet.name));
  let pending: PendingSheet[] | null = null;
  if (read.length * Math.max(BYTES_PER_SHEET, REQUEST_BYTES_PER_SHEET) <= budget) {
    const queued = read.map((worksheet) => {
      const sheet = queueSheet(worksheet, READ_BLOCK_ROWS + 1);
      sheet.blocks.push(queueBlock(worksheet, 1, READ_BLOCK_ROWS, features));
      return sheet;
    });
    try {
      await context.sync();
      pending = queued;
    } catch (error) {
      // A refused response changed nothing, so reading again in parts is safe.
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    }
  }
  if (pending === null) {
    const sheets: PendingSheet[] = [];
    // The bounds and the mark of a sheet: three small loads (REQUEST_BYTES_PER_SIZE each, at most).
    await syncInGroups(
      context,
      read,
      () => 3 * REQUEST_BYTES_PER_SIZE,
      budget,
      (w) => sheets.push(queueSheet(w, 1)),
    );
    pending = sheets;
  }
  const unread = pending.map((sheet) => bandOf(sheet, sheet.unread)).filter((band): band is Band => band !== null);
  await readBands(context, unread, features, budget);
  for (const sheet of pending) {
    // The add-in's own outputs are rewritten each run (the Details sheet is a column per unit).
    if (!sheet.beyond.isNullObject && sheet.mark.isNullObject) {
      const area = sheet.beyond.address.slice(sheet.beyond.address.lastIndexOf("!") + 1);
      options.onWarning?.({ kind: "cells-beyond-columns", sheet: sheet.worksheet.name, cell: area, count: null });
    }
  }
  return { sheets: pending.map(toSheetSnapshot) };
}

/** A sheet's blocks as one grid anchored at A1: the used ranges' offsets become leading blanks. */
function toSheetSnapshot(sheet: PendingSheet): SheetSnapshot {
  const name = sheet.worksheet.name;
  const marked = sheet.mark.isNullObject ? {} : { outputMark: true };
  const cells: CellValue[][] = [];
  const seen: Record<string, true> = {};
  // In the order of their rows: a band read again in halves, or cut and measured, comes later.
  const blocks = sheet.blocks.filter((block) => !block.used.isNullObject).sort((a, b) => a.used.rowIndex - b.used.rowIndex);
  for (const { used, merges: areas } of blocks) {
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
