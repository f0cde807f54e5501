// Rectangles on a sheet, A1 addresses (parsed and written, sheet names quoted as Excel quotes them)
// and the rules a sheet name must follow.
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetter, rangeToA1 } from "../../src/core/model/address";
import { type CellRange } from "../../src/core/model/types";
import { fail } from "./errors";
import type { SheetModel } from "./workbookModel";

/** The last row and column of a sheet, zero-based. */
export const LAST_ROW = MAX_ROWS - 1;
export const LAST_COL = MAX_COLUMNS - 1;

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

/** The cells two rectangles share, or null. */
export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
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
