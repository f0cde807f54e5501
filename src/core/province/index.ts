// The province's desk (spec §9.3), one pure run: the clusters' reports and the province's own
// workbook in, the province's report and the sheets to write out. Both hosts call this; the
// command line reads each summary's report from its custom XML part (§9.1) first.
import { IssueList, findSheet } from "../read/sheet";
import { parseSettings } from "../read/settings";
import { issueMessageIn, localize } from "../run/report";
import type { BuildOptions, Language, SheetLayout, WorkbookSnapshot } from "../model/types";
import { evaluateWorkbook } from "../run/evaluate";
import { SETTINGS_SHEET_LABELS } from "../schema/labels";
import { PROVINCE_SHEETS, type ProvinceRuleId } from "../schema/province";
import { allLabels } from "../schema/field";
import { buildCouncilSheet, readCouncil } from "./council";
import { checkNominations, deskLanguage, gatherClusters, periodYear, type Gathered } from "./gather";
import { buildCouncilMinutes, buildCouncilSubmission } from "./papers";
import { NOMINATIONS_FIRST_ROW, NOMINATIONS_UNIT_COL, buildClustersSheet, buildNominationsListSheet } from "./sheets";
import type { ClusterInput, ClusterReport, ProvinceEvaluation, ProvinceFinding, ProvinceIssue, ProvinceReport } from "./types";
import { toA1 } from "../model/address";
import { provinceIssueMessage } from "../words/provinceMessages";
import { PROVINCE_TEXT } from "../words/province";

export type * from "./types";
export { periodYear } from "./gather";
export { withoutClusterSheets } from "./workbookKind";

/** Choices of the caller: the language (`--lang`), and the date the papers carry when nothing else gives one. */
export interface ProvinceOptions extends BuildOptions {
  language?: Language;
}

/**
 * The desk's run: reads the clusters' reports, checks them and their nominations, reads the
 * council's votes when the province's workbook has them, and lays out `Các cụm`, `Đề nghị`,
 * `Hội đồng`, and after the council's decisions its minutes and submission.
 * @example evaluateProvince([{ file: "cum18.xlsx", report }], { sheets: [] }, { date }).report.kind === "province"
 */
export function evaluateProvince(
  inputs: readonly ClusterInput[],
  province: WorkbookSnapshot,
  options: ProvinceOptions,
): ProvinceEvaluation {
  const settingsIssues = new IssueList();
  const { settings } = parseSettings(province, null, settingsIssues);
  const hasSettings = findSheet(province, SETTINGS_SHEET_LABELS) !== null;
  const gathered = gatherClusters(inputs, periodYear(hasSettings ? settings.period : null));
  const language = deskLanguage(gathered.read, options.language ?? (hasSettings ? settings.language : undefined));
  const nominations = gathered.nominations;
  const nominationIssues = checkNominations(gathered, { flag: settings.flagQuota, certificate: settings.certificateQuota }, (i) => ({
    sheet: PROVINCE_TEXT[language].sheets.nominations,
    row: NOMINATIONS_FIRST_ROW + i,
    col: NOMINATIONS_UNIT_COL,
  }));
  const councilSheet = findSheet(province, allLabels(PROVINCE_SHEETS.council));
  const { outcome, carried } = readCouncil(councilSheet, nominations, {
    voteThreshold: settings.voteThreshold,
    // The council's quota is the province's to decide by its vote; a cluster's quota of one flag means nothing here.
    flagQuota: nominations.length,
    certificateQuota: nominations.length,
  });
  outcome?.decisions.forEach((decision, i) => {
    nominations[i].decision = decision;
    nominations[i].councilVotes = outcome.votes[i];
  });
  const checks: ProvinceRuleId[][] = nominations.map(() => []);
  for (const issue of nominationIssues) if (issue.cell) checks[issue.cell.row - NOMINATIONS_FIRST_ROW].push(issue.rule);

  const layouts: SheetLayout[] = [
    buildClustersSheet(gathered.clusters, language),
    buildNominationsListSheet(nominations, checks, language, gathered.year),
    buildCouncilSheet(nominations, carried, language, gathered.year),
  ];
  if (outcome && outcome.details.decided) {
    const meeting = {
      settings: { ...settings, language },
      details: outcome.details,
      nominations,
      clusters: gathered.clusters.length,
      year: gathered.year,
    };
    layouts.push(buildCouncilMinutes(meeting, options));
    const submission = buildCouncilSubmission(meeting, options);
    if (submission) layouts.push(submission);
  }
  const issues: ProvinceIssue[] = [
    ...[...gathered.fileIssues, ...nominationIssues].map((finding) => worded(finding, language)),
    ...[...settingsIssues.items, ...(outcome?.issues ?? [])].map((raw) => {
      const issue = localize(raw, language);
      return rewordable({ ...issue, file: null }, (other) => issueMessageIn(issue, other));
    }),
  ];
  return { report: provinceReport(gathered, language, issues), clusters: gathered.clusters, nominations, layouts };
}

/**
 * One summary as the desk takes it, whichever host read its file: the report its custom XML part
 * carries (null without one: the desk names the file and leaves it out), and whether the
 * workbook's data changed after its summary was written (`summary-stale`, read from its sheets).
 * @example clusterInputOf("cum18.xlsx", report, snapshot).stale === false
 */
export function clusterInputOf(file: string, report: ClusterReport | null, workbook: WorkbookSnapshot | null): ClusterInput {
  if (report === null) return { file, report: null };
  const issues = workbook === null ? [] : evaluateWorkbook(workbook, { checkSummary: true }).report.issues;
  return { file, report, stale: issues.some((i) => i.rule === "summary-stale") };
}

/** A desk check as the report gives it: its message worded, its cell in A1. */
function worded(finding: ProvinceFinding, language: Language): ProvinceIssue {
  const { severity, rule, sheet, cell, file, params } = finding;
  const issue = {
    severity,
    rule,
    sheet,
    cell: cell ? toA1(cell) : null,
    criterion: null,
    message: provinceIssueMessage(rule, params, language),
    file,
  };
  return rewordable(issue, (other) => provinceIssueMessage(rule, params, other));
}

/** How each issue of a desk run is worded in a language, for provinceIssueMessageIn. */
const WORDINGS = new WeakMap<ProvinceIssue, (language: Language) => string>();

function rewordable(issue: ProvinceIssue, word: (language: Language) => string): ProvinceIssue {
  WORDINGS.set(issue, word);
  return issue;
}

/**
 * A desk issue's message in `language` (the pane's, which may differ from the workbook's the
 * sheets are written in), as issueMessageIn does for a run's; as written for any other issue.
 * @example provinceIssueMessageIn(run.report.issues[0], "en")
 */
export function provinceIssueMessageIn(issue: ProvinceIssue, language: Language): string {
  const word = WORDINGS.get(issue);
  return word === undefined ? issue.message : word(language);
}

/** The JSON report (§9.3): the clusters' and nominations' public fields, and the issues. */
function provinceReport(gathered: Gathered, language: Language, issues: ProvinceIssue[]): ProvinceReport {
  return {
    schemaVersion: 3,
    kind: "province",
    year: gathered.year,
    language,
    clusters: gathered.clusters.map(({ cluster, period, file, units, ranked, flags, certificates }) => ({
      cluster,
      period,
      file,
      units,
      ranked,
      flags,
      certificates,
    })),
    nominations: gathered.nominations.map(({ file: _file, councilVotes: _votes, ...rest }) => rest),
    issues,
  };
}
