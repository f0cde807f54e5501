// One unit's sheet (spec §2 "Unit sheets", §3 checks, §4 points): read every criterion row of its
// table, check it, and work out the points it counts for. Finding the table is unitTable.ts's,
// reading a row's own inputs unitRow.ts's; here are the levels above them (§7.1, §7.2, §7.6).
import type { CriteriaIndex } from "./criteria";
import { TOTAL_ROW_LABELS, type UnitColumn } from "../schema/unitSheet";
import { cellAt, IssueList, type HeaderColumns } from "./sheet";
import { RowReader, textNumberParams, type SelfReading } from "./unitRow";
import type { UnitTable } from "./unitTable";
import { codeKey, criterionKeys, matchLabel } from "../model/text";
import type { CellAddress, CellValue, Criterion, Severity, SheetSnapshot } from "../model/types";
import { cellText, differs, isBlank, isNotApplicableMark, readInputNumber, readNumber, readYesNo, showValue } from "../model/values";

export { findStatedName, findUnitTable, type StatedName, type UnitTable } from "./unitTable";

/** What one criterion row of a unit sheet counts for. */
export interface CriterionEntry {
  criterion: Criterion;
  row: number;
  /** Points counted (approved, else verified, else from the self inputs, after the evidence rule
   * of §7.6; 0 when not applicable); null when unusable. */
  points: number | null;
  /** Points from the self inputs alone, after the evidence rule (for `selfTotal`); null when unusable. */
  selfPoints: number | null;
  /** Points from the self inputs as the unit typed them, for its own total (`total-mismatch`). */
  plainSelfPoints: number | null;
  /** actual ÷ target from the self inputs, for plan rows whose both are usable and that apply. */
  planRate: number | null;
  /** Not applicable at the level that counts (§7.1, §7.7). */
  notApplicable: boolean;
  /** Not applicable in the unit's own inputs (for `selfTotal`). */
  selfNotApplicable: boolean;
  /** Has a verified or approved value, a mark included (§7.2, §7.7). */
  reviewed: boolean;
  /** Where `not-verified` points for this row (on `row`): its verified column, else its code column.
   * A column, not an address: an address per row was 36,000 objects at 1,000 units, for a
   * warning given once a unit at most. */
  reviewCol: number;
}

/** Everything read from one unit's sheet. */
export interface UnitSheetReading {
  entries: Map<string, CriterionEntry>;
  /** The unit's own total (self-score cell of its `Tổng cộng` row), if it has one. */
  ownTotal: { cell: CellAddress; value: CellValue } | null;
}

/**
 * Reads and checks every row of a unit's table against the criteria, adding issues as it goes.
 * @example readUnitSheet(sheet, table, indexCriteria(criteria), issues).entries.get("I.1")?.points
 */
export function readUnitSheet(sheet: SheetSnapshot, table: UnitTable, index: CriteriaIndex, issues: IssueList): UnitSheetReading {
  const entries = new Map<string, CriterionEntry>();
  const columns = table.columns;
  let ownTotal: UnitSheetReading["ownTotal"] = null;
  const codeCol = columns.code as number;
  const rowReader = new RowReader(sheet, everyColumn(columns), issues);

  for (let row = table.lastHeaderRow + 1; row < sheet.cells.length; row++) {
    // The code's text without an address: one is made only for an issue (36,000 rows at 1,000 units).
    const codeValue = sheet.cells[row]?.[codeCol];
    const code = cellText(codeValue === undefined ? null : codeValue);
    const key = codeKey(code);
    const criterion = code === "" ? undefined : index.criteria.get(key);
    if (!criterion && isTotalRow(sheet, row, code, columns)) {
      if (columns.self !== undefined) {
        const cell = { row, col: columns.self };
        ownTotal = { cell, value: cellAt(sheet, cell) };
      }
      break; // signatures and notes below the total are not read
    }
    if (key === "" || index.groups.has(key)) continue; // a code cell of invisible marks only is blank
    if (!criterion) {
      issues.error("unknown-code", sheet.name, { row, col: codeCol }, null, { value: code });
      continue;
    }
    if (entries.has(key)) {
      issues.error("duplicate-code", sheet.name, { row, col: codeCol }, criterion.code, { value: code });
      continue;
    }
    entries.set(key, readCriterionRow(rowReader.moveTo(row, criterion), index));
  }

  checkGroups(sheet, index, entries, codeCol, issues);
  return { entries, ownTotal };
}

/**
 * The table's columns with every key present (undefined where the table lacks it), in one order:
 * each row reads them a dozen times by name, and objects of one shape make those reads cheaper
 * than the header's, whose keys come in the order its labels stand.
 */
function everyColumn(c: HeaderColumns<UnitColumn>): { [K in UnitColumn]: number | undefined } {
  return {
    code: c.code,
    name: c.name,
    max: c.max,
    target: c.target,
    actual: c.actual,
    quantity: c.quantity,
    self: c.self,
    verified: c.verified,
    approved: c.approved,
    evidence: c.evidence,
    note: c.note,
  };
}

