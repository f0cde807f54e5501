// What `summarize` and `validate` print: a ranking table and the issues by unit, as plain text
// built from the engine's report. Pure, so the wording and alignment are tested directly.
import {
  roundHalfAway,
  sheetReference,
  CLASSIFICATION_WORDS,
  RULE_NAMES,
  SEVERITY_WORDS,
  SUMMARY_TEXT,
  OUTPUT_SHEET_NAMES,
  awardName,
  decisionText,
  differsFromProposal,
} from "../core";
import type { Evaluation, Issue, Language, Report, Settings, SheetLayout, UnitEvaluation } from "../core";
import { CLI_TEXT } from "./messages";

/**
 * Text safe to print: control characters (a CR could print a fake line over the real one, an ESC
 * could recolour the terminal) and bidirectional overrides are shown escaped, `\r`, `\u202E`.
 * @example terminalText("Lam Sơn\r1  Fake") // "Lam Sơn\\r1  Fake"
 */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (ch) => {
    const named: Record<string, string> = { "\r": "\\r", "\n": "\\n", "\t": "\\t" };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** Width as a terminal shows it; Vietnamese letters count once whether or not they were composed. */
function width(text: string): number {
  return [...text.normalize("NFC")].filter((ch) => !/\p{Mn}/u.test(ch)).length;
}

function padEnd(text: string, size: number): string {
  return text + " ".repeat(Math.max(0, size - width(text)));
}

function padStart(text: string, size: number): string {
  return " ".repeat(Math.max(0, size - width(text))) + text;
}

/** A total with two decimals, as the summary prints it (`95,50` in Vietnamese). */
export function formatTotal(value: number, language: Language): string {
  // The engine's totals have two decimals already; rounding again keeps 81.255 from printing 81.25.
  const text = roundHalfAway(value, 2).toFixed(2);
  return language === "vi" ? text.replace(".", ",") : text;
}

/** Errors and warnings in the whole report, those on Criteria or Settings included. */
export function countIssues(report: Report): { errors: number; warnings: number } {
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  return { errors, warnings: report.issues.length - errors };
}

/**
 * The ranking as a table: rank (`2=` when tied), unit, total, classification and award (under
 * the Settings' award names; no award column at a half-year review, spec §7.3), then the units
 * not ranked with their error count, then one line of counts. The summary's half-year and
 * provisional lines (§7.3, §7.6) come under the heading.
 */
export function formatRanking(report: Report, language: Language, settings?: Pick<Settings, "flagName" | "certificateName">): string[] {
  const text = CLI_TEXT[language];
  const words = SUMMARY_TEXT[language];
  const heading = terminalText([report.cluster, report.period].filter((part): part is string => part !== null && part !== "").join(" · "));
  const withAwards = report.reviewKind !== "half-year";
  const notRanked = report.units.filter((unit) => unit.status !== "ranked").length;
  const notices = [...(withAwards ? [] : [words.halfYear]), ...(report.complete ? [] : [words.provisional(notRanked)])];
  const rows: string[][] = report.units.map((unit) => {
    if (unit.status !== "ranked" || unit.rank === null || unit.total === null) {
      return ["-", terminalText(unit.unit), text.notRanked(unit.errors)];
    }
    return [
      `${unit.rank}${unit.tied ? "=" : ""}`,
      terminalText(unit.unit),
      formatTotal(unit.total, language),
      unit.classification ? CLASSIFICATION_WORDS[language][unit.classification] : "",
      unit.award ? terminalText(awardName(unit.award, language, settings)) : "",
    ];
  });
  const header = [
    text.columns.rank,
    text.columns.unit,
    text.columns.total,
    text.columns.classification,
    withAwards ? text.columns.award : "",
  ];
  const ranked = rows.filter((row) => row.length === 5);
  // Loops, not Math.max(...rows): a list of 130,000 units must not overflow the call stack.
  const widths = header.map((label, col) => {
    let widest = width(label);
    for (const row of col < 2 ? rows : ranked) widest = Math.max(widest, width(row[col]));
    return widest;
  });
  const line = (row: string[]) => {
    if (row.length === 3) return `${padStart(row[0], widths[0])}  ${padEnd(row[1], widths[1])}  ${row[2]}`;
    return [padStart(row[0], widths[0]), padEnd(row[1], widths[1]), padStart(row[2], widths[2]), padEnd(row[3], widths[3]), row[4]]
      .join("  ")
      .trimEnd();
  };
  const { errors, warnings } = countIssues(report);
  return [
    ...(heading ? [heading] : []),
    ...notices,
    [padStart(header[0], widths[0]), padEnd(header[1], widths[1]), padStart(header[2], widths[2]), padEnd(header[3], widths[3]), header[4]]
      .join("  ")
      .trimEnd(),
    ...rows.map(line),
    text.counts(errors, warnings),
  ];
}

/**
 * What the conference decided, after the ranking (§8.2): one line per unit it decided, in rank
 * order, with the votes (a `Không` with those for the award proposed), and whether it differs from the
 * score-based proposal, in the Summary's words; nothing when no decision stands.
 * @example formatDecisions(report, "en", settings)[1] === "  Lam Sơn  Provincial Emulation Flag (6/7 votes)"
 */
export function formatDecisions(report: Report, language: Language, settings?: Pick<Settings, "flagName" | "certificateName">): string[] {
  const decided = report.units.filter((unit) => unit.decision !== null);
  if (decided.length === 0) return [];
  let widest = 0;
  for (const unit of decided) widest = Math.max(widest, width(terminalText(unit.unit)));
  const lines = decided.map((unit) => {
    const stated = decisionText(unit, language, settings);
    const differs = differsFromProposal(unit.decision ?? "none", unit.award) ? `, ${SUMMARY_TEXT[language].notProposed}` : "";
    return `  ${padEnd(terminalText(unit.unit), widest)}  ${terminalText(stated)}${differs}`;
  });
  return [CLI_TEXT[language].decisions, ...lines];
}

/**
 * The Conference sheet's errors with their cells, as `validate` prints them (§8.2): while any
 * stands, no decision is taken, so `summarize` shows them too.
 */
export function formatConferenceErrors(evaluation: Evaluation, language: Language): string[] {
  const sheet = evaluation.conference?.sheet;
  if (sheet === undefined) return [];
  const errors = evaluation.report.issues.filter((issue) => issue.sheet === sheet && issue.severity === "error");
  if (errors.length === 0) return [];
  return [CLI_TEXT[language].conferenceErrors(sheet), ...errors.map((issue) => issueLine(issue, language))];
}

/**
 * The papers a summary wrote beside its Summary, Details and Issues (§8.2): the conference's
 * minutes and nominations, when they apply; nothing otherwise.
 * @example formatPapers(layouts, "vi") → ["Giấy tờ đã lập: Biên bản, Đề nghị khen thưởng"]
 */
export function formatPapers(layouts: readonly Pick<SheetLayout, "name">[], language: Language): string[] {
  const { summary, details, issues } = OUTPUT_SHEET_NAMES[language];
  const papers = layouts.map((layout) => layout.name).filter((name) => name !== summary && name !== details && name !== issues);
  return papers.length === 0 ? [] : [CLI_TEXT[language].papers(papers)];
}

/** `'Nam Sông Mã'!G18`, the sheet alone, or `-` for an issue with no place. */
export function issuePlace(issue: Issue): string {
  if (issue.sheet === null) return "-";
  return issue.cell === null ? issue.sheet : sheetReference(issue.sheet, issue.cell);
}

/**
 * The check as a person reads it: in Vietnamese its short name (`ngoài giới hạn cho phép`), in
 * English its id (`out-of-range`), which is English already and what the docs' rule tables list.
 * The JSON report always has the id.
 */
function ruleWord(issue: Issue, language: Language): string {
  return language === "vi" ? RULE_NAMES.vi[issue.rule] : issue.rule;
}

function issueLine(issue: Issue, language: Language): string {
  return [
    "  " + issuePlace(issue),
    SEVERITY_WORDS[language][issue.severity],
    ruleWord(issue, language),
    issue.criterion ?? "",
    issue.message,
  ]
    .filter((part, index) => index !== 3 || part !== "")
    .join("  ");
}

const issueKey = (issue: Issue) => JSON.stringify([issue.severity, issue.rule, issue.sheet, issue.cell, issue.criterion, issue.message]);

/**
 * The issues grouped by unit, in the units list's order: first those on the Criteria and Settings
 * sheets (and other sheets that belong to no unit), then each unit with its counts.
 */
export function formatIssues(evaluation: Evaluation, language: Language): string[] {
  const text = CLI_TEXT[language];
  const report = evaluation.report;
  const ownedByUnits = new Map<string, number>();
  for (const unit of evaluation.units) {
    for (const issue of unit.issues) {
      const key = issueKey(issue);
      ownedByUnits.set(key, (ownedByUnits.get(key) ?? 0) + 1);
    }
  }
  const setup = report.issues.filter((issue) => {
    const key = issueKey(issue);
    const left = ownedByUnits.get(key) ?? 0;
    if (left > 0) {
      ownedByUnits.set(key, left - 1);
      return false;
    }
    return true;
  });

  const lines: string[] = [];
  if (setup.length > 0) {
    lines.push(text.setupIssues);
    for (const issue of setup) lines.push(issueLine(issue, language));
  }
  for (const unit of inListOrder(evaluation)) {
    const { errors, warnings } = unit.result;
    const title = `${unit.result.unit} (${unit.result.sheet})`;
    if (unit.issues.length === 0) {
      lines.push(`${title}: ${text.noIssues}`);
      continue;
    }
    lines.push(`${title}: ${text.counts(errors, warnings).replace(/\.$/, "")}`);
    // A loop, not push(...issues): a sheet of 130,000 bad rows would overflow the call stack.
    for (const issue of unit.issues) lines.push(issueLine(issue, language));
  }
  const { errors, warnings } = countIssues(report);
  lines.push(text.counts(errors, warnings));
  return lines;
}

/** Units in the order of the Settings sheet's list (the report has them in rank order). */
function inListOrder(evaluation: Evaluation): UnitEvaluation[] {
  const listed = evaluation.settings.units;
  if (!listed) return evaluation.units;
  const position = new Map(listed.map((listing, index) => [listing.sheet, index]));
  return evaluation.units
    .map((unit, index) => ({ unit, order: position.get(unit.result.sheet) ?? listed.length + index }))
    .sort((a, b) => a.order - b.order)
    .map(({ unit }) => unit);
}
