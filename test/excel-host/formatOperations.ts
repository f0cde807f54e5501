// Reading and writing formats over a range of the workbook model: the value shared by its cells
// (null when they differ, as Excel answers), a format patch applied cell by cell (and as a layer
// for whole rows or columns), borders per cell side, and the protection check every write passes.
import { normalizeColor } from "./cellValues";
import type { BorderIndexName } from "./enums";
import { fail } from "./errors";
import { isUnbounded, rangeOf, rectCellCount, type Rect } from "./addresses";
import { defaultFormat, mergePatch, putCell, resolveFormat, storedKeysIn } from "./cells";
import { cellKey, keyCol, keyRow } from "./cells";
import type { BorderModel, CellBorderSide, FormatPatch, ResolvedFormat, SheetModel, ModelContext } from "./workbookModel";

// What an object of the wire stands for.
export interface SheetTarget {
  sheetId: string;
}
export interface RangeTarget {
  sheetId: string;
  rect: Rect;
}
export interface BorderTarget extends RangeTarget {
  side: BorderIndexName;
}
export interface AreasTarget {
  sheetId: string;
  rects: Rect[];
}

export function sheetOf(exec: ModelContext, target: SheetTarget): SheetModel {
  return exec.tx.requireSheet(target.sheetId);
}

export function writableSheet(exec: ModelContext, target: SheetTarget): SheetModel {
  return exec.tx.writable(target.sheetId);
}

export function oneOf(values: readonly string[], value: unknown): string {
  if (typeof value !== "string") return fail("InvalidArgument");
  const found = values.find((v) => v.toLowerCase() === value.toLowerCase());
  return found ?? fail("InvalidArgument");
}

export function requireBoolean(value: unknown): boolean {
  return typeof value === "boolean" ? value : fail("InvalidArgument");
}

export function requireNumber(value: unknown, min = -Infinity, max = Infinity): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) fail("InvalidArgument");
  return value as number;
}

export function requireString(value: unknown): string {
  return typeof value === "string" ? value : fail("InvalidArgument");
}

export function requireInteger(value: unknown, min: number, max: number): number {
  const n = requireNumber(value, min, max);
  return Number.isInteger(n) ? n : fail("InvalidArgument");
}

export function colorInput(value: unknown): string {
  return normalizeColor(value) ?? fail("InvalidArgument");
}

export function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
}

/** The value shared by every cell of `rect`, or null when cells differ (as Office.js reports). */
export function uniformOver<T>(exec: ModelContext, sheet: SheetModel, rect: Rect, pick: (format: ResolvedFormat) => T): T | null {
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

export function uniform<T>(exec: ModelContext, target: RangeTarget, pick: (format: ResolvedFormat) => T): T | null {
  return uniformOver(exec, sheetOf(exec, target), target.rect, pick);
}

export type Permission = "content" | "formatCells" | "formatColumns" | "formatRows" | "hyperlinks" | "lockState";

/** `AccessDenied` when a protected sheet forbids this write to any of the cells. */
export function checkProtection(
  exec: ModelContext,
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
export function updateFormat(
  exec: ModelContext,
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

export function readBorder<K extends keyof BorderModel>(exec: ModelContext, target: BorderTarget, field: K): BorderModel[K] | null {
  // Inside borders are read from the first side they were written to (e.g. the bottoms of the upper cells).
  const [part] = borderParts(target.rect, target.side);
  if (!part) return NO_BORDER[field];
  return uniformOver(exec, sheetOf(exec, target), part.rect, (f) => (f.borders[part.side] ?? NO_BORDER)[field]);
}

export function writeBorder(exec: ModelContext, target: BorderTarget, field: keyof BorderModel, value: string): void {
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
