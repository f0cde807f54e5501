// The labels issue messages name a column, key, type or sheet by: the schemas' (schema/*.ts), so a
// message says what the sheet says, and a label is written in one place only.
import type { Language } from "../model/types";
import { CONFERENCE_KEY_FIELDS, DECISION_FIELDS } from "../schema/conference";
import { CRITERIA_FIELDS, CRITERION_TYPE_FIELDS } from "../schema/criteria";
import { labelIn, labelsIn } from "../schema/field";
import { CONFERENCE_SHEET, CRITERIA_SHEET, SETTINGS_SHEET } from "../schema/sheets";
import { UNIT_FIELDS } from "../schema/unitSheet";

/** Labels as a list in a sentence, `Nhóm, Nhóm thưởng, …`: all of them in the schema's order, or those of `keys`. */
const listOf = (words: Record<string, string>, keys: readonly string[] = Object.keys(words)): string =>
  keys.map((key) => words[key]).join(", ");

/**
 * The labels a message names a column, key, type or sheet by, in a language: the schemas'
 * (schema/*.ts), and the lists of them some messages give.
 */
function labelWords(language: Language) {
  const types = labelsIn(CRITERION_TYPE_FIELDS, language);
  const unit = labelsIn(UNIT_FIELDS, language);
  const decisions = labelsIn(DECISION_FIELDS, language);
  return {
    criteria: labelsIn(CRITERIA_FIELDS, language),
    unit,
    conference: labelsIn(CONFERENCE_KEY_FIELDS, language),
    criteriaSheet: labelIn(CRITERIA_SHEET, language),
    settingsSheet: labelIn(SETTINGS_SHEET, language),
    conferenceSheet: labelIn(CONFERENCE_SHEET, language),
    allTypes: listOf(types),
    /** The types a missing-type message suggests: the regular group and the criteria. */
    commonTypes: listOf(types, ["group", "score", "yesno", "plan", "count"]),
    /** The input columns a unit table needs one of (no-table). */
    inputColumns: listOf(unit, ["target", "actual", "quantity", "self", "verified"]),
    decisions: listOf(decisions),
  };
}
export const VI_LABELS = labelWords("vi");
export const EN_LABELS = labelWords("en");
