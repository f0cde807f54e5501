// A step of a run (spec §9.2): the award history and the higher awards' rules, read after the
// units (their names match the history's rows, §3) and applied once the report's results are
// known. Both sheets are optional: without rules' rows nothing is checked and no one is eligible.
import { readAwardRules } from "../read/awardRules";
import { readHistory } from "../read/history";
import { IssueList, type RawIssue } from "../read/sheet";
import { eligibleAwards, historiesOf, historyGaps, type UnitHistory } from "../score/eligibility";
import { periodYear } from "../schema/period";
import type { AwardRule, Evaluation } from "../model/types";
import type { Setup } from "./setup";
import type { UnitRead } from "./units";

/** What the history step read: the rules, each unit's history by its key, and the sheets' issues. */
export interface AwardHistory {
  rules: AwardRule[];
  /** The current year (the period's); null when the period names none or is not a year review. */
  year: number | null;
  byUnit: Map<string, UnitHistory>;
  issues: RawIssue[];
}

/**
 * Reads both sheets and checks the history against the rules' windows (`history-gap`). Only a
 * year review is judged: a half-year classification is not the year's.
 */
export function readAwardHistory(setup: Pick<Setup, "historySheet" | "awardRulesSheet" | "settings">, units: UnitRead[]): AwardHistory {
  const issues = new IssueList();
  const rules = setup.awardRulesSheet ? readAwardRules(setup.awardRulesSheet, issues) : [];
  const history = setup.historySheet ? readHistory(setup.historySheet, issues) : null;
  const year = setup.settings.reviewKind === "year" ? periodYear(setup.settings.period) : null;
  const listed = units.map((unit) => ({ name: unit.name, sheet: unit.sheetName }));
  const histories = historiesOf(history?.records ?? [], listed);
  const byUnit = new Map<string, UnitHistory>();
  units.forEach((unit, index) => byUnit.set(unit.sheetName, histories[index]));
  if (rules.length > 0 && year !== null) {
    const place = { sheet: setup.historySheet?.name ?? null, cell: history?.unitHeader ?? null };
    historyGaps(
      rules,
      year,
      units.map((unit, index) => ({ name: unit.name, history: histories[index] })),
      place,
      issues,
    );
  }
  return { rules, year, byUnit, issues: issues.items };
}

/** Gives each unit's result its `eligible` awards, and the evaluation the rules the Summary shows. */
export function withEligibility(evaluation: Evaluation, read: AwardHistory): void {
  evaluation.awardRules = read.rules;
  const year = read.year;
  evaluation.report.units.forEach((result) => {
    const history = read.byUnit.get(result.sheet);
    result.eligible = year !== null && history ? eligibleAwards(read.rules, year, result, history, evaluation.settings) : [];
  });
}
