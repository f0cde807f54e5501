// What a layout sets besides its cells' values and styles: merges, links, validation and locks,
// which travel with the cells, and the sheet's frame (widths, heights, panes, print setup), which
// stays with the sheet.
import { columnLetter, sheetReference } from "../core";
import type { CellRange, SheetLayout } from "../core";
import { rangeOf } from "./cells";
import type { ExcelFeatures } from "./features";

/** Excel's column width unit is a character of the default font; Office.js wants points. */
function characterWidthToPoints(width: number): number {
  // Excel: pixels = trunc(width × 7 + 5) for Calibri 11 at 96 dpi; 1 px = 0.75 pt.
  return Math.round(Math.floor(width * 7 + 5) * 0.75 * 100) / 100;
}

/** Rows with a set height as runs of neighbouring rows of equal height. */
export function heightRuns(heights: Record<number, number>): Array<{ first: number; count: number; height: number }> {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: Array<{ first: number; count: number; height: number }> = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === row && last.height === heights[row]) last.count++;
    else runs.push({ first: row, count: 1, height: heights[row] });
  }
  return runs;
}

/**
 * The merges as few commands: one-row merges of the same columns on neighbouring rows are one
 * `merge(true)` ("merge cells in each row of the specified range as separate merged cells",
 * Range.merge, ExcelApi 1.2); any other merge is its own `merge(false)`.
 */
export function mergeCommands(merges: CellRange[]): Array<{ range: CellRange; across: boolean }> {
  const commands: Array<{ range: CellRange; across: boolean }> = [];
  const rows = merges.filter((m) => m.start.row === m.end.row && m.end.col > m.start.col);
  for (const merge of merges) if (!rows.includes(merge)) commands.push({ range: merge, across: false });
  rows.sort((a, b) => a.start.col - b.start.col || a.end.col - b.end.col || a.start.row - b.start.row);
  for (const merge of rows) {
    const last = commands[commands.length - 1];
    const extends_ =
      last?.across &&
      last.range.start.col === merge.start.col &&
      last.range.end.col === merge.end.col &&
      last.range.end.row + 1 === merge.start.row;
    if (extends_) last.range = { start: last.range.start, end: { row: merge.start.row, col: merge.end.col } };
    else commands.push({ range: merge, across: true });
  }
  return commands;
}

/**
 * The header and footer texts (ExcelApi 1.9, as the rest of the page layout). On a kept sheet both
 * are written even when blank, so it does not keep an earlier run's footer; a sheet just added has
 * them blank and one header and footer for all pages (state `Default`), so only what differs is
 * sent. A paper's first page has its own, blank header: its number shows from page 2 on (§8.1).
 */
function queueHeadersFooters(group: Excel.HeaderFooterGroup, print: NonNullable<SheetLayout["print"]>, kept: boolean): void {
  if (kept || print.differentFirstPage) group.state = (print.differentFirstPage ? "FirstAndDefault" : "Default") as Excel.HeaderFooterState;
  if (kept || print.centerFooter) group.defaultForAllPages.centerFooter = print.centerFooter ?? "";
  if (kept || print.centerHeader) group.defaultForAllPages.centerHeader = print.centerHeader ?? "";
  if (kept && print.differentFirstPage) {
    group.firstPage.centerHeader = "";
    group.firstPage.centerFooter = "";
  }
}

/** Column widths and row heights by ranges (ExcelApi 1.7): one command per run of equal neighbours. */
function queueSizes(sheet: Excel.Worksheet, layout: SheetLayout): void {
  for (const run of widthRuns(layout.columnWidths)) {
    const columns = `${columnLetter(run.first)}:${columnLetter(run.last)}`;
    sheet.getRange(columns).format.columnWidth = characterWidthToPoints(run.width);
  }
  // Neighbouring rows of equal height too (a summary of thousands of units has thousands).
  for (const run of heightRuns(layout.rowHeights)) sheet.getRangeByIndexes(run.first, 0, run.count, 1).format.rowHeight = run.height;
}

