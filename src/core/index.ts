// The engine's public surface, by name. Everything here is pure: no Office, React, ExcelJS, DOM
// or file system.
export type * from "./types";
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
} from "./address";
export { evaluateWorkbook, type EvaluateOptions } from "./evaluate";
export { parseCriteria, indexCriteria } from "./criteria";
export { parseSettings, parseTieBreak, reviewKindOfPeriod, DEFAULT_SETTINGS } from "./settings";
export { findUnitTable, findStatedName, readUnitSheet } from "./unitSheet";
export { scoreUnit, maxTotal, completion, isDisqualified } from "./score";
export { rankUnits, classify } from "./rank";
export { issueMessage } from "./messages";
export { normalizeLabel, foldDiacritics, matchLabel, codeKey, sameName, nameKey } from "./text";
export { readNumber, readYesNo, parseNumberText, roundHalfAway, showValue } from "./values";
export { OUTPUT_SHEET_LABELS, OUTPUT_MARK, CONFERENCE_SHEET_LABELS } from "./labels";
export { readPreviousSummary, previousStanding, rankChange, PREVIOUS_SHEET_LABELS } from "./previous";
export { inputFingerprint, readRecordedFingerprint } from "./fingerprint";
// What the command line and the .xlsx layer need besides the above.
export { planImport, importPlanLines, type ImportPlan } from "./importPlan";
export { readSetup } from "./pipeline";
export { findSheet } from "./sheet";
export { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "./cluster18";
export {
  buildOutputSheets,
  buildConferenceSheet,
  readyForConference,
  buildTemplateSheets,
  settingsUnitSheetCell,
  baseOutputName,
  layoutsClearOf,
  OUTPUT_SHEET_NAMES,
  CLASSIFICATION_WORDS,
  SEVERITY_WORDS,
  RULE_NAMES,
  SUMMARY_TEXT,
  TEMPLATE_TEXT,
  awardName,
} from "./sheets";
