// Renders the engine's SheetLayouts into an ExcelJS workbook: layout is data built by the core;
// this file only translates it to ExcelJS. It imports nothing of Node (no fs, zlib or path) and
// no ExcelJS internals, so the pane can load it with ExcelJS's browser build (the next period's
// workbook, excel/templateFrom.ts); the command line reaches it through write.ts, which applies
// the ExcelJS patches first.
import type * as ExcelJS from "exceljs";
import { rangeToA1, toA1 } from "../core";
import type { CellRange, CellStyle, CellValidation, OutputValue, PrintSetup, SheetLayout } from "../core";

/** Members ExcelJS 4.4 has at run time but leaves out of its typings. */
interface UntypedWorksheet {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** ExcelJS's paper size code for A4. */
const PAPER_A4 = 9;
/** What a cell's font falls back to when a style sets only some font properties. */
const DEFAULT_FONT = { name: "Calibri", size: 11 };
/** Internal links look like links unless the layout says otherwise. */
const LINK_STYLE: CellStyle = { fontColor: "#0563C1", underline: true };

/**
 * Adds one sheet rendered from `layout` to `workbook` and returns it. The sheet name must be free.
 * @example await applySheetLayout(workbook, buildOutputSheets(evaluation, { date })[0])
 */
export async function applySheetLayout(workbook: ExcelJS.Workbook, layout: SheetLayout): Promise<ExcelJS.Worksheet> {
  const worksheet = workbook.addWorksheet(layout.name);
  const masters = mergeSlaves(layout.merges);

  for (const merge of layout.merges) {
    if (merge.start.row === merge.end.row && merge.start.col === merge.end.col) continue;
    worksheet.mergeCells(rangeToA1(merge));
  }

  layout.values.forEach((rowValues, row) => {
    rowValues.forEach((value, col) => {
      if (value === null || value === undefined || masters.has(key(row, col))) return;
      worksheet.getCell(row + 1, col + 1).value = excelValue(value);
    });
  });

  addLinks(worksheet, layout, masters);

  const styles = resolveStyles(layout);
  for (const [at, style] of styles) {
    const [row, col] = at.split(":").map(Number);
    applyCellStyle(worksheet.getCell(row + 1, col + 1), style);
  }

  for (const range of layout.unlocked) {
    forEachCell(range, (row, col) => {
      worksheet.getCell(row + 1, col + 1).protection = { locked: false };
    });
  }

  layout.columnWidths.forEach((width, col) => {
    if (typeof width === "number" && Number.isFinite(width) && width > 0) worksheet.getColumn(col + 1).width = width;
  });
  for (const [row, height] of Object.entries(layout.rowHeights)) {
    if (Number.isFinite(height) && height > 0) worksheet.getRow(Number(row) + 1).height = height;
  }

  worksheet.views = [sheetView(layout)];
  if (layout.print) applyPrintSetup(worksheet, layout.print, layout.showGridlines);
  for (const validation of layout.validations) addValidation(worksheet, validation);
  if (layout.tabColor) worksheet.properties.tabColor = { argb: argb(layout.tabColor) };
  if (layout.protect) {
    // No password: the protection keeps formulas and labels from being typed over by mistake;
    // it is not a security measure, and a secretary must be able to lift it.
    await worksheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  return worksheet;
}

/** The layout's internal links, each showing its cell's value (or the target cell). */
function addLinks(worksheet: ExcelJS.Worksheet, layout: SheetLayout, masters: Set<string>): void {
  for (const link of layout.links) {
    if (masters.has(key(link.at.row, link.at.col))) continue;
    const cell = worksheet.getCell(link.at.row + 1, link.at.col + 1);
    const shown = layout.values[link.at.row]?.[link.at.col];
    cell.value = {
      text: clipCellText(shown === null || shown === undefined ? link.cell : String(shown)),
      // Always quoted: a name such as `R1C1`, `C3` or `TRUE` would otherwise read as a reference.
      hyperlink: `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}`,
    };
  }
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}

/** Cells of merges other than the top-left, which ExcelJS would route to the master. */
function mergeSlaves(merges: CellRange[]): Set<string> {
  const slaves = new Set<string>();
  for (const merge of merges) {
    forEachCell(merge, (row, col) => {
      if (row !== merge.start.row || col !== merge.start.col) slaves.add(key(row, col));
    });
  }
  return slaves;
}

function forEachCell(range: CellRange, visit: (row: number, col: number) => void): void {
  for (let row = range.start.row; row <= range.end.row; row++) {
    for (let col = range.start.col; col <= range.end.col; col++) visit(row, col);
  }
}

/** Strings stay strings: ExcelJS stores a JS string as text even when it starts with `=`. */
function excelValue(value: Exclude<OutputValue, null>): ExcelJS.CellValue {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  if (typeof value === "string") return clipCellText(value);
  return value;
}

/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text clipped to what a cell holds, ending in `…` when cut (never inside a surrogate pair):
 * Excel refuses to open a file with a longer cell, so the Issues sheet must never write one.
 */
export function clipCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** The style of every styled cell: ranges applied in order, later properties win. */
function resolveStyles(layout: SheetLayout): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  const add = (range: CellRange, style: CellStyle) => {
    const defined = Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined)) as CellStyle;
    forEachCell(range, (row, col) => {
      const at = key(row, col);
      styles.set(at, { ...styles.get(at), ...defined });
    });
  };
  for (const link of layout.links) add({ start: link.at, end: link.at }, LINK_STYLE);
  for (const styled of layout.styles) add(styled.range, styled.style);
  return styles;
}

