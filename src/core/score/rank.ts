// Ranking, classification and award proposals (spec §5).
import type { Award, Classification, Settings, TieBreakKey } from "../model/types";

/** What ranking needs of a unit; `order` is its place in the units list (tab order without one). */
export interface RankInput {
  order: number;
  total: number;
  groups: Record<string, number>;
  bonus: number;
  deduction: number;
  completionRate: number | null;
  allTargetsMet: boolean;
  disqualified: boolean;
}

/** A unit's place: rank, whether it shares it, classification and proposed award. */
export interface RankOutcome {
  rank: number;
  tied: boolean;
  classification: Classification;
  award: Award | null;
}

// Scores are rounded to 2 decimals before ranking; this only absorbs binary noise.
const EPSILON = 1e-9;

/** Compares two units on one key; negative when `a` ranks ahead of `b`. */
function compareOn(key: TieBreakKey | "total", a: RankInput, b: RankInput): number {
  const higherFirst = (x: number, y: number) => (Math.abs(x - y) <= EPSILON ? 0 : y - x);
  switch (key === "total" ? "total" : key.kind) {
    case "total":
      return higherFirst(a.total, b.total);
    case "group": {
      const code = (key as { code: string }).code;
      return higherFirst(a.groups[code] ?? 0, b.groups[code] ?? 0);
    }
    case "completion":
      // A unit with no usable plan row has no rate; it comes after any unit that has one.
      return higherFirst(a.completionRate ?? -Infinity, b.completionRate ?? -Infinity) || 0;
    case "deduction":
      return higherFirst(b.deduction, a.deduction);
    case "bonus":
      return higherFirst(a.bonus, b.bonus);
  }
  return 0;
}

function compareUnits(keys: TieBreakKey[], a: RankInput, b: RankInput): number {
  const byTotal = compareOn("total", a, b);
  if (byTotal !== 0) return byTotal;
  for (const key of keys) {
    const c = compareOn(key, a, b);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * The classification a total earns; `excellent` also needs no disqualification and, when the
 * settings say so, all plan targets met — otherwise it is `good`.
 * @example classify({ total: 92, disqualified: false, allTargetsMet: true }, settings) === "excellent"
 */
export function classify(unit: Pick<RankInput, "total" | "disqualified" | "allTargetsMet">, settings: Settings): Classification {
  const t = settings.thresholds;
  if (unit.total >= t.excellent - EPSILON) {
    const blocked = unit.disqualified || (settings.excellentRequiresAllTargets && !unit.allTargetsMet);
    return blocked ? "good" : "excellent";
  }
  if (unit.total >= t.good - EPSILON) return "good";
  if (unit.total >= t.fair - EPSILON) return "fair";
  if (unit.total >= t.average - EPSILON) return "average";
  return "not-completed";
}

/**
 * Ranks units (total, then the tie-break keys; equal units share a rank and keep list order),
 * classifies them and proposes awards (unless `withAwards` is false: a half-year review, or an
 * incomplete ranking). Returns outcomes in the same order as `units`, and the
 * indexes of `units` in rank order.
 * @example rankUnits(units, settings).order[0] // index of the first-ranked unit
 */
export function rankUnits(units: RankInput[], settings: Settings, withAwards = true): { outcomes: RankOutcome[]; order: number[] } {
  const indexes = units.map((_, i) => i);
  indexes.sort((i, j) => compareUnits(settings.tieBreak, units[i], units[j]) || units[i].order - units[j].order);

  const outcomes: RankOutcome[] = units.map(() => ({ rank: 0, tied: false, classification: "not-completed", award: null }));
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k];
    const previous = k > 0 ? indexes[k - 1] : -1;
    const sameAsPrevious = previous >= 0 && compareUnits(settings.tieBreak, units[previous], units[i]) === 0;
    outcomes[i].rank = sameAsPrevious ? outcomes[previous].rank : k + 1;
    if (sameAsPrevious) {
      outcomes[i].tied = true;
      outcomes[previous].tied = true;
    }
    outcomes[i].classification = classify(units[i], settings);
  }

  if (!withAwards) return { outcomes, order: indexes };
  proposeAwards(indexes, units, outcomes, settings.flagQuota, "flag", (o) => o.classification === "excellent");
  proposeAwards(
    indexes,
    units,
    outcomes,
    settings.certificateQuota,
    "certificate",
    (o, u) => (o.classification === "excellent" || o.classification === "good") && !u.disqualified,
  );
  return { outcomes, order: indexes };
}

/**
 * Hands out one award in rank order: the next eligible, unawarded units sharing a rank get it if
 * they all fit in the quota left, otherwise they all go to a vote and the quota is used up.
 */
function proposeAwards(
  rankOrder: number[],
  units: RankInput[],
  outcomes: RankOutcome[],
  quota: number,
  award: "flag" | "certificate",
  eligible: (outcome: RankOutcome, unit: RankInput) => boolean,
): void {
  let left = quota;
  let k = 0;
  while (left > 0 && k < rankOrder.length) {
    const rank = outcomes[rankOrder[k]].rank;
    const group: number[] = [];
    while (k < rankOrder.length && outcomes[rankOrder[k]].rank === rank) {
      const i = rankOrder[k];
      if (outcomes[i].award === null && eligible(outcomes[i], units[i])) group.push(i);
      k++;
    }
    if (group.length === 0) continue;
    if (group.length <= left) {
      for (const i of group) outcomes[i].award = award;
      left -= group.length;
    } else {
      for (const i of group) outcomes[i].award = award === "flag" ? "vote-flag" : "vote-certificate";
      left = 0;
    }
  }
}
