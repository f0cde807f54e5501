// What a cell holds as Excel shows it: its format resolved through the layers below it, the
// number format, the value (a formula evaluated when read), merged areas hiding cells, and the used
// range.
import { MAX_COLUMNS } from "../../src/core/model/address";
import { type CellRange } from "../../src/core/model/types";
import { type Rect, containsCell, intersection, isUnbounded, rectCellCount, rectOf } from "./addresses";
import { type StoredValue, isErrorValue } from "./cellValues";
import { evaluateFormula } from "./formulas";
import type { CellModel, FormatPatch, ResolvedFormat, SheetModel, WorkbookModel } from "./workbookModel";

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

/** A cell's key in its sheet's sparse map (`SheetModel.cells`): row * MAX_COLUMNS + col. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
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
export function usedRect(sheet: SheetModel, valuesOnly: boolean, within?: Rect): Rect | null {
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
    if (within && (row < within.r0 || row > within.r1 || col < within.c0 || col > within.c1)) continue;
    if (row < r0) r0 = row;
    if (row > r1) r1 = row;
    if (col < c0) c0 = col;
    if (col > c1) c1 = col;
  }
  if (!valuesOnly) {
    const areas = [...sheet.merges, ...sheet.validations.map((v) => v.range).filter((range) => !isUnbounded(rectOf(range)))];
    for (const area of areas) {
      const rect = within ? intersection(rectOf(area), within) : rectOf(area);
      if (rect === null) continue;
      r0 = Math.min(r0, rect.r0);
      c0 = Math.min(c0, rect.c0);
      r1 = Math.max(r1, rect.r1);
      c1 = Math.max(c1, rect.c1);
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
