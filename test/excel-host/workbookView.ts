// The tests' view of a workbook model: read-back helpers that see it as Excel shows it (values,
// formulas, formats, merges, charts, a whole sheet's snapshot …) and the user typing into cells.
// test/office-runtime/host.ts adds the request counters and switches to make a host's handle.
import { columnLetter, fromA1, toA1 } from "../../src/core/model/address";
import type { FixtureCell } from "./fixtures";
import type { CustomXmlPartModel } from "./workbookModel";
import { parseAddress, rectOf, rectToA1, type Rect } from "./addresses";
import { cellValue, numberFormatAt, putCell, resolveFormat, usedRect, wireValue } from "./cells";
import { cellKey, keyCol, keyRow } from "./cells";
import type {
  AutofitCall,
  CellModel,
  FontModel,
  HyperlinkModel,
  PageLayoutModel,
  ProtectionOptionsModel,
  SheetModel,
  WorkbookModel,
} from "./workbookModel";

export interface DataValidationEntry {
  address: string;
  rule: Record<string, unknown>;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks: boolean;
}

/** A deep, JSON-safe copy of everything on a sheet (its tab position and selection excluded). */
export interface SheetSnapshot {
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  cells: Record<string, CellModel>;
  merges: string[];
  layers: { address: string; patch: unknown }[];
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  standardWidth: number;
  standardHeight: number;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutModel;
  protection: { protected: boolean; options: ProtectionOptionsModel; hasPassword: boolean };
  validations: DataValidationEntry[];
  autofits: AutofitCall[];
}

/** A chart as the tests see it; addresses in A1. */
export interface ChartInfo {
  name: string;
  type: string;
  seriesBy: string;
  /** `'Tổng hợp'!B30:H37`-style: the source sheet's current name and the source cells. */
  source: string;
  title: string;
  legend: { position: string; visible: boolean };
  categoryAxis: { reversePlotOrder: boolean; position: string };
  position: string | null;
}

/** The read-back helpers and the user's typing, over the model a holder keeps. */
export interface WorkbookView {
  sheetNames(): string[];
  activeSheet(): string;
  /** `"Sheet1!B2:C3"` of the active sheet's selection. */
  selectedRange(): string;
  sheetInfo(sheet: string): { name: string; position: number; visibility: string; tabColor: string; showGridlines: boolean };
  /** Values as `Range.values` reads them. Without an address: from A1 to the end of the used range ([] when blank). */
  values(sheet: string, address?: string): (string | number | boolean)[][];
  formulas(sheet: string, address?: string): (string | number | boolean)[][];
  numberFormats(sheet: string, address?: string): string[][];
  fonts(sheet: string, address?: string): FontModel[][];
  /** Fill colours, null where there is no fill. */
  fills(sheet: string, address?: string): (string | null)[][];
  merges(sheet: string): string[];
  /** Widths in points of the columns that have one set, by letter. */
  columnWidths(sheet: string): Record<string, number>;
  /** Heights in points of the rows that have one set, by 1-based row number. */
  rowHeights(sheet: string): Record<string, number>;
  frozen(sheet: string): { rows: number; columns: number };
  pageLayout(sheet: string): PageLayoutModel;
  printTitles(sheet: string): { rows: string | null; columns: string | null };
  hyperlinks(sheet: string): Record<string, HyperlinkModel>;
  dataValidations(sheet: string): DataValidationEntry[];
  protection(sheet: string): { protected: boolean; options: ProtectionOptionsModel };
  snapshotSheet(sheet: string): SheetSnapshot;
  /** The sheet's charts in the order they were added: type, source (`Sheet!A1:B2`, by the source sheet's name now), position. */
  charts(sheet: string): ChartInfo[];
  /** Zero-based rows with a manual page break above them. */
  rowBreaks(sheet: string): number[];
  /** The workbook's custom XML parts in the order added: id, root namespace, text. */
  customXmlParts(): CustomXmlPartModel[];

  /** Simulate the user typing literal values (not parsed) starting at `topLeft`. */
  setCells(sheet: string, topLeft: string, cells: FixtureCell[][]): void;
}