function isTotalRow(sheet: SheetSnapshot, row: number, code: string, columns: HeaderColumns<UnitColumn>): boolean {
  if (code !== "" && matchLabel(code, TOTAL_ROW_LABELS) !== null) return true;
  if (columns.name === undefined) return false;
  const name = cellAt(sheet, { row, col: columns.name });
  return typeof name === "string" && matchLabel(name, TOTAL_ROW_LABELS) !== null;
}

/** Every criterion of a regular group has its row, and no such group is all not applicable. */
function checkGroups(
  sheet: SheetSnapshot,
  index: CriteriaIndex,
  entries: Map<string, CriterionEntry>,
  codeCol: number,
  issues: IssueList,
): void {
  const keys = criterionKeys(index.table);
  for (let g = 0; g < index.table.groups.length; g++) {
    const group = index.table.groups[g];
    if (group.kind !== "group") continue;
    // One look-up per criterion and no array per group: this runs for every unit.
    let allNotApplicable = group.criteria.length > 0;
    for (let i = 0; i < group.criteria.length; i++) {
      const criterion = group.criteria[i];
      const entry = entries.get(keys[g][i]);
      if (!entry) issues.error("missing-criterion", sheet.name, null, criterion.code);
      if (!entry || !entry.notApplicable) allNotApplicable = false;
    }
    // A group with nothing applicable has no maximum to convert from (§7.1).
    if (allNotApplicable) {
      const first = entries.get(keys[g][0]) as CriterionEntry;
      issues.error("not-applicable", sheet.name, { row: first.row, col: codeCol }, first.criterion.code, { detail: "na-whole-group" });
    }
  }
}

/** A level of review of a row, lowest first: the unit's own, the cluster's, the province's (§7.2). */
interface Level {
  /** Where its mark is, when it has one. */
  column: UnitColumn;
  /** Holds a not-applicable mark. */
  mark: boolean;
  points: number | null;
}

/** The entry of the row `reader` was moved to. */
function readCriterionRow(reader: RowReader, index: CriteriaIndex): CriterionEntry {
  const { criterion, row, columns } = reader;
  const kind = index.groupOf.get(criterion)?.kind ?? "group";
  const optional = kind !== "group"; // bonus and deduction rows may stay blank
  const self = reader.readSelf(optional);
  checkTypedSelfScore(reader, self);
  const levels = readLevels(reader, self);
  const counting = levels[levels.length - 1];
  const allowed = criterion.mayBeNotApplicable && kind === "group";
  const markError = checkMarks(reader, levels, allowed, kind === "group" ? "na-not-allowed" : "na-not-regular");
  const notApplicable = counting.mark && allowed;
  const selfNotApplicable = levels[0].mark && allowed;
  checkVerificationNote(reader, levels);

  let points = markError ? null : notApplicable ? 0 : counting.points;
  let selfPoints = selfNotApplicable ? 0 : levels[0].mark && !allowed ? null : self.points;
  const plainSelfPoints = selfPoints;
  // No evidence, no points (§7.6): a warning, and 0 on a regular or bonus row; a deduction counts
  // as entered, or leaving out the evidence would escape it.
  if (criterion.evidenceRequired && isBlank(reader.value("evidence"))) {
    const asEntered = kind === "deduction-group";
    if (points !== null && points !== 0) {
      reader.warn("evidence-missing", "evidence", { detail: asEntered ? "evidence-as-entered" : "evidence-zero" });
      if (!asEntered) points = 0;
    }
    if (!asEntered && selfPoints !== null) selfPoints = 0;
  }
  checkMax(reader);
  return {
    criterion,
    row,
    points,
    selfPoints,
    plainSelfPoints,
    planRate: notApplicable ? null : self.planRate,
    notApplicable,
    selfNotApplicable,
    reviewed: levels.length > 1,
    reviewCol: (columns.verified ?? columns.code) as number,
  };
}

/** A self score typed on a plan or count row is only information: it must agree with the inputs. */
function checkTypedSelfScore(reader: RowReader, self: SelfReading): void {
  const type = reader.criterion.type;
  if ((type !== "plan" && type !== "count") || self.points === null || !reader.has("self")) return;
  const value = reader.value("self");
  if (isBlank(value) || isNotApplicableMark(value)) return;
  const reading = readInputNumber(value);
  if (reading.kind !== "number") {
    reader.warn("self-score-mismatch", "self", { found: showValue(value), expected: self.points });
    return;
  }
  if (reading.fromText) reader.warn("text-number", "self", textNumberParams(value, reading));
  if (differs(reading.value, self.points)) reader.warn("self-score-mismatch", "self", { found: showValue(value), expected: self.points });
}

/**
 * The levels, lowest first: the unit's own (its column is the marked cell, when it has a mark;
 * RowReader.mark), the cluster's verification, the province's approval (§7.2). Each holds a
 * mark, a value or nothing; the last is the one that counts.
 */
