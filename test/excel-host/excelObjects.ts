// The Excel proxy classes (Workbook, Worksheet, Range, formats, page layout, …) described as
// metadata (`static meta`) plus methods. Property getters/setters come from `defineProperties`.
// Every read and write below runs inside a sync, against the sync's transaction.

import { MAX_COLUMNS, MAX_ROWS, columnLetter } from "../../src/core/model/address";
import { normalizeColor, parseInput, formatText, isErrorValue } from "./cellValues";
import {
  BORDER_INDEXES,
  BORDER_STYLES,
  BORDER_WEIGHTS,
  CALCULATION_MODES,
  CLEAR_APPLY_TO,
  DATA_VALIDATION_ALERT_STYLES,
  DATA_VALIDATION_OPERATORS,
  HEADER_FOOTER_STATES,
  HORIZONTAL_ALIGNMENTS,
  PAGE_ORIENTATIONS,
  PAPER_TYPES,
  PRINT_COMMENTS,
  PRINT_ERROR_TYPES,
  PRINT_ORDERS,
  SHEET_VISIBILITIES,
  UNDERLINE_STYLES,
  VERTICAL_ALIGNMENTS,
  type BorderIndexName,
} from "./enums";
import { MESSAGES, fail, invalidRequestContext } from "./errors";
import { insertWorksheetsFromBase64, type InsertWorksheetOptions } from "./insertFromBase64";
import { NamedItemCollection } from "./namedItems";
import { ChartCollection } from "./charts";
import { PageBreakCollection } from "./pageBreaks";
import { copyRange } from "./sheetOperations";
import {
  ClientResultImpl,
  HostObject,
  defineProperties,
  type ClassMeta,
  type ExecContext,
  type HostObjectClass,
  type PropertyDef,
} from "./requestContext";
import {
  LAST_COL,
  LAST_ROW,
  type BorderModel,
  type CellBorderSide,
  type CellModel,
  type FormatPatch,
  type HeaderFooterModel,
  type PageLayoutModel,
  type Rect,
  type ResolvedFormat,
  type SheetModel,
  type ValidationModel,
  cellKey,
  cellValue,
  containsRect,
  defaultFormat,
  hiddenByMerge,
  intersects,
  isUnbounded,
  isWholeColumns,
  isWholeRows,
  keyCol,
  keyRow,
  mergePatch,
  newSheet,
  numberFormatAt,
  parseAddress,
  putCell,
  qualifiedAddress,
  rangeOf,
  rectCellCount,
  rectOf,
  rectToA1,
  resolveFormat,
  storedKeysIn,
  usedRect,
  validateSheetName,
  valueType,
  wireValue,
} from "./workbookModel";

// ---------------------------------------------------------------------------------------------
// Targets: what a bound proxy points at.

interface SheetTarget {
  sheetId: string;
}
interface RangeTarget {
  sheetId: string;
  rect: Rect;
}
interface BorderTarget extends RangeTarget {
  side: BorderIndexName;
}
interface AreasTarget {
  sheetId: string;
  rects: Rect[];
}
interface HeaderFooterTarget {
  sheetId: string;
  which: "defaultForAllPages" | "firstPage" | "evenPages" | "oddPages";
}

function sheetOf(exec: ExecContext, target: SheetTarget): SheetModel {
  return exec.tx.requireSheet(target.sheetId);
}

function writableSheet(exec: ExecContext, target: SheetTarget): SheetModel {
  return exec.tx.writable(target.sheetId);
}

function oneOf(values: readonly string[], value: unknown): string {
  if (typeof value !== "string") return fail("InvalidArgument");
  const found = values.find((v) => v.toLowerCase() === value.toLowerCase());
  return found ?? fail("InvalidArgument");
}

function requireBoolean(value: unknown): boolean {
  return typeof value === "boolean" ? value : fail("InvalidArgument");
}

function requireNumber(value: unknown, min = -Infinity, max = Infinity): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) fail("InvalidArgument");
  return value as number;
}

function requireString(value: unknown): string {
  return typeof value === "string" ? value : fail("InvalidArgument");
}

function requireInteger(value: unknown, min: number, max: number): number {
  const n = requireNumber(value, min, max);
  return Number.isInteger(n) ? n : fail("InvalidArgument");
}

function argumentTarget(owner: HostObject, arg: unknown): void {
  if (arg instanceof HostObject && arg._context !== owner._context) throw invalidRequestContext();
}

// ---------------------------------------------------------------------------------------------
// Cell grids and formats over a range

function gridOf<T>(exec: ExecContext, target: RangeTarget, read: (sheet: SheetModel, row: number, col: number) => T): T[][] | null {
  const { rect } = target;
  if (isUnbounded(rect)) return null;
  const sheet = sheetOf(exec, target);
  const rows: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(read(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
}

/** The value shared by every cell of `rect`, or null when cells differ (as Office.js reports). */
function uniformOver<T>(exec: ExecContext, sheet: SheetModel, rect: Rect, pick: (format: ResolvedFormat) => T): T | null {
  const workbook = exec.tx.workbook;
  let first = true;
  let result: T | null = null;
  const consider = (value: T): boolean => {
    if (first) {
      result = value;
      first = false;
      return true;
    }
    return same(result, value);
  };
  if (rectCellCount(rect) <= 200000) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) if (!consider(pick(resolveFormat(workbook, sheet, r, c)))) return null;
    }
    return result;
  }
  // Huge (unbounded) ranges: the stored cells plus one blank position stand for the rest.
  const keys = storedKeysIn(sheet, rect);
  for (const key of keys) if (!consider(pick(resolveFormat(workbook, sheet, keyRow(key), keyCol(key))))) return null;
  if (keys.length < rectCellCount(rect)) {
    let blank: [number, number] | null = null;
    for (let r = rect.r0; r <= rect.r1 && !blank; r++) {
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + keys.length + 1); c++) {
        if (!sheet.cells.has(cellKey(r, c))) {
          blank = [r, c];
          break;
        }
      }
    }
    const format = blank ? resolveFormat(workbook, sheet, blank[0], blank[1]) : defaultFormat(workbook);
    if (!consider(pick(format))) return null;
  }
  return result;
}

function uniform<T>(exec: ExecContext, target: RangeTarget, pick: (format: ResolvedFormat) => T): T | null {
  return uniformOver(exec, sheetOf(exec, target), target.rect, pick);
}

type Permission = "content" | "formatCells" | "formatColumns" | "formatRows" | "hyperlinks" | "lockState";

/** `AccessDenied` when a protected sheet forbids this write to any of the cells. */
function checkProtection(
  exec: ExecContext,
  sheet: SheetModel,
  rect: Rect,
  permission: Permission,
  cells?: (row: number, col: number) => boolean,
): void {
  const protection = sheet.protection;
  if (!protection.protected) return;
  const options = protection.options;
  if (permission === "lockState") fail("AccessDenied");
  if (permission === "formatCells" && options.allowFormatCells) return;
  if (permission === "formatColumns") return options.allowFormatColumns ? undefined : fail("AccessDenied");
  if (permission === "formatRows") return options.allowFormatRows ? undefined : fail("AccessDenied");
  if (permission === "hyperlinks" && options.allowInsertHyperlinks) return;
  const workbook = exec.tx.workbook;
  if (rectCellCount(rect) > 200000) {
    if (uniformOver(exec, sheet, rect, (f) => f.locked) !== false) fail("AccessDenied");
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      if (cells && !cells(r, c)) continue;
      if (resolveFormat(workbook, sheet, r, c).locked) fail("AccessDenied");
    }
  }
}

/** Apply a per-cell format change; whole rows/columns also get a layer so later cells inherit it. */
function updateFormat(
  exec: ExecContext,
  target: RangeTarget,
  permission: Permission,
  patchFor: (current: ResolvedFormat) => FormatPatch,
): void {
  const sheet = writableSheet(exec, target);
  const { rect } = target;
  checkProtection(exec, sheet, rect, permission);
  const workbook = exec.tx.workbook;
  if (isUnbounded(rect)) {
    const patch = patchFor(resolveFormat(workbook, sheet, rect.r0, rect.c0));
    sheet.layers.push({ range: rangeOf(rect), patch });
    for (const key of storedKeysIn(sheet, rect)) {
      const cell = sheet.cells.get(key)!;
      sheet.cells.set(key, { ...cell, format: mergePatch(cell.format, patch) });
    }
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const cell = sheet.cells.get(cellKey(r, c)) ?? {};
      const patch = patchFor(resolveFormat(workbook, sheet, r, c));
      putCell(sheet, r, c, { ...cell, format: mergePatch(cell.format, patch) });
    }
  }
}

/** Validate a 2-D input against the range: exact size, or 1×1 (and a bare scalar) applied to every cell. */
function inputGrid(input: unknown, rect: Rect): (row: number, col: number) => unknown {
  if (input === null || input === undefined) fail("InvalidArgument");
  if (isUnbounded(rect)) fail("InvalidArgument");
  if (!Array.isArray(input)) return () => input;
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
    const only = input[0][0];
    return () => only;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    fail("InvalidArgument", MESSAGES.WrongArraySize);
  }
  return (r, c) => (input as unknown[][])[r - rect.r0][c - rect.c0];
}

