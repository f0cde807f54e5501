// Rendering the engine's SheetLayouts with Office.js: whole ranges at a time (values and number
// formats as 2-D arrays, one format command per styled rectangle), never cell by cell, queued for
// a single sync by the caller — or, for a workbook too large for one request, for as few syncs as
// keep each request under the payload budget (`queueInBatches`).
import { columnLetter, sheetReference } from "../core/address";
import type { CellRange, CellStyle, SheetLayout } from "../core/types";
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

/** Style and other small commands are estimated, not measured: a command is ~200 bytes of JSON. */
const BYTES_PER_COMMAND = 200;

/**
 * The writing of a layout as operations in order: the value and format grids in row blocks no
 * larger than `blockBytes`, then styles, merges and sheet settings.
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
    operations.push({
      bytes: bytes + BYTES_PER_COMMAND,
      queue: () => {
        const block = sheet.getRangeByIndexes(first, 0, count, cols);
        // Formats before values, so text lands in cells already formatted as text.
        block.numberFormat = formats.slice(first, first + count);
        block.values = values.slice(first, first + count);
      },
    });
    start = end + 1;
  }
  for (const styled of layout.styles) {
    operations.push({ bytes: BYTES_PER_COMMAND * 4, queue: () => applyStyle(rangeOf(sheet, styled.range), styled.range, styled.style) });
  }
  const rest =
    layout.merges.length + layout.links.length + layout.validations.length + layout.unlocked.length + layout.columnWidths.length + 20;
  operations.push({ bytes: rest * BYTES_PER_COMMAND, queue: () => queueSheetSettings(sheet, layout, features) });
  return operations;
}

/** Merges, widths, heights, panes, links, validation, protection and print setup. */
function queueSheetSettings(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures): void {
  for (const merge of layout.merges) rangeOf(sheet, merge).merge(false);

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
  for (const key of Object.keys(layout.rowHeights)) {
    const row = Number(key);
    sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = layout.rowHeights[row];
  }

  if (layout.frozenRows > 0 && layout.frozenColumns > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, layout.frozenRows, layout.frozenColumns));
  else if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  else if (layout.frozenColumns > 0) sheet.freezePanes.freezeColumns(layout.frozenColumns);

  for (const link of layout.links) {
    const text = layout.values[link.at.row]?.[link.at.col];
    sheet.getRangeByIndexes(link.at.row, link.at.col, 1, 1).hyperlink = {
      documentReference: sheetReference(link.sheet, link.cell),
      textToDisplay: text === null || text === undefined ? link.cell : String(text),
    };
  }
  if (layout.tabColor) sheet.tabColor = layout.tabColor;

  if (features.dataValidation) {
    if (!layout.showGridlines) sheet.showGridlines = false;
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
