// Steps 4 and 5 of a run: the ranking, classification and proposed awards (spec §5), then the
// conference's decision on them (§7.4).
import { decideAwards, readConference, type ConferenceOutcome, type ConferenceUnit } from "../score/conference";
import { rankUnits, type RankInput, type RankOutcome } from "../score/rank";
import type { UnitScores } from "../score/score";
import type { Settings } from "../model/types";
import type { Setup } from "./setup";
import type { ScoredUnit } from "./scores";

interface RankedUnit {
  unit: ScoredUnit;
  outcome: RankOutcome;
}

export interface Standings {
  /** The units with scores, in rank order. */
  ranked: RankedUnit[];
  /** The units without, in list order. */
  notRanked: ScoredUnit[];
}

/**
 * Ranks the units that have scores, classifies them and proposes awards.
 * @example rankScoredUnits(settings, scored).ranked[0].outcome.rank === 1
 */
export function rankScoredUnits(settings: Settings, units: ScoredUnit[]): Standings {
  const scoredUnits = units.filter((u) => u.scores !== null);
  const rankInputs: RankInput[] = scoredUnits.map((u) => {
    const scores = u.scores as UnitScores;
    return {
      order: u.order,
      total: scores.total,
      groups: scores.groups,
      bonus: scores.bonus,
      deduction: scores.deduction,
      completionRate: u.completionRate,
      allTargetsMet: u.allTargetsMet,
      disqualified: u.disqualified,
    };
  });
  // Awards are annual (§7.3), and a ranking with units missing cannot hand them out (§7.6).
  const complete = scoredUnits.length === units.length;
  const { outcomes, order } = rankUnits(rankInputs, settings, settings.reviewKind === "year" && complete);
  return {
    ranked: order.map((k) => ({ unit: scoredUnits[k], outcome: outcomes[k] })),
    notRanked: units.filter((u) => u.scores === null),
  };
}

// ---- The conference's decision (spec §7.4) ----

/** The units the conference may name, in report order (ranked, then not ranked). */
function conferenceUnits(standings: Standings): ConferenceUnit[] {
  return [
    ...standings.ranked.map(({ unit, outcome }) => ({
      name: unit.name,
      sheetName: unit.sheetName,
      classification: outcome.classification,
      disqualified: unit.disqualified,
      award: outcome.award,
    })),
    ...standings.notRanked.map((unit) => ({
      name: unit.name,
      sheetName: unit.sheetName,
      classification: null,
      disqualified: unit.disqualified,
      award: null,
    })),
  ];
}

/**
 * Reads the Conference sheet and decides, only at a year review whose ranking is complete
 * (§7.4, §7.6); null otherwise. Decisions and votes are in report order.
 * @example decideConference(setup, standings)?.decisions[0] === "flag"
 */
export function decideConference(setup: Pick<Setup, "conferenceSheet" | "settings">, standings: Standings): ConferenceOutcome | null {
  if (!setup.conferenceSheet || setup.settings.reviewKind !== "year" || standings.notRanked.length > 0) return null;
  const units = conferenceUnits(standings);
  return decideAwards(setup.settings, units, readConference(setup.conferenceSheet, units));
}