/**
 * Column widths and row heights at ExcelApi 1.9: every width in one `setColumnProperties` over
 * the layout's columns (a column without a width gets `{}`, left as it is); the heights the same
 * way in one `setRowProperties`, or, when fewer bytes (a long sheet of few heights), the rows of
 * each height as one RangeAreas of whole rows (`3:3,6:41`), its address split as write.ts does.
 */
function queueSizesAt19(sheet: Excel.Worksheet, layout: SheetLayout, block?: SheetBlock): void {
  const widths = columnProperties(layout.columnWidths);
  if (block && fitsBlock(widths, block.cols)) block.range().setColumnProperties(padded(widths, block.cols));
  else if (widths.length > 0) sheet.getRangeByIndexes(0, 0, 1, widths.length).setColumnProperties(widths);
  const heights = rowPropertiesIfSmaller(layout.rowHeights);
  if (heights !== null) {
    if (block && fitsBlock(heights, block.rows)) block.range().setRowProperties(padded(heights, block.rows));
    else if (heights.length > 0) sheet.getRangeByIndexes(0, 0, heights.length, 1).setRowProperties(heights);
    return;
  }
  for (const { height, rows } of heightRows(layout.rowHeights))
    for (const address of joinedWithin(rows)) sheet.getRanges(address).format.rowHeight = height;
}

/**
 * The range over a layout's whole block (from A1, as many rows and columns as its values), which
 * the writes that cover it share: each range made costs two Instantiate actions and its path.
 */
export interface SheetBlock {
  rows: number;
  cols: number;
  range(): Excel.Range;
}

/** Whether per-row or per-column entries can go on the whole block, padded with `{}`. */
export function fitsBlock(entries: unknown[], length: number): boolean {
  return entries.length > 0 && entries.length <= length;
}

function padded<T extends object>(entries: T[], length: number): T[] {
  const all = entries.slice();
  while (all.length < length) all.push({} as T);
  return all;
}

/** The layout's widths as `setColumnProperties` entries, up to its last column with a width. */
export function columnProperties(widths: number[]): Excel.SettableColumnProperties[] {
  const entries = widths.map((width) =>
    width !== undefined && width > 0 ? { format: { columnWidth: characterWidthToPoints(width) } } : {},
  );
  while (entries.length > 0 && !("format" in entries[entries.length - 1])) entries.pop();
  return entries;
}

/** Request bytes of one RangeAreas of rows given a height: its object paths, the navigation and the set. */
const HEIGHT_AREAS_BYTES = 500;

/**
 * The heights as `setRowProperties` entries up to the last row with a height (`{}` for a row
 * left as it is), or null when the RangeAreas of rows per height cost fewer bytes.
 */
export function rowPropertiesIfSmaller(heights: Record<number, number>): Excel.SettableRowProperties[] | null {
  const last = Object.keys(heights).reduce((max, row) => Math.max(max, Number(row)), -1);
  const entries: Excel.SettableRowProperties[] = [];
  for (let row = 0; row <= last; row++) entries.push(heights[row] !== undefined ? { format: { rowHeight: heights[row] } } : {});
  const areas = heightRows(heights).reduce((sum, { rows }) => sum + HEIGHT_AREAS_BYTES + rows.join(",").length, 0);
  return JSON.stringify(entries).length <= areas ? entries : null;
}

/** Runs of neighbouring columns of equal width (blank widths left out). */
export function widthRuns(widths: number[]): Array<{ first: number; last: number; width: number }> {
  const runs: Array<{ first: number; last: number; width: number }> = [];
  widths.forEach((width, c) => {
    if (width === undefined || !(width > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.last + 1 === c && last.width === width) last.last = c;
    else runs.push({ first: c, last: c, width });
  });
  return runs;
}

/** Per height, its rows' runs as whole-row addresses (`6:41`). */
export function heightRows(heights: Record<number, number>): Array<{ height: number; rows: string[] }> {
  const byHeight = new Map<number, string[]>();
  for (const run of heightRuns(heights)) {
    const rows = byHeight.get(run.height) ?? [];
    rows.push(`${run.first + 1}:${run.first + run.count}`);
    byHeight.set(run.height, rows);
  }
  return Array.from(byHeight, ([height, rows]) => ({ height, rows }));
}

/** Longest address Excel reads whole in `getRange`/`getRanges`; a longer one is cut (Microsoft's troubleshooting page). */
export const ADDRESS_CHARACTERS = 8192;

/** Addresses joined by commas, in as few lists as keep each within ADDRESS_CHARACTERS. */
export function joinedWithin(addresses: string[]): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > ADDRESS_CHARACTERS) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** Merges, widths, heights, panes, links, validation, protection and print setup. */
export function queueSheetSettings(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures, block?: SheetBlock): void {
  queueCellSettings(sheet, layout, features);
  queueSheetFrame(sheet, layout, features, { block });
}

