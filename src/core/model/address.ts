import type { CellAddress, CellRange } from "./types";

/** Excel's last column (XFD) is index 16,383. */
export const MAX_COLUMNS = 16384;
/** Excel's last row is 1,048,576. */
export const MAX_ROWS = 1048576;

/**
 * The letters of a zero-based column index.
 * @example columnLetter(0) === "A"; columnLetter(27) === "AB"
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) {
    throw new RangeError(`column index out of range: ${col}`);
  }
  let letters = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The zero-based index of column letters.
 * @example columnIndex("A") === 0; columnIndex("ab") === 27
 */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not column letters: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new RangeError(`column out of range: ${letters}`);
  return n - 1;
}

/**
 * A1 text of a zero-based address.
 * @example toA1({ row: 6, col: 3 }) === "D7"
 */
export function toA1(address: CellAddress): string {
  if (!Number.isInteger(address.row) || address.row < 0 || address.row >= MAX_ROWS) {
    throw new RangeError(`row index out of range: ${address.row}`);
  }
  return columnLetter(address.col) + String(address.row + 1);
}

/**
 * The zero-based address of A1 text (absolute `$` marks allowed).
 * @example fromA1("$D$7") → { row: 6, col: 3 }
 */
export function fromA1(a1: string): CellAddress {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match) throw new RangeError(`not an A1 address: ${a1}`);
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS) throw new RangeError(`row out of range: ${a1}`);
  return { row, col: columnIndex(match[1]) };
}

/**
 * A1 text of a range; a single cell gives just that cell.
 * @example rangeToA1({ start: { row: 0, col: 0 }, end: { row: 1, col: 2 } }) === "A1:C2"
 */
export function rangeToA1(range: CellRange): string {
  const start = toA1(range.start);
  const end = toA1(range.end);
  return start === end ? start : `${start}:${end}`;
}

/**
 * The range of `A1:C2` or `B4` text.
 * @example rangeFromA1("A1:C2").end → { row: 1, col: 2 }
 */
export function rangeFromA1(text: string): CellRange {
  const [first, second] = text.split(":");
  const start = fromA1(first);
  const end = second === undefined ? start : fromA1(second);
  return {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}

/** A range from zero-based corners, in either order. */
export function cellRange(row1: number, col1: number, row2 = row1, col2 = col1): CellRange {
  return {
    start: { row: Math.min(row1, row2), col: Math.min(col1, col2) },
    end: { row: Math.max(row1, row2), col: Math.max(col1, col2) },
  };
}

/** Whether `address` lies inside `range`. */
export function rangeContains(range: CellRange, address: CellAddress): boolean {
  return address.row >= range.start.row && address.row <= range.end.row && address.col >= range.start.col && address.col <= range.end.col;
}

/**
 * A sheet-qualified reference for a link or a formula, quoted whenever Excel could read the bare
 * name as something else: any character beyond letters, digits, `_` and `.`; a leading digit or
 * `.`; a name that looks like an A1 cell (`AB12`, and `ABCD1` in case a later Excel widens the
 * grid) or an R1C1 one (`R`, `C`, `RC`, `R1C1`, `r2`), which Excel takes as a reference in either
 * notation; and TRUE or FALSE.
 * @example sheetReference("Lam Sơn", "G12") === "'Lam Sơn'!G12"
 * @example sheetReference("R1C1", "G9") === "'R1C1'!G9"
 */
export function sheetReference(sheet: string, cell: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) &&
    !/^[A-Za-z]+\d+$/.test(sheet) &&
    !/^(R\d*C?\d*|C\d*)$/i.test(sheet) &&
    !/^(TRUE|FALSE)$/i.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