function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The view of `core.state`, whatever model the holder keeps at the time of each call. */
export function createWorkbookView(core: { state: WorkbookModel }): WorkbookView {
  const sheetNamed = (name: string): SheetModel => {
    const lower = name.toLowerCase();
    const sheet = core.state.sheets.find((s) => s.name.toLowerCase() === lower);
    if (!sheet) throw new Error(`No sheet named "${name}". Sheets: ${core.state.sheets.map((s) => s.name).join(", ")}`);
    return sheet;
  };

  const rectFor = (sheet: SheetModel, address?: string): Rect | null => {
    if (address !== undefined) return parseAddress(address).rect;
    const used = usedRect(sheet, false);
    return used ? { r0: 0, c0: 0, r1: used.r1, c1: used.c1 } : null;
  };

  function grid<T>(name: string, address: string | undefined, read: (sheet: SheetModel, row: number, col: number) => T): T[][] {
    const sheet = sheetNamed(name);
    const rect = rectFor(sheet, address);
    if (!rect) return [];
    const rows: T[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: T[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(read(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }

  const format = (sheet: SheetModel, r: number, c: number) => resolveFormat(core.state, sheet, r, c);

  const validationsOf = (sheet: SheetModel): DataValidationEntry[] =>
    sheet.validations.map((v) =>
      deepCopy({
        address: rectToA1(rectOf(v.range)),
        rule: v.rule,
        prompt: v.prompt,
        errorAlert: v.errorAlert,
        ignoreBlanks: v.ignoreBlanks,
      }),
    );

  const view: WorkbookView = {
    sheetNames: () => core.state.sheets.map((s) => s.name),
    customXmlParts: () => deepCopy(core.state.customXmlParts ?? []),
    activeSheet: () => core.state.sheets.find((s) => s.id === core.state.activeSheetId)!.name,
    selectedRange() {
      const sheet = core.state.sheets.find((s) => s.id === core.state.activeSheetId)!;
      return `${sheet.name}!${rectToA1(rectOf(sheet.selection))}`;
    },
    sheetInfo(name) {
      const sheet = sheetNamed(name);
      return {
        name: sheet.name,
        position: core.state.sheets.indexOf(sheet),
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
      };
    },
    values: (name, address) => grid(name, address, (sheet, r, c) => wireValue(cellValue(core.state, sheet, r, c))),
    formulas: (name, address) =>
      grid(name, address, (sheet, r, c) => {
        const cell = sheet.cells.get(cellKey(r, c));
        return cell?.formula ?? wireValue(cellValue(core.state, sheet, r, c));
      }),
    numberFormats: (name, address) => grid(name, address, (sheet, r, c) => numberFormatAt(sheet, r, c)),
    fonts: (name, address) => grid(name, address, (sheet, r, c) => format(sheet, r, c).font),
    fills: (name, address) => grid(name, address, (sheet, r, c) => format(sheet, r, c).fill),
    merges: (name) => sheetNamed(name).merges.map((m) => rectToA1(rectOf(m))),
    columnWidths: (name) =>
      Object.fromEntries([...sheetNamed(name).columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetter(c), w])),
    rowHeights: (name) =>
      Object.fromEntries([...sheetNamed(name).rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])),
    frozen: (name) => ({ ...sheetNamed(name).freeze }),
    pageLayout: (name) => deepCopy(sheetNamed(name).pageLayout),
    printTitles: (name) => ({ rows: sheetNamed(name).pageLayout.printTitleRows, columns: sheetNamed(name).pageLayout.printTitleColumns }),
    hyperlinks(name) {
      const out: Record<string, HyperlinkModel> = {};
      const sheet = sheetNamed(name);
      for (const key of [...sheet.cells.keys()].sort((a, b) => a - b)) {
        const link = sheet.cells.get(key)!.hyperlink;
        if (link) out[toA1({ row: keyRow(key), col: keyCol(key) })] = { ...link };
      }
      return out;
    },
    dataValidations: (name) => validationsOf(sheetNamed(name)),
    protection: (name) => ({ protected: sheetNamed(name).protection.protected, options: { ...sheetNamed(name).protection.options } }),
    rowBreaks: (name) => [...(sheetNamed(name).rowBreaks ?? [])],
    charts: (name) =>
      (sheetNamed(name).charts ?? []).map((chart) => {
        const sourceSheet = core.state.sheets.find((s) => s.id === chart.source.sheetId);
        return {
          name: chart.name,
          type: chart.type,
          seriesBy: chart.seriesBy,
          source: `${sourceSheet ? sourceSheet.name : "#REF"}!${rectToA1(chart.source.rect)}`,
          title: chart.title,
          legend: { ...chart.legend },
          categoryAxis: { ...chart.categoryAxis },
          position: chart.position ? rectToA1(chart.position) : null,
        };
      }),
    snapshotSheet(name) {
      const sheet = sheetNamed(name);
      const cells: Record<string, CellModel> = {};
      for (const key of [...sheet.cells.keys()].sort((a, b) => a - b)) {
        cells[toA1({ row: keyRow(key), col: keyCol(key) })] = deepCopy(sheet.cells.get(key)!);
      }
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
        cells,
        merges: sheet.merges.map((m) => rectToA1(rectOf(m))),
        layers: sheet.layers.map((l) => ({ address: rectToA1(rectOf(l.range)), patch: deepCopy(l.patch) })),
        columnWidths: view.columnWidths(name),
        rowHeights: view.rowHeights(name),
        standardWidth: sheet.standardWidth,
        standardHeight: sheet.standardHeight,
        freeze: { ...sheet.freeze },
        pageLayout: deepCopy(sheet.pageLayout),
        protection: {
          protected: sheet.protection.protected,
          options: { ...sheet.protection.options },
          hasPassword: sheet.protection.password !== null,
        },
        validations: validationsOf(sheet),
        autofits: sheet.autofits.map((a) => ({ ...a })),
      };
    },

    setCells(name, topLeft, cells) {
      const index = core.state.sheets.indexOf(sheetNamed(name));
      const copy = { ...sheetNamed(name), cells: new Map(sheetNamed(name).cells) };
      const origin = fromA1(topLeft);
      cells.forEach((row, r) =>
        row.forEach((value, c) => {
          const existing = copy.cells.get(cellKey(origin.row + r, origin.col + c));
          const next: CellModel = { format: existing?.format, hyperlink: existing?.hyperlink };
          if (value !== null && value !== "") next.value = typeof value === "object" ? { kind: "error", code: value.code } : value;
          if (next.format === undefined) delete next.format;
          if (next.hyperlink === undefined) delete next.hyperlink;
          putCell(copy, origin.row + r, origin.col + c, next);
        }),
      );
      const sheets = core.state.sheets.slice();
      sheets[index] = copy;
      core.state = { ...core.state, sheets };
    },
  };
  return view;
}
