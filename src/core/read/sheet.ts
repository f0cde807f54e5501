// Reading helpers over a snapshot sheet: cells by zero-based address, merges, header rows, and
// the issues found while reading (kept as data, localised once the report language is known).
import type { MessageParams } from "../words/messages";
import { labelMatches, matchLabel, normalizeLabel, type LabelSet } from "../model/text";
import type { CellAddress, CellRange, CellValue, RuleId, Severity, SheetSnapshot, WorkbookSnapshot } from "../model/types";
import { cellText, isBlank } from "../model/values";

/** An issue before its message is written: the rule, where, and what to say. */
export interface RawIssue {
  severity: Severity;
  rule: RuleId;
  sheet: string | null;
  cell: CellAddress | null;
  criterion: string | null;
  params: MessageParams;
}

/** Collects issues in the order they are found. */
export class IssueList {
  readonly items: RawIssue[] = [];

  add(
    severity: Severity,
    rule: RuleId,
    sheet: string | null,
    cell: CellAddress | null,
    criterion: string | null,
    params: MessageParams = {},
  ): void {
    this.items.push({ severity, rule, sheet, cell, criterion, params });
  }

  error(rule: RuleId, sheet: string | null, cell: CellAddress | null, criterion: string | null, params: MessageParams = {}): void {
    this.add("error", rule, sheet, cell, criterion, params);
  }

  warning(rule: RuleId, sheet: string | null, cell: CellAddress | null, criterion: string | null, params: MessageParams = {}): void {
    this.add("warning", rule, sheet, cell, criterion, params);
  }

  get errorCount(): number {
    return this.items.filter((i) => i.severity === "error").length;
  }
}

/**
 * The value at a zero-based address; null outside the sheet's grid.
 * @example cellAt(sheet, { row: 0, col: 0 }) // A1
 */
export function cellAt(sheet: SheetSnapshot, address: CellAddress): CellValue {
  const row = sheet.cells[address.row];
  if (!row) return null;
  const value = row[address.col];
  return value === undefined ? null : value;
}

/**
 * A copy of the sheet in which every merged cell but the top-left is blank, so a merged label or
 * value counts once, at its top-left cell, whatever the reader filled the other cells with.
 */
export function withMergesBlanked(sheet: SheetSnapshot): SheetSnapshot {
  if (sheet.merges.length === 0) return sheet;
  // Only the rows a merge touches are copied: a 1,000-unit workbook must not be duplicated.
  const cells = sheet.cells.slice();
  const copied = new Set<number>();
  for (const merge of sheet.merges) {
    for (let r = merge.start.row; r <= merge.end.row; r++) {
      if (!cells[r]) continue;
      if (!copied.has(r)) {
        cells[r] = cells[r].slice();
        copied.add(r);
      }
      const row = cells[r];
      for (let c = merge.start.col; c <= merge.end.col; c++) {
        if ((r !== merge.start.row || c !== merge.start.col) && c < row.length) row[c] = null;
      }
    }
  }
  return { name: sheet.name, cells, merges: sheet.merges };
}

/** The merged area whose top-left cell is `address`, if any. */
function mergeStartingAt(sheet: SheetSnapshot, address: CellAddress): CellRange | null {
  for (const merge of sheet.merges) {
    if (merge.start.row === address.row && merge.start.col === address.col) return merge;
  }
  return null;
}

/**
 * The cell just right of a label, past the label's merged area: where a key's value is written.
 * @example valueCellRightOf(sheet, { row: 2, col: 0 }) // B3, or C3 when A3:B3 is merged
 */
export function valueCellRightOf(sheet: SheetSnapshot, label: CellAddress): CellAddress {
  const merge = mergeStartingAt(sheet, label);
  return { row: label.row, col: (merge ? merge.end.col : label.col) + 1 };
}

/**
 * Where each key of a key–value block (Settings, Conference) has its value: the first text cell
 * above `endRow` matching a key's label, then the cell right of it.
 * @example locateKeys(settingsSheet, 20, SETTINGS_KEYS).flagQuota // { row: 8, col: 1 }
 */
export function locateKeys<K extends string>(sheet: SheetSnapshot, endRow: number, keys: LabelSet<K>): Partial<Record<K, CellAddress>> {
  const found: Partial<Record<K, CellAddress>> = {};
  for (let row = 0; row < endRow; row++) {
    const cells = sheet.cells[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      if (typeof value !== "string") continue;
      const key = matchLabel(value, keys);
      if (key !== null && found[key] === undefined) found[key] = valueCellRightOf(sheet, { row, col });
    }
  }
  return found;
}

/**
 * The first sheet whose name is one of the labels (exact match first, then a label followed by a
 * space or `(`, as with every label).
 * @example findSheet(workbook, ["Tiêu chí", "Criteria"])
 */
export function findSheet(workbook: WorkbookSnapshot, labels: readonly string[]): SheetSnapshot | null {
  const wanted = labels.map(normalizeLabel);
  const names = workbook.sheets.map((s) => normalizeLabel(s.name));
  for (let i = 0; i < names.length; i++) if (wanted.includes(names[i])) return workbook.sheets[i];
  for (let i = 0; i < names.length; i++) if (wanted.some((w) => labelMatches(names[i], w))) return workbook.sheets[i];
  return null;
}

/** Whether a sheet's name is exactly one of the labels (compared as labels). */
export function sheetNamed(sheet: SheetSnapshot, labels: readonly string[]): boolean {
  const name = normalizeLabel(sheet.name);
  return labels.some((l) => normalizeLabel(l) === name);
}

/** The columns a header row's labels name: the leftmost column for each field. */
export type HeaderColumns<K extends string> = Partial<Record<K, number>>;

/**
 * Reads one row as header labels: for each field, the leftmost column whose text matches.
 * @example readHeaderRow(sheet, 2, CRITERIA_COLUMNS) → { code: 0, type: 2, … }
 */
export function readHeaderRow<K extends string>(sheet: SheetSnapshot, row: number, labels: LabelSet<K>): HeaderColumns<K> {
  const columns: HeaderColumns<K> = {};
  const cells = sheet.cells[row] ?? [];
  for (let col = 0; col < cells.length; col++) {
    const value = cells[col];
    if (typeof value !== "string" || isBlank(value)) continue;
    const key = matchLabel(value, labels);
    if (key !== null && columns[key] === undefined) columns[key] = col;
  }
  return columns;
}

/** Header rows are looked for in the first 30 rows (spec §1). */
export const HEADER_SEARCH_ROWS = 30;

/** Text of a cell for labels, codes and names. */
export function textAt(sheet: SheetSnapshot, address: CellAddress): string {
  return cellText(cellAt(sheet, address));
}
