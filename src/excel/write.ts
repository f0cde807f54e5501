// Rendering the engine's SheetLayouts with Office.js: whole ranges at a time (values as 2-D arrays,
// formats as few large rectangles planned in formats.ts), never cell by cell, queued for a single
// sync by the caller — or, for a workbook too large for one request, for as few syncs as keep
// each request under the payload budget (`queueInBatches`). Every range is untracked as soon as
// its commands are queued: none is used after its sync, so the runtime neither keeps it in Excel
// (`_KeepReference`) nor sends a request to release it after the run.
import { rangeToA1, type SheetLayout } from "../core";
import { applyFormat, applyStyle, edgeShape, layoutSize, rangeOf, valueGrid } from "./cells";
import { chartOperations } from "./chart";
import type { ExcelFeatures } from "./features";
import { numberFormatGrid, planAreaFormats, planFormats, type FormatWrite } from "./formats";
import { joinedWithin, queueSheetSettings } from "./sheetSettings";
import { areasBytes, arrayBytes, jsonBytes, settingsBytes, styleBytes, WIRE_BYTES } from "./wireBytes";

/** A part of a sheet's writing, with the size it adds to a request, so writes can be split. */
export interface WriteOperation {
  bytes: number;
  queue(): void;
}

/**
 * The writing of a layout as operations in order: its formats (number formats included, so text
 * lands in cells already formatted as text), the values in row blocks no larger than
 * `blockBytes`, then merges, sheet settings and charts; each with its request bytes.
 */
export function layoutOperations(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  features: ExcelFeatures,
  blockBytes = 1_000_000,
): WriteOperation[] {
  const { rows, cols } = layoutSize(layout);
  const operations = features.rangeAreas
    ? areaFormatOperations(sheet, layout, rows, cols)
    : formatOperations(sheet, planFormats(layout, rows, cols), layout, rows, cols);
  const values = valueGrid(layout, rows, cols);
  const rowBytes = (r: number) => jsonBytes(values[r]);
  for (let start = 0; start < rows;) {
    let end = start;
    let bytes = rowBytes(start);
    while (end + 1 < rows && bytes + rowBytes(end + 1) <= blockBytes) bytes += rowBytes(++end);
    const first = start;
    const last = end;
    const valueBlock = values.slice(first, last + 1);
    operations.push({
      bytes: WIRE_BYTES.range + arrayBytes(valueBlock, cols),
      queue: () => {
        rangeOf(sheet, { start: { row: first, col: 0 }, end: { row: last, col: cols - 1 } }).values = valueBlock;
      },
    });
    start = end + 1;
  }
  operations.push({ bytes: settingsBytes(layout, features), queue: () => queueSheetSettings(sheet, layout, features) });
  operations.push(...chartOperations(sheet, layout, features));
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
function formatOperations(sheet: Excel.Worksheet, plan: FormatWrite[], layout: SheetLayout, rows: number, cols: number): WriteOperation[] {
  const operations: WriteOperation[] = [];
  const rectanglesBytes = plan.reduce((sum, write) => sum + (write.style.numberFormat === undefined ? 0 : formatBytes(write)), 0);
  const grid = rows * cols * 12 < rectanglesBytes ? numberFormatGrid(layout, rows, cols) : null;
  let writes = plan;
  if (grid !== null) {
    // Only the rows from the first to the last with a format travel: the rest would be all null.
    const first = grid.findIndex((line) => line.some((format) => format !== null));
    const last = rows - 1 - [...grid].reverse().findIndex((line) => line.some((format) => format !== null));
    const block = first < 0 ? [] : grid.slice(first, last + 1);
    if (block.length > 0)
      operations.push({
        bytes: WIRE_BYTES.range + arrayBytes(block, cols),
        queue: () => (rangeOf(sheet, { start: { row: first, col: 0 }, end: { row: last, col: cols - 1 } }).numberFormat = block),
      });
    writes = plan.filter((write) => Object.keys(write.style).some((key) => key !== "numberFormat"));
    writes = writes.map((write) => ({ range: write.range, style: { ...write.style, numberFormat: undefined } }));
  }
  for (const write of writes)
    operations.push({ bytes: formatBytes(write), queue: () => applyStyle(rangeOf(sheet, write.range), write.range, write.style) });
  return operations;
}

/**
 * The formats as RangeAreas (ExcelApi 1.9): number formats on ranges as at 1.7 (a RangeAreas has
 * none), then each set of rectangles sharing properties in one `getRanges`, its addresses split
 * so none passes the 8,192 characters Excel reads of an address (longer ones are cut:
 * learn.microsoft.com, office/dev/add-ins/excel/excel-add-ins-troubleshooting).
 */
function areaFormatOperations(sheet: Excel.Worksheet, layout: SheetLayout, rows: number, cols: number): WriteOperation[] {
  const numberFormats = planFormats(layout, rows, cols)
    .filter((write) => write.style.numberFormat !== undefined)
    .map((write) => ({ range: write.range, style: { numberFormat: write.style.numberFormat } }));
  const operations = formatOperations(sheet, numberFormats, layout, rows, cols);
  for (const write of planAreaFormats(layout, rows, cols)) {
    const shape = write.style.border ? edgeShape(write.ranges[0]) : "";
    for (const address of joinedWithin(write.ranges.map(rangeToA1))) {
      operations.push({
        bytes: areasBytes(address, write.style, shape),
        queue: () => applyFormat(sheet.getRanges(address).untrack().format, write.style, shape),
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
 * Queues operations, syncing only when the next one would take the pending request over the
 * budget; the last batch stays queued for the caller, who adds to it and syncs. Returns the
 * number of syncs made here (0 for any workbook that fits one request).
 */
export async function queueInBatches(context: Excel.RequestContext, operations: WriteOperation[], budget: number): Promise<number> {
  let pending = 0;
  let syncs = 0;
  for (const operation of operations) {
    if (pending > 0 && pending + operation.bytes > budget) {
      // Deliberately inside the loop: each sync here carries one budget-sized request.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      pending = 0;
    }
    operation.queue();
    pending += operation.bytes;
  }
  return syncs;
}
