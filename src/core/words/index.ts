// Every word the output and template sheets print, one file per sheet, Vietnamese and English
// side by side in each. Split by sheet rather than by language because that is how a translator
// works here: with the printed Summary (or Details, Issues, template) in hand, checking each
// English phrase against the Vietnamese original that sits next to it, and because each file then
// matches the layout that prints it (the Summary's files in sheets/ use words/summary.ts). The functions that
// phrase dates and scales differ in grammar, not only in words, and stay beside their sheet's
// strings. Every table is a Record<Language, …>, so a phrase missing in one language does not compile.
// common.ts holds the words several sheets and the pane share.
export {
  OUTPUT_SHEET_NAMES,
  CLASSIFICATION_WORDS,
  AWARD_WORDS,
  awardName,
  decisionName,
  SEVERITY_WORDS,
  RULE_NAMES,
  capitalize,
  formatNumber,
} from "./common";
export { SUMMARY_TEXT, dateLine, scaleLine } from "./summary";
export { PAPERS_TEXT } from "./papers";
export { CONFERENCE_TEXT } from "./conference";
export type { PaperCode, PapersText } from "./papers";
export { DETAILS_TEXT } from "./details";
export { ISSUES_TEXT } from "./issues";
export { TEMPLATE_TEXT } from "./template";
export type { SettingsKeyName, TemplateText } from "./template";
