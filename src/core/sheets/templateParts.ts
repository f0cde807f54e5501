// What the template's sheets share: the input they are made from, their title size and fills, and
// the name a group or criterion is printed with.
import type { AwardRuleColumn, HistoryColumn } from "../schema/history";
import type { CriteriaTable, Language, OutputValue, ReviewKind, Settings } from "../model/types";

export const TITLE_SIZE = 13;
export const HEADER_FILL = "#DCE6F1";
export const GROUP_FILL = "#E7E6E6";
/** Cells the unit fills in. */
export const UNIT_INPUT_FILL = "#FFF2CC";
/** Cells the verification team fills in. */
export const COMMITTEE_INPUT_FILL = "#DDEBF7";
/** Evidence cells of criteria that need evidence: the one input a unit must not leave blank. */
export const EVIDENCE_REQUIRED_FILL = "#F8CBAD";

export interface TemplateInput {
  criteria: CriteriaTable;
  settings: Settings;
  language: Language;
  /** English names of groups and criteria by code, used when `language` is `en`. */
  criterionNamesEn?: Record<string, string>;
  /**
   * A kind of review asked for (`thidua template --kind`), written as `Loại kỳ`. Without one the
   * cell stays blank, its default, and the kind follows the period (spec §7.3), unless the
   * settings' kind is not the one their period gives.
   */
  reviewKind?: ReviewKind;
  /** The award history's and the rules' rows (§9.2), by column key; a new workbook has none. */
  history?: Array<Partial<Record<HistoryColumn, OutputValue>>>;
  awardRules?: Array<Partial<Record<AwardRuleColumn, OutputValue>>>;
}

/** The name a group or criterion is printed with in the template's language. */
export function displayName(input: TemplateInput, item: { code: string; name: string }): string {
  if (input.language !== "en") return item.name;
  return input.criterionNamesEn?.[item.code] ?? item.name;
}