/** Write typed input (`values` or `formulas`): strings are parsed as Excel parses typing. */
function writeInput(exec: ExecContext, target: RangeTarget, input: unknown): void {
  const { rect } = target;
  const at = inputGrid(input, rect);
  const sheet = writableSheet(exec, target);
  checkProtection(exec, sheet, rect, "content", (r, c) => at(r, c) !== null && at(r, c) !== undefined);
  const hidden = sheet.merges.length > 0 ? hiddenByMerge(sheet) : null;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const item = at(r, c);
      if (item === null || item === undefined) continue; // null leaves the cell unchanged
      const key = cellKey(r, c);
      if (hidden?.has(key)) continue; // only a merged area's top-left cell holds a value
      const cell = sheet.cells.get(key);
      const next: CellModel = { format: cell?.format, hyperlink: cell?.hyperlink };
      if (typeof item === "number") {
        if (!Number.isFinite(item)) fail("InvalidArgument");
        next.value = item;
      } else if (typeof item === "boolean") {
        next.value = item;
      } else if (typeof item === "string") {
        const numberFormat = numberFormatAt(sheet, r, c, cell);
        const parsed = parseInput(item, numberFormat);
        if (parsed.formula !== undefined) next.formula = parsed.formula;
        else next.value = parsed.value;
        if (parsed.quotePrefix) next.quotePrefix = true;
        if (parsed.autoFormat && numberFormat === "General") next.format = mergePatch(cell?.format, { numberFormat: parsed.autoFormat });
      } else {
        fail("InvalidArgument");
      }
      if (next.format === undefined) delete next.format;
      if (next.hyperlink === undefined) delete next.hyperlink;
      putCell(sheet, r, c, next);
    }
  }
}

function writeNumberFormat(exec: ExecContext, target: RangeTarget, input: unknown): void {
  const { rect } = target;
  const at = inputGrid(input, rect);
  const sheet = writableSheet(exec, target);
  checkProtection(exec, sheet, rect, "formatCells", (r, c) => at(r, c) !== null && at(r, c) !== undefined);
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const item = at(r, c);
      if (item === null || item === undefined) continue;
      if (typeof item !== "string") fail("InvalidArgument");
      const cell = sheet.cells.get(cellKey(r, c)) ?? {};
      putCell(sheet, r, c, { ...cell, format: mergePatch(cell.format, { numberFormat: item === "" ? "General" : item }) });
    }
  }
}

function rangeValue(exec: ExecContext, sheet: SheetModel, row: number, col: number) {
  return cellValue(exec.tx.workbook, sheet, row, col);
}

function formulaOf(sheet: SheetModel, row: number, col: number): string | number | boolean {
  const key = cellKey(row, col);
  const cell = sheet.cells.get(key);
  if (!cell) return "";
  if (sheet.merges.length > 0 && hiddenByMerge(sheet).has(key)) return "";
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value ?? "";
  return isErrorValue(value) ? value.code : value;
}

// ---------------------------------------------------------------------------------------------
// Borders

/** The stored cell sides a border index covers, as sub-rectangles of the range. */
function borderParts(rect: Rect, index: BorderIndexName): { rect: Rect; side: CellBorderSide }[] {
  const { r0, c0, r1, c1 } = rect;
  switch (index) {
    case "EdgeTop":
      return [{ rect: { r0, r1: r0, c0, c1 }, side: "EdgeTop" }];
    case "EdgeBottom":
      return [{ rect: { r0: r1, r1, c0, c1 }, side: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ rect: { r0, r1, c0, c1: c0 }, side: "EdgeLeft" }];
    case "EdgeRight":
      return [{ rect: { r0, r1, c0: c1, c1 }, side: "EdgeRight" }];
    case "InsideHorizontal":
      return r1 > r0
        ? [
            { rect: { r0, r1: r1 - 1, c0, c1 }, side: "EdgeBottom" },
            { rect: { r0: r0 + 1, r1, c0, c1 }, side: "EdgeTop" },
          ]
        : [];
    case "InsideVertical":
      return c1 > c0
        ? [
            { rect: { r0, r1, c0, c1: c1 - 1 }, side: "EdgeRight" },
            { rect: { r0, r1, c0: c0 + 1, c1 }, side: "EdgeLeft" },
          ]
        : [];
    default:
      return [{ rect, side: index }];
  }
}

const NO_BORDER: BorderModel = { style: "None", weight: "Thin", color: "#000000" };

function readBorder<K extends keyof BorderModel>(exec: ExecContext, target: BorderTarget, field: K): BorderModel[K] | null {
  // Inside borders are read from the first side they were written to (e.g. the bottoms of the upper cells).
  const [part] = borderParts(target.rect, target.side);
  if (!part) return NO_BORDER[field];
  return uniformOver(exec, sheetOf(exec, target), part.rect, (f) => (f.borders[part.side] ?? NO_BORDER)[field]);
}

