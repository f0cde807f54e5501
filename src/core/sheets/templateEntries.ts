// `thidua template --keep-entries` (spec §8.5): a unit sheet laid out anew from today's Criteria,
// with every entry of the sheet it replaces carried over, row by criterion code and column by
// label, so new input rules (a `Có thể không áp dụng` set mid-period) apply without a value lost.
import { findUnitTable, type UnitTable } from "../read/unitTable";
import { cellAt, textAt } from "../read/sheet";
import { codeKey } from "../model/text";
import { isBlank } from "../model/values";
import type { CellAddress, OutputValue, SheetLayout, SheetSnapshot } from "../model/types";
import type { UnitColumn } from "../schema/unitSheet";
import { fitRowHeights, onOnePageWhenClose } from "./sheet";

/** The columns a unit or a reviewer fills in: everything of a criterion row but its code, name and max. */
const ENTRY_COLUMNS: readonly UnitColumn[] = ["target", "actual", "quantity", "self", "verified", "approved", "evidence", "note"];

/** An entry of the old sheet that has no place on the new one, or no value a layout can hold. */
export interface UncarriedEntry {
  cell: CellAddress;
  reason: "no-row" | "no-column" | "not-a-value";
}

/**
 * `layout` (a template unit sheet) with the entries of `old`, the same unit's sheet as it is now:
 * each criterion row's input cells, found by code and column label on both. Entries that cannot
 * be carried exactly are returned, so the caller can refuse rather than lose them.
 * @example withEntries(newLayout, oldSheet).uncarried.length === 0
 */
export function withEntries(layout: SheetLayout, old: SheetSnapshot): { layout: SheetLayout; uncarried: UncarriedEntry[] } {
  const target = { name: layout.name, cells: layout.values as SheetSnapshot["cells"], merges: layout.merges };
  const newTable = findUnitTable(target);
  const oldTable = findUnitTable(old);
  const uncarried: UncarriedEntry[] = [];
  if (newTable === null || oldTable === null) return { layout, uncarried };
  const newRows = rowsByCode(target, newTable);
  const values = layout.values.map((row) => [...row]);
  for (const [code, oldRow] of rowsByCode(old, oldTable)) {
    const newRow = newRows.get(code);
    for (const column of ENTRY_COLUMNS) {
      const oldCol = oldTable.columns[column];
      if (oldCol === undefined) continue;
      const cell = { row: oldRow, col: oldCol };
      const value = cellAt(old, cell);
      if (isBlank(value)) continue;
      const newCol = newTable.columns[column];
      if (newRow === undefined) uncarried.push({ cell, reason: "no-row" });
      else if (newCol === undefined) uncarried.push({ cell, reason: "no-column" });
      else if (!isOutputValue(value)) uncarried.push({ cell, reason: "not-a-value" });
      else put(values, newRow, newCol, value);
    }
  }
  // Carried evidence and notes may wrap onto more lines than the blank sheet had.
  return { layout: onOnePageWhenClose(fitRowHeights({ ...layout, values })), uncarried };
}

/** The row of each code under the table's header; the first one when a code repeats. */
function rowsByCode(sheet: SheetSnapshot, table: UnitTable): Map<string, number> {
  const rows = new Map<string, number>();
  const codeCol = table.columns.code as number;
  for (let row = table.lastHeaderRow + 1; row < sheet.cells.length; row++) {
    const code = textAt(sheet, { row, col: codeCol }).trim();
    if (code !== "" && !rows.has(codeKey(code))) rows.set(codeKey(code), row);
  }
  return rows;
}

/** A number, text or yes/no: what a layout writes as it is. An error, a date or an uncalculated formula is not. */
function isOutputValue(value: unknown): value is OutputValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function put(values: OutputValue[][], row: number, col: number, value: OutputValue): void {
  while (values.length <= row) values.push([]);
  const cells = values[row];
  while (cells.length < col) cells.push(null);
  cells[col] = value;
}
