// The one builder of a unit's report line (UnitResult) and its evaluation, for every test that
// states an evaluation by hand rather than running the engine: a ranked unit by default, any
// field overridden.
import type { Issue, UnitEvaluation, UnitResult } from "../../src/core/model/types";

export function unitResult(overrides: Partial<UnitResult> = {}): UnitResult {
  return {
    unit: "Công ty A",
    sheet: "A",
    status: "ranked",
    errors: 0,
    warnings: 0,
    groups: { I: 45, II: 18 },
    bonus: 2,
    deduction: 1,
    total: 64,
    completionRate: 100,
    allTargetsMet: true,
    disqualified: false,
    rank: 1,
    tied: false,
    classification: "excellent",
    award: null,
    notApplicable: [],
    applicableMax: 100,
    converted: null,
    selfTotal: null,
    review: "none",
    decision: null,
    votes: null,
    eligible: [],
    ...overrides,
  };
}

export function notRanked(overrides: Partial<UnitResult> = {}): UnitResult {
  return unitResult({
    status: "not-ranked",
    groups: null,
    bonus: null,
    deduction: null,
    total: null,
    rank: null,
    classification: null,
    award: null,
    errors: 1,
    ...overrides,
  });
}

export function unitEvaluation(result: UnitResult, points: Record<string, number | null> = {}, issues: Issue[] = []): UnitEvaluation {
  return { result, points, issues };
}
