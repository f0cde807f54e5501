// The engine's public surface, by name. Everything here is pure: no Office, React, ExcelJS, DOM
// or file system.
export type * from "./model/types";
export type { CalendarDate } from "./model/dates";
export {
  columnLetter,
  columnIndex,
  toA1,
  fromA1,
  rangeToA1,
  rangeFromA1,
  cellRange,
  rangeContains,
  sheetReference,
  MAX_COLUMNS,
  MAX_ROWS,
} from "./model/address";
export { evaluateWorkbook } from "./run/evaluate";
export { issueMessageIn } from "./run/report";
export { parseSettings, DEFAULT_SETTINGS } from "./read/settings";
export { findUnitTable, findStatedName } from "./read/unitSheet";
export { scoreUnit, maxTotal, completion } from "./score/score";
export { rankUnits, classify } from "./score/rank";
export { issueMessage } from "./words/messages";
export { normalizeLabel, matchLabel, codeKey, sameName, nameKey, unitShortName } from "./model/text";
export { isDateFormatCode, serialToIsoDate } from "./model/dates";
export { decodeXml, escapeXml } from "./model/xmlText";
export { REPORT_NAMESPACE, reportPartXml } from "./run/reportPart";
export { parseReportPart, isReportPart } from "./read/reportPart";
export { freeSheetName, sheetNameProblem, MAX_SHEET_NAME, type SheetNameProblem } from "./model/sheetNames";
export { parseNumberText, roundHalfAway } from "./model/values";
export { OUTPUT_SHEET_LABELS } from "./schema/labels";
export { previousFromReport, readPreviousSummary, rankChange } from "./read/previous";
export { inputFingerprint, readRecordedFingerprint } from "./run/fingerprint";
export {
  buildOutputSheets,
  buildConferenceSheet,
  readyForConference,
  buildTemplateSheets,
  settingsUnitSheetCell,
  baseOutputName,
  layoutsClearOf,
  SUMMARY_CHART_NAME,
} from "./sheets";
export { decisionNote, decisionText, standingNotes, unitNotes } from "./sheets/summaryNotes";
export { differsFromProposal } from "./score/conference";
export {
  OUTPUT_SHEET_NAMES,
  CLASSIFICATION_WORDS,
  RULE_NAMES,
  SEVERITY_WORDS,
  SUMMARY_TEXT,
  TEMPLATE_TEXT,
  awardName,
  capitalize,
  decisionName,
  formatNumber,
} from "./words";
export { planImport, importPlanLines, keptName, type ImportPlan, type IncomingFile } from "./run/importPlan";
export { readSetup } from "./run/setup";
export { READ_COLUMNS, type CellsBeyondColumns } from "./read/bounds";
export { beyondColumnsWarning } from "./words/readWarnings";
export { CONFERENCE_SHEET_LABELS, CRITERIA_SHEET_LABELS, OUTPUT_MARK, SETTINGS_SHEET_LABELS } from "./schema/labels";
export { CRITERIA_FIELDS } from "./schema/criteria";
export { CONFERENCE_COLUMN_FIELDS } from "./schema/conference";
export { labelIn } from "./schema/field";
export { settingLabel } from "./schema/settings";
export { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "./schema/cluster18";
export { findSheet, sheetNamed } from "./read/sheet";
export { reviewKindOfPeriod } from "./read/settings";
export { nextPeriod, periodName, PERIOD_WORDS } from "./schema/period";
export { withEntries, type UncarriedEntry } from "./sheets/templateEntries";
export { blocksOfRuns, type StyleRun } from "./sheets/rectangles";
export { planFromWorkbook, type FromWorkbookPlan, type FromWorkbookRequest } from "./sheets/templateFrom";
export { fitRowHeights } from "./sheets/textFit";
export { onOnePageWhenClose } from "./sheets/pageFit";
export { carriedHistory } from "./sheets/templateHistory";
export { AWARD_RULES_SHEET_LABELS, HISTORY_SHEET_LABELS } from "./schema/labels";
export { IMPORTED_PREVIOUS_LABELS } from "./read/previous";
export {
  clusterInputOf,
  evaluateProvince,
  periodYear,
  provinceIssueMessageIn,
  withoutClusterSheets,
  type ProvinceOptions,
} from "./province";
export type { ClusterInput, ClusterReport, ProvinceEvaluation, ProvinceIssue, ProvinceNomination, ProvinceReport } from "./province";
export { PROVINCE_SHEETS, type ProvinceRuleId } from "./schema/province";
export { PROVINCE_RULE_NAMES } from "./words/provinceMessages";
