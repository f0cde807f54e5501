// The Criteria sheet (spec §2): groups and criteria, found by label. Any problem makes the table
// unusable (`criteria-invalid`), because scoring against a half-read table would rank wrongly.
import { CRITERIA_COLUMNS, CRITERIA_FIELDS, CRITERION_TYPES, type CriteriaColumn } from "../schema/criteria";
import { bothLabels } from "../schema/field";
import { CRITERIA_SHEET_LABELS } from "../schema/labels";
import type { SetupProblem } from "../words/messages";
import { cellAt, findSheet, HEADER_SEARCH_ROWS, IssueList, readHeaderRow, textAt, withMergesBlanked, type HeaderColumns } from "./sheet";
import { codeKey, matchLabel } from "../model/text";
import type {
  CellAddress,
  CriteriaTable,
  Criterion,
  CriterionType,
  Group,
  GroupKind,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../model/types";
import { isBlank, readNumber, readYesNo, showValue } from "../model/values";

/**
 * The largest max points, weight or points per item the Criteria sheet accepts. Real tables are
 * on 100 or 1,000 points; a max of 1e308 times a weight overflowed totals to Infinity and still
 * handed out awards. Below this bound every sum of a table stays exact to the cent.
 */
const CRITERIA_NUMBER_LIMIT = 100_000;

const GROUP_KINDS: readonly string[] = ["group", "bonus-group", "deduction-group"];

/** A column named in both languages, as its schema entry labels it, so the message builder can pick one. */
const columnName = (column: CriteriaColumn): string => bothLabels(CRITERIA_FIELDS[column]);

/** Looks up criteria and groups by code (case-insensitive). */
export interface CriteriaIndex {
  table: CriteriaTable;
  criteria: Map<string, Criterion>;
  groups: Map<string, Group>;
  /** Each criterion's group as `groups` finds it by the criterion's group code: read once a run, not once a row. */
  groupOf: Map<Criterion, Group | undefined>;
}

/**
 * Indexes a criteria table by code key.
 * @example indexCriteria(table).criteria.get("I.1")
 */
export function indexCriteria(table: CriteriaTable): CriteriaIndex {
  const criteria = new Map<string, Criterion>();
  const groups = new Map<string, Group>();
  for (const group of table.groups) {
    groups.set(codeKey(group.code), group);
    for (const criterion of group.criteria) criteria.set(codeKey(criterion.code), criterion);
  }
  const groupOf = new Map<Criterion, Group | undefined>();
  for (const group of table.groups)
    for (const criterion of group.criteria) groupOf.set(criterion, groups.get(codeKey(criterion.groupCode)));
  return { table, criteria, groups, groupOf };
}

/**
 * Reads the Criteria sheet; null (with `criteria-invalid` issues) when it cannot be used.
 * @example parseCriteria(workbook, issues)?.groups[0].code === "I"
 */
export function parseCriteria(workbook: WorkbookSnapshot, issues: IssueList): CriteriaTable | null {
  const found = findSheet(workbook, CRITERIA_SHEET_LABELS);
  if (!found) {
    issues.error("criteria-invalid", null, null, null, { reason: "no-sheet", name: CRITERIA_SHEET_LABELS.join(" / ") });
    return null;
  }
  const sheet = withMergesBlanked(found);
  const header = findCriteriaHeader(sheet);
  if (!header) {
    issues.error("criteria-invalid", sheet.name, null, null, { reason: "no-header" });
    return null;
  }
  const before = issues.errorCount;
  const groups = readCriteriaRows(sheet, header.row, header.columns, issues);
  if (issues.errorCount > before) return null;
  if (!groups.some((g) => g.criteria.length > 0)) {
    issues.error("criteria-invalid", sheet.name, { row: header.row, col: header.columns.code ?? 0 }, null, { reason: "no-criteria" });
    return null;
  }
  return { groups };
}

function findCriteriaHeader(sheet: SheetSnapshot): { row: number; columns: HeaderColumns<CriteriaColumn> } | null {
  const last = Math.min(sheet.cells.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const columns = readHeaderRow(sheet, row, CRITERIA_COLUMNS);
    if (columns.code !== undefined && columns.type !== undefined) return { row, columns };
  }
  return null;
}

/** Reports a problem that makes the table unusable, at a cell of the sheet. */
type Failure = (
  address: CellAddress,
  reason: SetupProblem,
  params?: { value?: string; column?: string; max?: number },
  criterion?: string | null,
) => void;

/** One row of the table being read: where its cells are, and how a problem on it is reported. */
interface CriteriaRow {
  sheet: SheetSnapshot;
  row: number;
  /** The row's code, as the sheet writes it. */
  code: string;
  columns: HeaderColumns<CriteriaColumn>;
  issues: IssueList;
  fail: Failure;
}

/** A column's cell in a row, or null when the table lacks the column. */
function cellOf(line: Pick<CriteriaRow, "row" | "columns">, column: CriteriaColumn): CellAddress | null {
  const col = line.columns[column];
  return col === undefined ? null : { row: line.row, col };
}

function readCriteriaRows(sheet: SheetSnapshot, headerRow: number, columns: HeaderColumns<CriteriaColumn>, issues: IssueList): Group[] {
  const groups: Group[] = [];
  const seen = new Set<string>();
  const fail: Failure = (address, reason, params = {}, criterion = null) =>
    issues.error("criteria-invalid", sheet.name, address, criterion, { reason, ...params });
  for (let row = headerRow + 1; row < sheet.cells.length; row++) {
    const head = readRowHead({ sheet, row, code: "", columns, issues, fail }, seen);
    if (!head) continue;
    const line: CriteriaRow = { sheet, row, code: head.code, columns, issues, fail };
    // Only a regular group's criterion may be not applicable (§7.1); a yes anywhere else is an
    // error, a no or blank is harmless (§7.7).
    const mayBeNotApplicable = readFlag(line, "mayBeNotApplicable");
    const naOnWrongRow = () => fail(cellOf(line, "mayBeNotApplicable") as CellAddress, "na-column", {}, head.code);
    if (GROUP_KINDS.includes(head.type)) {
      if (mayBeNotApplicable) naOnWrongRow();
      const max = readPositive(line, "max", false, null);
      groups.push({ code: head.code, name: head.name, kind: head.type as GroupKind, max, criteria: [] });
      continue;
    }
    const group = groups[groups.length - 1];
    if (!group) {
      fail(cellOf(line, "code") as CellAddress, "before-first-group", { value: head.code }, head.code);
      continue;
    }
    if (mayBeNotApplicable && group.kind !== "group") naOnWrongRow();
    group.criteria.push(readCriterion(line, head.name, head.type as CriterionType, group, mayBeNotApplicable));
  }
  return groups;
}

/**
 * A row's code, type and name, checked: null for a blank or note row, and for a row whose code
 * or type is missing, unknown or repeated (reported).
 */
function readRowHead(line: CriteriaRow, seen: Set<string>): { code: string; type: GroupKind | CriterionType; name: string } | null {
  const { sheet, fail } = line;
  const codeCell = cellOf(line, "code") as CellAddress;
  const typeCell = cellOf(line, "type") as CellAddress;
  const code = textAt(sheet, codeCell);
  const typeText = textAt(sheet, typeCell);
  if (code === "" && typeText === "") return null; // blank or note row
  if (code === "") {
    fail(codeCell, "missing-code");
    return null;
  }
  if (typeText === "") {
    fail(typeCell, "missing-type", {}, code);
    return null;
  }
  const type = matchLabel(typeText, CRITERION_TYPES);
  if (type === null) {
    fail(typeCell, "unknown-type", { value: typeText }, code);
    return null;
  }
  const key = codeKey(code);
  if (seen.has(key)) {
    fail(codeCell, "duplicate-code", { value: code }, code);
    return null;
  }
  seen.add(key);
  const nameCell = cellOf(line, "name");
  return { code, type, name: nameCell === null ? "" : textAt(sheet, nameCell) };
}

/** A criterion row's numbers and flags, each checked in the order its issues are listed. */
function readCriterion(line: CriteriaRow, name: string, type: CriterionType, group: Group, mayBeNotApplicable: boolean): Criterion {
  const max = readPositive(line, "max", true, 0) as number;
  const weight = readPositive(line, "weight", false, 1) as number;
  const perItem = readPositive(line, "perItem", type === "count", null);
  const planFloor = readFloor(line);
  return {
    code: line.code,
    name,
    type,
    max,
    weight,
    perItem,
    planFloor,
    evidenceRequired: readFlag(line, "evidence"),
    disqualifies: readFlag(line, "disqualifies"),
    mayBeNotApplicable: mayBeNotApplicable && group.kind === "group",
    groupCode: group.code,
  };
}

/** A number > 0 and within CRITERIA_NUMBER_LIMIT; `fallback` when blank (reported if required) or not valid. */
function readPositive(line: CriteriaRow, column: CriteriaColumn, required: boolean, fallback: number | null): number | null {
  const { sheet, code, fail } = line;
  const address = cellOf(line, column);
  const value = address ? cellAt(sheet, address) : null;
  const reading = readNumber(value);
  if (reading.kind === "blank") {
    if (required) fail(address ?? (cellOf(line, "code") as CellAddress), "missing-max", { column: columnName(column) }, code);
    return fallback;
  }
  if (reading.kind === "invalid") {
    fail(address as CellAddress, "not-a-number", { value: reading.shown, column: columnName(column) }, code);
    return fallback;
  }
  if (reading.fromText) line.issues.warning("text-number", sheet.name, address, code, { value: showValue(value), expected: reading.value });
  if (!(reading.value > 0)) {
    fail(address as CellAddress, "not-positive", { value: String(reading.value), column: columnName(column) }, code);
    return fallback;
  }
  if (reading.value > CRITERIA_NUMBER_LIMIT) {
    const params = { value: String(reading.value), column: columnName(column), max: CRITERIA_NUMBER_LIMIT };
    fail(address as CellAddress, "too-large", params, code);
    return fallback;
  }
  return reading.value;
}

/** A yes/no column; blank, missing or not valid (reported) is no. */
function readFlag(line: CriteriaRow, column: CriteriaColumn): boolean {
  const address = cellOf(line, column);
  if (!address) return false;
  const reading = readYesNo(cellAt(line.sheet, address));
  if (reading.kind === "blank") return false;
  if (reading.kind === "invalid") {
    line.fail(address, "not-yesno", { value: reading.shown }, line.code);
    return false;
  }
  return reading.value;
}

/** The plan floor in percent: a value ≤ 1 is a fraction (0.8 or a cell showing 80 %). */
function readFloor(line: CriteriaRow): number {
  const { sheet, code, fail } = line;
  const address = cellOf(line, "planFloor");
  if (!address) return 0;
  const value = cellAt(sheet, address);
  if (isBlank(value)) return 0;
  const reading = readNumber(value);
  if (reading.kind !== "number") {
    fail(address, "not-a-number", { value: showValue(value), column: columnName("planFloor") }, code);
    return 0;
  }
  if (reading.fromText) line.issues.warning("text-number", sheet.name, address, code, { value: showValue(value), expected: reading.value });
  if (reading.value < 0) {
    fail(address, "floor-negative", { value: String(reading.value) }, code);
    return 0;
  }
  return reading.value <= 1 ? reading.value * 100 : reading.value;
}
