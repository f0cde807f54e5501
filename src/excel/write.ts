// Rendering the engine's SheetLayouts with Office.js: whole ranges at a time (values and number
// formats as 2-D arrays, one format command per styled rectangle), never cell by cell, queued for
// a single sync by the caller — or, for a workbook too large for one request, for as few syncs as
// keep each request under the payload budget (`queueInBatches`).
import type { SheetLayout } from "../core";
import { layoutSize, numberFormatGrid, valueGrid, applyStyle, rangeOf } from "./cells";
import { chartOperations } from "./chart";
import type { ExcelFeatures } from "./features";
import { queueSheetSettings } from "./sheetSettings";
import { arrayBytes, jsonBytes, settingsBytes, styleBytes, WIRE_BYTES } from "./wireBytes";

/** A part of a sheet's writing, with the size it adds to a request, so writes can be split. */
export interface WriteOperation {
  bytes: number;
  queue(): void;
}

/**
 * The writing of a layout as operations in order: the value and format grids in row blocks no
 * larger than `blockBytes`, then styles, merges and sheet settings; each with its request bytes.
 */
export function layoutOperations(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  features: ExcelFeatures,
  blockBytes = 1_000_000,
): WriteOperation[] {
  const { rows, cols } = layoutSize(layout);
  const formats = numberFormatGrid(layout, rows, cols);
  const values = valueGrid(layout, rows, cols);
  const operations: WriteOperation[] = [];
  const rowBytes = (r: number) => jsonBytes(values[r]) + jsonBytes(formats[r]);
  for (let start = 0; start < rows;) {
    let end = start;
    let bytes = rowBytes(start);
    while (end + 1 < rows && bytes + rowBytes(end + 1) <= blockBytes) bytes += rowBytes(++end);
    const first = start;
    const count = end - start + 1;
    const formatBlock = formats.slice(first, first + count);
    const valueBlock = values.slice(first, first + count);
    operations.push({
      bytes: WIRE_BYTES.range + arrayBytes(formatBlock, cols) + arrayBytes(valueBlock, cols),
      queue: () => {
        const block = sheet.getRangeByIndexes(first, 0, count, cols);
        // Formats before values, so text lands in cells already formatted as text.
        block.numberFormat = formatBlock;
        block.values = valueBlock;
      },
    });
    start = end + 1;
  }
  for (const styled of layout.styles) {
    operations.push({
      bytes: styleBytes(styled.range, styled.style),
      queue: () => applyStyle(rangeOf(sheet, styled.range), styled.range, styled.style),
    });
  }
  operations.push({ bytes: settingsBytes(layout, features), queue: () => queueSheetSettings(sheet, layout, features) });
  operations.push(...chartOperations(sheet, layout, features));
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
