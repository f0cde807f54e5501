// The whole run over a workbook snapshot, step by step as the contract tells it (pipeline.ts):
// setup → units → scores → ranks → the conference's decision → report. Pure: the snapshot in, data out; nothing is thrown
// for bad input, every problem is an issue with its place.
import { buildReport, decideConference, rankScoredUnits, readSetup, readUnits, scoreUnits } from "./pipeline";
import type { Evaluation, Language, WorkbookSnapshot } from "./types";

/** Options of a run; everything else comes from the workbook. */
export interface EvaluateOptions {
  /** Overrides the Settings sheet's report language. */
  language?: Language;
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
  return buildReport(setup, scored, standings, unlistedIssues, conference);
}