function readLevels(reader: RowReader, self: SelfReading): Level[] {
  const mark = reader.mark;
  const levels: Level[] = [{ column: mark ?? "self", mark: !!mark, points: self.points }];
  // Two calls, not a loop over a list of the two: that list was made for each of 36,000 rows.
  addReviewLevel(reader, levels, "verified", reader.verifiedSeverity);
  addReviewLevel(reader, levels, "approved", "error");
  return levels;
}

/** The verified or approved level, when its cell holds a mark or a value. */
function addReviewLevel(reader: RowReader, levels: Level[], column: "verified" | "approved", severity: Severity): void {
  const value = reader.value(column);
  if (isBlank(value)) return;
  const mark = isNotApplicableMark(value);
  const points = mark ? 0 : readReview(reader.sheet, reader.at(column), reader.criterion, reader.issues, severity);
  levels.push({ column, mark, points });
}

/**
 * Marks (§7.1, §7.7): the one at the level that counts makes the row not applicable, where the
 * criterion allows it; marks below it are overruled by the value above. True when a mark that
 * counts is not allowed (the row is then unusable).
 */
function checkMarks(reader: RowReader, levels: Level[], allowed: boolean, wrongMark: "na-not-allowed" | "na-not-regular"): boolean {
  const counting = levels[levels.length - 1];
  const { sheet, issues, criterion } = reader;
  let markError = false;
  for (const level of levels) {
    if (!level.mark || allowed) continue;
    if (level === counting) {
      issues.error("not-applicable", sheet.name, reader.at(level.column), criterion.code, { detail: wrongMark });
      markError = true;
    } else {
      issues.warning("not-applicable", sheet.name, reader.at(level.column), criterion.code, { detail: "na-overruled" });
    }
  }
  return markError;
}

/** verification-note-missing: a level that differs from the one below it, with no note; once a row. */
function checkVerificationNote(reader: RowReader, levels: Level[]): void {
  if (!isBlank(reader.value("note"))) return;
  for (let k = 1; k < levels.length; k++) {
    const upper = levels[k];
    const lower = levels[k - 1];
    if (upper.points === null && !upper.mark) continue;
    const differ = upper.mark !== lower.mark || (!upper.mark && (lower.points === null || differs(upper.points as number, lower.points)));
    if (differ) {
      reader.warn("verification-note-missing", reader.has("note") ? "note" : upper.column);
      return;
    }
  }
}

/** The max a unit sheet shows is information only, but it must be the criteria table's. */
function checkMax(reader: RowReader): void {
  const max = reader.value("max");
  // A number typed, nearly every row, is compared without a reading object (36,000 at 1,000 units).
  if (typeof max === "number" && Number.isFinite(max)) {
    if (differs(max, reader.criterion.max)) reader.warn("max-mismatch", "max", { found: showValue(max), expected: reader.criterion.max });
    return;
  }
  if (isBlank(max)) return;
  const reading = readNumber(max);
  if (reading.kind !== "number" || differs(reading.value, reader.criterion.max)) {
    reader.warn("max-mismatch", "max", { found: showValue(max), expected: reader.criterion.max });
  } else if (reading.fromText) {
    reader.warn("text-number", "max", textNumberParams(max, reading));
  }
}

/**
 * A verified or approved score: yes/no (or the points 0 or max; 1 is yes) on Yes/No rows, else
 * 0…max. Its problems are errors, or warnings when a higher level has ruled on the row.
 */
function readReview(sheet: SheetSnapshot, cell: CellAddress, criterion: Criterion, issues: IssueList, severity: Severity): number | null {
  const value = cellAt(sheet, cell);
  const code = criterion.code;
  if (criterion.type === "yesno") {
    if (typeof value === "number" && (value === criterion.max || value === 0)) return value;
    const reading = readYesNo(value);
    if (reading.kind === "yesno") return reading.value ? criterion.max : 0;
    const numeric = readNumber(value);
    if (numeric.kind === "number" && (numeric.value === criterion.max || numeric.value === 0)) {
      issues.warning("text-number", sheet.name, cell, code, textNumberParams(value, numeric));
      return numeric.value;
    }
    if (reading.kind === "invalid") issues.add(severity, reading.rule, sheet.name, cell, code, { value: reading.shown });
    return null;
  }
  const reading = readInputNumber(value);
  if (reading.kind === "invalid") {
    issues.add(severity, reading.rule, sheet.name, cell, code, { value: reading.shown });
    return null;
  }
  if (reading.kind === "blank") return null;
  if (reading.fromText) issues.warning("text-number", sheet.name, cell, code, textNumberParams(value, reading));
  if (reading.value < 0 || reading.value > criterion.max + 1e-9) {
    issues.add(severity, "out-of-range", sheet.name, cell, code, { value: showValue(value), max: criterion.max });
    return null;
  }
  return reading.value;
}
