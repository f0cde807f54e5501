// What a layout sets besides its cells' values and styles: merges, links, validation and locks,
// which travel with the cells, and the sheet's frame (widths, heights, panes, print setup), which
// stays with the sheet.
import { columnLetter, sheetReference } from "../core";
import type { SheetLayout } from "../core";
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
 * The header and footer texts (ExcelApi 1.9, as the rest of the page layout). Both are written
 * even when blank, so a sheet kept in place does not keep an earlier run's footer; a paper's first
 * page has its own, blank header: its number shows from page 2 on (§8.1).
 */
function queueHeadersFooters(group: Excel.HeaderFooterGroup, print: NonNullable<SheetLayout["print"]>): void {
  group.state = (print.differentFirstPage ? "FirstAndDefault" : "Default") as Excel.HeaderFooterState;
  group.defaultForAllPages.centerFooter = print.centerFooter ?? "";
  group.defaultForAllPages.centerHeader = print.centerHeader ?? "";
  if (print.differentFirstPage) {
    group.firstPage.centerHeader = "";
    group.firstPage.centerFooter = "";
  }
}

/** Merges, widths, heights, panes, links, validation, protection and print setup. */
export function queueSheetSettings(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures): void {
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
    queueHeadersFooters(page.headersFooters, print);
    // A manual break goes above the range given.
    for (const row of print.rowBreaks ?? []) if (row > 0) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  }
  if (layout.protect) sheet.protection.protect();
}
