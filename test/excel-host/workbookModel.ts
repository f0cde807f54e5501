// The in-memory workbook behind the fake Office.js objects: sheets of sparse cells with formats,
// merges, sizes, print setup, protection and validation. Everything here is plain data; the proxy
// layer (requestContext.ts / excelObjects.ts) reads and writes it only while running a sync.
//
// Copy-on-write: a sync runs against a `WorkbookTransaction`, which copies a sheet the first time
// it is written. Cell records and nested settings are replaced, never mutated, so a transaction
// can be dropped (the response-too-large case) without touching the committed workbook.

import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetter, rangeToA1 } from "../../src/core/address";
import type { CellRange } from "../../src/core/types";
import { type ErrorValue, type StoredValue, evaluateFormula, isErrorValue } from "./cellValues";
import { fail } from "./errors";

export interface FontModel {
  name: string;
  size: number;
  color: string;
  bold: boolean;
  italic: boolean;
  underline: string;
  strikethrough: boolean;
}

export interface BorderModel {
  style: string;
  weight: string;
  color: string;
}

/** The sides stored per cell; `InsideVertical`/`InsideHorizontal` are written onto these. */
export type CellBorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

/** Formatting set on a cell (or a whole-row/column layer); an absent key means "inherit". */
export interface FormatPatch {
  numberFormat?: string;
  font?: Partial<FontModel>;
  /** `null` = explicitly no fill (after `fill.clear()`). */
  fill?: string | null;
  borders?: Partial<Record<CellBorderSide, BorderModel | null>>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  locked?: boolean;
  formulaHidden?: boolean;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  /** The literal value, or a formula's cached result (set only when a fixture provides it). */
  value?: StoredValue;
  /** `"=…"` */
  formula?: string;
  /** The value was typed with a leading apostrophe. */
  quotePrefix?: boolean;
  format?: FormatPatch;
  hyperlink?: HyperlinkModel;
}

/** Everything a cell shows once defaults, row/column layers and its own format are combined. */
export interface ResolvedFormat {
  numberFormat: string;
  font: FontModel;
  fill: string | null;
  borders: Record<CellBorderSide, BorderModel | null>;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  locked: boolean;
  formulaHidden: boolean;
}

export interface FormatLayer {
  range: CellRange;
  patch: FormatPatch;
}

export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface HeaderFooterGroupModel {
  state: string;
  useSheetMargins: boolean;
  useSheetScale: boolean;
  defaultForAllPages: HeaderFooterModel;
  firstPage: HeaderFooterModel;
  evenPages: HeaderFooterModel;
  oddPages: HeaderFooterModel;
}

export interface PageLayoutZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: PageLayoutZoom;
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  firstPageNumber: number | "";
  printComments: string;
  printErrors: string;
  printOrder: string;
  alignMarginsHeaderFooter: boolean;
  /** `"$1:$2"` or null. */
  printTitleRows: string | null;
  /** `"$A:$B"` or null. */
  printTitleColumns: string | null;
  /** `"A1:F20"` (comma-separated areas) or null. */
  printArea: string | null;
  headersFooters: HeaderFooterGroupModel;
}

