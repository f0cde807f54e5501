// One criterion row of a unit's table being read (spec §3 checks, §4 points): its cells by the
// schema's columns, how a problem on it is reported, and the points the unit's own inputs give.
import { bothLabels } from "../schema/field";
import { UNIT_FIELDS, type UnitColumn } from "../schema/unitSheet";
import type { IssueList, HeaderColumns } from "./sheet";
import type { MessageParams } from "../words/messages";
import type { CellAddress, CellValue, Criterion, RuleId, Severity, SheetSnapshot } from "../model/types";
import { isBlank, isNotApplicableMark, readInputNumber, readYesNo, showValue } from "../model/values";

/**
 * What a `text-number` warning says: the value as shown, the number read, and how it was read
 * when that was more than a number typed as text (a lone dash, a number with a note).
 */
export function textNumberParams(value: CellValue, reading: { value: number } | { value: number; how: "dash" | "note" }): MessageParams {
  const params: MessageParams = { value: showValue(value), expected: reading.value };
  if ("how" in reading) params.detail = reading.how;
  return params;
}

/** The self inputs' reading: points and a plan rate. */
export interface SelfReading {
  points: number | null;
  planRate: number | null;
}

const UNUSABLE: SelfReading = { points: null, planRate: null };

/**
 * One criterion row being read. A class rather than closures, and one per sheet moved from row
 * to row (moveTo) rather than one per row: rows number 36,000 at 1,000 units, and a reader per
 * row was garbage for each; its addresses are made only when an issue needs one.
 */
export class RowReader {
  cells: CellValue[] = [];
  row = 0;
  /** Set by moveTo, before any read. */
  criterion!: Criterion;
  code = "";
  /** With a verified or approved score, a higher level has ruled on the row: the unit's own inputs only warn. */
  selfSeverity: Severity = "error";
  /** With an approved score, the province has ruled: the cluster's verified value only warns. */
  verifiedSeverity: Severity = "error";
  /** selfMark() of this row: worked out once in moveTo, as both the self points and the levels need it. */
  mark: UnitColumn | null = null;
  /** What reading() fills. */
  private readonly selfReading: SelfReading = { points: null, planRate: null };

  constructor(
    readonly sheet: SheetSnapshot,
    readonly columns: HeaderColumns<UnitColumn>,
    readonly issues: IssueList,
  ) {}

  /**
   * The row's self reading, in the one object this reader fills: good until the next row (its
   * callers copy what they keep), and not an object per row.
   */
  reading(points: number, planRate: number | null): SelfReading {
    const reading = this.selfReading;
    reading.points = points;
    reading.planRate = planRate;
    return reading;
  }

  /** Reads `row` from now on, as `criterion`'s row. */
  moveTo(row: number, criterion: Criterion): this {
    this.row = row;
    this.cells = this.sheet.cells[row] ?? [];
    this.criterion = criterion;
    this.code = criterion.code;
    const approved = !isBlank(this.value("approved"));
    this.verifiedSeverity = approved ? "warning" : "error";
    this.selfSeverity = approved || !isBlank(this.value("verified")) ? "warning" : "error";
    this.mark = this.selfMark();
    return this;
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
    if (reading.fromText) this.warn("text-number", column, textNumberParams(value, reading));
    return reading.value;
  }

  /**
   * The cell holding the unit's own not-applicable mark (§7.1, §8.4): the self cell; on a Plan
   * row the target, or the self cell while the target is blank (a target typed makes it a plan).
   */
  selfMark(): UnitColumn | null {
    const target = this.criterion.type === "plan" ? this.value("target") : null;
    return isNotApplicableMark(target) ? "target" : isNotApplicableMark(this.value("self")) && isBlank(target) ? "self" : null;
  }

