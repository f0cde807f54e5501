// How the pane groups an evaluation's issues: the workbook's own (Criteria, Settings, sheets not
// in the units list) first, since they can stop every unit from being ranked, then the Conference
// sheet's (its decisions, §7.4: any error there voids them all), then one group per unit that has
// issues.
import type { Evaluation, Issue, ProvinceIssue, RuleId } from "../core";

export interface IssueGroup {
  kind: "workbook" | "conference" | "unit" | "province";
  /** The unit's name; null for the workbook and conference groups. */
  unit: string | null;
  /** The unit's sheet, or the Conference sheet; null for the workbook group. */
  sheet: string | null;
  issues: Issue[];
  errors: number;
  warnings: number;
}

const issueKey = (i: Issue) => JSON.stringify([i.severity, i.rule, i.sheet, i.cell, i.criterion, i.message]);

/** The checks of the conference's decision (§7.4); their issues count for no unit. */
const CONFERENCE_RULES: readonly RuleId[] = [
  "conference-invalid",
  "decision-below-threshold",
  "decision-over-quota",
  "decision-ineligible",
  "decision-differs",
];

function group(kind: IssueGroup["kind"], unit: string | null, sheet: string | null, issues: Issue[]): IssueGroup {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { kind, unit, sheet, issues, errors, warnings: issues.length - errors };
}

/**
 * The evaluation's issues by unit, the workbook group first, then the Conference sheet's;
 * groups without issues are left out.
 */
export function groupIssues(evaluation: Evaluation): IssueGroup[] {
  // The report lists every issue; the units hold their own as separate copies, so the workbook's
  // are what is left after taking each unit's out (by value, as a multiset: the same finding can
  // legitimately appear twice).
  const unclaimed = new Map<string, number>();
  for (const issue of evaluation.units.flatMap((u) => u.issues)) {
    const key = issueKey(issue);
    unclaimed.set(key, (unclaimed.get(key) ?? 0) + 1);
  }
  const workbook: Issue[] = [];
  const conference: Issue[] = [];
  const firstSeen = new Map<string, number>();
  evaluation.report.issues.forEach((issue, index) => {
    const key = issueKey(issue);
    const left = unclaimed.get(key) ?? 0;
    if (left > 0) {
      unclaimed.set(key, left - 1);
      if (!firstSeen.has(key)) firstSeen.set(key, index);
    } else if (CONFERENCE_RULES.includes(issue.rule)) {
      conference.push(issue);
    } else {
      workbook.push(issue);
    }
  });

  // The report lists unit issues in the units list's order (tab order without a list), which is how
  // a secretary walks the workbook; `evaluation.units` is in rank order, so sort back to the former.
  const position = (issues: Issue[]) => firstSeen.get(issueKey(issues[0])) ?? Number.MAX_SAFE_INTEGER;
  const units = evaluation.units
    .filter((u) => u.issues.length > 0)
    .map((u) => ({ u, at: position(u.issues) }))
    .sort((a, b) => a.at - b.at)
    .map(({ u }) => group("unit", u.result.unit, u.result.sheet, u.issues));

  const own: IssueGroup[] = [];
  if (workbook.length > 0) own.push(group("workbook", null, null, workbook));
  // Every conference issue is on the one Conference sheet, whose name the group shows.
  if (conference.length > 0) own.push(group("conference", null, conference[0].sheet, conference));
  return [...own, ...units];
}

/**
 * The province's desk's issues (§9.3) as one group, in the report's order: the files' (each
 * message names its file) and the nominations' and council's (each with its cell on the desk's
 * sheets, a link like any other issue's).
 */
export function groupProvinceIssues(issues: readonly ProvinceIssue[]): IssueGroup[] {
  // The list shows a rule only through its message; the desk's rules are the pane's issues alike.
  const listed = issues.map(({ file: _file, ...issue }) => issue as Issue);
  return listed.length > 0 ? [group("province", null, null, listed)] : [];
}
