// Rendering the engine's SheetLayouts with Office.js: whole ranges at a time (values as 2-D arrays,
// formats as few large rectangles planned in formats.ts), never cell by cell, queued for a single
// request sent by the caller — or, for a workbook too large for one request, for as few requests
// as keep each under the payload budget (`queueInBatches`). Every range is made on the writes' own
// context (run.ts `Writes`), outside any run's tracking: none is used after its request, so the
// runtime neither keeps it in Excel (`_KeepReference`) nor sends a request to release it after.
import { rangeToA1, type CellRange, type SheetLayout } from "../core";
import { applyFormat, applyStyle, edgeShape, layoutSize, rangeOf, valueGrid } from "./cells";
import { chartOperations } from "./chart";
import type { ExcelFeatures } from "./features";
import { numberFormatGrid, planAreaFormats, planFormats, type FormatWrite } from "./formats";
import type { Writes } from "./run";
import { joinedWithin, queueSheetSettings } from "./sheetSettings";
import { areasBytes, arrayBytes, jsonBytes, settingsBytes, styleBytes, WIRE_BYTES } from "./wireBytes";

/** A part of a sheet's writing, with the size it adds to a request, so writes can be split. */
export interface WriteOperation {
  bytes: number;
  /** Queues it; `request` counts the syncs made so far, so a range is shared only within one. */
  queue(request?: number): void;
  /** It writes on the block's shared range; its bytes leave the range out (the first one's count it). */
  sharesBlock?: boolean;
}

/** A layout's whole block, its range made once per request (see SheetBlock). */
interface SharedBlock {
  rows: number;
  cols: number;
  range(request?: number): Excel.Range;
}

/**
 * The range over the whole block, made once per request: a range of the writes is not used past its
 * request's sync, so a request after a split makes its own.
 */
function sharedBlock(sheet: Excel.Worksheet, rows: number, cols: number): SharedBlock {
  let made: { request?: number; range: Excel.Range } | null = null;
  return {
    rows,
    cols,
    range: (request) => {
      if (made === null || made.request !== request)
        made = { request, range: rangeOf(sheet, { start: { row: 0, col: 0 }, end: { row: rows - 1, col: cols - 1 } }) };
      return made.range;
    },
  };
}

/**
 * The writing of a layout as operations in order: its formats (number formats included, so text
 * lands in cells already formatted as text), the values in row blocks no larger than
 * `blockBytes`, then merges, sheet settings and charts; each with its request bytes. Writes over
 * the whole block (the values, a number-format grid, the sheet's common format, widths, heights)
 * share one range.
 */
export function layoutOperations(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  features: ExcelFeatures,
  blockBytes = 1_000_000,
): WriteOperation[] {
  const { rows, cols } = layoutSize(layout);
  const block = sharedBlock(sheet, rows, cols);
  const operations = features.rangeAreas
    ? areaFormatOperations(sheet, layout, block)
    : formatOperations(sheet, planFormats(layout, rows, cols), layout, block);
  const values = valueGrid(layout, rows, cols);
  const rowBytes = (r: number) => jsonBytes(values[r]);
  for (let start = 0; start < rows;) {
    let end = start;
    let bytes = rowBytes(start);
    while (end + 1 < rows && bytes + rowBytes(end + 1) <= blockBytes) bytes += rowBytes(++end);
    const first = start;
    const last = end;
    const valueBlock = values.slice(first, last + 1);
    const whole = first === 0 && last === rows - 1;
    operations.push({
      bytes: (whole ? 0 : WIRE_BYTES.range) + arrayBytes(valueBlock, cols),
      sharesBlock: whole,
      queue: (request) => {
        const range = whole ? block.range(request) : rangeOf(sheet, { start: { row: first, col: 0 }, end: { row: last, col: cols - 1 } });
        range.values = valueBlock;
      },
    });
    start = end + 1;
  }
  operations.push({
    bytes: settingsBytes(layout, features, block),
    sharesBlock: true,
    queue: (request) => queueSheetSettings(sheet, layout, features, { rows, cols, range: () => block.range(request) }),
  });
  operations.push(...chartOperations(sheet, layout, features));
  const maker = operations.find((operation) => operation.sharesBlock);
  if (maker) maker.bytes += WIRE_BYTES.range;
  return operations;
}

/** Request bytes of one planned format write. */
function formatBytes({ range, style }: FormatWrite): number {
  return styleBytes(range, style) + (style.numberFormat === undefined ? 0 : WIRE_BYTES.command + jsonBytes(style.numberFormat));
}

/**
 * The planned format writes as operations; on a small sheet, where one grid of every cell's
 * number format costs fewer bytes than the number formats' rectangles, that grid instead.
 */