  /** Points from the unit's own inputs (spec §4), checking each input as it goes. */
  readSelf(optional: boolean): SelfReading {
    const criterion = this.criterion;
    // A not-applicable mark is read by the caller (§7.1); here it is no input at all.
    if (this.mark) return this.reading(0, null);
    if (optional) {
      const blank =
        criterion.type === "plan"
          ? isBlank(this.value("target")) && isBlank(this.value("actual"))
          : isBlank(this.value(criterion.type === "count" ? "quantity" : "self"));
      if (blank) return this.reading(0, null);
    }
    if (criterion.type === "score" || criterion.type === "yesno") return readScore(this);
    if (criterion.type === "count") return readCount(this);
    return readPlan(this);
  }
}

/** A Score row's points, or a Yes/No row's yes (max) or no (0). */
function readScore(reader: RowReader): SelfReading {
  const criterion = reader.criterion;
  if (!reader.has("self")) {
    reader.report("empty-score", "code", { column: bothLabels(UNIT_FIELDS.self) });
    return UNUSABLE;
  }
  if (isBlank(reader.value("self"))) {
    reader.report("empty-score", "self", { blank: "self" });
    return UNUSABLE;
  }
  if (criterion.type === "yesno") {
    const reading = readYesNo(reader.value("self"));
    if (reading.kind === "yesno") return reader.reading(reading.value ? criterion.max : 0, null);
    if (reading.kind === "invalid") reader.report(reading.rule, "self", { value: reading.shown });
    return UNUSABLE;
  }
  const n = reader.readInput("self");
  if (n === null || n === "blank") return UNUSABLE;
  if (n < 0 || n > criterion.max + 1e-9) {
    reader.report("out-of-range", "self", { value: showValue(reader.value("self")), max: criterion.max });
    return UNUSABLE;
  }
  return reader.reading(n, null);
}

/** A Count row: the quantity times the points per item, at most the max. */
function readCount(reader: RowReader): SelfReading {
  if (!reader.has("quantity")) {
    reader.report("empty-score", "code", { column: bothLabels(UNIT_FIELDS.quantity) });
    return UNUSABLE;
  }
  const n = reader.readInput("quantity");
  if (n === "blank") {
    reader.report("empty-score", "quantity", { blank: "quantity" });
    return UNUSABLE;
  }
  if (n === null) return UNUSABLE;
  if (n < 0) {
    reader.report("out-of-range", "quantity", { value: showValue(reader.value("quantity")) });
    return UNUSABLE;
  }
  return reader.reading(Math.min(reader.criterion.max, n * (reader.criterion.perItem ?? 0)), null);
}

/** A Plan row: target first, then actual (spec: plan-input at the target, else at the actual). */
function readPlan(reader: RowReader): SelfReading {
  if (!reader.has("target")) {
    reader.report("plan-input", "code", { column: "target" });
    return UNUSABLE;
  }
  const target = reader.readInput("target");
  let targetOk = false;
  if (target === "blank") reader.report("plan-input", "target", { column: "target" });
  else if (target !== null && !(target > 0))
    reader.report("plan-input", "target", { column: "target", value: showValue(reader.value("target")) });
  else if (target !== null) targetOk = true;
  const actual = readActual(reader, targetOk);
  if (!targetOk || actual === null) return UNUSABLE;
  const rate = actual / (target as number);
  // A target so small that the rate overflows (5e-324, say) cannot be a real plan figure.
  if (!Number.isFinite(rate * 100)) {
    reader.report("plan-input", "target", { column: "target", value: showValue(reader.value("target")) });
    return UNUSABLE;
  }
  // The floor is applied to the unrounded rate (spec §4).
  const points = rate * 100 < reader.criterion.planFloor ? 0 : reader.criterion.max * Math.min(rate, 1);
  return reader.reading(points, rate);
}

/** A Plan row's actual; its absence is reported only beside a usable target. */
function readActual(reader: RowReader, targetOk: boolean): number | null {
  if (!reader.has("actual")) {
    if (targetOk) reader.report("plan-input", "code", { column: "actual" });
    return null;
  }
  const read = reader.readInput("actual");
  if (read === "blank") {
    if (targetOk) reader.report("plan-input", "actual", { column: "actual" });
    return null;
  }
  if (read !== null && read < 0) {
    reader.report("out-of-range", "actual", { value: showValue(reader.value("actual")) });
    return null;
  }
  return read;
}
