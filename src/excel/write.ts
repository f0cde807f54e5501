// Rendering the engine's SheetLayouts with Office.js: whole ranges at a time (values and number
// formats as 2-D arrays, one format command per styled rectangle), never cell by cell, queued for
// a single sync by the caller — or, for a workbook too large for one request, for as few syncs as
// keep each request under the payload budget (`queueInBatches`).
import { columnLetter, sheetReference, toA1 } from "../core";
import type { CellRange, CellStyle, ChartLayout, SheetLayout } from "../core";
import type { ExcelFeatures } from "./features";

/** Excel's column width unit is a character of the default font; Office.js wants points. */
export function characterWidthToPoints(width: number): number {
  // Excel: pixels = trunc(width × 7 + 5) for Calibri 11 at 96 dpi; 1 px = 0.75 pt.
  return Math.round(Math.floor(width * 7 + 5) * 0.75 * 100) / 100;
}

/** Text that Excel would parse as a formula, a number or a date if written into a General cell. */
const TEXT_FORMAT = "@";

/**
 * The number formats of a layout as one grid: text cells get `@` so Excel keeps them exactly as
 * written (a unit named `=1+1` or `+84 …` must never become a formula), the rest take the last
 * style that sets a format, or General.
 */
export function numberFormatGrid(layout: SheetLayout, rows: number, cols: number): string[][] {
  const grid: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) row.push("General");
    grid.push(row);
  }
  for (const styled of layout.styles) {
    if (styled.style.numberFormat === undefined) continue;
    forEachCell(styled.range, rows, cols, (r, c) => (grid[r][c] = styled.style.numberFormat as string));
  }
  for (let r = 0; r < rows; r++) {
    const row = layout.values[r] ?? [];
    for (let c = 0; c < cols; c++) if (typeof row[c] === "string") grid[r][c] = TEXT_FORMAT;
  }
  return grid;
}

function forEachCell(range: CellRange, rows: number, cols: number, visit: (r: number, c: number) => void): void {
  for (let r = range.start.row; r <= Math.min(range.end.row, rows - 1); r++) {
    for (let c = range.start.col; c <= Math.min(range.end.col, cols - 1); c++) visit(r, c);
  }
}

/** The layout's extent: at least one cell, so an empty layout still writes a valid range. */
export function layoutSize(layout: SheetLayout): { rows: number; cols: number } {
  let cols = 1;
  for (const row of layout.values) if (row.length > cols) cols = row.length;
  return { rows: Math.max(1, layout.values.length), cols };
}

/** The values of a layout as a full rectangle; blanks are "" (null would mean "leave unchanged"). */
export function valueGrid(layout: SheetLayout, rows: number, cols: number): Array<Array<string | number | boolean>> {
  const grid: Array<Array<string | number | boolean>> = [];
  for (let r = 0; r < rows; r++) {
    const row = layout.values[r] ?? [];
    const out: Array<string | number | boolean> = [];
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      out.push(v === null || v === undefined ? "" : v);
    }
    grid.push(out);
  }
  return grid;
}

function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(
    range.start.row,
    range.start.col,
    range.end.row - range.start.row + 1,
    range.end.col - range.start.col + 1,
  );
}

const HORIZONTAL: Record<NonNullable<CellStyle["horizontal"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};
const VERTICAL: Record<NonNullable<CellStyle["vertical"]>, Excel.VerticalAlignment> = {
  top: "Top" as Excel.VerticalAlignment,
  center: "Center" as Excel.VerticalAlignment,
  bottom: "Bottom" as Excel.VerticalAlignment,
};

function applyStyle(range: Excel.Range, cell: CellRange, style: CellStyle): void {
  const format = range.format;
  const font = format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = (style.underline ? "Single" : "None") as Excel.RangeUnderlineStyle;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (cell.end.row > cell.start.row) edges.push("InsideHorizontal");
    if (cell.end.col > cell.start.col) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.weight = "Thin" as Excel.BorderWeight;
      border.color = "#000000";
    }
  }
}

/** A part of a sheet's writing, with the size it adds to a request, so writes can be split. */
export interface WriteOperation {
  bytes: number;
  queue(): void;
}

