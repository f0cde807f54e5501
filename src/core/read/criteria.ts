// The Criteria sheet (spec §2): groups and criteria, found by label. Any problem makes the table
// unusable (`criteria-invalid`), because scoring against a half-read table would rank wrongly.
import { CRITERIA_COLUMNS, CRITERIA_SHEET_LABELS, CRITERION_TYPES, type CriteriaColumn } from "../schema/labels";
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
export const CRITERIA_NUMBER_LIMIT = 100_000;

const GROUP_KINDS: readonly string[] = ["group", "bonus-group", "deduction-group"];

/** The column names used in messages, as the sheet's own headers say them. */
const COLUMN_NAMES: Record<CriteriaColumn, { vi: string; en: string }> = {
  code: { vi: "Mã", en: "Code" },
  name: { vi: "Nội dung", en: "Criterion" },
  type: { vi: "Loại", en: "Type" },
  max: { vi: "Điểm tối đa", en: "Max points" },
  weight: { vi: "Hệ số", en: "Weight" },
  perItem: { vi: "Điểm mỗi đơn vị", en: "Points per item" },
  planFloor: { vi: "Ngưỡng tối thiểu", en: "Plan floor" },
  evidence: { vi: "Cần minh chứng", en: "Evidence required" },
  disqualifies: { vi: "Loại trừ khen thưởng", en: "Disqualifies awards" },
  mayBeNotApplicable: { vi: "Có thể không áp dụng", en: "May be N/A" },
};

/** Both languages' column names, so the message builder can pick one. */
function columnName(column: CriteriaColumn): string {
  const names = COLUMN_NAMES[column];
  return `${names.vi} / ${names.en}`;
}

/** Looks up criteria and groups by code (case-insensitive). */
export interface CriteriaIndex {
  table: CriteriaTable;
  criteria: Map<string, Criterion>;
  groups: Map<string, Group>;
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
  return { table, criteria, groups };
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

function readCriteriaRows(sheet: SheetSnapshot, headerRow: number, columns: HeaderColumns<CriteriaColumn>, issues: IssueList): Group[] {
  const groups: Group[] = [];
  const seen = new Set<string>();
  const fail = (
    address: CellAddress,
    reason: SetupProblem,
    params: { value?: string; column?: string; max?: number } = {},
    criterion: string | null = null,
  ) => issues.error("criteria-invalid", sheet.name, address, criterion, { reason, ...params });
  const at = (row: number, column: CriteriaColumn): CellAddress | null =>
    columns[column] === undefined ? null : { row, col: columns[column] as number };

  for (let row = headerRow + 1; row < sheet.cells.length; row++) {
    const codeCell = at(row, "code") as CellAddress;
    const typeCell = at(row, "type") as CellAddress;
    const code = textAt(sheet, codeCell);
    const typeText = textAt(sheet, typeCell);
    if (code === "" && typeText === "") continue; // blank or note row
    if (code === "") {
      fail(codeCell, "missing-code");
      continue;
    }
    if (typeText === "") {
      fail(typeCell, "missing-type", {}, code);
      continue;
    }
    const type = matchLabel(typeText, CRITERION_TYPES);
    if (type === null) {
      fail(typeCell, "unknown-type", { value: typeText }, code);
      continue;
    }
    const key = codeKey(code);
    if (seen.has(key)) {
      fail(codeCell, "duplicate-code", { value: code }, code);
      continue;
    }
    seen.add(key);
    const name = columns.name === undefined ? "" : textAt(sheet, { row, col: columns.name });

    const readPositive = (column: CriteriaColumn, required: boolean, fallback: number | null): number | null => {
      const address = at(row, column);
      const value = address ? cellAt(sheet, address) : null;
      const reading = readNumber(value);
      if (reading.kind === "blank") {
        if (required) fail(address ?? codeCell, "missing-max", { column: columnName(column) }, code);
        return fallback;
      }
      if (reading.kind === "invalid") {
        fail(address as CellAddress, "not-a-number", { value: reading.shown, column: columnName(column) }, code);
        return fallback;
      }
      if (reading.fromText) issues.warning("text-number", sheet.name, address, code, { value: showValue(value), expected: reading.value });
      if (!(reading.value > 0)) {
        fail(address as CellAddress, "not-positive", { value: String(reading.value), column: columnName(column) }, code);
        return fallback;
      }
      if (reading.value > CRITERIA_NUMBER_LIMIT) {
        fail(
          address as CellAddress,
          "too-large",
          { value: String(reading.value), column: columnName(column), max: CRITERIA_NUMBER_LIMIT },
          code,
        );
        return fallback;
      }
      return reading.value;
    };
    const readFlag = (column: CriteriaColumn): boolean => {
      const address = at(row, column);
      if (!address) return false;
      const reading = readYesNo(cellAt(sheet, address));
      if (reading.kind === "blank") return false;
      if (reading.kind === "invalid") {
        fail(address, "not-yesno", { value: reading.shown }, code);
        return false;
      }
      return reading.value;
    };

    // Only a regular group's criterion may be not applicable (§7.1); a yes anywhere else is an
    // error, a no or blank is harmless (§7.7).
    const mayBeNotApplicable = readFlag("mayBeNotApplicable");
    const naOnWrongRow = () => fail(at(row, "mayBeNotApplicable") as CellAddress, "na-column", {}, code);
    if (GROUP_KINDS.includes(type)) {
      if (mayBeNotApplicable) naOnWrongRow();
      const max = readPositive("max", false, null);
      groups.push({ code, name, kind: type as GroupKind, max, criteria: [] });
      continue;
    }
    const group = groups[groups.length - 1];
    if (!group) {
      fail(codeCell, "before-first-group", { value: code }, code);
      continue;
    }
    if (mayBeNotApplicable && group.kind !== "group") naOnWrongRow();
    const criterionType = type as CriterionType;
    const max = readPositive("max", true, 0) as number;
    const weight = readPositive("weight", false, 1) as number;
    const perItem = readPositive("perItem", criterionType === "count", null);
    const planFloor = readFloor(sheet, at(row, "planFloor"), code, issues, fail);
    group.criteria.push({
      code,
      name,
      type: criterionType,
      max,
      weight,
      perItem,
      planFloor,
      evidenceRequired: readFlag("evidence"),
      disqualifies: readFlag("disqualifies"),
      mayBeNotApplicable: mayBeNotApplicable && group.kind === "group",
      groupCode: group.code,
    });
  }
  return groups;
}

/** The plan floor in percent: a value ≤ 1 is a fraction (0.8 or a cell showing 80 %). */
function readFloor(
  sheet: SheetSnapshot,
  address: CellAddress | null,
  code: string,
  issues: IssueList,
  fail: (a: CellAddress, r: SetupProblem, p?: { value?: string; column?: string }, c?: string | null) => void,
): number {
  if (!address) return 0;
  const value = cellAt(sheet, address);
  if (isBlank(value)) return 0;
  const reading = readNumber(value);
  if (reading.kind !== "number") {
    fail(address, "not-a-number", { value: showValue(value), column: columnName("planFloor") }, code);
    return 0;
  }
  if (reading.fromText) issues.warning("text-number", sheet.name, address, code, { value: showValue(value), expected: reading.value });
  if (reading.value < 0) {
    fail(address, "floor-negative", { value: String(reading.value) }, code);
    return 0;
  }
  return reading.value <= 1 ? reading.value * 100 : reading.value;
}
