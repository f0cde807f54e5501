// Higher awards (spec §9.2): which of the rules sheet's awards each unit may be proposed for. A
// rule is met over N consecutive years ending with the current one (the period's year): every
// year at least the rule's lowest classification, and within those years the awards it needs.
// The current year counts with this run's classification and its decided, else proposed, award;
// earlier years with the history's rows, their awards only once a decision number is written.
// No legal rule is written here: every figure and name comes from the rules sheet.
import { nameKey } from "../model/text";
import { CLASSIFICATION_ORDER } from "../schema/history";
import type { AwardRule, Classification, HistoryRecord, Language, Settings, UnitResult } from "../model/types";
import { awardName } from "../words/common";
import type { IssueList } from "../read/sheet";

/** A unit's history rows, by year. */
export type UnitHistory = Map<number, HistoryRecord[]>;

/**
 * Each unit's history rows, matched by its name or its sheet's (§3, `nameKey`); rows of a unit
 * the run does not have are left out.
 */
export function historiesOf(records: HistoryRecord[], units: Array<{ name: string; sheet: string }>): UnitHistory[] {
  const byKey = new Map<string, number>();
  units.forEach((unit, index) => {
    byKey.set(nameKey(unit.sheet), index);
    byKey.set(nameKey(unit.name), index);
  });
  const histories = units.map((): UnitHistory => new Map());
  records.forEach((record) => {
    const index = byKey.get(nameKey(record.unit));
    if (index === undefined) return;
    const rows = histories[index].get(record.year) ?? [];
    rows.push(record);
    histories[index].set(record.year, rows);
  });
  return histories;
}

/**
 * `history-gap` for each unit missing a year inside the widest rule's window before the current
 * year: at its first history row, else at the history's `Đơn vị` header (null without a sheet).
 */
export function historyGaps(
  rules: AwardRule[],
  year: number,
  units: Array<{ name: string; history: UnitHistory }>,
  place: { sheet: string | null; cell: { row: number; col: number } | null },
  issues: IssueList,
): void {
  const widest = rules.reduce((most, rule) => Math.max(most, rule.years), 0);
  units.forEach(({ name, history }) => {
    const missing: number[] = [];
    for (let past = year - widest + 1; past < year; past++) if (!history.has(past)) missing.push(past);
    if (missing.length === 0) return;
    let first: HistoryRecord | null = null;
    history.forEach((rows) => rows.forEach((row) => (first = first === null || row.unitCell.row < first.unitCell.row ? row : first)));
    const at = (first as HistoryRecord | null)?.unitCell ?? place.cell;
    issues.warning("history-gap", place.sheet, at, null, { name, value: missing.join(", ") });
  });
}

/**
 * The names of the rules' awards the unit meets, in the rules' order.
 * @example eligibleAwards(rules, 2025, result, history, settings) → ["Cờ thi đua của Chính phủ"]
 */
export function eligibleAwards(rules: AwardRule[], year: number, result: UnitResult, history: UnitHistory, settings: Settings): string[] {
  const current = currentAwardKeys(result, settings);
  return rules.filter((rule) => meetsRule(rule, year, result.classification, current, history)).map((rule) => rule.award);
}

function meetsRule(rule: AwardRule, year: number, classification: Classification | null, current: string[], history: UnitHistory): boolean {
  if (!atLeast(classification, rule.lowest)) return false;
  const awards = current.slice();
  for (let past = year - rule.years + 1; past < year; past++) {
    const rows = history.get(past) ?? [];
    if (!atLeast(bestOf(rows), rule.lowest)) return false;
    rows.forEach((row) => row.award !== null && row.decisionNo !== null && awards.push(nameKey(row.award)));
  }
  if (rule.needed.length === 0) return true;
  return rule.needed.some((need) => awards.filter((key) => key === nameKey(need.award)).length >= need.count);
}

/** A year's classification: the best its rows give (one row may hold the award alone). */
function bestOf(rows: HistoryRecord[]): Classification | null {
  let best: Classification | null = null;
  rows.forEach((row) => {
    if (row.classification !== null && (best === null || rank(row.classification) < rank(best))) best = row.classification;
  });
  return best;
}

const rank = (classification: Classification) => CLASSIFICATION_ORDER.indexOf(classification);
const atLeast = (found: Classification | null, lowest: Classification) => found !== null && rank(found) <= rank(lowest);

/**
 * The current year's award, decided at the conference, else proposed by the scores, as the keys
 * of its names in both languages and under the Settings' own name: the rules may name it either way.
 */
function currentAwardKeys(result: UnitResult, settings: Settings): string[] {
  const award = result.decision !== null ? result.decision : result.award;
  if (award !== "flag" && award !== "certificate") return [];
  const languages: Language[] = ["vi", "en"];
  const keys = languages.map((language) => nameKey(awardName(award, language, settings)));
  // One award counts once, however many of its names the rules might use.
  return keys[0] === keys[1] ? [keys[0]] : keys;
}
