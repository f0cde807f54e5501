// Step 1 of a run (spec §1–§2): the Criteria and Settings sheets, with the units list, read from
// the input sheets; what every later step is read by.
import { indexCriteria, parseCriteria, type CriteriaIndex } from "../read/criteria";
import {
  AWARD_RULES_SHEET_LABELS,
  CONFERENCE_SHEET_LABELS,
  CRITERIA_SHEET_LABELS,
  HISTORY_SHEET_LABELS,
  OUTPUT_SHEET_LABELS,
  SETTINGS_SHEET_LABELS,
} from "../schema/labels";
import { parseSettings } from "../read/settings";
import { findSheet, IssueList, sheetNamed, withMergesBlanked, type RawIssue } from "../read/sheet";
import { nameKey } from "../model/text";
import type { CriteriaTable, Language, Settings, SheetSnapshot, WorkbookSnapshot } from "../model/types";

/** What the rest of the run is read by. */
export interface Setup {
  /** The sheets read as input: not the output sheets, and merged cells as their top-left cell (§1). */
  workbook: WorkbookSnapshot;
  /** null when the Criteria sheet is unusable (`criteria-invalid`): then no unit is ranked. */
  criteria: CriteriaTable | null;
  /** The criteria by code; null with them. */
  criteriaIndex: CriteriaIndex | null;
  settings: Settings;
  /** false after a `settings-invalid` error: then no unit is ranked. */
  settingsValid: boolean;
  /** The report's language: the caller's choice, else the Settings sheet's. */
  language: Language;
  /** The Settings sheet's name, where a listed unit's `missing-sheet` points; null without one. */
  settingsSheetName: string | null;
  /** Input sheets other than Criteria, Settings and Conference, in tab order: where unit sheets can be. */
  unitSheetCandidates: SheetSnapshot[];
  /** The `Bình xét` sheet (§7.4), read after the ranking; null without one. */
  conferenceSheet: SheetSnapshot | null;
  /** The award history and the higher awards' rules (§9.2); null without them. */
  historySheet: SheetSnapshot | null;
  awardRulesSheet: SheetSnapshot | null;
  /** Issues on the Criteria and Settings sheets, in the order found. */
  issues: RawIssue[];
}

/**
 * Reads the Criteria and Settings sheets (with its units list) of a workbook snapshot.
 * @example readSetup(snapshot).settings.flagQuota === 1
 */
export function readSetup(snapshot: WorkbookSnapshot, language?: Language): Setup {
  // Output sheets are never input, so a second run reads exactly what the first one read. An
  // output is known by its mark, so a unit sheet named `Details` or `Kiểm tra` is still read.
  const unmarked: WorkbookSnapshot = { sheets: snapshot.sheets.filter((s) => s.outputMark !== true).map(withMergesBlanked) };
  const issues = new IssueList();
  const criteria = parseCriteria(unmarked, issues);
  const { settings, valid } = parseSettings(unmarked, criteria, issues);
  // Outputs written before they were marked carry no mark: a sheet with an output's name is one
  // of those unless the units list names it as a unit's sheet.
  const listed = new Set((settings.units ?? []).map((listing) => nameKey(listing.sheet)));
  const workbook: WorkbookSnapshot = {
    sheets: unmarked.sheets.filter((s) => !sheetNamed(s, OUTPUT_SHEET_LABELS) || listed.has(nameKey(s.name))),
  };
  const conferenceSheet = findSheet(workbook, CONFERENCE_SHEET_LABELS);
  const historySheet = findSheet(workbook, HISTORY_SHEET_LABELS);
  const awardRulesSheet = findSheet(workbook, AWARD_RULES_SHEET_LABELS);
  // The Conference sheet is not a unit sheet, whether or not this review reads it; nor are the history's.
  const setupSheets = [
    findSheet(workbook, CRITERIA_SHEET_LABELS),
    findSheet(workbook, SETTINGS_SHEET_LABELS),
    conferenceSheet,
    historySheet,
    awardRulesSheet,
  ];
  return {
    workbook,
    criteria,
    criteriaIndex: criteria ? indexCriteria(criteria) : null,
    settings,
    settingsValid: valid,
    language: language ?? settings.language,
    settingsSheetName: setupSheets[1]?.name ?? null,
    unitSheetCandidates: workbook.sheets.filter((s) => !setupSheets.includes(s)),
    conferenceSheet,
    historySheet,
    awardRulesSheet,
    issues: issues.items,
  };
}