export interface ProtectionOptionsModel {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

export interface ProtectionModel {
  protected: boolean;
  options: ProtectionOptionsModel;
  password: string | null;
}

export interface ValidationModel {
  range: CellRange;
  rule: Record<string, unknown>;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks: boolean;
}

export interface AutofitCall {
  kind: "columns" | "rows";
  /** A1 address without the sheet. */
  address: string;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  /** key = row * MAX_COLUMNS + col */
  cells: Map<number, CellModel>;
  merges: CellRange[];
  /** Formats written to whole rows/columns/the sheet, in write order. */
  layers: FormatLayer[];
  /** Points, for columns whose width was set. */
  columnWidths: Map<number, number>;
  /** Points, for rows whose height was set. */
  rowHeights: Map<number, number>;
  standardWidth: number;
  standardHeight: number;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutModel;
  protection: ProtectionModel;
  validations: ValidationModel[];
  selection: CellRange;
  autofits: AutofitCall[];
  /** Sheet-scoped defined names (modelled only for the Office runtime harness, test/office-runtime). */
  names?: NamedItemModel[];
  /** Charts on the sheet (modelled only for the Office runtime harness, test/excel-host/charts.ts). */
  charts?: ChartModel[];
  /** Zero-based rows with a manual page break above them (test/excel-host/pageBreaks.ts). */
  rowBreaks?: number[];
}

/** A sheet-scoped defined name: `formula` is what it refers to, e.g. `="x"` or `=Sheet1!$A$1`. */
/** One chart as the model keeps it. */
export interface ChartModel {
  /** The model's own key; Excel's names can change and repeat. */
  key: number;
  name: string;
  /** Excel.ChartType, e.g. `BarStacked`. */
  type: string;
  /** `Auto`, `Columns` or `Rows`. */
  seriesBy: string;
  /** The sheet and cells the chart was made from. */
  source: { sheetId: string; rect: Rect };
  title: string;
  legend: { position: string; visible: boolean };
  categoryAxis: { reversePlotOrder: boolean; position: string };
  /** The cells it covers after setPosition; null while Excel's default place. */
  position: Rect | null;
}

export interface NamedItemModel {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  calculationMode: string;
  nextSheetId: number;
  defaultFont: { name: string; size: number };
}

export const LAST_ROW = MAX_ROWS - 1;
export const LAST_COL = MAX_COLUMNS - 1;
/** Excel's default column width (8.43 characters of Calibri 11) in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const CELL_SIDES: CellBorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "DiagonalDown", "DiagonalUp"];

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

export function emptyHeaderFooter(): HeaderFooterModel {
  return { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" };
}

export function defaultPageLayout(): PageLayoutModel {
  // Excel's "Normal" margins: 0.7" left/right, 0.75" top/bottom, 0.3" header/footer, in points.
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    printComments: "NoComments",
    printErrors: "AsDisplayed",
    printOrder: "DownThenOver",
    alignMarginsHeaderFooter: true,
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    headersFooters: {
      state: "Default",
      useSheetMargins: true,
      useSheetScale: true,
      defaultForAllPages: emptyHeaderFooter(),
      firstPage: emptyHeaderFooter(),
      evenPages: emptyHeaderFooter(),
      oddPages: emptyHeaderFooter(),
    },
  };
}

export function defaultProtectionOptions(): ProtectionOptionsModel {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
  };
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells: new Map(),
    merges: [],
    layers: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    standardWidth: DEFAULT_COLUMN_WIDTH,
    standardHeight: DEFAULT_ROW_HEIGHT,
    freeze: { rows: 0, columns: 0 },
    pageLayout: defaultPageLayout(),
    protection: { protected: false, options: defaultProtectionOptions(), password: null },
    validations: [],
    selection: { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } },
    autofits: [],
  };
}

function copySheet(sheet: SheetModel): SheetModel {
  return {
    ...sheet,
    cells: new Map(sheet.cells),
    merges: sheet.merges.slice(),
    layers: sheet.layers.slice(),
    columnWidths: new Map(sheet.columnWidths),
    rowHeights: new Map(sheet.rowHeights),
    validations: sheet.validations.slice(),
    autofits: sheet.autofits.slice(),
  };
}

/** A working copy of the workbook for one request; sheets are copied on first write. */
export class WorkbookTransaction {
  readonly workbook: WorkbookModel;
  private readonly copied = new Set<string>();

  constructor(base: WorkbookModel) {
    this.workbook = { ...base, sheets: base.sheets.slice() };
  }

  get sheets(): SheetModel[] {
    return this.workbook.sheets;
  }

  sheet(id: string): SheetModel | undefined {
    return this.workbook.sheets.find((s) => s.id === id);
  }

  /** The sheet, or `ItemNotFound` (a deleted sheet's objects fail this way). */
  requireSheet(id: string): SheetModel {
    return this.sheet(id) ?? fail("ItemNotFound");
  }

  /** The sheet, copied the first time this transaction writes to it. */
  writable(id: string): SheetModel {
    const index = this.workbook.sheets.findIndex((s) => s.id === id);
    if (index < 0) fail("ItemNotFound");
    if (!this.copied.has(id)) {
      this.workbook.sheets[index] = copySheet(this.workbook.sheets[index]);
      this.copied.add(id);
    }
    return this.workbook.sheets[index];
  }

