// Renders the engine's SheetLayouts into an ExcelJS workbook, and writes the summarized copy of
// an input workbook. Layout is data built by the core; this file only translates it to ExcelJS.
import * as ExcelJS from "exceljs";
import { baseOutputName, layoutsClearOf, nameKey, rangeToA1, toA1 } from "../core";
import type { CellRange, CellStyle, CellValidation, OutputValue, PrintSetup, Report, SheetLayout } from "../core";
import { XlsxFileError } from "./errors";
import { patchExcelJs } from "./exceljs-patches";
import { combinePackages } from "./copy";
import { packageSheets } from "./parts";
import { unzipCapped, withFixedDates, zipPackage } from "./package";
import { readWorkbookBytes } from "./read";
import { addChartParts } from "./chart";
import { withReportPart } from "./reportPart";
import { writeFileAtomically } from "./files";

patchExcelJs();

/** Members ExcelJS 4.4 has at run time but leaves out of its typings. */
interface UntypedWorksheet {
  orderNo: number;
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

export interface WriteSummaryOptions {
  /**
   * Names of older output sheets to drop besides the layouts' own names (e.g. the other
   * language's `Summary` after a run in Vietnamese), compared ignoring case as Excel does.
   */
  replaceSheets?: readonly string[];
  /**
   * Sheets that are never replaced unless they carry the output mark, whatever their names: the
   * units' own sheets. A unit sheet named like an output sheet (`Details`, `Kiểm tra`) is kept,
   * and the output sheet takes the next free name, `Details (2)`, its links following it.
   */
  keepSheets?: readonly string[];
  /**
   * The new sheets are input once written (the conference's sheet, filled in by the secretary),
   * so they do not get the output mark that tells outputs from input.
   */
  inputSheets?: boolean;
  /** The run's report, kept in the copy as its custom XML part (§9.1), replacing an earlier one. */
  report?: Report;
}

/**
 * The bytes of the summarized copy: the workbook at `inputPath` with the given sheets in front,
 * the first one active; older sheets with those names replaced, every other sheet kept as it was
 * (the caller refuses an output that is the input, and writes through writeFileAtomically). The
 * input's parts are copied
 * as they are and only the output sheets go through ExcelJS (see copy.ts), so the cost follows
 * the output, not the size of the input sheets.
 *
 * A sheet is replaced when it is one of the replaced outputs: it carries the output mark and one
 * of the replaced names (or such a name made free, `Details (2)`), or it carries no mark (written
 * before outputs were marked), has one of the replaced names and is not a kept sheet.
 */
export async function summaryWorkbookBytes(inputPath: string, layouts: SheetLayout[], options: WriteSummaryOptions = {}): Promise<Buffer> {
  const input = unzipCapped(await readWorkbookBytes(inputPath), inputPath);
  const sheets = packageSheets(input);
  if (sheets.length === 0) throw new XlsxFileError("not-xlsx", inputPath, "no worksheets");

  const protectedNames = new Set((options.keepSheets ?? []).map(nameKey));
  const replaced = new Set([...layouts.map((l) => l.name), ...(options.replaceSheets ?? [])].map(nameKey));
  const removeSheets = new Set<string>();
  for (const sheet of sheets) {
    const name = nameKey(sheet.name);
    // An output of ours may carry the next free name (`Details (2)`) it took beside a unit's sheet.
    if (sheet.marked ? replaced.has(name) || replaced.has(baseOutputName(name)) : replaced.has(name) && !protectedNames.has(name))
      removeSheets.add(sheet.name);
  }
  const keptNames = sheets.filter((sheet) => !removeSheets.has(sheet.name)).map((sheet) => sheet.name);

  const workbook = new ExcelJS.Workbook();
  const added: ExcelJS.Worksheet[] = [];
  const written = layoutsClearOf(layouts, keptNames);
  for (const layout of written) added.push(await applySheetLayout(workbook, layout));
  putFirstAndActivate(workbook, added, []);
  // Our own sheets: bounded by the engine, not by the input cap.
  // Stored, not deflated: it is unpacked again at once.
  const outputZip = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions));
  const output = unzipCapped(outputZip, "output", 1024 * 1024 * 1024);

  const combined = combinePackages(input, output, { removeSheets, markNewSheets: options.inputSheets !== true }, inputPath);
  // ExcelJS writes no charts: the layouts' charts are added to the combined package (chart.ts).
  const withCharts = addChartParts(combined, written);
  return zipPackage(options.report ? withReportPart(withCharts, options.report) : withCharts);
}

/** The new sheets first, in the order given, then the others; the first new sheet is active. */
function putFirstAndActivate(workbook: ExcelJS.Workbook, first: ExcelJS.Worksheet[], rest: ExcelJS.Worksheet[]): void {
  [...first, ...rest].forEach((worksheet, index) => {
    (worksheet as unknown as UntypedWorksheet).orderNo = index;
    // Only the active sheet may be selected, or Excel opens with the sheets grouped.
    for (const view of worksheet.views ?? []) (view as { tabSelected?: boolean }).tabSelected = index === 0;
  });
  if (first.length > 0 && (first[0].views ?? []).length === 0) first[0].views = [{ state: "normal" }];
  const existing = workbook.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: "visible" };
  workbook.views = [{ ...existing, firstSheet: 0, activeTab: 0 } as ExcelJS.WorkbookView];
}

interface WorkbookBytesOptions {
  /**
   * Date the file with this instead of the clock (document properties and zip entries), so the
   * same workbook always gives the same bytes; for files kept in the repository.
   */
  fixedDate?: Date;
}

/** The bytes of an .xlsx file of `workbook`. */
export async function workbookBytes(workbook: ExcelJS.Workbook, options: WorkbookBytesOptions = {}): Promise<Buffer> {
  if (options.fixedDate) {
    workbook.created = options.fixedDate;
    workbook.modified = options.fixedDate;
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return options.fixedDate ? withFixedDates(buffer, options.fixedDate) : buffer;
}

/** Writes `workbook` to `outputPath` through a temporary file beside it, creating missing folders. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, outputPath: string, options: WorkbookBytesOptions = {}): Promise<void> {
  await writeFileAtomically(outputPath, await workbookBytes(workbook, options));
}
