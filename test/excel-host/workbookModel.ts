// The in-memory workbook: sheets of sparse cells with formats, merges, sizes, print setup,
// protection, validation, names, charts and page breaks. Everything here is plain data; the
// operations (cellOperations.ts, formatOperations.ts, sheetOperations.ts …) change it only inside
// a request's transaction.
//
// Copy-on-write: a request runs against a `WorkbookTransaction`, which copies a sheet the first
// time it is written. Cell records and nested settings are replaced, never mutated, so a
// transaction can be dropped (the response-too-large case) without touching the committed workbook.
import { type CellRange } from "../../src/core/model/types";
import { type Rect } from "./addresses";
import type { StoredValue } from "./cellValues";
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
  /** key = cellKey(row, col) (cells.ts) */
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

/** A custom XML part of the workbook (`workbook.customXmlParts`, ExcelApi 1.5). */
export interface CustomXmlPartModel {
  id: string;
  /** The namespace of the part's root element; "" when it has none. */
  namespaceUri: string;
  xml: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** In the order added; replaced as a whole on every change, so a transaction's copy stays its own. */
  customXmlParts?: CustomXmlPartModel[];
  activeSheetId: string;
  calculationMode: string;
  /**
   * Workbook-structure protection (`workbook.protection.protected`, ExcelApi 1.7): no sheet is
   * added, deleted, moved, renamed, hidden or inserted from a file while it is on.
   */
  structureProtected: boolean;
  nextSheetId: number;
  defaultFont: { name: string; size: number };
}

/** Excel's default column width (8.43 characters of Calibri 11) in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const CELL_SIDES: CellBorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "DiagonalDown", "DiagonalUp"];

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

/**
 * Refuses a change to the workbook's structure while it is protected. Microsoft documents what the
 * protection stops ("prevents … adding, deleting, moving, hiding, renaming sheets":
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-the-workbooks-structure)
 * but not the error code: ASSUMED `AccessDenied` ("You cannot perform the requested operation"),
 * the code Excel gives for the other protection refusals (oj#6784).
 */
export function requireStructureUnprotected(tx: WorkbookTransaction): void {
  if (tx.workbook.structureProtected) fail("AccessDenied");
}

/** What a model operation works on: one request's transaction of the workbook. */
export interface ModelContext {
  tx: WorkbookTransaction;
}

/** Excel-style sheet ids: `{00000000-0001-0000-0000-000000000000}`. */
export function sheetId(n: number): string {
  return `{00000000-${n.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
}
