// Generate: reads, checks and scores the workbook and writes its output sheets (Summary, Details,
// Issues and the conference's papers) in three syncs, replacing the add-in's earlier outputs
// through the replacement protocol (replacement.ts). Unit, criteria and settings sheets are never
// written.
import { buildOutputSheets, evaluateWorkbook, layoutsClearOf } from "../core";
import type { BuildOptions, CalendarDate, CellsBeyondColumns, Language, WorkbookSnapshot } from "../core";
import { MESSAGES } from "./errors";
import { detectFeatures, skippedFeatures, type ExcelFeatures } from "./features";
import { readMarks, queueMarks } from "./marks";
import { isTemporary, unmarkedOutputSheets, writtenByGenerate } from "./outputSheets";
import { readSnapshot } from "./read";
import { queueReportPart, queueReportParts } from "./reportPart";
import { queueLeftoversFinish, recoverReplacement } from "./recovery";
import { planReplacement, queueReplacement, type ReplacementPlan } from "./replacement";
import { beginRun, endRun, mayTouch } from "./ownership";
import { loadSheets, officeLanguage, run, Writes } from "./run";
import { UserFacingError, type GenerateResult, type RunStage } from "./types";

/** What one Generate works with; `plan` is set once its replacement is planned, for the recovery. */
interface GenerateRun {
  /** Whose temporary sheets are whose (ownership.ts). */
  runId: string;
  language: Language;
  features: ExcelFeatures;
  onStage?: (s: RunStage) => void;
  date?: CalendarDate;
  plan: ReplacementPlan | null;
}

/**
 * Reads, checks, scores and writes the Summary, Details and Issues sheets in three syncs, and
 * activates the summary. After a failure, what the workbook holds is finished from the marks
 * before the error is passed on.
 */
export async function runGenerate(onStage?: (s: RunStage) => void, options: { date?: CalendarDate } = {}): Promise<GenerateResult> {
  const at: GenerateRun = {
    runId: beginRun(),
    language: officeLanguage(),
    features: detectFeatures(),
    onStage,
    date: options.date,
    plan: null,
  };
  let result: GenerateResult;
  try {
    result = await run(at.language, (context) => generate(context, at));
  } catch (error) {
    if (at.plan !== null) await recoverReplacement(at.plan).catch(() => undefined);
    throw error;
  } finally {
    endRun(at.runId);
  }
  onStage?.("done");
  return result;
}

/** The one batch of Generate: sync 1 the names (and the report's earlier parts), sync 2 the data (and marks), request 3 the writes (and the report's part; a large one in a 4th, reportPart.ts), sent from their own context (run.ts `Writes`). */
async function generate(context: Excel.RequestContext, at: GenerateRun): Promise<GenerateResult> {
  const { features, onStage } = at;
  onStage?.("reading");
  // The report's earlier parts arrive with the names (sync 1), to be replaced with the writes.
  const earlierReports = queueReportParts(context);
  // The add-in's output sheets (and its temporary ones) are the sheets Generate writes to.
  const sheets = await loadSheets(context, { language: at.language, writes: writtenByGenerate });
  // Temporary sheets of an interrupted earlier run (its recovery failed too), not of a live one.
  const touchable = (name: string) => mayTouch(name, at.runId);
  const leftovers = sheets.some((s) => isTemporary(s.name) && touchable(s.name));
  // The marks ride along with the data read (sync 2).
  const queued = queueMarks(sheets, leftovers, touchable);
  const readWarnings: CellsBeyondColumns[] = [];
  const snapshot = await readSnapshot(context, sheets, features, { onWarning: (w) => readWarnings.push(w) });
  const marks = await readMarks(context, sheets, queued, leftovers, touchable);
  onStage?.("checking");
  const evaluation = evaluateWorkbook(snapshot);
  const { unitSheets, foreign } = unmarkedOutputSheets(snapshot, evaluation);
  if (foreign.length > 0) {
    throw new UserFacingError(MESSAGES.foreignOutputSheet[at.language](foreign.map((n) => `“${n}”`).join(", ")), "ItemAlreadyExists");
  }
  const layouts = layoutsClearOf(buildOutputSheets(evaluation, dated(at.date)), unitSheets);
  onStage?.("writing");
  // An interrupted run's complete outputs go in place first (its incomplete sheets go), so a
  // failure of this run can only fall back to complete outputs of one run.
  const allNames = sheets.map((s) => s.name);
  const writes = new Writes();
  const finish = { features, layouts, unitSheets: new Set(unitSheets), touchable };
  const names = queueLeftoversFinish(writes.context, allNames, marks.complete, finish);
  const plan = planReplacement(at.runId, names, layouts, features, unitSheets, allNames);
  at.plan = plan;
  await queueReplacement(writes, plan, names, markedOutputs(snapshot));
  // The report travels with the summary (§9.1), in the same last request.
  const earlierIds = earlierReports.items.map((part) => part.id);
  await queueReportPart(writes, earlierIds, evaluation.report);
  await writes.send(true);
  return { evaluation, summarySheet: layouts[0].name, skipped: skippedFeatures(features), readWarnings };
}

/** The date on the summary's place-and-date line: the one given, else today with the time. */
function dated(date: CalendarDate | undefined): BuildOptions {
  const now = new Date();
  return {
    date: date ?? today(),
    ...(date ? {} : { time: { hour: now.getHours(), minute: now.getMinutes() } }),
  };
}

/** Today's date for the summary's place-and-date line. */
function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The sheets that carry the output mark. */
function markedOutputs(snapshot: WorkbookSnapshot): Set<string> {
  return new Set(snapshot.sheets.filter((sheet) => sheet.outputMark === true).map((sheet) => sheet.name));
}