function argb(hex: string): string {
  const digits = hex.replace(/^#/, "").toUpperCase();
  return digits.length === 8 ? digits : `FF${digits.padStart(6, "0")}`;
}

function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const hasFont =
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.underline !== undefined ||
    style.fontSize !== undefined ||
    style.fontName !== undefined ||
    style.fontColor !== undefined;
  if (hasFont) {
    const font: Partial<ExcelJS.Font> = {
      name: style.fontName ?? DEFAULT_FONT.name,
      size: style.fontSize ?? DEFAULT_FONT.size,
    };
    if (style.bold) font.bold = true;
    if (style.italic) font.italic = true;
    if (style.underline) font.underline = true;
    if (style.fontColor) font.color = { argb: argb(style.fontColor) };
    cell.font = font;
  }
  if (style.fill) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  if (style.border) {
    cell.border = {
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    };
  }
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = style.vertical === "center" ? "middle" : style.vertical;
    if (style.wrap) alignment.wrapText = true;
    cell.alignment = alignment;
  }
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
}

function sheetView(layout: SheetLayout): Partial<ExcelJS.WorksheetView> {
  if (layout.frozenRows > 0 || layout.frozenColumns > 0) {
    return {
      state: "frozen",
      xSplit: layout.frozenColumns,
      ySplit: layout.frozenRows,
      topLeftCell: toA1({ row: layout.frozenRows, col: layout.frozenColumns }),
      showGridLines: layout.showGridlines,
    };
  }
  return { state: "normal", showGridLines: layout.showGridlines };
}

function applyPrintSetup(worksheet: ExcelJS.Worksheet, print: PrintSetup, showGridlines: boolean): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: print.fitToPagesTall,
    horizontalCentered: print.centerHorizontally,
    margins: { ...print.margins },
    showGridLines: showGridlines,
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` } : {}),
  };
  if (print.centerFooter) worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: `&C${print.centerFooter}` };
  // The papers' page number in the top margin, none on page 1 (its own header is left blank).
  if (print.centerHeader) worksheet.headerFooter = { ...worksheet.headerFooter, oddHeader: `&C${print.centerHeader}` };
  if (print.differentFirstPage)
    worksheet.headerFooter = { ...worksheet.headerFooter, differentFirst: true, firstHeader: "", firstFooter: "" };
  // ExcelJS breaks after the row it is given (1-based): the zero-based row r starts a page after row r.
  for (const row of print.rowBreaks ?? []) if (row > 0) worksheet.getRow(row).addPageBreak();
}

function addValidation(worksheet: ExcelJS.Worksheet, validation: CellValidation): void {
  const validations = (worksheet as unknown as UntypedWorksheet).dataValidations;
  if (validation.kind === "any") {
    // ExcelJS writes "any" as a validation without a type: Excel's "Any value" with a message.
    const message = { type: "any", allowBlank: true, showInputMessage: true, prompt: validation.prompt };
    validations.add(rangeToA1(validation.range), message as unknown as ExcelJS.DataValidation);
    return;
  }
  const common = {
    allowBlank: true,
    showInputMessage: validation.prompt !== "",
    prompt: validation.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    error: validation.error,
  };
  const rule: ExcelJS.DataValidation =
    validation.kind === "list"
      ? { ...common, type: "list", formulae: [listFormula(validation.values)] }
      : validation.max === null
        ? { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [validation.min] }
        : { ...common, type: "decimal", operator: "between", formulae: [validation.min, validation.max] };
  // One entry per range, keyed by the range itself: ExcelJS writes a range key as it is. Given
  // cell by cell, ExcelJS squeezes equal neighbours back into ranges, visiting cells in text
  // order (D10 before D8), and so wrote D10 and then D8:D10: overlapping validations, which
  // Excel reports as damaged content. The layout's ranges never overlap, and a single cell is
  // never next to an equal one below or right of it (SheetDraft joins those), so ExcelJS has
  // nothing left to squeeze.
  validations.add(rangeToA1(validation.range), rule);
}

/** An in-cell list: `"Đạt,Không đạt"`. Excel has no escape for a comma inside one item. */
function listFormula(values: string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}
