// Scores (spec §4): contributions, capped and rounded subtotals, bonus, deduction, total,
// completion rate and disqualification, from the points read off a unit's sheet.
import type { CriterionEntry } from "../read/unitSheet";
import { criterionKeys } from "../model/text";
import type { CriteriaTable } from "../model/types";
import { roundHalfAway } from "../model/values";

/** A unit's scores. Subtotals are rounded to 2 decimals, so the columns add up to the total. */
export interface UnitScores {
  groups: Record<string, number>;
  bonus: number;
  deduction: number;
  /** The regular subtotals added up, scaled to maxTotal when some criterion does not apply (§7.1). */
  converted: number;
  /** The regular groups' maximum over the applicable criteria; maxTotal when all apply. */
  applicableMax: number;
  total: number;
}

/**
 * Whichever points a score is built from: counted (approved, else verified, else self), the
 * unit's own with the evidence rule and conversion (its self total), or the unit's own as typed
 * with no conversion (the arithmetic its own `Tổng cộng` row does).
 */
type PointsSource = "points" | "selfPoints" | "plainSelfPoints";

/** Which rows a source treats as not applicable; the plain sum converts nothing. */
function notApplicableIn(entry: CriterionEntry | undefined, source: PointsSource): boolean {
  if (!entry) return false;
  if (source === "points") return entry.notApplicable;
  if (source === "selfPoints") return entry.selfNotApplicable;
  return false;
}

/**
 * The regular groups' maximum over the criteria that apply (§7.1): per group, the sum of
 * max × weight of its applicable criteria, capped at the group's max. A unit with every criterion
 * applicable has maxTotal (§7.7), even where a group's cap differs from its criteria's sum.
 * @example applicableMax(criteria, entriesWithI2NotApplicable, "points") === 90
 */
export function applicableMax(
  criteria: CriteriaTable,
  entries: ReadonlyMap<string, CriterionEntry>,
  source: PointsSource = "points",
): number {
  let any = false;
  let total = 0;
  const keys = criterionKeys(criteria);
  for (let g = 0; g < criteria.groups.length; g++) {
    const group = criteria.groups[g];
    if (group.kind !== "group") continue;
    let sum = 0;
    for (let i = 0; i < group.criteria.length; i++) {
      const criterion = group.criteria[i];
      if (notApplicableIn(entries.get(keys[g][i]), source)) any = true;
      else sum += criterion.max * criterion.weight;
    }
    total += group.max !== null ? Math.min(sum, group.max) : sum;
  }
  return any ? roundHalfAway(total) : maxTotal(criteria);
}

/**
 * Scores a unit from its entries; null when a regular criterion's points are unusable.
 * Missing bonus and deduction rows count as 0.
 * @example scoreUnit(criteria, entries, "points")?.total === 95.5
 */
export function scoreUnit(criteria: CriteriaTable, entries: ReadonlyMap<string, CriterionEntry>, source: PointsSource): UnitScores | null {
  const groups: Record<string, number> = {};
  let bonus = 0;
  let deduction = 0;
  const keys = criterionKeys(criteria);
  for (let g = 0; g < criteria.groups.length; g++) {
    const group = criteria.groups[g];
    let sum = 0;
    for (let i = 0; i < group.criteria.length; i++) {
      const criterion = group.criteria[i];
      const entry = entries.get(keys[g][i]);
      const points = entry ? entry[source] : group.kind === "group" ? null : 0;
      if (points === null) return null;
      sum += points * criterion.weight;
    }
    const subtotal = roundHalfAway(group.max !== null ? Math.min(sum, group.max) : sum);
    if (group.kind === "group") groups[group.code] = subtotal;
    else if (group.kind === "bonus-group") bonus += subtotal;
    else deduction += subtotal;
  }
  bonus = roundHalfAway(bonus);
  deduction = roundHalfAway(deduction);
  let regular = 0;
  for (const code of Object.keys(groups)) regular += groups[code];
  // The rounded subtotals are converted (§7.7), so the converted figure follows from the columns.
  const scale = maxTotal(criteria);
  const applicable = applicableMax(criteria, entries, source);
  const converted = roundHalfAway(applicable < scale && applicable > 0 ? (regular * scale) / applicable : regular);
  return { groups, bonus, deduction, converted, applicableMax: applicable, total: roundHalfAway(converted + bonus - deduction) };
}

/**
 * The regular groups' maxima added up: a group's own max, or its criteria's max × weight.
 * @example maxTotal(cluster18Criteria) === 100
 */
export function maxTotal(criteria: CriteriaTable | null): number {
  if (!criteria) return 0;
  let total = 0;
  for (const group of criteria.groups) {
    if (group.kind !== "group") continue;
    if (group.max !== null) total += group.max;
    else for (const c of group.criteria) total += c.max * c.weight;
  }
  return roundHalfAway(total);
}

/** Plan completion: the mean rate × 100 (2 decimals), whether all targets were met, over usable plan rows. */
export function completion(entries: ReadonlyMap<string, CriterionEntry>): { completionRate: number | null; allTargetsMet: boolean } {
  const rates: number[] = [];
  for (const entry of entries.values()) if (entry.planRate !== null) rates.push(entry.planRate);
  if (rates.length === 0) return { completionRate: null, allTargetsMet: true };
  // Each rate divided first, so a sum of very large rates cannot overflow.
  const mean = rates.reduce((sum, rate) => sum + rate / rates.length, 0);
  return { completionRate: roundHalfAway(mean * 100), allTargetsMet: rates.every((r) => r >= 1) };
}

/** Whether some criterion marked `Disqualifies awards` counts for more than 0 points. */
export function isDisqualified(entries: ReadonlyMap<string, CriterionEntry>): boolean {
  // values(), not [key, entry] pairs: a pair was an array per row, 36,000 at 1,000 units.
  for (const entry of entries.values()) if (entry.criterion.disqualifies && entry.points !== null && entry.points > 0) return true;
  return false;
}
