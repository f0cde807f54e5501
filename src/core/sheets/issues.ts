// The Issues sheet: every finding with a link to the cell to fix, errors before the eye in red.
// The check is named in the report's language; its stable id (as in the JSON report and the
// docs' rule tables) has a column of its own at the right, for searching the docs.
import { cellRange, fromA1 } from "../model/address";
import type { BuildOptions, CellStyle, Evaluation, Issue, SheetLayout } from "../model/types";
import { SheetDraft, clusterAndPeriod, heightForLines, printSetup, wrappedLines } from "./sheet";
import { ISSUES_TEXT, OUTPUT_SHEET_NAMES, RULE_NAMES, SEVERITY_WORDS, capitalize } from "../words";

const HEADER_FILL = "#DCE6F1";
const TITLE_SIZE = 13;
const LINK_COLOR = "#0563C1";
const SEVERITY_STYLE: Record<Issue["severity"], CellStyle> = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

const COL = { no: 0, severity: 1, unit: 2, sheet: 3, cell: 4, criterion: 5, rule: 6, message: 7, id: 8 } as const;
const WIDTHS = [6, 11, 30, 16, 8, 10, 24, 60, 22];
const ROW = { title: 0, subtitle: 1, counts: 2, header: 4 } as const;
/**
 * The most issues the sheet lists, one row each; the rest are counted on a last line. A sheet
 * of 130,000 styled rows took ExcelJS over a minute and 1.6 GB, and nobody fixes a workbook
 * from its 5,001st line: the first ones (and the JSON report, which keeps all) say what is wrong.
 */
export const MAX_ISSUE_ROWS = 5_000;

/**
 * The Issues sheet: one row per issue of the report, in report order, the cell column linking
 * to the cell; a single line when there is nothing to fix.
 * @example buildIssuesSheet(evaluation, options).links[0] → { at: { row: 5, col: 4 }, sheet: "Sông Chu", cell: "I34" }
 */
export function buildIssuesSheet(evaluation: Evaluation, _options: BuildOptions): SheetLayout {
  const language = evaluation.report.language;
  const text = ISSUES_TEXT[language];
  const issues = evaluation.report.issues;
  const draft = new SheetDraft(OUTPUT_SHEET_NAMES[language].issues);

  if (issues.length === 0) {
    draft.set(0, 0, text.none, { italic: true });
    draft.width(0, 60);
    return draft.toLayout({ print: printSetup("landscape", language, null), tabColor: "#00B050" });
  }

  const lastCol = COL.id;
  WIDTHS.forEach((width, col) => draft.width(col, width));
  const fullWidth = (row: number) => cellRange(row, 0, row, lastCol);
  draft.merge(fullWidth(ROW.title), text.title, { bold: true, horizontal: "center", fontSize: TITLE_SIZE });
  draft.merge(fullWidth(ROW.subtitle), clusterAndPeriod(evaluation.report), { bold: true, horizontal: "center" });
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const counts = text.counts(errors, issues.length - errors);
  draft.merge(fullWidth(ROW.counts), counts, { italic: true, horizontal: "left", wrap: true });
  draft.height(ROW.counts, heightForLines(wrappedLines(counts, draft.widthThrough(lastCol))));

  const header: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", wrap: true };
  const c = text.columns;
  draft.setRow(ROW.header, 0, [c.no, c.severity, c.unit, c.sheet, c.cell, c.criterion, c.rule, c.message, c.id], header);

  const listed = issues.length > MAX_ISSUE_ROWS ? issues.slice(0, MAX_ISSUE_ROWS) : issues;
  listed.forEach((issue, index) => writeIssueRow(draft, ROW.header + 1 + index, index, issue, evaluation));
  draft.style(cellRange(ROW.header, 0, ROW.header + listed.length, lastCol), { border: true });
  if (listed.length < issues.length) {
    const row = ROW.header + 1 + listed.length;
    draft.merge(fullWidth(row), text.more(issues.length - listed.length), { italic: true, horizontal: "left", wrap: true });
  }

  return draft.toLayout({
    frozenRows: ROW.header + 1,
    print: printSetup("landscape", language, { first: ROW.header, last: ROW.header }),
    tabColor: errors > 0 ? "#C00000" : "#FFC000",
  });
}

/** One issue's row: its number, severity in colour, unit, place (linked when it is a cell), check and message. */
function writeIssueRow(draft: SheetDraft, row: number, index: number, issue: Issue, evaluation: Evaluation): void {
  const language = evaluation.report.language;
  const unit = unitOf(issue, evaluation);
  const rule = capitalize(RULE_NAMES[language][issue.rule]);
  draft.set(row, COL.no, index + 1, { horizontal: "center" });
  draft.set(row, COL.severity, SEVERITY_WORDS[language][issue.severity], { ...SEVERITY_STYLE[issue.severity], horizontal: "center" });
  draft.set(row, COL.unit, unit, { wrap: true });
  draft.set(row, COL.sheet, issue.sheet, { wrap: true });
  draft.set(row, COL.cell, issue.cell, { horizontal: "center" });
  draft.set(row, COL.criterion, issue.criterion, { horizontal: "center" });
  draft.set(row, COL.rule, rule, { wrap: true });
  draft.set(row, COL.message, issue.message, { wrap: true });
  draft.set(row, COL.id, issue.rule, { wrap: true });
  if (issue.sheet !== null && issue.cell !== null && isCellAddress(issue.cell)) {
    draft.link({ at: { row, col: COL.cell }, sheet: issue.sheet, cell: issue.cell });
    draft.style(cellRange(row, COL.cell), { fontColor: LINK_COLOR, underline: true });
  }
  const lines = Math.max(
    wrappedLines(issue.message, WIDTHS[COL.message]),
    unit ? wrappedLines(unit, WIDTHS[COL.unit]) : 1,
    wrappedLines(rule, WIDTHS[COL.rule]),
  );
  draft.height(row, heightForLines(lines));
}

/** Only a real A1 address makes a link a writer can follow; anything else is shown, not linked. */
function isCellAddress(cell: string): boolean {
  try {
    fromA1(cell);
    return true;
  } catch {
    return false;
  }
}

/**
 * The unit an issue belongs to: the unit whose sheet it is on, else the unit that lists it
 * among its own issues (a `missing-sheet` issue sits on the Settings sheet); null for issues of
 * the Criteria or Settings sheets themselves.
 */
function unitOf(issue: Issue, evaluation: Evaluation): string | null {
  const bySheet = issue.sheet === null ? undefined : evaluation.units.find((unit) => unit.result.sheet === issue.sheet);
  if (bySheet) return bySheet.result.unit;
  const byIssue = evaluation.units.find((unit) =>
    unit.issues.some(
      (own) =>
        own === issue ||
        (own.rule === issue.rule &&
          own.sheet === issue.sheet &&
          own.cell === issue.cell &&
          own.criterion === issue.criterion &&
          own.message === issue.message),
    ),
  );
  return byIssue ? byIssue.result.unit : null;
}
