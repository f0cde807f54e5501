// The output and template sheet layouts: pure functions from an Evaluation (or the bundled
// defaults) to SheetLayouts that the .xlsx writer (ExcelJS) and the add-in writer (src/excel)
// render the same way.
import type { BuildOptions, Evaluation, SheetLayout } from "../model/types";
import { buildDetailsSheet } from "./details";
import { buildIssuesSheet } from "./issues";
import { buildMinutesSheet } from "./minutes";
import { buildNominationsSheet } from "./nominations";
import { buildSubmissionSheet } from "./submission";
import { buildSummarySheet } from "./summary";

/**
 * The output sheets of a run, in the order they are written: Summary, Details, Issues, then the
 * conference's papers when they apply (§7.5, §8.1): Minutes when its decisions stand, Nominations
 * at a year review with any award, the Submission sent with them when some award is decided.
 * @example buildOutputSheets(evaluation, { date: { year: 2024, month: 7, day: 24 } }).map((s) => s.name)
 *   → ["Tổng hợp", "Chi tiết", "Kiểm tra"]
 */
export function buildOutputSheets(evaluation: Evaluation, options: BuildOptions): SheetLayout[] {
  const layouts = [buildSummarySheet(evaluation, options), buildDetailsSheet(evaluation, options), buildIssuesSheet(evaluation, options)];
  const minutes = buildMinutesSheet(evaluation, options);
  if (minutes) layouts.push(minutes);
  const nominations = buildNominationsSheet(evaluation, options);
  if (nominations) layouts.push(nominations);
  const submission = buildSubmissionSheet(evaluation, options);
  if (submission) layouts.push(submission);
  return layouts;
}

export { buildSummarySheet } from "./summary";
export { SUMMARY_CHART_NAME } from "./summaryChart";
export { baseOutputName, layoutsClearOf } from "./names";
export { buildDetailsSheet } from "./details";
export { buildIssuesSheet } from "./issues";
export { buildMinutesSheet } from "./minutes";
export { buildConferenceSheet, readyForConference } from "./conference";
export { buildNominationsSheet } from "./nominations";
export { buildSubmissionSheet } from "./submission";
export { buildTemplateSheets, settingsUnitSheetCell } from "./template";