function formatOperations(sheet: Excel.Worksheet, plan: FormatWrite[], layout: SheetLayout, block: SharedBlock): WriteOperation[] {
  const operations: WriteOperation[] = [];
  const rectanglesBytes = plan.reduce((sum, write) => sum + (write.style.numberFormat === undefined ? 0 : formatBytes(write)), 0);
  const grid = numberFormatGridIfSmaller(sheet, layout, block, rectanglesBytes);
  let writes = plan;
  if (grid !== null) {
    if (grid.bytes > 0) operations.push(grid);
    writes = plan.filter((write) => Object.keys(write.style).some((key) => key !== "numberFormat"));
    writes = writes.map((write) => ({ range: write.range, style: { ...write.style, numberFormat: undefined } }));
  }
  for (const write of writes) {
    const whole = coversBlock(write.range, block);
    operations.push({
      bytes: formatBytes(write) - (whole ? WIRE_BYTES.range : 0),
      sharesBlock: whole,
      queue: (request) => applyStyle(whole ? block.range(request) : rangeOf(sheet, write.range), write.range, write.style),
    });
  }
  return operations;
}

/**
 * One write of every cell's number format, from the first row with one to the last, when its
 * bytes are fewer than `rectanglesBytes`; else null. (An operation of 0 bytes: no cell has one.)
 */
function numberFormatGridIfSmaller(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  block: SharedBlock,
  rectanglesBytes: number,
): WriteOperation | null {
  const { rows, cols } = block;
  // A grid entry is at least five bytes (`null,`): only a block that small is worth building it for.
  if (rows * cols * 5 >= rectanglesBytes) return null;
  const grid = numberFormatGrid(layout, rows, cols);
  const first = grid.findIndex((line) => line.some((format) => format !== null));
  if (first < 0) return { bytes: 0, queue: () => undefined };
  const last = rows - 1 - [...grid].reverse().findIndex((line) => line.some((format) => format !== null));
  const formats = grid.slice(first, last + 1);
  const whole = formats.length === rows;
  const bytes = (whole ? 0 : WIRE_BYTES.range) + arrayBytes(formats, cols);
  if (bytes >= rectanglesBytes) return null;
  const range = (request?: number) =>
    whole ? block.range(request) : rangeOf(sheet, { start: { row: first, col: 0 }, end: { row: last, col: cols - 1 } });
  return { bytes, sharesBlock: whole, queue: (request) => (range(request).numberFormat = formats) };
}

function coversBlock(range: CellRange, block: SharedBlock): boolean {
  return range.start.row === 0 && range.start.col === 0 && range.end.row === block.rows - 1 && range.end.col === block.cols - 1;
}

/**
 * The formats as RangeAreas (ExcelApi 1.9): number formats on ranges as at 1.7 (a RangeAreas has
 * none), then each set of rectangles sharing properties in one `getRanges`, its addresses split
 * so none passes the 8,192 characters Excel reads of an address (longer ones are cut:
 * learn.microsoft.com, office/dev/add-ins/excel/excel-add-ins-troubleshooting); the sheet's
 * common format on the block's range.
 */
function areaFormatOperations(sheet: Excel.Worksheet, layout: SheetLayout, block: SharedBlock): WriteOperation[] {
  const { rows, cols } = block;
  const numberFormats = planFormats(layout, rows, cols)
    .filter((write) => write.style.numberFormat !== undefined)
    .map((write) => ({ range: write.range, style: { numberFormat: write.style.numberFormat } }));
  const operations = formatOperations(sheet, numberFormats, layout, block);
  for (const write of planAreaFormats(layout, rows, cols)) {
    const shape = write.style.border ? edgeShape(write.ranges[0]) : "";
    if (write.ranges.length === 1 && coversBlock(write.ranges[0], block)) {
      operations.push({
        bytes: styleBytes(write.ranges[0], write.style) - WIRE_BYTES.range,
        sharesBlock: true,
        queue: (request) => applyFormat(block.range(request).format, write.style, shape),
      });
      continue;
    }
    for (const address of joinedWithin(write.ranges.map(rangeToA1))) {
      operations.push({
        bytes: areasBytes(address, write.style, shape),
        queue: () => applyFormat(sheet.getRanges(address).format, write.style, shape),
      });
    }
  }
  return operations;
}

/** Every layout's write operations in order, each layout on the sheet of the same index. */
export function operationsOf(layouts: SheetLayout[], sheets: Excel.Worksheet[], features: ExcelFeatures): WriteOperation[] {
  return layouts.flatMap((layout, i) => layoutOperations(sheets[i], layout, features));
}

/**
 * Queues operations, sending only when the next one would take the pending request over the
 * budget; the last batch stays queued for the caller, who adds to it and sends it. Returns the
 * number of requests sent here (0 for any workbook that fits one request).
 */
export async function queueInBatches(writes: Writes, operations: WriteOperation[], budget: number): Promise<number> {
  let pending = 0;
  let sent = 0;
  for (const operation of operations) {
    if (pending > 0 && pending + operation.bytes > budget) {
      // Deliberately inside the loop: each send carries one budget-sized request.
      await writes.send();
      sent++;
      pending = 0;
    }
    operation.queue(sent);
    pending += operation.bytes;
  }
  return sent;
}
