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
export { parseSettings, parseTieBreak, DEFAULT_SETTINGS } from "./settings";
export { findUnitTable, findStatedName, readUnitSheet } from "./unitSheet";
export { scoreUnit, maxTotal, completion, isDisqualified } from "./score";
export { rankUnits, classify } from "./rank";
export { issueMessage } from "./messages";
export { normalizeLabel, foldDiacritics, matchLabel, codeKey, sameName, nameKey } from "./text";
export { readNumber, readYesNo, parseNumberText, roundHalfAway, showValue } from "./values";
export { OUTPUT_SHEET_LABELS } from "./labels";
export { readPreviousSummary, previousStanding, rankChange, PREVIOUS_SHEET_LABELS } from "./previous";
export { inputFingerprint, readRecordedFingerprint } from "./fingerprint";
// What the add-in's Excel layer (src/excel) takes from the engine besides the above.
export { OUTPUT_MARK, CONFERENCE_SHEET_LABELS } from "./labels";
export { IMPORTED_PREVIOUS_LABELS } from "./previous";
export { sheetNamed } from "./sheet";
export { planImport, keptName, importPlanLines, type ImportPlan, type IncomingFile } from "./importPlan";
export { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "./cluster18";
export {
  buildOutputSheets,
  buildConferenceSheet,
  readyForConference,
  buildTemplateSheets,
  baseOutputName,
  layoutsClearOf,
  OUTPUT_SHEET_NAMES,
  SUMMARY_CHART_NAME,
} from "./sheets";
