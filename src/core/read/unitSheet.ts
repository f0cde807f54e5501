// One unit's sheet (spec §2 "Unit sheets", §3 checks, §4 points): find the table by its labels,
// read every criterion row, check it, and work out the points it counts for.
import type { CriteriaIndex } from "./criteria";
import { TOTAL_ROW_LABELS, UNIT_COLUMNS, UNIT_INPUT_COLUMNS, UNIT_NAME_LABELS, type UnitColumn } from "../schema/labels";
import { cellAt, HEADER_SEARCH_ROWS, IssueList, readHeaderRow, textAt, valueCellRightOf, type HeaderColumns } from "./sheet";
import { codeKey, labelMatches, matchLabel, normalizeLabel } from "../model/text";
import type { MessageParams } from "../words/messages";
import type { CellAddress, CellValue, Criterion, RuleId, Severity, SheetSnapshot } from "../model/types";
import { differs, isBlank, isNotApplicableMark, readInputNumber, readNumber, readYesNo, showValue } from "../model/values";

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
  /** Where `not-verified` points for this row: its verified cell, else its code cell. */
  reviewCell: CellAddress;
}

/** Everything read from one unit's sheet. */
export interface UnitSheetReading {
  entries: Map<string, CriterionEntry>;
  /** The unit's own total (self-score cell of its `Tổng cộng` row), if it has one. */
  ownTotal: { cell: CellAddress; value: CellValue } | null;
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

/**
 * Reads and checks every row of a unit's table against the criteria, adding issues as it goes.
 * @example readUnitSheet(sheet, table, indexCriteria(criteria), issues).entries.get("I.1")?.points
 */
export function readUnitSheet(sheet: SheetSnapshot, table: UnitTable, index: CriteriaIndex, issues: IssueList): UnitSheetReading {
  const entries = new Map<string, CriterionEntry>();
  const columns = table.columns;
  let ownTotal: UnitSheetReading["ownTotal"] = null;
  const codeCol = columns.code as number;

  for (let row = table.lastHeaderRow + 1; row < sheet.cells.length; row++) {
    const codeCell = { row, col: codeCol };
    const code = textAt(sheet, codeCell);
    const key = codeKey(code);
    const criterion = code === "" ? undefined : index.criteria.get(key);
    if (!criterion && isTotalRow(sheet, row, code, columns)) {
      if (columns.self !== undefined) {
        const cell = { row, col: columns.self };
        ownTotal = { cell, value: cellAt(sheet, cell) };
      }
      break; // signatures and notes below the total are not read
    }
    if (code === "" || index.groups.has(key)) continue;
    if (!criterion) {
      issues.error("unknown-code", sheet.name, codeCell, null, { value: code });
      continue;
    }
    if (entries.has(key)) {
      issues.error("duplicate-code", sheet.name, codeCell, criterion.code, { value: code });
      continue;
    }
    entries.set(key, readCriterionRow(sheet, row, criterion, index, columns, issues));
  }

  for (const group of index.table.groups) {
    if (group.kind !== "group") continue;
    for (const criterion of group.criteria) {
      if (!entries.has(codeKey(criterion.code))) issues.error("missing-criterion", sheet.name, null, criterion.code);
    }
    // A group with nothing applicable has no maximum to convert from (§7.1).
    const read = group.criteria.map((c) => entries.get(codeKey(c.code)));
    if (read.length > 0 && read.every((e) => e !== undefined && e.notApplicable)) {
      const first = read[0] as CriterionEntry;
      issues.error("not-applicable", sheet.name, { row: first.row, col: codeCol }, first.criterion.code, { detail: "na-whole-group" });
    }
  }
  return { entries, ownTotal };
}

function isTotalRow(sheet: SheetSnapshot, row: number, code: string, columns: HeaderColumns<UnitColumn>): boolean {
  if (code !== "" && matchLabel(code, TOTAL_ROW_LABELS) !== null) return true;
  if (columns.name === undefined) return false;
  const name = cellAt(sheet, { row, col: columns.name });
  return typeof name === "string" && matchLabel(name, TOTAL_ROW_LABELS) !== null;
}

/** The self inputs' reading: points and a plan rate. */
interface SelfReading {
  points: number | null;
  planRate: number | null;
}

const UNUSABLE: SelfReading = { points: null, planRate: null };

/**
 * One criterion row being read. A class rather than closures: it is made for every row of every
 * unit (36,000 at 1,000 units), and its addresses are made only when an issue needs one.
 */
class RowReader {
  readonly cells: CellValue[];
  readonly code: string;
  /** With a verified or approved score, a higher level has ruled on the row: the unit's own inputs only warn. */
  readonly selfSeverity: Severity;
  /** With an approved score, the province has ruled: the cluster's verified value only warns. */
  readonly verifiedSeverity: Severity;

  constructor(
    readonly sheet: SheetSnapshot,
    readonly row: number,
    readonly criterion: Criterion,
    readonly columns: HeaderColumns<UnitColumn>,
    readonly issues: IssueList,
  ) {
    this.cells = sheet.cells[row] ?? [];
    this.code = criterion.code;
    const approved = !isBlank(this.value("approved"));
    this.verifiedSeverity = approved ? "warning" : "error";
    this.selfSeverity = approved || !isBlank(this.value("verified")) ? "warning" : "error";
  }