function writeBorder(exec: ExecContext, target: BorderTarget, field: keyof BorderModel, value: string): void {
  for (const part of borderParts(target.rect, target.side)) {
    updateFormat(exec, { sheetId: target.sheetId, rect: part.rect }, "formatCells", (current) => {
      const existing = current.borders[part.side];
      if (field === "style" && value === "None") return { borders: { [part.side]: null } };
      // Setting a weight or colour on a missing border draws a continuous one, as in Excel.
      const base = existing ?? { ...NO_BORDER, style: "Continuous" };
      return { borders: { [part.side]: { ...base, [field]: value } } };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Property helpers

function prop(name: string, get: PropertyDef["get"], set?: PropertyDef["set"], extra: Partial<PropertyDef> = {}): PropertyDef {
  return { name, get, set, readOnly: !set, ...extra };
}

function fontProp(
  name: keyof ResolvedFormat["font"],
  validate: (value: unknown) => unknown,
  extra: Partial<PropertyDef> = {},
): PropertyDef {
  return prop(
    name,
    (exec, t: RangeTarget) => uniform(exec, t, (f) => f.font[name]),
    (exec, t: RangeTarget, value) => {
      const checked = validate(value);
      updateFormat(exec, t, "formatCells", () => ({ font: { [name]: checked } }));
    },
    extra,
  );
}

function colorInput(value: unknown): string {
  return normalizeColor(value) ?? fail("InvalidArgument");
}

// ---------------------------------------------------------------------------------------------
// Classes

export class RangeFont extends HostObject {
  static meta: ClassMeta = {
    typeName: "RangeFont",
    navs: [],
    props: [
      fontProp("bold", requireBoolean),
      fontProp("italic", requireBoolean),
      fontProp("color", colorInput),
      fontProp("name", (v) => (typeof v === "string" && v.length > 0 && v.length <= 31 ? v : fail("InvalidArgument"))),
      fontProp("size", (v) => requireNumber(v, 1, 409)),
      fontProp("underline", (v) => oneOf(UNDERLINE_STYLES, v)),
      fontProp("strikethrough", requireBoolean, { api: "1.9" }),
    ],
  };
}

export class RangeFill extends HostObject {
  static meta: ClassMeta = {
    typeName: "RangeFill",
    navs: [],
    props: [
      // An unfilled cell reads "#FFFFFF", as in Excel.
      prop(
        "color",
        (exec, t: RangeTarget) => uniform(exec, t, (f) => f.fill ?? "#FFFFFF"),
        (exec, t: RangeTarget, value) => {
          const color = colorInput(value);
          updateFormat(exec, t, "formatCells", () => ({ fill: color }));
        },
      ),
    ],
  };

  clear(): void {
    this._call("clear", [], (exec, t: RangeTarget) => updateFormat(exec, t, "formatCells", () => ({ fill: null })));
  }
}

export class FormatProtection extends HostObject {
  static meta: ClassMeta = {
    typeName: "FormatProtection",
    navs: [],
    props: [
      prop(
        "locked",
        (exec, t: RangeTarget) => uniform(exec, t, (f) => f.locked),
        (exec, t: RangeTarget, value) => {
          const locked = requireBoolean(value);
          updateFormat(exec, t, "lockState", () => ({ locked }));
        },
        { api: "1.2" },
      ),
      prop(
        "formulaHidden",
        (exec, t: RangeTarget) => uniform(exec, t, (f) => f.formulaHidden),
        (exec, t: RangeTarget, value) => {
          const formulaHidden = requireBoolean(value);
          updateFormat(exec, t, "lockState", () => ({ formulaHidden }));
        },
        { api: "1.2" },
      ),
    ],
  };
}

export class RangeBorder extends HostObject {
  static meta: ClassMeta = {
    typeName: "RangeBorder",
    navs: [],
    props: [
      prop("sideIndex", (_exec, t: BorderTarget) => t.side),
      prop(
        "style",
        (exec, t: BorderTarget) => readBorder(exec, t, "style"),
        (exec, t: BorderTarget, v) => writeBorder(exec, t, "style", oneOf(BORDER_STYLES, v)),
      ),
      prop(
        "weight",
        (exec, t: BorderTarget) => readBorder(exec, t, "weight"),
        (exec, t: BorderTarget, v) => writeBorder(exec, t, "weight", oneOf(BORDER_WEIGHTS, v)),
      ),
      prop(
        "color",
        (exec, t: BorderTarget) => readBorder(exec, t, "color"),
        (exec, t: BorderTarget, v) => writeBorder(exec, t, "color", colorInput(v)),
      ),
    ],
  };
}

export class RangeBorderCollection extends HostObject {
  static meta: ClassMeta = {
    typeName: "RangeBorderCollection",
    navs: [],
    props: [prop("count", () => BORDER_INDEXES.length)],
    collection: {
      itemType: () => RangeBorder as unknown as HostObjectClass,
      list: () => [...BORDER_INDEXES],
      itemTarget: (t: RangeTarget, id) => ({ ...t, side: id }),
      itemPath: (id) => `getItem(${JSON.stringify(id)})`,
    },
  };

  getItem(index: string): RangeBorder {
    return this._method(RangeBorder as unknown as HostObjectClass, "getItem", [index], (_exec, t: RangeTarget) => ({
      ...t,
      side: oneOf(BORDER_INDEXES, index),
    }));
  }

  getItemAt(index: number): RangeBorder {
    return this._method(RangeBorder as unknown as HostObjectClass, "getItemAt", [index], (_exec, t: RangeTarget) => ({
      ...t,
      side: BORDER_INDEXES[requireInteger(index, 0, BORDER_INDEXES.length - 1)],
    }));
  }
}

function columnWidthOf(sheet: SheetModel, col: number): number {
  return sheet.columnWidths.get(col) ?? sheet.standardWidth;
}

function rowHeightOf(sheet: SheetModel, row: number): number {
  return sheet.rowHeights.get(row) ?? sheet.standardHeight;
}

function uniformSize(
  first: number,
  last: number,
  size: (index: number) => number,
  explicit: Map<number, number>,
  fallback: number,
): number | null {
  // Whole-sheet spans: the explicit sizes plus the default stand for the rest.
  if (last - first > 100000) {
    const values = new Set<number>([fallback]);
    for (const [index, value] of explicit) if (index >= first && index <= last) values.add(value);
    return values.size === 1 ? fallback : null;
  }
  const value = size(first);
  for (let i = first + 1; i <= last; i++) if (size(i) !== value) return null;
  return value;
}

export class RangeFormat extends HostObject {
  static meta: ClassMeta = {
    typeName: "RangeFormat",
    navs: [
      { name: "font", type: () => RangeFont as unknown as HostObjectClass },
      { name: "fill", type: () => RangeFill as unknown as HostObjectClass },
      { name: "borders", type: () => RangeBorderCollection as unknown as HostObjectClass },
      { name: "protection", api: "1.2", type: () => FormatProtection as unknown as HostObjectClass },
    ],
    props: [
      prop(
        "horizontalAlignment",
        (exec, t: RangeTarget) => uniform(exec, t, (f) => f.horizontalAlignment),
        (exec, t: RangeTarget, v) => {
          const value = oneOf(HORIZONTAL_ALIGNMENTS, v);
          updateFormat(exec, t, "formatCells", () => ({ horizontalAlignment: value }));
        },
      ),
      prop(
        "verticalAlignment",
        (exec, t: RangeTarget) => uniform(exec, t, (f) => f.verticalAlignment),
        (exec, t: RangeTarget, v) => {
          const value = oneOf(VERTICAL_ALIGNMENTS, v);
          updateFormat(exec, t, "formatCells", () => ({ verticalAlignment: value }));
        },
      ),
      prop(
        "wrapText",
        (exec, t: RangeTarget) => uniform(exec, t, (f) => f.wrapText),
        (exec, t: RangeTarget, v) => {
          const value = requireBoolean(v);
          updateFormat(exec, t, "formatCells", () => ({ wrapText: value }));
        },
      ),
      prop(
        "indentLevel",
        (exec, t: RangeTarget) => uniform(exec, t, (f) => f.indentLevel),
        (exec, t: RangeTarget, v) => {
          const value = requireInteger(v, 0, 250);
          updateFormat(exec, t, "formatCells", () => ({ indentLevel: value }));
        },
        { api: "1.9" },
      ),
      prop(
        "columnWidth",
        (exec, t: RangeTarget) => {
          const sheet = sheetOf(exec, t);
          return uniformSize(t.rect.c0, t.rect.c1, (c) => columnWidthOf(sheet, c), sheet.columnWidths, sheet.standardWidth);
        },
        (exec, t: RangeTarget, v) => {
          const width = requireNumber(v, 0, 1789);
          const sheet = writableSheet(exec, t);
          checkProtection(exec, sheet, t.rect, "formatColumns");
          if (isWholeRows(t.rect)) {
            sheet.standardWidth = width;
            sheet.columnWidths.clear();
          } else for (let c = t.rect.c0; c <= t.rect.c1; c++) sheet.columnWidths.set(c, width);
        },
        { api: "1.2" },
      ),
      prop(
        "rowHeight",
        (exec, t: RangeTarget) => {
          const sheet = sheetOf(exec, t);
          return uniformSize(t.rect.r0, t.rect.r1, (r) => rowHeightOf(sheet, r), sheet.rowHeights, sheet.standardHeight);
        },
        (exec, t: RangeTarget, v) => {
          const height = requireNumber(v, 0, 409);
          const sheet = writableSheet(exec, t);
          checkProtection(exec, sheet, t.rect, "formatRows");
          if (isWholeColumns(t.rect)) {
            sheet.standardHeight = height;
            sheet.rowHeights.clear();
          } else for (let r = t.rect.r0; r <= t.rect.r1; r++) sheet.rowHeights.set(r, height);
        },
        { api: "1.2" },
      ),
    ],
  };

  /** Autofit depends on font metrics, so the host only records the call (see `host.autofitCalls`). */
  autofitColumns(): void {
    this._requireApi("autofitColumns", "1.2");
    this._call("autofitColumns", [], (exec, t: RangeTarget) => {
      const sheet = writableSheet(exec, t);
      checkProtection(exec, sheet, t.rect, "formatColumns");
      sheet.autofits.push({ kind: "columns", address: rectToA1(t.rect) });
    });
  }

  autofitRows(): void {
    this._requireApi("autofitRows", "1.2");
    this._call("autofitRows", [], (exec, t: RangeTarget) => {
      const sheet = writableSheet(exec, t);
      checkProtection(exec, sheet, t.rect, "formatRows");
      sheet.autofits.push({ kind: "rows", address: rectToA1(t.rect) });
    });
  }
}

// ----- Data validation -----------------------------------------------------------------------

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function defaultValidation(rect: Rect): ValidationModel {
  return {
    range: rangeOf(rect),
    rule: {},
    prompt: { message: "", showPrompt: true, title: "" },
    errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
    ignoreBlanks: true,
  };
}

function validationsOver(sheet: SheetModel, rect: Rect): { exact: ValidationModel | null; mixed: boolean } {
  const hits = sheet.validations.filter((v) => intersects(rectOf(v.range), rect));
  if (hits.length === 0) return { exact: null, mixed: false };
  if (hits.length === 1 && containsRect(rectOf(hits[0].range), rect)) return { exact: hits[0], mixed: false };
  return { exact: null, mixed: true };
}

function readValidation<T>(exec: ExecContext, t: RangeTarget, pick: (v: ValidationModel) => T, mixedValue: T): T {
  const { exact, mixed } = validationsOver(sheetOf(exec, t), t.rect);
  if (mixed) return mixedValue;
  return pick(exact ?? defaultValidation(t.rect));
}

/** Formulas in a rule read back as `"=…"` strings, whatever form they were given in. */
function ruleFormula(exec: ExecContext, value: unknown): string {
  if (value instanceof HostObject) {
    const target = value._ensureTarget(exec) as RangeTarget;
    const sheet = sheetOf(exec, target);
    return `=${qualifiedAddress(sheet.name, target.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
  }
  if (typeof value === "number") return `=${value}`;
  if (value instanceof Date) return `=${value.toISOString()}`;
  if (typeof value === "string") return value.startsWith("=") ? value : `=${value}`;
  return fail("InvalidArgument");
}

function normalizeRule(exec: ExecContext, rule: unknown): Record<string, unknown> {
  if (typeof rule !== "object" || rule === null) fail("InvalidArgument");
  const entries = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length !== 1 || !(entries[0][0] in RULE_TYPES)) fail("InvalidArgument");
  const [type, criteria] = entries[0] as [string, Record<string, unknown>];
  if (typeof criteria !== "object" || criteria === null) fail("InvalidArgument");
  if (type === "list") {
    const source = criteria.source instanceof HostObject ? ruleFormula(exec, criteria.source) : requireString(criteria.source);
    return { list: { inCellDropDown: criteria.inCellDropDown === undefined ? true : requireBoolean(criteria.inCellDropDown), source } };
  }
  if (type === "custom") return { custom: { formula: ruleFormula(exec, criteria.formula) } };
  const normalized: Record<string, unknown> = {
    formula1: ruleFormula(exec, criteria.formula1),
    operator: oneOf(DATA_VALIDATION_OPERATORS, criteria.operator),
  };
  if (criteria.formula2 !== undefined) normalized.formula2 = ruleFormula(exec, criteria.formula2);
  if ((normalized.operator === "Between" || normalized.operator === "NotBetween") && normalized.formula2 === undefined)
    fail("InvalidArgument");
  return { [type]: normalized };
}

/** Update (or create) the validation covering exactly this range; overlapping ones are replaced. */
function updateValidation(exec: ExecContext, t: RangeTarget, change: (v: ValidationModel) => ValidationModel): void {
  const sheet = writableSheet(exec, t);
  checkProtection(exec, sheet, t.rect, "content");
  const key = JSON.stringify(rangeOf(t.rect));
  const existing = sheet.validations.find((v) => JSON.stringify(v.range) === key);
  const base = existing ?? defaultValidation(t.rect);
  sheet.validations = sheet.validations.filter((v) => v !== existing && !intersects(rectOf(v.range), t.rect));
  sheet.validations.push(change(base));
}

export class DataValidation extends HostObject {
  static meta: ClassMeta = {
    typeName: "DataValidation",
    navs: [],
    props: [
      prop(
        "rule",
        (exec, t: RangeTarget) => readValidation(exec, t, (v) => v.rule, null),
        (exec, t: RangeTarget, value) => {
          const rule = normalizeRule(exec, value);
          updateValidation(exec, t, (v) => ({ ...v, rule }));
        },
      ),
      prop(
        "prompt",
        (exec, t: RangeTarget) => readValidation(exec, t, (v) => v.prompt, null),
        (exec, t: RangeTarget, value) => {
          if (typeof value !== "object" || value === null) fail("InvalidArgument");
          const p = value as Record<string, unknown>;
          updateValidation(exec, t, (v) => ({
            ...v,
            prompt: {
              message: p.message === undefined ? v.prompt.message : requireString(p.message),
              showPrompt: p.showPrompt === undefined ? v.prompt.showPrompt : requireBoolean(p.showPrompt),
              title: p.title === undefined ? v.prompt.title : requireString(p.title),
            },
          }));
        },
      ),
      prop(
        "errorAlert",
        (exec, t: RangeTarget) => readValidation(exec, t, (v) => v.errorAlert, null),
        (exec, t: RangeTarget, value) => {
          if (typeof value !== "object" || value === null) fail("InvalidArgument");
          const a = value as Record<string, unknown>;
          updateValidation(exec, t, (v) => ({
            ...v,
            errorAlert: {
              message: a.message === undefined ? v.errorAlert.message : requireString(a.message),
              showAlert: a.showAlert === undefined ? v.errorAlert.showAlert : requireBoolean(a.showAlert),
              style: a.style === undefined ? v.errorAlert.style : oneOf(DATA_VALIDATION_ALERT_STYLES, a.style),
              title: a.title === undefined ? v.errorAlert.title : requireString(a.title),
            },
          }));
        },
      ),
      prop(
        "ignoreBlanks",
        (exec, t: RangeTarget) => readValidation(exec, t, (v) => v.ignoreBlanks, null),
        (exec, t: RangeTarget, value) => {
          const ignoreBlanks = requireBoolean(value);
          updateValidation(exec, t, (v) => ({ ...v, ignoreBlanks }));
        },
      ),
      prop("type", (exec, t: RangeTarget) =>
        readValidation(exec, t, (v) => RULE_TYPES[Object.keys(v.rule)[0]] ?? "None", "Inconsistent" as string),
      ),
      // Cell values are not checked against the rule: `valid` is always true here.
      prop("valid", () => true),
    ],
  };

  clear(): void {
    this._call("clear", [], (exec, t: RangeTarget) => {
      const sheet = writableSheet(exec, t);
      checkProtection(exec, sheet, t.rect, "content");
      sheet.validations = sheet.validations.filter((v) => !intersects(rectOf(v.range), t.rect));
    });
  }
}

// ----- Range ---------------------------------------------------------------------------------

function checkedRect(r0: number, c0: number, r1: number, c1: number): Rect {
  if (![r0, c0, r1, c1].every(Number.isInteger)) fail("InvalidArgument");
  if (r0 < 0 || c0 < 0 || r1 > LAST_ROW || c1 > LAST_COL || r1 < r0 || c1 < c0) fail("InvalidArgument");
  return { r0, c0, r1, c1 };
}

function hyperlinkOf(exec: ExecContext, t: RangeTarget): unknown {
  if (isUnbounded(t.rect)) return null;
  const sheet = sheetOf(exec, t);
  let result: unknown = undefined;
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const link = sheet.cells.get(cellKey(r, c))?.hyperlink ?? null;
      if (result === undefined) result = link;
      else if (!same(result, link)) return null;
    }
  }
  return result === undefined || result === null ? null : { ...(result as object) };
}

function setHyperlink(exec: ExecContext, t: RangeTarget, value: unknown): void {
  if (typeof value !== "object" || value === null || isUnbounded(t.rect)) fail("InvalidArgument");
  const input = value as Record<string, unknown>;
  const link: Record<string, string> = {};
  for (const key of ["address", "documentReference", "screenTip", "textToDisplay"]) {
    if (input[key] !== undefined && input[key] !== null) link[key] = requireString(input[key]);
  }
  if (!link.address && !link.documentReference) fail("InvalidArgument");
  const sheet = writableSheet(exec, t);
  checkProtection(exec, sheet, t.rect, "hyperlinks");
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const cell = sheet.cells.get(cellKey(r, c)) ?? {};
      const next: CellModel = { ...cell, hyperlink: { ...link } };
      const topLeft = r === t.rect.r0 && c === t.rect.c0;
      // textToDisplay goes into the top-left cell; an empty cell shows the target instead.
      if (topLeft && link.textToDisplay !== undefined) {
        next.value = link.textToDisplay;
        delete next.formula;
      } else if ((cell.value === undefined || cell.value === "") && cell.formula === undefined) {
        next.value = link.address ?? link.documentReference;
      }
      putCell(sheet, r, c, next);
    }
  }
}

function clearRange(exec: ExecContext, t: RangeTarget, applyTo: string): void {
  const sheet = writableSheet(exec, t);
  checkProtection(exec, sheet, t.rect, "content");
  const keys = storedKeysIn(sheet, t.rect);
  const formats = applyTo === "All" || applyTo === "Formats";
  for (const key of keys) {
    const cell = sheet.cells.get(key)!;
    const next: CellModel = { ...cell };
    if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") {
      delete next.value;
      delete next.formula;
      delete next.quotePrefix;
    }
    if (formats || applyTo === "RemoveHyperlinks") delete next.format;
    if (applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") delete next.hyperlink;
    putCell(sheet, keyRow(key), keyCol(key), next);
  }
  if (formats) {
    // Merging is formatting: clearing formats unmerges, as in Excel.
    sheet.merges = sheet.merges.filter((m) => !intersects(rectOf(m), t.rect));
    sheet.layers = sheet.layers.filter((l) => !containsRect(t.rect, rectOf(l.range)));
  }
}

function mergeRange(exec: ExecContext, t: RangeTarget, across: boolean): void {
  const sheet = writableSheet(exec, t);
  checkProtection(exec, sheet, t.rect, "content");
  const areas: Rect[] = across
    ? Array.from({ length: t.rect.r1 - t.rect.r0 + 1 }, (_, i) => ({ ...t.rect, r0: t.rect.r0 + i, r1: t.rect.r0 + i }))
    : [t.rect];
  for (const area of areas) {
    if (rectCellCount(area) === 1) continue;
    sheet.merges = sheet.merges.filter((m) => !intersects(rectOf(m), area));
    sheet.merges.push(rangeOf(area));
    // Only the top-left cell keeps its value.
    for (const key of storedKeysIn(sheet, area)) {
      if (keyRow(key) === area.r0 && keyCol(key) === area.c0) continue;
      const cell = sheet.cells.get(key)!;
      const next: CellModel = { ...cell };
      delete next.value;
      delete next.formula;
      delete next.quotePrefix;
      putCell(sheet, keyRow(key), keyCol(key), next);
    }
  }
}

export class Range extends HostObject {
  static meta: ClassMeta = {
    typeName: "Range",
    notSettable: ["conditionalFormats", "sort", "worksheet"],
    navs: [
      { name: "format", type: () => RangeFormat as unknown as HostObjectClass },
      { name: "dataValidation", api: "1.8", type: () => DataValidation as unknown as HostObjectClass },
      { name: "worksheet", type: () => Worksheet as unknown as HostObjectClass, map: (t: RangeTarget) => ({ sheetId: t.sheetId }) },
    ],
    props: [
      prop("address", (exec, t: RangeTarget) => qualifiedAddress(sheetOf(exec, t).name, t.rect)),
      prop("addressLocal", (exec, t: RangeTarget) => qualifiedAddress(sheetOf(exec, t).name, t.rect)),
      prop("rowIndex", (_exec, t: RangeTarget) => t.rect.r0),
      prop("columnIndex", (_exec, t: RangeTarget) => t.rect.c0),
      prop("rowCount", (_exec, t: RangeTarget) => t.rect.r1 - t.rect.r0 + 1),
      prop("columnCount", (_exec, t: RangeTarget) => t.rect.c1 - t.rect.c0 + 1),
      prop("cellCount", (_exec, t: RangeTarget) => rectCellCount(t.rect)),
      prop("isEntireColumn", (_exec, t: RangeTarget) => isWholeColumns(t.rect), undefined, { api: "1.7" }),
      prop("isEntireRow", (_exec, t: RangeTarget) => isWholeRows(t.rect), undefined, { api: "1.7" }),
      prop(
        "values",
        (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => wireValue(rangeValue(exec, sheet, r, c))),
        (exec, t: RangeTarget, v) => writeInput(exec, t, v),
      ),
      prop(
        "formulas",
        (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => formulaOf(sheet, r, c)),
        (exec, t: RangeTarget, v) => writeInput(exec, t, v),
      ),
      prop(
        "formulasLocal",
        (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => formulaOf(sheet, r, c)),
        (exec, t: RangeTarget, v) => writeInput(exec, t, v),
      ),
      prop(
        "numberFormat",
        (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => numberFormatAt(sheet, r, c)),
        (exec, t: RangeTarget, v) => writeNumberFormat(exec, t, v),
      ),
      prop(
        "numberFormatLocal",
        (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => numberFormatAt(sheet, r, c)),
        (exec, t: RangeTarget, v) => writeNumberFormat(exec, t, v),
        { api: "1.7" },
      ),
      prop("text", (exec, t: RangeTarget) =>
        gridOf(exec, t, (sheet, r, c) => formatText(rangeValue(exec, sheet, r, c), numberFormatAt(sheet, r, c))),
      ),
      prop("valueTypes", (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => valueType(rangeValue(exec, sheet, r, c)))),
      prop(
        "hyperlink",
        (exec, t: RangeTarget) => hyperlinkOf(exec, t),
        (exec, t: RangeTarget, v) => setHyperlink(exec, t, v),
        { api: "1.7" },
      ),
    ],
  };

  private _range(
    name: string,
    args: unknown[],
    compute: (exec: ExecContext, t: RangeTarget) => RangeTarget | null,
    nullable = false,
  ): Range {
    return this._method<Range>(Range as unknown as HostObjectClass, name, args, compute, nullable);
  }

  getCell(row: number, column: number): Range {
    return this._range("getCell", [row, column], (_exec, t) => {
      const r = t.rect.r0 + row;
      const c = t.rect.c0 + column;
      return { sheetId: t.sheetId, rect: checkedRect(r, c, r, c) };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    this._requireApi("getResizedRange", "1.2");
    return this._range("getResizedRange", [deltaRows, deltaColumns], (_exec, t) => ({
      sheetId: t.sheetId,
      rect: checkedRect(t.rect.r0, t.rect.c0, t.rect.r1 + deltaRows, t.rect.c1 + deltaColumns),
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._range("getOffsetRange", [rowOffset, columnOffset], (_exec, t) => ({
      sheetId: t.sheetId,
      rect: checkedRect(t.rect.r0 + rowOffset, t.rect.c0 + columnOffset, t.rect.r1 + rowOffset, t.rect.c1 + columnOffset),
    }));
  }

  getEntireColumn(): Range {
    return this._range("getEntireColumn", [], (_exec, t) => ({ sheetId: t.sheetId, rect: { ...t.rect, r0: 0, r1: LAST_ROW } }));
  }

  getEntireRow(): Range {
    return this._range("getEntireRow", [], (_exec, t) => ({ sheetId: t.sheetId, rect: { ...t.rect, c0: 0, c1: LAST_COL } }));
  }

  private _used(valuesOnly: boolean | undefined, nullable: boolean, name: string): Range {
    return this._range(
      name,
      valuesOnly === undefined ? [] : [valuesOnly],
      (exec, t) => {
        const used = usedRect(sheetOf(exec, t), valuesOnly === true);
        if (!used || !intersects(used, t.rect)) return nullable ? null : fail("ItemNotFound");
        const rect = {
          r0: Math.max(used.r0, t.rect.r0),
          c0: Math.max(used.c0, t.rect.c0),
          r1: Math.min(used.r1, t.rect.r1),
          c1: Math.min(used.c1, t.rect.c1),
        };
        return { sheetId: t.sheetId, rect };
      },
      nullable,
    );
  }

  getUsedRange(valuesOnly?: boolean): Range {
    if (valuesOnly !== undefined) this._requireApi("getUsedRange", "1.2");
    return this._used(valuesOnly, false, "getUsedRange");
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this._requireApi("getUsedRangeOrNullObject", "1.4");
    return this._used(valuesOnly, true, "getUsedRangeOrNullObject");
  }

  /** Merged areas inside this range, as a RangeAreas; a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreas {
    this._requireApi("getMergedAreasOrNullObject", "1.13");
    return this._method<RangeAreas>(
      RangeAreas as unknown as HostObjectClass,
      "getMergedAreasOrNullObject",
      [],
      (exec, t: RangeTarget) => {
        const merges = sheetOf(exec, t)
          .merges.map(rectOf)
          .filter((m) => intersects(m, t.rect));
        if (merges.length > 512) fail("GeneralException");
        return merges.length === 0 ? null : { sheetId: t.sheetId, rects: merges };
      },
      true,
    );
  }

  merge(across = false): void {
    this._requireApi("merge", "1.2");
    this._call("merge", [across], (exec, t: RangeTarget) => mergeRange(exec, t, across === true));
  }

  unmerge(): void {
    this._requireApi("unmerge", "1.2");
    this._call("unmerge", [], (exec, t: RangeTarget) => {
      const sheet = writableSheet(exec, t);
      checkProtection(exec, sheet, t.rect, "content");
      sheet.merges = sheet.merges.filter((m) => !intersects(rectOf(m), t.rect));
    });
  }

  /** Pastes `source` here (ExcelApi 1.9); see sheetOperations.ts for what travels. */
  copyFrom(source: Range | string, copyType?: string): void {
    this._requireApi("copyFrom", "1.9");
    argumentTarget(this, source);
    this._call("copyFrom", [source, copyType ?? "All"], (exec, t: RangeTarget) => {
      if (source instanceof HostObject) source._ensureTarget(exec);
      copyRange(exec, t, source, copyType ?? "All");
    });
  }

  select(): void {
    this._call("select", [], (exec, t: RangeTarget) => {
      const sheet = writableSheet(exec, t);
      if (sheet.visibility !== "Visible") fail("InvalidOperation");
      sheet.selection = rangeOf(t.rect);
      exec.tx.workbook.activeSheetId = sheet.id;
    });
  }

  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], (exec, t: RangeTarget) => clearRange(exec, t, oneOf(CLEAR_APPLY_TO, applyTo)));
  }
}

export class RangeCollection extends HostObject {
  static meta: ClassMeta = {
    typeName: "RangeCollection",
    navs: [],
    props: [],
    collection: {
      itemType: () => Range as unknown as HostObjectClass,
      list: (_exec, t: AreasTarget) => t.rects.map(rectToA1),
      itemTarget: (t: AreasTarget, id) => ({ sheetId: t.sheetId, rect: parseAddress(id).rect }),
      itemPath: (id) => `getItem(${JSON.stringify(id)})`,
    },
  };
}

export class RangeAreas extends HostObject {
  static meta: ClassMeta = {
    typeName: "RangeAreas",
    navs: [{ name: "areas", api: "1.9", type: () => RangeCollection as unknown as HostObjectClass }],
    props: [
      prop("address", (exec, t: AreasTarget) => t.rects.map((r) => qualifiedAddress(sheetOf(exec, t).name, r)).join(", ")),
      prop("addressLocal", (exec, t: AreasTarget) => t.rects.map((r) => qualifiedAddress(sheetOf(exec, t).name, r)).join(", ")),
      prop("areaCount", (_exec, t: AreasTarget) => t.rects.length),
      prop("cellCount", (_exec, t: AreasTarget) => t.rects.reduce((n, r) => n + rectCellCount(r), 0)),
    ],
  };
}

// ----- Freeze panes, page layout, protection -------------------------------------------------

export class WorksheetFreezePanes extends HostObject {
  static meta: ClassMeta = { typeName: "WorksheetFreezePanes", navs: [], props: [] };

  private _freeze(name: string, args: unknown[], compute: (exec: ExecContext) => { rows: number; columns: number }): void {
    this._call(name, args, (exec, t: SheetTarget) => {
      const freeze = compute(exec);
      writableSheet(exec, t).freeze = freeze;
    });
  }

  /** Replaces any earlier freeze (frozen columns are dropped), like Excel's "Freeze Top Row". */
  freezeRows(count = 1): void {
    this._freeze("freezeRows", [count], () => ({ rows: requireInteger(count, 0, MAX_ROWS - 1), columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this._freeze("freezeColumns", [count], () => ({ rows: 0, columns: requireInteger(count, 0, MAX_COLUMNS - 1) }));
  }

  freezeAt(frozenRange: Range | string): void {
    argumentTarget(this, frozenRange);
    this._freeze("freezeAt", [frozenRange], (exec) => {
      const rect =
        frozenRange instanceof HostObject ? (frozenRange._ensureTarget(exec) as RangeTarget).rect : parseAddress(frozenRange).rect;
      return { rows: isWholeColumns(rect) ? 0 : rect.r1 + 1, columns: isWholeRows(rect) ? 0 : rect.c1 + 1 };
    });
  }

  unfreeze(): void {
    this._freeze("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }

  private _location(nullable: boolean, name: string): Range {
    return this._method<Range>(
      Range as unknown as HostObjectClass,
      name,
      [],
      (exec, t: SheetTarget) => {
        const { rows, columns } = sheetOf(exec, t).freeze;
        if (rows === 0 && columns === 0) return nullable ? null : fail("ItemNotFound");
        const rect: Rect = {
          r0: 0,
          c0: 0,
          r1: rows > 0 ? rows - 1 : LAST_ROW,
          c1: columns > 0 ? columns - 1 : LAST_COL,
        };
        return { sheetId: t.sheetId, rect };
      },
      nullable,
    );
  }

  getLocation(): Range {
    return this._location(false, "getLocation");
  }

  getLocationOrNullObject(): Range {
    return this._location(true, "getLocationOrNullObject");
  }
}

function pageProp(name: keyof PageLayoutModel, validate: (value: unknown) => unknown): PropertyDef {
  return prop(
    name,
    (exec, t: SheetTarget) => {
      const value = sheetOf(exec, t).pageLayout[name];
      return typeof value === "object" && value !== null ? { ...value } : value;
    },
    (exec, t: SheetTarget, value) => {
      const checked = validate(value);
      const sheet = writableSheet(exec, t);
      sheet.pageLayout = { ...sheet.pageLayout, [name]: checked };
    },
  );
}

function zoomInput(value: unknown): unknown {
  if (typeof value !== "object" || value === null) fail("InvalidArgument");
  const zoom = value as Record<string, unknown>;
  const result: Record<string, number> = {};
  if (zoom.scale !== undefined && zoom.scale !== null) result.scale = requireNumber(zoom.scale, 10, 400);
  if (zoom.horizontalFitToPages !== undefined && zoom.horizontalFitToPages !== null)
    result.horizontalFitToPages = requireInteger(zoom.horizontalFitToPages, 0, 32767);
  if (zoom.verticalFitToPages !== undefined && zoom.verticalFitToPages !== null)
    result.verticalFitToPages = requireInteger(zoom.verticalFitToPages, 0, 32767);
  if (Object.keys(result).length === 0) fail("InvalidArgument");
  if (result.scale !== undefined && (result.horizontalFitToPages !== undefined || result.verticalFitToPages !== undefined))
    fail("InvalidArgument");
  return result;
}

const margin = (v: unknown) => requireNumber(v, 0, 1000);

function headerFooterProp(name: keyof HeaderFooterModel): PropertyDef {
  return prop(
    name,
    (exec, t: HeaderFooterTarget) => sheetOf(exec, t).pageLayout.headersFooters[t.which][name],
    (exec, t: HeaderFooterTarget, value) => {
      const text = requireString(value);
      if (text.length > 255) fail("InvalidArgument");
      const sheet = writableSheet(exec, t);
      const group = sheet.pageLayout.headersFooters;
      sheet.pageLayout = {
        ...sheet.pageLayout,
        headersFooters: { ...group, [t.which]: { ...group[t.which], [name]: text } },
      };
    },
  );
}

export class HeaderFooter extends HostObject {
  static meta: ClassMeta = {
    typeName: "HeaderFooter",
    navs: [],
    props: (["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const).map(headerFooterProp),
  };
}

function groupProp(name: "state" | "useSheetMargins" | "useSheetScale", validate: (value: unknown) => unknown): PropertyDef {
  return prop(
    name,
    (exec, t: SheetTarget) => sheetOf(exec, t).pageLayout.headersFooters[name],
    (exec, t: SheetTarget, value) => {
      const checked = validate(value);
      const sheet = writableSheet(exec, t);
      sheet.pageLayout = { ...sheet.pageLayout, headersFooters: { ...sheet.pageLayout.headersFooters, [name]: checked } };
    },
  );
}

export class HeaderFooterGroup extends HostObject {
  static meta: ClassMeta = {
    typeName: "HeaderFooterGroup",
    props: [
      groupProp("state", (v) => oneOf(HEADER_FOOTER_STATES, v)),
      groupProp("useSheetMargins", requireBoolean),
      groupProp("useSheetScale", requireBoolean),
    ],
    navs: (["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const).map((which) => ({
      name: which,
      type: () => HeaderFooter as unknown as HostObjectClass,
      map: (t: SheetTarget) => ({ sheetId: t.sheetId, which }),
    })),
  };
}

/** `"$1:$2"` for whole rows, `"$A:$B"` for whole columns; `InvalidArgument` otherwise. */
function printTitle(exec: ExecContext, sheet: SheetModel, input: unknown, kind: "rows" | "columns"): string {
  let rect: Rect;
  if (input instanceof HostObject) rect = (input._ensureTarget(exec) as RangeTarget).rect;
  else {
    const parsed = parseAddress(requireString(input));
    if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail("InvalidArgument");
    rect = parsed.rect;
  }
  if (kind === "rows") return isWholeRows(rect) ? `$${rect.r0 + 1}:$${rect.r1 + 1}` : fail("InvalidArgument");
  return isWholeColumns(rect) ? `$${columnLetter(rect.c0)}:$${columnLetter(rect.c1)}` : fail("InvalidArgument");
}

const POINTS_PER_UNIT: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

export class PageLayout extends HostObject {
  static meta: ClassMeta = {
    typeName: "PageLayout",
    navs: [{ name: "headersFooters", type: () => HeaderFooterGroup as unknown as HostObjectClass }],
    props: [
      pageProp("orientation", (v) => oneOf(PAGE_ORIENTATIONS, v)),
      pageProp("paperSize", (v) => oneOf(PAPER_TYPES, v)),
      pageProp("zoom", zoomInput),
      pageProp("centerHorizontally", requireBoolean),
      pageProp("centerVertically", requireBoolean),
      pageProp("leftMargin", margin),
      pageProp("rightMargin", margin),
      pageProp("topMargin", margin),
      pageProp("bottomMargin", margin),
      pageProp("headerMargin", margin),
      pageProp("footerMargin", margin),
      pageProp("printGridlines", requireBoolean),
      pageProp("printHeadings", requireBoolean),
      pageProp("blackAndWhite", requireBoolean),
      pageProp("draftMode", requireBoolean),
      pageProp("alignMarginsHeaderFooter", requireBoolean),
      pageProp("firstPageNumber", (v) => (v === "" ? "" : requireInteger(v, 0, 2147483647))),
      pageProp("printComments", (v) => oneOf(PRINT_COMMENTS, v)),
      pageProp("printErrors", (v) => oneOf(PRINT_ERROR_TYPES, v)),
      pageProp("printOrder", (v) => oneOf(PRINT_ORDERS, v)),
    ],
  };

  setPrintTitleRows(printTitleRows: Range | string): void {
    argumentTarget(this, printTitleRows);
    this._call("setPrintTitleRows", [printTitleRows], (exec, t: SheetTarget) => {
      const sheet = writableSheet(exec, t);
      sheet.pageLayout = { ...sheet.pageLayout, printTitleRows: printTitle(exec, sheet, printTitleRows, "rows") };
    });
  }

  setPrintTitleColumns(printTitleColumns: Range | string): void {
    argumentTarget(this, printTitleColumns);
    this._call("setPrintTitleColumns", [printTitleColumns], (exec, t: SheetTarget) => {
      const sheet = writableSheet(exec, t);
      sheet.pageLayout = { ...sheet.pageLayout, printTitleColumns: printTitle(exec, sheet, printTitleColumns, "columns") };
    });
  }

  setPrintArea(printArea: Range | RangeAreas | string): void {
    argumentTarget(this, printArea);
    this._call("setPrintArea", [printArea], (exec, t: SheetTarget) => {
      const sheet = writableSheet(exec, t);
      let rects: Rect[];
      if (printArea instanceof Range) rects = [(printArea._ensureTarget(exec) as RangeTarget).rect];
      else if (printArea instanceof RangeAreas) rects = (printArea._ensureTarget(exec) as AreasTarget).rects;
      else
        rects = requireString(printArea)
          .split(",")
          .map((part) => parseAddress(part.trim()).rect);
      sheet.pageLayout = { ...sheet.pageLayout, printArea: rects.map(rectToA1).join(",") };
    });
  }

  setPrintMargins(unit: string, marginOptions: Record<string, number | undefined>): void {
    this._call("setPrintMargins", [unit, marginOptions], (exec, t: SheetTarget) => {
      const factor = POINTS_PER_UNIT[oneOf(Object.keys(POINTS_PER_UNIT), unit)];
      const sheet = writableSheet(exec, t);
      const next = { ...sheet.pageLayout };
      const names: Record<string, keyof PageLayoutModel> = {
        top: "topMargin",
        bottom: "bottomMargin",
        left: "leftMargin",
        right: "rightMargin",
        header: "headerMargin",
        footer: "footerMargin",
      };
      for (const [key, field] of Object.entries(names)) {
        const value = marginOptions?.[key];
        if (value !== undefined) (next as Record<string, unknown>)[field] = requireNumber(value, 0, 1000) * factor;
      }
      sheet.pageLayout = next;
    });
  }

  private _title(name: string, kind: "rows" | "columns"): Range {
    return this._method<Range>(
      Range as unknown as HostObjectClass,
      name,
      [],
      (exec, t: SheetTarget) => {
        const title = kind === "rows" ? sheetOf(exec, t).pageLayout.printTitleRows : sheetOf(exec, t).pageLayout.printTitleColumns;
        return title === null ? null : { sheetId: t.sheetId, rect: parseAddress(title).rect };
      },
      true,
    );
  }

  getPrintTitleRowsOrNullObject(): Range {
    return this._title("getPrintTitleRowsOrNullObject", "rows");
  }

  getPrintTitleColumnsOrNullObject(): Range {
    return this._title("getPrintTitleColumnsOrNullObject", "columns");
  }

  getPrintAreaOrNullObject(): RangeAreas {
    return this._method<RangeAreas>(
      RangeAreas as unknown as HostObjectClass,
      "getPrintAreaOrNullObject",
      [],
      (exec, t: SheetTarget) => {
        const area = sheetOf(exec, t).pageLayout.printArea;
        return area === null ? null : { sheetId: t.sheetId, rects: area.split(",").map((a) => parseAddress(a).rect) };
      },
      true,
    );
  }
}

export class WorksheetProtection extends HostObject {
  static meta: ClassMeta = {
    typeName: "WorksheetProtection",
    navs: [],
    props: [
      prop("protected", (exec, t: SheetTarget) => sheetOf(exec, t).protection.protected, undefined, { api: "1.2" }),
      prop("options", (exec, t: SheetTarget) => ({ ...sheetOf(exec, t).protection.options }), undefined, { api: "1.2" }),
    ],
  };

  /** Fails with `InvalidOperation` on a sheet that is already protected (the docs say it fails). */
  protect(options?: Record<string, unknown>, password?: string): void {
    this._requireApi("protect", "1.2");
    if (password !== undefined) this._requireApi("protect", "1.7");
    this._call("protect", [options ?? null, password === undefined ? null : "********"], (exec, t: SheetTarget) => {
      const sheet = writableSheet(exec, t);
      if (sheet.protection.protected) fail("InvalidOperation");
      const merged = { ...sheet.protection.options };
      for (const [key, value] of Object.entries(options ?? {})) {
        if (!(key in merged)) fail("InvalidArgument");
        (merged as Record<string, unknown>)[key] =
          key === "selectionMode" ? oneOf(["Normal", "Unlocked", "None"], value) : requireBoolean(value);
      }
      sheet.protection = { protected: true, options: merged, password: password ?? null };
    });
  }

  /** A wrong password gives `InvalidArgument` (unconfirmed on real Excel). */
  unprotect(password?: string): void {
    this._requireApi("unprotect", "1.2");
    if (password !== undefined) this._requireApi("unprotect", "1.7");
    this._call("unprotect", [password === undefined ? null : "********"], (exec, t: SheetTarget) => {
      const sheet = writableSheet(exec, t);
      if (!sheet.protection.protected) return;
      if (sheet.protection.password !== null && sheet.protection.password !== password) fail("InvalidArgument");
      sheet.protection = { ...sheet.protection, protected: false, password: null };
    });
  }
}

// ----- Worksheet -----------------------------------------------------------------------------

function visibleSheets(exec: ExecContext): SheetModel[] {
  return exec.tx.sheets.filter((s) => s.visibility === "Visible");
}

/** When the active sheet goes away or is hidden, Excel activates the next visible one. */
function moveActivationFrom(exec: ExecContext, sheetId: string): void {
  const workbook = exec.tx.workbook;
  if (workbook.activeSheetId !== sheetId) return;
  const sheets = exec.tx.sheets;
  const index = sheets.findIndex((s) => s.id === sheetId);
  const after = sheets.slice(index + 1).find((s) => s.id !== sheetId && s.visibility === "Visible");
  const before = sheets
    .slice(0, index)
    .reverse()
    .find((s) => s.visibility === "Visible");
  const next = after ?? before;
  if (next) workbook.activeSheetId = next.id;
}

export class Worksheet extends HostObject {
  static meta: ClassMeta = {
    typeName: "Worksheet",
    navs: [
      { name: "freezePanes", api: "1.7", type: () => WorksheetFreezePanes as unknown as HostObjectClass },
      { name: "pageLayout", api: "1.9", type: () => PageLayout as unknown as HostObjectClass },
      { name: "protection", api: "1.2", type: () => WorksheetProtection as unknown as HostObjectClass },
      { name: "names", api: "1.4", type: () => NamedItemCollection as unknown as HostObjectClass },
      { name: "charts", type: () => ChartCollection as unknown as HostObjectClass },
      { name: "horizontalPageBreaks", api: "1.9", type: () => PageBreakCollection as unknown as HostObjectClass },
    ],
    props: [
      prop("id", (exec, t: SheetTarget) => sheetOf(exec, t).id),
      prop(
        "name",
        (exec, t: SheetTarget) => sheetOf(exec, t).name,
        (exec, t: SheetTarget, value) => {
          const name = validateSheetName(value, exec.tx.sheets, t.sheetId);
          writableSheet(exec, t).name = name;
        },
      ),
      prop(
        "position",
        (exec, t: SheetTarget) => exec.tx.sheets.findIndex((s) => s.id === t.sheetId),
        (exec, t: SheetTarget, value) => {
          const sheets = exec.tx.sheets;
          const position = requireInteger(value, 0, sheets.length - 1);
          const index = sheets.findIndex((s) => s.id === t.sheetId);
          if (index < 0) fail("ItemNotFound");
          const [sheet] = sheets.splice(index, 1);
          sheets.splice(position, 0, sheet);
        },
      ),
      prop(
        "visibility",
        (exec, t: SheetTarget) => sheetOf(exec, t).visibility,
        (exec, t: SheetTarget, value) => {
          const visibility = oneOf(SHEET_VISIBILITIES, value);
          const sheet = sheetOf(exec, t);
          if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleSheets(exec).length === 1) fail("InvalidOperation");
          writableSheet(exec, t).visibility = visibility;
          if (visibility !== "Visible") moveActivationFrom(exec, t.sheetId);
        },
        { setApi: "1.2" },
      ),
      prop(
        "tabColor",
        (exec, t: SheetTarget) => {
          const sheet = sheetOf(exec, t);
          return sheet.visibility === "Visible" ? sheet.tabColor : null;
        },
        (exec, t: SheetTarget, value) => {
          const color = value === "" || value === null ? "" : colorInput(value);
          writableSheet(exec, t).tabColor = color;
        },
        { api: "1.7" },
      ),
      prop(
        "showGridlines",
        (exec, t: SheetTarget) => sheetOf(exec, t).showGridlines,
        (exec, t: SheetTarget, value) => {
          writableSheet(exec, t).showGridlines = requireBoolean(value);
        },
        { api: "1.8" },
      ),
      prop(
        "standardWidth",
        (exec, t: SheetTarget) => sheetOf(exec, t).standardWidth,
        (exec, t: SheetTarget, value) => {
          writableSheet(exec, t).standardWidth = requireNumber(value, 0, 1789);
        },
        { api: "1.7" },
      ),
      prop("standardHeight", (exec, t: SheetTarget) => sheetOf(exec, t).standardHeight, undefined, { api: "1.7" }),
    ],
  };

  private _range(name: string, args: unknown[], compute: (exec: ExecContext, sheet: SheetModel) => Rect | null, nullable = false): Range {
    return this._method<Range>(
      Range as unknown as HostObjectClass,
      name,
      args,
      (exec, t: SheetTarget) => {
        const rect = compute(exec, sheetOf(exec, t));
        return rect === null ? null : { sheetId: t.sheetId, rect };
      },
      nullable,
    );
  }

  getRange(address?: string): Range {
    return this._range("getRange", address === undefined ? [] : [address], (_exec, sheet) => {
      if (address === undefined || address === null) return { r0: 0, c0: 0, r1: LAST_ROW, c1: LAST_COL };
      const parsed = parseAddress(address);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail("InvalidArgument");
      return parsed.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this._requireApi("getRangeByIndexes", "1.7");
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      if (rowCount < 1 || columnCount < 1) fail("InvalidArgument");
      return checkedRect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1);
    });
  }

  getCell(row: number, column: number): Range {
    return this._range("getCell", [row, column], () => checkedRect(row, column, row, column));
  }

  /** Values or formatting (or values only); a blank sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): Range {
    if (valuesOnly !== undefined) this._requireApi("getUsedRange", "1.2");
    return this._range(
      "getUsedRange",
      valuesOnly === undefined ? [] : [valuesOnly],
      (_exec, sheet) => usedRect(sheet, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this._requireApi("getUsedRangeOrNullObject", "1.4");
    return this._range(
      "getUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly],
      (_exec, sheet) => usedRect(sheet, valuesOnly === true),
      true,
    );
  }

  activate(): void {
    this._call("activate", [], (exec, t: SheetTarget) => {
      const sheet = sheetOf(exec, t);
      if (sheet.visibility !== "Visible") fail("InvalidOperation");
      exec.tx.workbook.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._call("delete", [], (exec, t: SheetTarget) => {
      const sheet = sheetOf(exec, t);
      if (sheet.visibility === "VeryHidden") fail("InvalidOperation");
      if (sheet.visibility === "Visible" && visibleSheets(exec).length === 1) fail("InvalidOperation");
      moveActivationFrom(exec, sheet.id);
      const sheets = exec.tx.sheets;
      sheets.splice(
        sheets.findIndex((s) => s.id === sheet.id),
        1,
      );
    });
  }

  private _neighbour(name: string, step: 1 | -1, visibleOnly: boolean | undefined, nullable: boolean): Worksheet {
    this._requireApi(name, "1.5");
    return this._method<Worksheet>(
      Worksheet as unknown as HostObjectClass,
      name,
      visibleOnly === undefined ? [] : [visibleOnly],
      (exec, t: SheetTarget) => {
        const sheets = exec.tx.sheets;
        let index = sheets.findIndex((s) => s.id === t.sheetId) + step;
        while (index >= 0 && index < sheets.length && visibleOnly && sheets[index].visibility !== "Visible") index += step;
        const found = sheets[index];
        return found ? { sheetId: found.id } : nullable ? null : fail("ItemNotFound");
      },
      nullable,
    );
  }

  getNext(visibleOnly?: boolean): Worksheet {
    return this._neighbour("getNext", 1, visibleOnly, false);
  }

  getNextOrNullObject(visibleOnly?: boolean): Worksheet {
    return this._neighbour("getNextOrNullObject", 1, visibleOnly, true);
  }

  getPrevious(visibleOnly?: boolean): Worksheet {
    return this._neighbour("getPrevious", -1, visibleOnly, false);
  }

  getPreviousOrNullObject(visibleOnly?: boolean): Worksheet {
    return this._neighbour("getPreviousOrNullObject", -1, visibleOnly, true);
  }
}

/** Excel-style sheet ids: `{00000000-0001-0000-0000-000000000000}`. */
export function sheetId(n: number): string {
  return `{00000000-${n.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
}

function findSheet(exec: ExecContext, key: unknown): SheetModel | undefined {
  if (typeof key !== "string") return undefined;
  return exec.tx.sheetByName(key) ?? exec.tx.sheet(key);
}

export class WorksheetCollection extends HostObject {
  static meta: ClassMeta = {
    typeName: "WorksheetCollection",
    navs: [],
    props: [],
    collection: {
      itemType: () => Worksheet as unknown as HostObjectClass,
      list: (exec) => exec.tx.sheets.map((s) => s.id),
      itemTarget: (_t, id) => ({ sheetId: id }),
      itemPath: (id) => `getItem(${JSON.stringify(id)})`,
    },
  };

  private _sheet(name: string, args: unknown[], compute: (exec: ExecContext) => SheetModel | null, nullable = false): Worksheet {
    return this._method<Worksheet>(
      Worksheet as unknown as HostObjectClass,
      name,
      args,
      (exec) => {
        const sheet = compute(exec);
        return sheet === null ? null : { sheetId: sheet.id };
      },
      nullable,
    );
  }

  /** By name (ignoring case) or id; `ItemNotFound` at sync. */
  getItem(key: string): Worksheet {
    return this._sheet("getItem", [key], (exec) => findSheet(exec, key) ?? fail("ItemNotFound"));
  }

  getItemOrNullObject(key: string): Worksheet {
    this._requireApi("getItemOrNullObject", "1.4");
    return this._sheet("getItemOrNullObject", [key], (exec) => findSheet(exec, key) ?? null, true);
  }

  /** Appends the sheet at the end without activating it. */
  add(name?: string): Worksheet {
    return this._sheet("add", name === undefined ? [] : [name], (exec) => {
      const workbook = exec.tx.workbook;
      let finalName: string;
      if (name === undefined || name === null) {
        let n = 1;
        while (exec.tx.sheetByName(`Sheet${n}`)) n++;
        finalName = `Sheet${n}`;
      } else finalName = validateSheetName(name, exec.tx.sheets);
      const sheet = newSheet(sheetId(workbook.nextSheetId++), finalName);
      exec.tx.sheets.push(sheet);
      exec.tx.adopt(sheet);
      return sheet;
    });
  }

  getActiveWorksheet(): Worksheet {
    return this._sheet("getActiveWorksheet", [], (exec) => exec.tx.requireSheet(exec.tx.workbook.activeSheetId));
  }

  getCount(visibleOnly?: boolean): ClientResultImpl<number> {
    this._requireApi("getCount", "1.4");
    return this._callForResult("getCount", visibleOnly === undefined ? [] : [visibleOnly], (exec) =>
      visibleOnly ? visibleSheets(exec).length : exec.tx.sheets.length,
    );
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    this._requireApi("getFirst", "1.5");
    return this._sheet(
      "getFirst",
      visibleOnly === undefined ? [] : [visibleOnly],
      (exec) => (visibleOnly ? visibleSheets(exec) : exec.tx.sheets)[0] ?? fail("ItemNotFound"),
    );
  }

  getLast(visibleOnly?: boolean): Worksheet {
    this._requireApi("getLast", "1.5");
    return this._sheet("getLast", visibleOnly === undefined ? [] : [visibleOnly], (exec) => {
      const list = visibleOnly ? visibleSheets(exec) : exec.tx.sheets;
      return list[list.length - 1] ?? fail("ItemNotFound");
    });
  }
}

// ----- Workbook ------------------------------------------------------------------------------

export class Application extends HostObject {
  static meta: ClassMeta = {
    typeName: "Application",
    navs: [],
    props: [
      prop(
        "calculationMode",
        (exec) => exec.tx.workbook.calculationMode,
        (exec, _t, value) => {
          exec.tx.workbook.calculationMode = oneOf(CALCULATION_MODES, value);
        },
        { setApi: "1.8" },
      ),
    ],
  };

  /** Formulas are evaluated when read, so there is nothing to recalculate. */
  calculate(calculationType: string): void {
    this._call("calculate", [calculationType], () => undefined);
  }
}

export class Workbook extends HostObject {
  static meta: ClassMeta = {
    typeName: "Workbook",
    navs: [
      { name: "worksheets", type: () => WorksheetCollection as unknown as HostObjectClass },
      { name: "application", type: () => Application as unknown as HostObjectClass },
    ],
    props: [],
  };

  getSelectedRange(): Range {
    return this._method<Range>(Range as unknown as HostObjectClass, "getSelectedRange", [], (exec) => {
      const sheet = exec.tx.requireSheet(exec.tx.workbook.activeSheetId);
      return { sheetId: sheet.id, rect: rectOf(sheet.selection) };
    });
  }

  /** ExcelApi 1.13: a file's sheets inserted, their ids answered (insertFromBase64.ts). */
  insertWorksheetsFromBase64(base64: string, options?: InsertWorksheetOptions): ClientResultImpl<string[]> {
    this._requireApi("insertWorksheetsFromBase64", "1.13");
    return this._callForResult("insertWorksheetsFromBase64", options === undefined ? [base64] : [base64, options], (exec) =>
      insertWorksheetsFromBase64(exec.tx, () => sheetId(exec.tx.workbook.nextSheetId++), base64, options ?? {}),
    );
  }

  getActiveCell(): Range {
    this._requireApi("getActiveCell", "1.7");
    return this._method<Range>(Range as unknown as HostObjectClass, "getActiveCell", [], (exec) => {
      const sheet = exec.tx.requireSheet(exec.tx.workbook.activeSheetId);
      const { row, col } = sheet.selection.start;
      return { sheetId: sheet.id, rect: { r0: row, c0: col, r1: row, c1: col } };
    });
  }
}

export const EXCEL_CLASSES = {
  Workbook,
  Application,
  WorksheetCollection,
  Worksheet,
  WorksheetFreezePanes,
  WorksheetProtection,
  PageLayout,
  HeaderFooterGroup,
  HeaderFooter,
  Range,
  RangeAreas,
  RangeCollection,
  RangeFormat,
  RangeFont,
  RangeFill,
  RangeBorder,
  RangeBorderCollection,
  FormatProtection,
  DataValidation,
};

for (const type of Object.values(EXCEL_CLASSES)) defineProperties(type as unknown as HostObjectClass);
