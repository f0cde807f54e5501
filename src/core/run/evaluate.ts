// The whole run over a workbook snapshot, step by step in the contract's order: the setup
// (criteria, settings and units list, spec §1–§2, setup.ts) → the units (their sheets found and
// read, §2–§3, units.ts) → their scores (§4, scores.ts) → ranks, classifications and awards (§5)
// and the conference's decision (§7.4, standings.ts) → the report (§6, report.ts), with the data
// fingerprint and last period beside it. Each step is pure and takes what the ones before it made;
// this file only calls them in turn. Pure: the snapshot in, data out; nothing is thrown for bad
// input, every problem is an issue with its place.
import { normalizedConferenceDate } from "../score/conference";
import { inputFingerprint, readRecordedFingerprint } from "./fingerprint";
import { CRITERIA_SHEET_LABELS, SETTINGS_SHEET_LABELS } from "../schema/labels";
import { readSetup, type Setup } from "./setup";
import { readUnits, type UnitRead } from "./units";
import { scoreUnits } from "./scores";
import { decideConference, rankScoredUnits } from "./standings";
import { buildReport } from "./report";
import { readAwardHistory, withEligibility } from "./history";
import { IMPORTED_PREVIOUS_LABELS, previousStanding, readPreviousSummary } from "../read/previous";
import { findSheet, IssueList, withMergesBlanked, type RawIssue } from "../read/sheet";
import { nameKey } from "../model/text";
import type { Evaluation, Language, PreviousPeriod, SheetSnapshot, WorkbookSnapshot } from "../model/types";

/** Options of a run; everything else comes from the workbook. */
interface EvaluateOptions {
  /** Overrides the Settings sheet's report language. */
  language?: Language;
  /**
   * Compare the fingerprint the workbook's Summary recorded with the current inputs' and warn
   * `summary-stale` when they differ. Validate asks for it; Generate does not, since it replaces
   * the summary it would warn about.
   */
  checkSummary?: boolean;
  /**
   * Last period's standings (readPreviousSummary): each unit's result gets its `previous`.
   * Without it, a `Kỳ trước` / `Previous period` sheet in the workbook is used, so the add-in and
   * the command line give the same summary of a workbook that holds last period's.
   */
  previous?: PreviousPeriod;
}

/**
 * Reads, checks, scores and ranks every unit of a workbook.
 * @example evaluateWorkbook(snapshot).report.units[0].rank === 1
 */
export function evaluateWorkbook(snapshot: WorkbookSnapshot, options: EvaluateOptions = {}): Evaluation {
  const setup = readSetup(snapshot, options.language);
  const { units, unlistedIssues } = readUnits(setup);
  const scored = scoreUnits(setup, units);
  const standings = rankScoredUnits(setup.settings, scored);
  const conference = decideConference(setup, standings);
  const previous = options.previous ?? readPreviousSummary(snapshot, IMPORTED_PREVIOUS_LABELS);
  const fingerprint = fingerprintInputs(snapshot, setup, units, conference !== null, previous && !options.previous ? previous : null);
  const history = readAwardHistory(setup, units);
  const late = withStaleSummary([...unlistedIssues, ...history.issues], options.checkSummary ? snapshot : null, fingerprint);
  const evaluation: Evaluation = { ...buildReport(setup, scored, standings, late, conference), fingerprint };
  withEligibility(evaluation, history);
  if (previous) withPreviousPeriod(evaluation, previous);
  return evaluation;
}

/**
 * The data fingerprint of what the run read: the Criteria and Settings sheets, each unit's sheet
 * in list order, the Conference sheet when this run read it (a year review with a complete
 * ranking, §7.4), and last period's sheet when it came from the workbook (each shapes the
 * outputs, so a change to any, a vote included, makes the summary stale). The meeting's date
 * reaches the two hosts in different forms, so it is fingerprinted as the date it reads as.
 */
function fingerprintInputs(
  snapshot: WorkbookSnapshot,
  setup: Setup,
  units: UnitRead[],
  conferenceRead: boolean,
  imported: PreviousPeriod | null,
): string {
  const read = sheetsRead(setup, units);
  if (conferenceRead && setup.conferenceSheet) read.push(normalizedConferenceDate(setup.conferenceSheet));
  const previousSheet = imported ? snapshot.sheets.find((s) => s.name === imported.sheet) : undefined;
  if (previousSheet) read.push(withMergesBlanked(previousSheet));
  return inputFingerprint(read);
}

/** The issues found late, with `summary-stale` when the Summary recorded other inputs' fingerprint. */
function withStaleSummary(unlisted: RawIssue[], snapshot: WorkbookSnapshot | null, fingerprint: string): RawIssue[] {
  const late = new IssueList();
  for (const issue of unlisted) late.items.push(issue);
  const recorded = snapshot ? readRecordedFingerprint(snapshot) : null;
  if (recorded && recorded.fingerprint !== fingerprint) {
    late.warning("summary-stale", recorded.sheet, recorded.cell, null, { found: recorded.fingerprint, value: fingerprint });
  }
  return late.items;
}

/** Gives each unit its rank and total of last period (the report's units are the same objects). */
function withPreviousPeriod(evaluation: Evaluation, period: PreviousPeriod): void {
  evaluation.previous = period;
  for (const unit of evaluation.units) {
    const standing = previousStanding(period, unit.result.unit);
    unit.result.previous = standing ? { rank: standing.rank, total: standing.total } : null;
  }
}

/** The Criteria and Settings sheets, then each unit's sheet in list order: what a run reads. */
function sheetsRead(setup: Setup, units: UnitRead[]): SheetSnapshot[] {
  const sheets: SheetSnapshot[] = [];
  for (const labels of [CRITERIA_SHEET_LABELS, SETTINGS_SHEET_LABELS]) {
    const sheet = findSheet(setup.workbook, labels);
    if (sheet) sheets.push(sheet);
  }
  // The history and its rules shape `eligible` and the Summary's column (§9.2).
  for (const sheet of [setup.historySheet, setup.awardRulesSheet]) if (sheet) sheets.push(sheet);
  const byName = new Map(setup.unitSheetCandidates.map((s) => [nameKey(s.name), s] as const));
  for (const unit of units) {
    const sheet = byName.get(nameKey(unit.sheetName));
    // A listed sheet that is missing still counts: adding it later changes the data.
    sheets.push(sheet ?? { name: `?${unit.sheetName}`, cells: [], merges: [] });
  }
  return sheets;
}