/** What belongs to cells and travels with them when a range is copied: merges, links, validation, locks. */
function queueCellSettings(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures): void {
  for (const { range, across } of mergeCommands(layout.merges)) rangeOf(sheet, range).merge(across);
  for (const link of layout.links) {
    const text = layout.values[link.at.row]?.[link.at.col];
    sheet.getRangeByIndexes(link.at.row, link.at.col, 1, 1).hyperlink = {
      documentReference: sheetReference(link.sheet, link.cell),
      textToDisplay: text === null || text === undefined ? link.cell : String(text),
    };
  }
  if (features.dataValidation) {
    for (const validation of layout.validations) {
      const dv = rangeOf(sheet, validation.range).dataValidation;
      if (validation.kind === "any") {
        // Any value is accepted: only the input message is set.
        dv.prompt = { showPrompt: true, message: validation.prompt, title: "" };
        continue;
      }
      dv.rule =
        validation.kind === "list"
          ? { list: { inCellDropDown: true, source: validation.values.join(",") } }
          : validation.max === null
            ? { decimal: { formula1: validation.min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator } }
            : { decimal: { formula1: validation.min, formula2: validation.max, operator: "Between" as Excel.DataValidationOperator } };
      dv.prompt = { showPrompt: true, message: validation.prompt, title: "" };
      dv.errorAlert = { showAlert: true, message: validation.error, title: "", style: "Stop" as Excel.DataValidationAlertStyle };
    }
  }
  for (const unlocked of layout.unlocked) rangeOf(sheet, unlocked).format.protection.locked = false;
}

/**
 * What belongs to the sheet and stays behind when its cells are copied elsewhere: column widths,
 * row heights, frozen panes, tab colour, gridlines, print setup and protection. Replacing a sheet's
 * contents in place (Range.copyFrom) queues this again on the kept sheet (`kept`): there what a
 * sheet just added has already (blank headers, no centring) is written too, over the last run's.
 */
export function queueSheetFrame(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  features: ExcelFeatures,
  on: { block?: SheetBlock; kept?: boolean } = {},
): void {
  const { block, kept = false } = on;
  if (features.rangeAreas) queueSizesAt19(sheet, layout, block);
  else queueSizes(sheet, layout);

  if (layout.frozenRows > 0 && layout.frozenColumns > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, layout.frozenRows, layout.frozenColumns));
  else if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  else if (layout.frozenColumns > 0) sheet.freezePanes.freezeColumns(layout.frozenColumns);

  if (layout.tabColor) sheet.tabColor = layout.tabColor;
  if (features.dataValidation && !layout.showGridlines) sheet.showGridlines = false;

  if (features.printSetup && layout.print) {
    const page = sheet.pageLayout;
    const print = layout.print;
    page.orientation = (print.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    page.paperSize = "A4" as Excel.PaperType;
    page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: print.fitToPagesTall };
    if (kept || print.centerHorizontally) page.centerHorizontally = print.centerHorizontally;
    // One command for the six (ExcelApi 1.9, as pageLayout itself), in the layout's own inches.
    page.setPrintMargins("Inches" as Excel.PrintMarginUnit, print.margins);
    if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
    queueHeadersFooters(page.headersFooters, print, kept);
    // A manual break goes above the range given.
    for (const row of print.rowBreaks ?? []) if (row > 0) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  }
  if (layout.protect) sheet.protection.protect();
}
