// Every label the engine reads, Vietnamese first, then English (spec §1–§2). Both forms are
// accepted anywhere; matching folds case and diacritics (see text.ts).
import { allLabels as sheetLabels } from "./field";
import { AWARD_RULES_SHEET, CONFERENCE_SHEET, CRITERIA_SHEET, HISTORY_SHEET, SETTINGS_SHEET } from "./sheets";

export const CRITERIA_SHEET_LABELS = sheetLabels(CRITERIA_SHEET);
export const SETTINGS_SHEET_LABELS = sheetLabels(SETTINGS_SHEET);
/** Sheets the engine writes; never read as input so a second run reads what the first read. */
export const OUTPUT_SHEET_LABELS = [
  "Tổng hợp",
  "Chi tiết",
  "Kiểm tra",
  "Biên bản",
  "Đề nghị khen thưởng",
  "Tờ trình",
  "Summary",
  "Details",
  "Issues",
  "Minutes",
  "Nominations",
  "Submission",
] as const;
/**
 * The name of the hidden sheet-scoped defined name (`=TRUE`) both hosts put on every output sheet
 * they write and read back into `SheetSnapshot.outputMark`: outputs are known by it, not by name.
 */
export const OUTPUT_MARK = "ThiDua_Output";
/** The conference's sheet (spec §7.4): an input, but not a unit sheet. */
export const CONFERENCE_SHEET_LABELS = sheetLabels(CONFERENCE_SHEET);
/** The award history and its rules (§9.2): inputs, but not unit sheets. */
export const HISTORY_SHEET_LABELS = sheetLabels(HISTORY_SHEET);
export const AWARD_RULES_SHEET_LABELS = sheetLabels(AWARD_RULES_SHEET);

// The label sets of the input sheets' schemas, under the names the readers have always used.
export { CONFERENCE_COLUMNS, CONFERENCE_KEYS, DECISION_WORDS, type ConferenceKey } from "./conference";
export { CRITERIA_COLUMNS, CRITERION_TYPES, type CriteriaColumn } from "./criteria";
export { UNITS_LIST_COLUMNS } from "./unitsList";
export { HALF_YEAR_PERIOD_WORDS, REVIEW_KINDS, TIE_BREAK_KEYS } from "./choices";

export { NOT_APPLICABLE_MARKS, TOTAL_ROW_LABELS, UNIT_COLUMNS, UNIT_INPUT_COLUMNS, UNIT_NAME_LABELS, type UnitColumn } from "./unitSheet";

/** Yes/no words (spec §1); numbers 1/0 and booleans are handled beside them. */
export const YES_WORDS = ["Đạt", "Có", "Yes", "Y", "X", "1", "TRUE", "Hoàn thành", "Có đạt"] as const;
export const NO_WORDS = ["Không đạt", "Không", "No", "N", "0", "FALSE", "Chưa", "Chưa đạt", "Không có"] as const;

/** Error values Excel shows; text equal to one of them is treated as that error. */
export const EXCEL_ERROR_TEXTS = ["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"] as const;
