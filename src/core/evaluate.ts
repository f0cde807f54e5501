// The whole run over a workbook snapshot, step by step as the contract tells it (pipeline.ts):
// setup → units → scores → ranks → report. Pure: the snapshot in, data out; nothing is thrown
// for bad input, every problem is an issue with its place.
import { inputFingerprint, readRecordedFingerprint } from "./fingerprint";
import { CRITERIA_SHEET_LABELS, SETTINGS_SHEET_LABELS } from "./labels";
import { buildReport, rankScoredUnits, readSetup, readUnits, scoreUnits, type Setup, type UnitRead } from "./pipeline";
import { findSheet, IssueList, withMergesBlanked } from "./sheet";
import { IMPORTED_PREVIOUS_LABELS, previousStanding, readPreviousSummary } from "./previous";
import type { Evaluation, Language, PreviousPeriod, SheetSnapshot, WorkbookSnapshot } from "./types";

/** Options of a run; everything else comes from the workbook. */
export interface EvaluateOptions {
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
  const previous = options.previous ?? readPreviousSummary(snapshot, IMPORTED_PREVIOUS_LABELS);
  const read = sheetsRead(setup, units);
  // Last period's sheet in the workbook shapes the summary too: a change to it makes it stale.
  const previousSheet = previous && !options.previous ? snapshot.sheets.find((s) => s.name === previous.sheet) : undefined;
  if (previousSheet) read.push(withMergesBlanked(previousSheet));
  const fingerprint = inputFingerprint(read);
  const late = new IssueList();
  for (const issue of unlistedIssues) late.items.push(issue);
  const recorded = options.checkSummary ? readRecordedFingerprint(snapshot) : null;
  if (recorded && recorded.fingerprint !== fingerprint) {
    late.warning("summary-stale", recorded.sheet, recorded.cell, null, { found: recorded.fingerprint, value: fingerprint });
  }
  const evaluation: Evaluation = { ...buildReport(setup, scored, standings, late.items), fingerprint };
  if (previous) {
    const period = previous;
    evaluation.previous = period;
    // The report's units are the same objects as the evaluations' results: one write does both.
    for (const unit of evaluation.units) {
      const standing = previousStanding(period, unit.result.unit);
      unit.result.previous = standing ? { rank: standing.rank, total: standing.total } : null;
    }
  }
  return evaluation;
}

/** The Criteria and Settings sheets, then each unit's sheet in list order: what a run reads. */
function sheetsRead(setup: Setup, units: UnitRead[]): SheetSnapshot[] {
  const sheets: SheetSnapshot[] = [];
  for (const labels of [CRITERIA_SHEET_LABELS, SETTINGS_SHEET_LABELS]) {
    const sheet = findSheet(setup.workbook, labels);
    if (sheet) sheets.push(sheet);
  }
  const byName = new Map(setup.unitSheetCandidates.map((s) => [s.name.trim().toLowerCase(), s] as const));
  for (const unit of units) {
    const sheet = byName.get(unit.sheetName.trim().toLowerCase());
    // A listed sheet that is missing still counts: adding it later changes the data.
    sheets.push(sheet ?? { name: `?${unit.sheetName}`, cells: [], merges: [] });
  }
  return sheets;
}