  has(column: UnitColumn): boolean {
    return this.columns[column] !== undefined;
  }

  value(column: UnitColumn): CellValue {
    const col = this.columns[column];
    if (col === undefined) return null;
    const value = this.cells[col];
    return value === undefined ? null : value;
  }

  /** The address of a column's cell in this row (the code cell when the table lacks the column). */
  at(column: UnitColumn): CellAddress {
    const col = this.columns[column];
    return { row: this.row, col: col === undefined ? (this.columns.code as number) : col };
  }

  report(rule: RuleId, column: UnitColumn, params: MessageParams = {}): void {
    this.issues.add(this.selfSeverity, rule, this.sheet.name, this.at(column), this.code, params);
  }

  warn(rule: RuleId, column: UnitColumn, params: MessageParams = {}): void {
    this.issues.warning(rule, this.sheet.name, this.at(column), this.code, params);
  }

  /** A number input of this row; "blank" without issue (callers decide what blank means). */
  readInput(column: UnitColumn): number | null | "blank" {
    const value = this.value(column);
    if (typeof value === "number" && Number.isFinite(value)) return value; // the common case
    const reading = readInputNumber(value);
    if (reading.kind === "blank") return "blank";
    if (reading.kind === "invalid") {
      this.report(reading.rule, column, { value: reading.shown });
      return null;
    }
    if (reading.fromText)
      this.warn("text-number", column, {
        value: showValue(value),
        expected: reading.value,
        ...("how" in reading ? { detail: reading.how } : {}),
      });
    return reading.value;
  }