/**
 * What Office.js's request JSON costs, per kind of command, as Microsoft's runtime serialises it
 * (`{ Actions, ObjectPaths }`, measured on @microsoft/office-js; test/excel/payload.test.ts keeps
 * the estimate within 10 % of the real request). Every range the add-in creates costs an object
 * path, two instantiations and a `_KeepReference`; a large array is cut by the runtime into
 * slices of 1,500 cells, each its own range and command.
 */
export const WIRE_BYTES = {
  /** A range from getRange/getRangeByIndexes. */
  range: 350,
  /** A navigation (format, font, fill, borders, freezePanes, pageLayout, …). */
  navigation: 140,
  /** borders.getItem(edge). */
  borderItem: 180,
  /** A property set or method call, besides its argument's JSON. */
  command: 105,
  /** One 1,500-cell slice of a large array: two row ranges, their bounding range and the set. */
  slice: 560,
} as const;

/** Cells per slice when the runtime splits a large array write (its `setRangePropertiesInBulk`). */
const RUNTIME_SLICE_CELLS = 1500;

/** Request bytes of setting a 2-D array (values or number formats) on a block of the sheet. */
function arrayBytes(grid: unknown[][], cols: number): number {
  const json = JSON.stringify(grid).length;
  const cells = grid.length * cols;
  if (cells <= RUNTIME_SLICE_CELLS) return WIRE_BYTES.command + json;
  const rowsPerSlice = Math.max(1, Math.round(RUNTIME_SLICE_CELLS / cols));
  return WIRE_BYTES.command + json + Math.ceil(grid.length / rowsPerSlice) * WIRE_BYTES.slice;
}

/** Request bytes of `applyStyle`: the range, its format objects and one command per property. */
export function styleBytes(cell: CellRange, style: CellStyle): number {
  let bytes = WIRE_BYTES.range + WIRE_BYTES.navigation;
  const fontProps = ["bold", "italic", "underline", "fontSize", "fontName", "fontColor"] as const;
  const fonts = fontProps.filter((k) => style[k] !== undefined);
  if (fonts.length > 0) bytes += WIRE_BYTES.navigation;
  for (const k of fonts) bytes += WIRE_BYTES.command + JSON.stringify(style[k]).length;
  if (style.fill !== undefined) bytes += WIRE_BYTES.navigation + WIRE_BYTES.command + style.fill.length + 2;
  for (const k of ["horizontal", "vertical", "wrap"] as const) if (style[k] !== undefined) bytes += WIRE_BYTES.command + 10;
  if (style.border) {
    let edges = 4;
    if (cell.end.row > cell.start.row) edges++;
    if (cell.end.col > cell.start.col) edges++;
    bytes += WIRE_BYTES.navigation + edges * (WIRE_BYTES.borderItem + 3 * WIRE_BYTES.command + 30);
  }
  return bytes;
}

/** How many column-width commands a layout needs: equal neighbouring widths share one. */
function widthRuns(widths: number[]): number {
  let runs = 0;
  for (let c = 0; c < widths.length; c++) if (widths[c] !== undefined && widths[c] > 0 && (c === 0 || widths[c] !== widths[c - 1])) runs++;
  return runs;
}

