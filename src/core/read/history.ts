// The `Lịch sử thi đua` / `Award history` sheet (spec §9.2): one row per unit and year, read by
// its header's labels in either language. A row that cannot be read is `history-invalid` at its
// cell and left out; the rows are kept as written too, so `template --from` carries them forward.
import { readHeaderRow, type HeaderColumns, type IssueList, HEADER_SEARCH_ROWS } from "./sheet";
import { matchLabel, type LabelSet } from "../model/text";
import { cellText, isBlank, readNumber } from "../model/values";
import { CLASSIFICATIONS, HISTORY_COLUMNS, type HistoryColumn } from "../schema/history";
import type { CellAddress, CellValue, Classification, HistoryRecord, SheetSnapshot } from "../model/types";
import type { HistoryProblem } from "../words/historyMessages";

/** A table's data rows under its header: each row's cells by column, blank rows skipped. */
export interface TableRow<K extends string> {
  row: number;
  /** Every column of the header, null when blank. */
  cells: Record<K, CellValue>;
  at: (column: K) => CellAddress;
}

/**
 * The rows under the first header row (in the first 30 rows) that has every `required` column;
 * null when there is none. A row blank in every column the header has is skipped.
 */
export function readTable<K extends string>(sheet: SheetSnapshot, labels: LabelSet<K>, required: readonly K[]): TableRow<K>[] | null {
  const last = Math.min(sheet.cells.length, HEADER_SEARCH_ROWS);
  for (let header = 0; header < last; header++) {
    const columns = readHeaderRow(sheet, header, labels);
    if (required.every((key) => columns[key] !== undefined)) return rowsUnder(sheet, header, columns);
  }
  return null;
}

function rowsUnder<K extends string>(sheet: SheetSnapshot, header: number, columns: HeaderColumns<K>): TableRow<K>[] {
  const keys = Object.keys(columns) as K[];
  const rows: TableRow<K>[] = [];
  for (let row = header + 1; row < sheet.cells.length; row++) {
    const cells = {} as Record<K, CellValue>;
    const line = sheet.cells[row] || [];
    keys.forEach((key) => (cells[key] = line[columns[key] as number] ?? null));
    if (keys.every((key) => isBlank(cells[key]))) continue;
    // A column the header lacks is pointed at the first column, where the row starts.
    rows.push({ row, cells, at: (key) => ({ row, col: columns[key] ?? 0 }) });
  }
  return rows;
}

/** Whether a sheet holds anything at all: an empty one is as good as none. */
export function hasContent(sheet: SheetSnapshot): boolean {
  return sheet.cells.some((cells) => cells?.some((value) => !isBlank(value)));
}

/** A classification word (§9.2), blank as null; undefined when the text is no classification. */
export function readClassification(value: CellValue): Classification | null | undefined {
  if (isBlank(value)) return null;
  return matchLabel(cellText(value), CLASSIFICATIONS) ?? undefined;
}

/** The sheet's readable rows, and its rows as written (history-invalid ones too), in sheet order. */
export interface HistoryRead {
  records: HistoryRecord[];
  written: Array<Partial<Record<HistoryColumn, CellValue>>>;
  /** The `Đơn vị` header cell: where a unit without rows has its `history-gap`. */
  unitHeader: CellAddress | null;
}

/**
 * Reads the award history; a row with no year, no unit or an unknown classification is
 * `history-invalid` at that cell.
 * @example readHistory(sheet, issues).records[0] → { year: 2024, unit: "Nam Sông Mã", classification: "excellent", … }
 */
export function readHistory(sheet: SheetSnapshot, issues: IssueList): HistoryRead {
  const rows = readTable(sheet, HISTORY_COLUMNS, ["year", "unit"]);
  if (rows === null) {
    if (hasContent(sheet)) invalid(issues, sheet, { row: 0, col: 0 }, "no-header");
    return { records: [], written: [], unitHeader: null };
  }
  const records: HistoryRecord[] = [];
  rows.forEach((line) => {
    const record = readRecord(sheet, line, issues);
    if (record) records.push(record);
  });
  const unitHeader = rows.length > 0 ? { row: rows[0].row - 1, col: rows[0].at("unit").col } : headerCell(sheet);
  return { records, written: rows.map((line) => line.cells), unitHeader };
}

function readRecord(sheet: SheetSnapshot, line: TableRow<HistoryColumn>, issues: IssueList): HistoryRecord | null {
  const year = readNumber(line.cells.year);
  if (year.kind !== "number" || year.value !== Math.floor(year.value) || year.value < 1900 || year.value > 2999) {
    invalid(issues, sheet, line.at("year"), "year", cellText(line.cells.year));
    return null;
  }
  const unit = cellText(line.cells.unit);
  if (unit === "") {
    invalid(issues, sheet, line.at("unit"), "unit");
    return null;
  }
  const classification = readClassification(line.cells.classification);
  if (classification === undefined) {
    invalid(issues, sheet, line.at("classification"), "classification", cellText(line.cells.classification));
    return null;
  }
  const award = cellText(line.cells.award);
  const decisionNo = cellText(line.cells.decisionNo);
  return {
    year: year.value,
    unit,
    classification,
    award: award === "" ? null : award,
    decisionNo: decisionNo === "" ? null : decisionNo,
    unitCell: line.at("unit"),
  };
}

/** Where the `Đơn vị` header is when the table has no rows yet. */
function headerCell(sheet: SheetSnapshot): CellAddress | null {
  for (let row = 0; row < Math.min(sheet.cells.length, HEADER_SEARCH_ROWS); row++) {
    const col = readHeaderRow(sheet, row, HISTORY_COLUMNS).unit;
    if (col !== undefined) return { row, col };
  }
  return null;
}

/** A `history-invalid` warning on either sheet of §9.2. */
export function invalid(issues: IssueList, sheet: SheetSnapshot, cell: CellAddress, problem: HistoryProblem, value = ""): void {
  issues.warning("history-invalid", sheet.name, cell, null, { historyProblem: problem, value, name: sheet.name });
}