  /** Points from the unit's own inputs (spec §4), checking each input as it goes. */
  readSelf(optional: boolean): SelfReading {
    const criterion = this.criterion;
    // A not-applicable mark is read by the caller (§7.1); here it is no input at all.
    if (isNotApplicableMark(this.value(criterion.type === "plan" ? "target" : "self"))) return { points: 0, planRate: null };
    if (optional) {
      const blank =
        criterion.type === "plan"
          ? isBlank(this.value("target")) && isBlank(this.value("actual"))
          : isBlank(this.value(criterion.type === "count" ? "quantity" : "self"));
      if (blank) return { points: 0, planRate: null };
    }

    if (criterion.type === "score" || criterion.type === "yesno") {
      if (!this.has("self")) {
        this.report("empty-score", "code", { column: "Tự chấm / Self score" });
        return UNUSABLE;
      }
      if (isBlank(this.value("self"))) {
        this.report("empty-score", "self", { blank: "self" });
        return UNUSABLE;
      }
      if (criterion.type === "yesno") {
        const reading = readYesNo(this.value("self"));
        if (reading.kind === "yesno") return { points: reading.value ? criterion.max : 0, planRate: null };
        if (reading.kind === "invalid") this.report(reading.rule, "self", { value: reading.shown });
        return UNUSABLE;
      }
      const n = this.readInput("self");
      if (n === null || n === "blank") return UNUSABLE;
      if (n < 0 || n > criterion.max + 1e-9) {
        this.report("out-of-range", "self", { value: showValue(this.value("self")), max: criterion.max });
        return UNUSABLE;
      }
      return { points: n, planRate: null };
    }

    if (criterion.type === "count") {
      if (!this.has("quantity")) {
        this.report("empty-score", "code", { column: "Số lượng / Quantity" });
        return UNUSABLE;
      }
      const n = this.readInput("quantity");
      if (n === "blank") {
        this.report("empty-score", "quantity", { blank: "quantity" });
        return UNUSABLE;
      }
      if (n === null) return UNUSABLE;
      if (n < 0) {
        this.report("out-of-range", "quantity", { value: showValue(this.value("quantity")) });
        return UNUSABLE;
      }
      return { points: Math.min(criterion.max, n * (criterion.perItem ?? 0)), planRate: null };
    }

    // plan: target first, then actual (spec: plan-input at the target, else at the actual)
    if (!this.has("target")) {
      this.report("plan-input", "code", { column: "target" });
      return UNUSABLE;
    }
    const target = this.readInput("target");
    let targetOk = false;
    if (target === "blank") this.report("plan-input", "target", { column: "target" });
    else if (target !== null && !(target > 0))
      this.report("plan-input", "target", { column: "target", value: showValue(this.value("target")) });
    else if (target !== null) targetOk = true;

    let actual: number | null = null;
    if (!this.has("actual")) {
      if (targetOk) this.report("plan-input", "code", { column: "actual" });
    } else {
      const read = this.readInput("actual");
      if (read === "blank") {
        if (targetOk) this.report("plan-input", "actual", { column: "actual" });
      } else if (read !== null && read < 0) {
        this.report("out-of-range", "actual", { value: showValue(this.value("actual")) });
      } else actual = read;
    }
    if (!targetOk || actual === null) return UNUSABLE;
    const rate = actual / (target as number);
    // A target so small that the rate overflows (5e-324, say) cannot be a real plan figure.
    if (!Number.isFinite(rate * 100)) {
      this.report("plan-input", "target", { column: "target", value: showValue(this.value("target")) });
      return UNUSABLE;
    }
    // The floor is applied to the unrounded rate (spec §4).
    const points = rate * 100 < criterion.planFloor ? 0 : criterion.max * Math.min(rate, 1);
    return { points, planRate: rate };
  }
}

function readCriterionRow(
  sheet: SheetSnapshot,
  row: number,
  criterion: Criterion,
  index: CriteriaIndex,
  columns: HeaderColumns<UnitColumn>,
  issues: IssueList,
): CriterionEntry {
  const group = index.groups.get(codeKey(criterion.groupCode));
  const kind = group?.kind ?? "group";
  const optional = kind !== "group"; // bonus and deduction rows may stay blank
  const reader = new RowReader(sheet, row, criterion, columns, issues);
  const self = reader.readSelf(optional);

  // A self score typed on a plan or count row is only information: it must agree with the inputs.
  if ((criterion.type === "plan" || criterion.type === "count") && self.points !== null && reader.has("self")) {
    const value = reader.value("self");
    if (!isBlank(value) && !isNotApplicableMark(value)) {
      const reading = readInputNumber(value);
      if (reading.kind === "number") {
        if (reading.fromText)
          reader.warn("text-number", "self", {
            value: showValue(value),
            expected: reading.value,
            ...("how" in reading ? { detail: reading.how } : {}),
          });
        if (differs(reading.value, self.points))
          reader.warn("self-score-mismatch", "self", { found: showValue(value), expected: self.points });
      } else {
        reader.warn("self-score-mismatch", "self", { found: showValue(value), expected: self.points });
      }
    }
  }

  // The levels, lowest first: the unit's own (on a Plan row the target stands for it), the
  // cluster's verification, the province's approval (§7.2). Each holds a mark, a value or nothing.
  const selfColumn: UnitColumn = criterion.type === "plan" ? "target" : "self";
  const levels: Array<{ column: UnitColumn; mark: boolean; points: number | null }> = [
    { column: selfColumn, mark: isNotApplicableMark(reader.value(selfColumn)), points: self.points },
  ];
  for (const column of ["verified", "approved"] as const) {
    const value = reader.value(column);
    if (isBlank(value)) continue;
    const mark = isNotApplicableMark(value);
    const severity = column === "verified" ? reader.verifiedSeverity : "error";
    const points = mark ? 0 : readReview(sheet, reader.at(column), criterion, issues, severity);
    levels.push({ column, mark, points });
  }
  const counting = levels[levels.length - 1];

  // Marks (§7.1, §7.7): the one at the level that counts makes the row not applicable, where the
  // criterion allows it; marks below it are overruled by the value above.
  const allowed = criterion.mayBeNotApplicable && kind === "group";
  const wrongMark = kind !== "group" ? "na-not-regular" : "na-not-allowed";
  let markError = false;
  for (const level of levels) {
    if (!level.mark) continue;
    if (level === counting) {
      if (!allowed) {
        issues.error("not-applicable", sheet.name, reader.at(level.column), criterion.code, { detail: wrongMark });
        markError = true;
      }
    } else if (!allowed) {
      issues.warning("not-applicable", sheet.name, reader.at(level.column), criterion.code, { detail: "na-overruled" });
    }
  }
  const notApplicable = counting.mark && allowed;
  const selfNotApplicable = levels[0].mark && allowed;

  // verification-note-missing: a level that differs from the one below it, with no note; once a row.
  if (isBlank(reader.value("note"))) {
    for (let k = 1; k < levels.length; k++) {
      const upper = levels[k];
      const lower = levels[k - 1];
      if (upper.points === null && !upper.mark) continue;
      const differ = upper.mark !== lower.mark || (!upper.mark && (lower.points === null || differs(upper.points as number, lower.points)));
      if (differ) {
        reader.warn("verification-note-missing", reader.has("note") ? "note" : upper.column);
        break;
      }
    }
  }

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

  const max = reader.value("max");
  if (!isBlank(max)) {
    const reading = readNumber(max);
    if (reading.kind !== "number" || differs(reading.value, criterion.max)) {
      reader.warn("max-mismatch", "max", { found: showValue(max), expected: criterion.max });
    } else if (reading.fromText) {
      reader.warn("text-number", "max", { value: showValue(max), expected: reading.value });
    }
  }

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
    reviewCell: reader.has("verified") ? reader.at("verified") : reader.at("code"),
  };
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
      issues.warning("text-number", sheet.name, cell, code, { value: showValue(value), expected: numeric.value });
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
  if (reading.fromText)
    issues.warning("text-number", sheet.name, cell, code, {
      value: showValue(value),
      expected: reading.value,
      ...("how" in reading ? { detail: reading.how } : {}),
    });
  if (reading.value < 0 || reading.value > criterion.max + 1e-9) {
    issues.add(severity, "out-of-range", sheet.name, cell, code, { value: showValue(value), max: criterion.max });
    return null;
  }
  return reading.value;
}
