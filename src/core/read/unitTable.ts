// Where a unit's table is on its sheet (spec §2 "Unit sheets"): the header row or rows, found by
// the schema's labels, and the unit's name as the sheet states it above the table.
import { UNIT_COLUMNS, UNIT_INPUT_COLUMNS, UNIT_NAME_LABELS, type UnitColumn } from "../schema/unitSheet";
import { cellAt, HEADER_SEARCH_ROWS, readHeaderRow, textAt, valueCellRightOf, type HeaderColumns } from "./sheet";
import { labelMatches, matchLabel, normalizeLabel } from "../model/text";
import type { CellAddress, SheetSnapshot } from "../model/types";
import { isBlank } from "../model/values";

/** Where a unit's table is: its header row(s) and the columns its labels name. */
export interface UnitTable {
  headerRow: number;
  /** The last header row: `headerRow + 1` for a two-row header. */
  lastHeaderRow: number;
  columns: HeaderColumns<UnitColumn>;
}

/** The unit's name as its sheet states it (`Đơn vị: …`), and where. */
export interface StatedName {
  name: string;
  cell: CellAddress;
}

/**
 * Finds the unit table: the first row in the first 30 with `Mã` and at least one input column,
 * taking a second header row when the first has labels merged down or headings merged across.
 * @example findUnitTable(sheet)?.columns.self === 6
 */
export function findUnitTable(sheet: SheetSnapshot): UnitTable | null {
  const last = Math.min(sheet.cells.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const columns = readHeaderRow(sheet, row, UNIT_COLUMNS);
    if (columns.code === undefined) continue;
    let lastHeaderRow = row;
    if (row + 1 < sheet.cells.length && hasSecondHeaderRow(sheet, row, columns.code)) {
      lastHeaderRow = row + 1;
      const below = readHeaderRow(sheet, row + 1, UNIT_COLUMNS);
      // A label merged across several columns that have their own labels below is only a heading.
      for (const key of Object.keys(columns) as UnitColumn[]) {
        const col = columns[key] as number;
        const merge = sheet.merges.find((m) => m.start.row === row && m.start.col === col && m.end.col > m.start.col);
        if (merge && Object.values(below).some((c) => (c as number) >= merge.start.col && (c as number) <= merge.end.col))
          delete columns[key];
      }
      for (const key of Object.keys(below) as UnitColumn[]) {
        const col = below[key] as number;
        if (columns[key] === undefined || col < (columns[key] as number)) columns[key] = col;
      }
    }
    if (UNIT_INPUT_COLUMNS.some((key) => columns[key] !== undefined)) return { headerRow: row, lastHeaderRow, columns };
  }
  return null;
}

function hasSecondHeaderRow(sheet: SheetSnapshot, row: number, codeCol: number): boolean {
  if (!isBlank(cellAt(sheet, { row: row + 1, col: codeCol }))) return false;
  const mergedDown = sheet.merges.some((m) => m.start.row === row && m.end.row >= row + 1);
  const headingAcross = sheet.merges.some((m) => {
    if (m.start.row !== row || m.end.row !== row || m.end.col === m.start.col) return false;
    for (let c = m.start.col; c <= m.end.col; c++) {
      const v = cellAt(sheet, { row: row + 1, col: c });
      if (typeof v === "string" && matchLabel(v, UNIT_COLUMNS) !== null) return true;
    }
    return false;
  });
  // Without merge information (Excel before ExcelApi 1.13 cannot report merges), a second header
  // row still shows itself by labels under cells that are blank in the first row.
  const labelsUnderBlanks = (sheet.cells[row + 1] ?? []).some(
    (v, c) => typeof v === "string" && matchLabel(v, UNIT_COLUMNS) !== null && isBlank(cellAt(sheet, { row, col: c })),
  );
  return mergedDown || headingAcross || labelsUnderBlanks;
}

/**
 * The unit's name written above its table: `Đơn vị` with the name to its right, or in the same
 * cell after a colon (`Đơn vị: Công ty …`).
 */
export function findStatedName(sheet: SheetSnapshot, beforeRow: number): StatedName | null {
  for (let row = 0; row < Math.min(beforeRow, sheet.cells.length); row++) {
    const cells = sheet.cells[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      if (typeof value !== "string") continue;
      const colon = value.indexOf(":");
      if (colon > 0) {
        const after = value.slice(colon + 1).trim();
        const before = normalizeLabel(value.slice(0, colon));
        if (after !== "" && UNIT_NAME_LABELS.entries.some((e) => labelMatches(before, e.label))) return { name: after, cell: { row, col } };
      }
      if (matchLabel(value, UNIT_NAME_LABELS) !== null) {
        const cell = valueCellRightOf(sheet, { row, col });
        const name = textAt(sheet, cell);
        if (name !== "") return { name, cell };
      }
    }
  }
  return null;
}