/** Rows with a set height as runs of neighbouring rows of equal height. */
function heightRuns(heights: Record<number, number>): Array<{ first: number; count: number; height: number }> {
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

/** Request bytes of `queueCellSettings` and `queueSheetFrame` for a layout. */
export function settingsBytes(layout: SheetLayout, features: ExcelFeatures): number {
  const { range, navigation, command } = WIRE_BYTES;
  let bytes = layout.merges.length * (range + command);
  for (const link of layout.links)
    bytes += range + command + 60 + link.sheet.length + String(layout.values[link.at.row]?.[link.at.col] ?? "").length;
  if (features.dataValidation) {
    for (const v of layout.validations)
      bytes +=
        range +
        navigation +
        3 * command +
        150 +
        v.prompt.length +
        ("error" in v ? v.error.length : 0) +
        (v.kind === "list" ? v.values.join(",").length : 0);
  }
  bytes += layout.unlocked.length * (range + 2 * navigation + command);
  bytes += widthRuns(layout.columnWidths) * (range + navigation + command);
  bytes += heightRuns(layout.rowHeights).length * (range + navigation + command);
  bytes += navigation + command + range + 4 * command;
  if (features.printSetup && layout.print) {
    bytes += navigation + 14 * command + 2 * navigation + (layout.print.centerFooter?.length ?? 0);
    bytes += (layout.print.rowBreaks ?? []).length * (range + navigation + command);
  }
  return bytes;
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
  const rowBytes = (r: number) => JSON.stringify(values[r]).length + JSON.stringify(formats[r]).length;
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

/** Excel's chart type for each kind of chart the core describes. */
const CHART_TYPES: Record<ChartLayout["kind"], Excel.ChartType> = { "bar-stacked": "BarStacked" as Excel.ChartType };

/**
 * Request bytes of drawing one chart: its source range, the add, and a handful of navigations
 * and property sets (name, title, legend, axis, position).
 */
export function chartBytes(chart: ChartLayout): number {
  const { range, navigation, command } = WIRE_BYTES;
  return range + 2 * navigation + command + 6 * (navigation + command) + chart.title.length + chart.name.length + 60;
}

/**
 * Draws the layout's charts on `sheet` with the charts API, after its cells are written (a chart
 * takes its series from the cells it is given). The source block's top-left cell is blank, so
 * `charts.add(…, "Columns")` takes the first row as the series' names and the first column as the
 * categories, the series the core lists. A chart stays with its sheet: cells copied elsewhere
 * with Range.copyFrom leave it behind, so a sheet overwritten in place draws it again.
 */
export function chartOperations(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures): WriteOperation[] {
  return layout.charts.map((chart) => ({
    bytes: chartBytes(chart),
    queue: () => queueChart(sheet, chart, features),
  }));
}

function queueChart(sheet: Excel.Worksheet, chart: ChartLayout, features: ExcelFeatures): void {
  const added = sheet.charts.add(CHART_TYPES[chart.kind], rangeOf(sheet, chart.source), "Columns" as Excel.ChartSeriesBy);
  added.name = chart.name;
  added.title.text = chart.title;
  added.legend.position = "Bottom" as Excel.ChartLegendPosition;
  if (chart.reverseCategories) {
    const axis = added.axes.categoryAxis;
    axis.reversePlotOrder = true;
    // Reversed, the value axis would move to the top; crossing at the last category keeps it below.
    if (features.chartAxisPosition) axis.position = "Maximum" as Excel.ChartAxisPosition;
  }
  added.setPosition(toA1(chart.position.start), toA1(chart.position.end));
}

/** Merges, widths, heights, panes, links, validation, protection and print setup. */
function queueSheetSettings(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures): void {
  queueCellSettings(sheet, layout, features);
  queueSheetFrame(sheet, layout, features);
}

/** What belongs to cells and travels with them when a range is copied: merges, links, validation, locks. */
function queueCellSettings(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures): void {
  for (const merge of layout.merges) rangeOf(sheet, merge).merge(false);
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
 * contents in place (Range.copyFrom) queues this again on the kept sheet.
 */
export function queueSheetFrame(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures): void {
  // Equal neighbouring widths are set in one command.
  let start = 0;
  for (let c = 1; c <= layout.columnWidths.length; c++) {
    if (c < layout.columnWidths.length && layout.columnWidths[c] === layout.columnWidths[start]) continue;
    const width = layout.columnWidths[start];
    if (width !== undefined && width > 0) {
      sheet.getRange(`${columnLetter(start)}:${columnLetter(c - 1)}`).format.columnWidth = characterWidthToPoints(width);
    }
    start = c;
  }
  // Neighbouring rows of equal height too (a summary of thousands of units has thousands).
  for (const run of heightRuns(layout.rowHeights)) sheet.getRangeByIndexes(run.first, 0, run.count, 1).format.rowHeight = run.height;

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
    page.centerHorizontally = print.centerHorizontally;
    page.leftMargin = print.margins.left * 72;
    page.rightMargin = print.margins.right * 72;
    page.topMargin = print.margins.top * 72;
    page.bottomMargin = print.margins.bottom * 72;
    page.headerMargin = print.margins.header * 72;
    page.footerMargin = print.margins.footer * 72;
    if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
    if (print.centerFooter) page.headersFooters.defaultForAllPages.centerFooter = print.centerFooter;
    // A manual break goes above the range given.
    for (const row of print.rowBreaks ?? []) if (row > 0) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  }
  if (layout.protect) sheet.protection.protect();
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