  /** A sheet created in this transaction needs no copy. */
  adopt(sheet: SheetModel): void {
    this.copied.add(sheet.id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
  }
}

/** What a model operation works on: one request's transaction of the workbook. */
export interface ModelContext {
  tx: WorkbookTransaction;
}

/** Excel-style sheet ids: `{00000000-0001-0000-0000-000000000000}`. */
export function sheetId(n: number): string {
  return `{00000000-${n.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
}

// ---------------------------------------------------------------------------------------------
// Ranges and addresses

/** A rectangle on a sheet, zero-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rectOf(range: CellRange): Rect {
  return { r0: range.start.row, c0: range.start.col, r1: range.end.row, c1: range.end.col };
}

export function rangeOf(rect: Rect): CellRange {
  return { start: { row: rect.r0, col: rect.c0 }, end: { row: rect.r1, col: rect.c1 } };
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.r0 === 0 && rect.r1 === LAST_ROW;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.c0 === 0 && rect.c1 === LAST_COL;
}

/** Whole rows, whole columns or the whole sheet: cell-level arrays are null there. */
export function isUnbounded(rect: Rect): boolean {
  return isWholeColumns(rect) || isWholeRows(rect);
}

export function rectCellCount(rect: Rect): number {
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1;
}

/** The A1 text of a rectangle without a sheet: `"A1:B4"`, `"A:B"`, `"1:4"`. */
export function rectToA1(rect: Rect): string {
  const columns = isWholeColumns(rect);
  const rows = isWholeRows(rect);
  if (rows) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (columns) return `${columnLetter(rect.c0)}:${columnLetter(rect.c1)}`;
  return rangeToA1(rangeOf(rect));
}

/**
 * A sheet name as Excel writes it in an address: quoted (with `'` doubled) unless it is only
 * letters, digits, `_` and `.`, doesn't start with a digit and can't be read as a cell reference.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R|C|R\d+C\d+|R\d+|C\d+)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectToA1(rect)}`;
}

/** Parse `"A1"`, `"$A$1:B2"`, `"A:B"`, `"1:4"`, optionally `Sheet!`-qualified; `InvalidArgument` otherwise. */
export function parseAddress(text: string): { sheet: string | null; rect: Rect } {
  if (typeof text !== "string" || text.length > 8192) fail("InvalidArgument");
  let sheet: string | null = null;
  let body = text.trim();
  const bang = body.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = body.slice(0, bang);
    body = body.slice(bang + 1);
    sheet = /^'.*'$/.test(prefix) ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
  }
  const parts = body.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) fail("InvalidArgument");
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
  const column = /^\$?([A-Za-z]{1,3})$/;
  const row = /^\$?(\d+)$/;
  const checkRow = (n: number) => (n < 1 || n > MAX_ROWS ? fail("InvalidArgument") : n - 1);
  const checkCol = (letters: string) => {
    try {
      return columnIndex(letters);
    } catch {
      return fail("InvalidArgument");
    }
  };
  const [first, second = parts[0]] = parts;
  let rect: Rect;
  if (cell.test(first) && cell.test(second)) {
    const a = cell.exec(first)!;
    const b = cell.exec(second)!;
    const ra = checkRow(Number(a[2]));
    const rb = checkRow(Number(b[2]));
    const ca = checkCol(a[1]);
    const cb = checkCol(b[1]);
    rect = { r0: Math.min(ra, rb), r1: Math.max(ra, rb), c0: Math.min(ca, cb), c1: Math.max(ca, cb) };
  } else if (parts.length === 2 && column.test(first) && column.test(second)) {
    const ca = checkCol(column.exec(first)![1]);
    const cb = checkCol(column.exec(second)![1]);
    rect = { r0: 0, r1: LAST_ROW, c0: Math.min(ca, cb), c1: Math.max(ca, cb) };
  } else if (parts.length === 2 && row.test(first) && row.test(second)) {
    const ra = checkRow(Number(row.exec(first)![1]));
    const rb = checkRow(Number(row.exec(second)![1]));
    rect = { r0: Math.min(ra, rb), r1: Math.max(ra, rb), c0: 0, c1: LAST_COL };
  } else {
    return fail("InvalidArgument");
  }
  return { sheet, rect };
}

// ---------------------------------------------------------------------------------------------
// Sheet names

const FORBIDDEN_NAME_CHARS = /[:\\/?*[\]]/;

/** Excel's rules for a sheet name; `InvalidArgument` or `ItemAlreadyExists` at sync. */
export function validateSheetName(name: unknown, sheets: SheetModel[], exceptId?: string): string {
  if (typeof name !== "string") return fail("InvalidArgument");
  if (name.trim() === "" || name.length > 31) fail("InvalidArgument");
  if (FORBIDDEN_NAME_CHARS.test(name)) fail("InvalidArgument");
  if (name.startsWith("'") || name.endsWith("'")) fail("InvalidArgument");
  if (name.toLowerCase() === "history") fail("InvalidArgument");
  const lower = name.toLowerCase();
  if (sheets.some((s) => s.id !== exceptId && s.name.toLowerCase() === lower))
    fail("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
  return name;
}

// ---------------------------------------------------------------------------------------------
// Formats

export function defaultFormat(workbook: WorkbookModel): ResolvedFormat {
  return {
    numberFormat: "General",
    font: {
      name: workbook.defaultFont.name,
      size: workbook.defaultFont.size,
      color: "#000000",
      bold: false,
      italic: false,
      underline: "None",
      strikethrough: false,
    },
    fill: null,
    borders: { EdgeTop: null, EdgeBottom: null, EdgeLeft: null, EdgeRight: null, DiagonalDown: null, DiagonalUp: null },
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    indentLevel: 0,
    locked: true,
    formulaHidden: false,
  };
}

function applyPatch(target: ResolvedFormat, patch: FormatPatch): void {
  if (patch.numberFormat !== undefined) target.numberFormat = patch.numberFormat;
  if (patch.font) target.font = { ...target.font, ...patch.font };
  if (patch.fill !== undefined) target.fill = patch.fill;
  if (patch.borders) target.borders = { ...target.borders, ...patch.borders };
  if (patch.horizontalAlignment !== undefined) target.horizontalAlignment = patch.horizontalAlignment;
  if (patch.verticalAlignment !== undefined) target.verticalAlignment = patch.verticalAlignment;
  if (patch.wrapText !== undefined) target.wrapText = patch.wrapText;
  if (patch.indentLevel !== undefined) target.indentLevel = patch.indentLevel;
  if (patch.locked !== undefined) target.locked = patch.locked;
  if (patch.formulaHidden !== undefined) target.formulaHidden = patch.formulaHidden;
}

/** Merge `next` over `base` (nested font/borders merged key by key). */
export function mergePatch(base: FormatPatch | undefined, next: FormatPatch): FormatPatch {
  const merged: FormatPatch = { ...(base ?? {}), ...next };
  if (next.font) merged.font = { ...(base?.font ?? {}), ...next.font };
  if (next.borders) merged.borders = { ...(base?.borders ?? {}), ...next.borders };
  return merged;
}

export function resolveFormat(workbook: WorkbookModel, sheet: SheetModel, row: number, col: number): ResolvedFormat {
  const format = defaultFormat(workbook);
  for (const layer of sheet.layers) {
    if (containsCell(rectOf(layer.range), row, col)) applyPatch(format, layer.patch);
  }
  const own = sheet.cells.get(cellKey(row, col))?.format;
  if (own) applyPatch(format, own);
  return format;
}

/** The number format of one cell, without building the whole resolved format (hot path). */
export function numberFormatAt(sheet: SheetModel, row: number, col: number, cell?: CellModel): string {
  const own = (cell ?? sheet.cells.get(cellKey(row, col)))?.format?.numberFormat;
  if (own !== undefined) return own;
  for (let i = sheet.layers.length - 1; i >= 0; i--) {
    const layer = sheet.layers[i];
    if (layer.patch.numberFormat !== undefined && containsCell(rectOf(layer.range), row, col)) return layer.patch.numberFormat;
  }
  return "General";
}

export function isCellEmpty(cell: CellModel): boolean {
  return (
    (cell.value === undefined || cell.value === "") &&
    cell.formula === undefined &&
    cell.hyperlink === undefined &&
    (cell.format === undefined || Object.keys(cell.format).length === 0)
  );
}

/** Replace a cell record (deleting it when nothing is left). `sheet` must be writable. */
export function putCell(sheet: SheetModel, row: number, col: number, cell: CellModel): void {
  const key = cellKey(row, col);
  if (isCellEmpty(cell)) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

// ---------------------------------------------------------------------------------------------
// Merges

const hiddenCache = new WeakMap<CellRange[], Set<number>>();

/** Cells covered by a merged area other than its top-left: they read as empty. */
export function hiddenByMerge(sheet: SheetModel): Set<number> {
  let hidden = hiddenCache.get(sheet.merges);
  if (!hidden) {
    hidden = new Set();
    for (const merge of sheet.merges) {
      for (let r = merge.start.row; r <= merge.end.row; r++) {
        for (let c = merge.start.col; c <= merge.end.col; c++) {
          if (r !== merge.start.row || c !== merge.start.col) hidden.add(cellKey(r, c));
        }
      }
    }
    hiddenCache.set(sheet.merges, hidden);
  }
  return hidden;
}

// ---------------------------------------------------------------------------------------------
// Values

/** Evaluates formulas against the transaction's current sheets (or the committed workbook). */
export function formulaEnvironment(workbook: WorkbookModel, depth = 0) {
  return {
    cellValue(sheetName: string | null, row: number, col: number): StoredValue | null {
      if (depth > 64) return 0; // a circular reference: Excel shows 0 and warns
      const lower = (sheetName ?? "").toLowerCase();
      const sheet = workbook.sheets.find((s) => s.name.toLowerCase() === lower);
      if (!sheet) return null;
      return cellValue(workbook, sheet, row, col, depth + 1);
    },
  };
}

/** What `values` reads for one cell: `""` when empty or hidden under a merge. */
export function cellValue(workbook: WorkbookModel, sheet: SheetModel, row: number, col: number, depth = 0): StoredValue {
  const key = cellKey(row, col);
  const cell = sheet.cells.get(key);
  if (!cell) return "";
  if (sheet.merges.length > 0 && hiddenByMerge(sheet).has(key)) return "";
  if (cell.formula !== undefined) {
    if (cell.value !== undefined) return cell.value;
    return evaluateFormula(cell.formula, sheet.name, formulaEnvironment(workbook, depth));
  }
  return cell.value ?? "";
}

/** A stored value as Office.js returns it: errors become their text (`"#DIV/0!"`). */
export function wireValue(value: StoredValue): string | number | boolean {
  return isErrorValue(value) ? value.code : value;
}

export function valueType(value: StoredValue): string {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (isErrorValue(value)) return "Error";
  return "String";
}

// ---------------------------------------------------------------------------------------------
// Used range

/** The bounding box of used cells (values, or values and formatting), or null on a blank sheet. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const hidden = valuesOnly && sheet.merges.length > 0 ? hiddenByMerge(sheet) : null;
  // Plain loop, no closures: this runs for every sheet an add-in reads.
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && ((cell.formula === undefined && (cell.value === undefined || cell.value === "")) || hidden?.has(key))) continue;
    const row = Math.floor(key / MAX_COLUMNS);
    const col = key - row * MAX_COLUMNS;
    if (row < r0) r0 = row;
    if (row > r1) r1 = row;
    if (col < c0) c0 = col;
    if (col > c1) c1 = col;
  }
  if (!valuesOnly) {
    const areas = [...sheet.merges, ...sheet.validations.map((v) => v.range).filter((range) => !isUnbounded(rectOf(range)))];
    for (const area of areas) {
      r0 = Math.min(r0, area.start.row);
      c0 = Math.min(c0, area.start.col);
      r1 = Math.max(r1, area.end.row);
      c1 = Math.max(c1, area.end.col);
    }
  }
  if (r1 < 0) return null;
  return { r0, c0, r1, c1 };
}

/** The keys of stored cells inside `rect`, iterating whichever is smaller: the rect or the map. */
export function storedKeysIn(sheet: SheetModel, rect: Rect): number[] {
  const keys: number[] = [];
  if (rectCellCount(rect) <= sheet.cells.size * 4) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const key = cellKey(r, c);
        if (sheet.cells.has(key)) keys.push(key);
      }
    }
  } else {
    for (const key of sheet.cells.keys()) {
      if (containsCell(rect, keyRow(key), keyCol(key))) keys.push(key);
    }
  }
  return keys;
}

export type { ErrorValue, StoredValue };
