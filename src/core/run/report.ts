// The last step of a run (spec §6): the JSON report and what the sheets are built from. Issues
// stayed raw (rule, place, parameters) until here, the first step that knows the language for certain.
import { toA1 } from "../model/address";
import { isoDay } from "../model/dates";
import type { ConferenceOutcome } from "../score/conference";
import { issueMessage } from "../words/messages";
import type { RankOutcome } from "../score/rank";
import { maxTotal } from "../score/score";
import type { RawIssue } from "../read/sheet";
import type { Evaluation, Issue, Language, Report, UnitEvaluation, UnitResult } from "../model/types";
import type { Setup } from "./setup";
import type { ScoredUnit } from "./scores";
import type { Standings } from "./standings";

/**
 * The JSON report and what the sheets are built from: units in rank order, then the not-ranked
 * in list order; issues from the setup, then unit by unit in list order, then `unlisted-sheet`.
 * @example buildReport(setup, scored, standings, []).report.units[0].rank === 1
 */
export function buildReport(
  setup: Pick<Setup, "criteria" | "settings" | "language" | "issues">,
  units: ScoredUnit[],
  standings: Standings,
  unlistedIssues: RawIssue[],
  conference: ConferenceOutcome | null = null,
): Evaluation {
  const { criteria, settings, language } = setup;
  // Each unit's points start as a copy of one object with every code, in table order: filled code
  // by code, 30 codes sent each unit's object to V8's slow dictionary form. The copy of a copy is
  // what keeps the fast form (a copy of a dictionary-form object is made slowly, each time).
  // forEach and map, not for…of: the ribbon's IE11 bundle spells an iterator out for each for…of.
  const blankPoints: Record<string, number | null> = {};
  criteria?.groups.forEach((group) => group.criteria.forEach((c) => (blankPoints[c.code] = null)));
  const points = { ...blankPoints };
  const evaluations: UnitEvaluation[] = standings.ranked.map(({ unit, outcome }) => unitEvaluation(unit, outcome, points, language));
  standings.notRanked.forEach((unit) => evaluations.push(unitEvaluation(unit, null, points, language)));
  if (conference) {
    evaluations.forEach((e, k) => {
      e.result.decision = conference.decisions[k];
      e.result.votes = conference.votes[k];
    });
  }

  // A loop, not push(...items): a workbook can hold more issues than a call can take arguments.
  const issues: Issue[] = [];
  const add = (raw: RawIssue) => void issues.push(localize(raw, language));
  setup.issues.forEach(add);
  units.forEach((unit) => unit.issues.forEach(add));
  unlistedIssues.forEach(add);
  // The conference's issues count for no unit (§7.4).
  conference?.issues.forEach(add);

  const report: Report = {
    schemaVersion: 3,
    cluster: settings.clusterName,
    period: settings.period,
    language,
    reviewKind: settings.reviewKind,
    complete: standings.notRanked.length === 0,
    maxTotal: maxTotal(criteria),
    // §9.1: what the province's desk needs of a cluster besides its name.
    leader: settings.leaderUnit,
    superior: settings.parentBody,
    conferenceDate: conference?.details.date ? isoDay(conference.details.date) : null,
    quota: { flag: settings.flagQuota, certificate: settings.certificateQuota },
    units: evaluations.map((e) => e.result),
    issues,
  };
  return { report, criteria, settings, units: evaluations, conference: conference?.details ?? null };
}

/** One unit's report line, its points per criterion (table order) and its own issues. */
function unitEvaluation(
  unit: ScoredUnit,
  outcome: RankOutcome | null,
  blankPoints: Record<string, number | null>,
  language: Language,
): UnitEvaluation {
  const unitIssues = unit.issues.map((raw) => localize(raw, language));
  const scores = outcome ? unit.scores : null;
  // An issue is an error or a warning: one count gives the other.
  const errors = unitIssues.filter((i) => i.severity === "error").length;
  const result: UnitResult = {
    unit: unit.name,
    sheet: unit.sheetName,
    ...(unit.shortName === undefined ? {} : { shortName: unit.shortName }),
    status: outcome ? "ranked" : "not-ranked",
    errors,
    warnings: unitIssues.length - errors,
    groups: scores ? { ...scores.groups } : null,
    bonus: scores ? scores.bonus : null,
    deduction: scores ? scores.deduction : null,
    total: scores ? scores.total : null,
    completionRate: unit.completionRate,
    allTargetsMet: unit.allTargetsMet,
    disqualified: unit.disqualified,
    rank: outcome ? outcome.rank : null,
    tied: outcome ? outcome.tied : false,
    classification: outcome ? outcome.classification : null,
    award: outcome ? outcome.award : null,
    notApplicable: unit.notApplicable,
    applicableMax: unit.applicableMax,
    converted: scores ? scores.converted : null,
    selfTotal: scores ? unit.selfTotal : null,
    review: unit.review,
    // Set from the conference's outcome, when it is read (§7.4).
    decision: null,
    votes: null,
    // The award history's rules fill it (§9.2); none without them.
    eligible: [],
  };
  // Criteria codes differ by their keys (duplicate-code), so each entry is one code's.
  const points = { ...blankPoints };
  unit.entries.forEach((entry) => (points[entry.criterion.code] = entry.points));
  return { result, points, issues: unitIssues };
}

/**
 * Each worded issue's raw finding, so a host can word it again in its user's language (the pane
 * speaks the user's, whatever the workbook's): kept beside the issue, not in it, so the JSON
 * report stays as it is. A WeakMap holds nothing alive once the evaluation is gone.
 */
const RAW_ISSUES = new WeakMap<Issue, RawIssue>();

/**
 * An issue's message in `language`: worded again from its finding when this run made it, else
 * (an issue read back from JSON, a test's hand-made one) the message it carries.
 * @example issueMessageIn(report.issues[0], "en") // "Value 12 is above the maximum 10 …" in a vi workbook's run
 */
export function issueMessageIn(issue: Issue, language: Language): string {
  const raw = RAW_ISSUES.get(issue);
  return raw === undefined ? issue.message : issueMessage(raw.rule, raw.params, language);
}

/** A finding worded in `language`; its message can be worded again in the other (issueMessageIn). */
export function localize(raw: RawIssue, language: Language): Issue {
  const issue = localizeOnce(raw, language);
  RAW_ISSUES.set(issue, raw);
  return issue;
}

function localizeOnce(raw: RawIssue, language: Language): Issue {
  return {
    severity: raw.severity,
    rule: raw.rule,
    sheet: raw.sheet,
    cell: raw.cell ? toA1(raw.cell) : null,
    criterion: raw.criterion,
    message: issueMessage(raw.rule, raw.params, language),
  };
}
