// The add-in's Excel layer: the only code that calls Excel.run / context.sync. Each user action is
// one Excel.run: the sheet names (sync 1), every sheet's data (sync 2), then all writes (sync 3).
import { CONFERENCE_SHEET_LABELS } from "../core";
import {
  baseOutputName,
  buildConferenceSheet,
  buildOutputSheets,
  layoutsClearOf,
  OUTPUT_SHEET_NAMES,
  readyForConference,
  SUMMARY_CHART_NAME,
} from "../core";
import { buildTemplateSheets } from "../core";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../core";
import { evaluateWorkbook } from "../core";
import { nameKey } from "../core";
import type { Evaluation, Language, SheetLayout, WorkbookSnapshot } from "../core";
import { MESSAGES, toUserFacingError } from "./errors";
import { detectFeatures, skippedFeatures, type ExcelFeatures } from "./features";
import { OUTPUT_MARK, PAYLOAD_BUDGET_BYTES, readSnapshot, TEMP_SHEET_PREFIX } from "./read";
import type { ConferenceResult, GenerateResult, RunStage, TemplateResult } from "./types";
import { UserFacingError } from "./types";
import { chartOperations, layoutOperations, layoutSize, queueInBatches, queueSheetFrame, type WriteOperation } from "./write";

export { UserFacingError } from "./types";
export type {
  ConferenceResult,
  GenerateResult,
  ImportPreview,
  PaneCapabilities,
  PickedFile,
  PreviousResult,
  RunStage,
  TemplateResult,
} from "./types";

/** The user's language: Vietnamese when Office's display language is, English otherwise. */
export function officeLanguage(): Language {
  try {
    const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof language === "string" && language.toLowerCase().indexOf("vi") === 0 ? "vi" : "en";
  } catch {
    return "en";
  }
}

/** Runs one batch; waits out cell-edit mode instead of failing, and turns errors into sentences. */
export async function run<T>(language: Language, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (error) {
    throw toUserFacingError(error, language);
  }
}

/** Sync 1: every sheet's name, in tab order. */
export async function loadSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items;
}

/** Syncs 1–2: the workbook as the engine's snapshot, evaluated. */
async function readAndEvaluate(
  context: Excel.RequestContext,
  features: ExcelFeatures,
  onStage?: (s: RunStage) => void,
): Promise<{ evaluation: Evaluation; sheets: Excel.Worksheet[] }> {
  onStage?.("reading");
  const sheets = await loadSheets(context);
  const snapshot = await readSnapshot(context, sheets, features);
  onStage?.("checking");
  // Only a check looks at the recorded fingerprint; Generate replaces the summary it would flag.
  return { evaluation: evaluateWorkbook(snapshot, { checkSummary: true }), sheets };
}

/**
 * Reads and checks the workbook; writes nothing.
 * @example const evaluation = await runValidate(); evaluation.report.issues
 */
export async function runValidate(onStage?: (s: RunStage) => void): Promise<Evaluation> {
  const language = officeLanguage();
  const features = detectFeatures();
  const evaluation = await run(language, async (context) => (await readAndEvaluate(context, features, onStage)).evaluation);
  onStage?.("done");
  return evaluation;
}

/** A temporary name no sheet has, so writing never touches an existing sheet. */
function temporaryName(taken: Set<string>, index: number): string {
  let name = "";
  for (let n = 0; name === "" || taken.has(name.toLowerCase()); n++) name = `${TEMP_SHEET_PREFIX}${index}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Hidden sheet-scoped names (worksheet.names, ExcelApi 1.4) on the sheets Generate writes.
 * `OUTPUT_MARK` says the add-in made the sheet, so only such sheets are ever replaced.
 * `COMPLETE_MARK` says which run's complete contents the sheet holds, and which of that run's
 * outputs they are (`="<run id>|<index>|<count>|<rows>|<cols>|<final name>"`, see
 * `completeFormula`): it is the last command written to a temporary sheet, and the last one for a
 * sheet overwritten in place. From the marks alone a later run or a recovery can tell whether
 * leftover temporary sheets make up a complete set, and finish putting them in place.
 */
export { OUTPUT_MARK };
export const COMPLETE_MARK = "ThiDua_Complete";

/** What a completeness mark says. */
export interface CompleteMark {
  runId: string;
  /** This output's place among the run's outputs, and how many it wrote. */
  index: number;
  count: number;
  /** The written block, from A1: what a promotion copies. */
  rows: number;
  cols: number;
  /** The output's name once in place. */
  final: string;
}

/** One output sheet being replaced: where it is written first and which sheet it replaces. */
interface PlannedOutput {
  temp: string;
  mark: CompleteMark;
  /** Its layout, for the sheet's frame (widths, panes, print); null for a leftover of another run. */
  layout: SheetLayout | null;
  /** The add-in's existing sheet for this output (this or the other language's name), or null. */
  existing: string | null;
}

interface ReplacementPlan {
  runId: string;
  outputs: PlannedOutput[];
  layouts: SheetLayout[];
  features: ExcelFeatures;
  /**
   * Units' sheets named like outputs (no output mark, named by the units list): never replaced
   * or deleted; the outputs take the next free names beside them.
   */
  unitSheets: Set<string>;
}

/** A run id distinct enough that marks of two runs never match. */
function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

/** Every kind of output sheet, the conference's papers included (§7.5). */
const OUTPUT_KINDS = Object.keys(OUTPUT_SHEET_NAMES.vi) as Array<keyof typeof OUTPUT_SHEET_NAMES.vi>;

/** The output sheet names in both languages that stand for the same sheet as `name`. */
function outputNamesLike(name: string): string[] {
  for (const kind of OUTPUT_KINDS) {
    const names = [OUTPUT_SHEET_NAMES.vi[kind], OUTPUT_SHEET_NAMES.en[kind]];
    if (names.includes(name)) return names;
  }
  return [name];
}

function isOutputName(name: string): boolean {
  const lower = name.toLowerCase();
  for (const language of ["vi", "en"] as const) {
    for (const kind of OUTPUT_KINDS) if (OUTPUT_SHEET_NAMES[language][kind].toLowerCase() === lower) return true;
  }
  return false;
}

const isTemporary = (name: string) => name.indexOf(TEMP_SHEET_PREFIX) === 0;

/** The mark's formula: a text constant (a name's text is limited to 255 characters; this is < 100). */
export function completeFormula(mark: CompleteMark): string {
  const text = [mark.runId, mark.index, mark.count, mark.rows, mark.cols, mark.final].join("|");
  return `="${text.replace(/"/g, '""')}"`;
}

/** A completeness mark's value read back, or null when it is missing or not one of ours. */
export function parseCompleteMark(value: unknown): CompleteMark | null {
  if (typeof value !== "string") return null;
  const parts = value.split("|");
  if (parts.length < 6) return null;
  const [runId, index, count, rows, cols] = parts;
  const numbers = [index, count, rows, cols].map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  if (runId === "" || numbers.some((n) => Number.isNaN(n)) || numbers[0] >= numbers[1]) return null;
  return { runId, index: numbers[0], count: numbers[1], rows: numbers[2], cols: numbers[3], final: parts.slice(5).join("|") };
}

/** The completeness mark queued for one temporary sheet or (possible) output sheet. */
interface QueuedMarks {
  sheet: Excel.Worksheet;
  complete: Excel.NamedItem;
}

/**
 * Queues `COMPLETE_MARK` on every temporary sheet and every sheet that may be an output (an
 * output's name, or one with ` (2)` after it, given beside a unit's sheet of that name), when
 * temporary sheets of an earlier run are left; none otherwise. (The output mark itself comes
 * with the snapshot, `readSnapshot`.)
 */
function queueMarks(sheets: Excel.Worksheet[], withComplete: boolean): QueuedMarks[] {
  if (!withComplete) return [];
  return sheets
    .filter((s) => isTemporary(s.name) || isOutputName(baseOutputName(s.name)))
    .map((sheet) => ({ sheet, complete: sheet.names.getItemOrNullObject(COMPLETE_MARK).load("value") }));
}

/** What the marks say: every completeness mark read. */
interface MarksRead {
  complete: Map<string, CompleteMark | null>;
}

function marksFrom(queued: QueuedMarks[]): MarksRead {
  const complete = new Map<string, CompleteMark | null>();
  for (const q of queued) complete.set(q.sheet.name, q.complete.isNullObject ? null : parseCompleteMark(q.complete.value));
  return { complete };
}

/**
 * The marks, which normally arrived with the data; when the data was read again in parts (the
 * first read refused as too large) they are read here.
 */
async function readMarks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  queued: QueuedMarks[],
  withComplete: boolean,
): Promise<MarksRead> {
  try {
    return marksFrom(queued);
  } catch {
    const again = queueMarks(sheets, withComplete);
    await context.sync();
    return marksFrom(again);
  }
}

/**
 * Sheets with an output's name but without the output mark: a unit's sheet when the units list
 * names it (kept), else a sheet the user made (foreign), which the add-in never overwrites.
 */
function unmarkedOutputSheets(snapshot: WorkbookSnapshot, evaluation: Evaluation): { unitSheets: string[]; foreign: string[] } {
  const listed = new Set(evaluation.report.units.map((unit) => nameKey(unit.sheet)));
  const unmarked = snapshot.sheets.filter((sheet) => sheet.outputMark !== true && isOutputName(sheet.name)).map((sheet) => sheet.name);
  return {
    unitSheets: unmarked.filter((name) => listed.has(nameKey(name))),
    foreign: unmarked.filter((name) => !listed.has(nameKey(name))),
  };
}

/** Hidden name on `sheet`; `formula` is what it holds (`="…"` for text). */
function addMark(sheet: Excel.Worksheet, name: string, formula: string): void {
  const item = sheet.names.add(name, formula);
  item.visible = false;
}

/** The add-in's existing sheet for an output, under its name or the other language's, among `names`. */
function existingOutput(final: string, names: Set<string>): string | null {
  return [final, ...outputNamesLike(final)].find((n) => names.has(n)) ?? null;
}

/** The layout of the output named `final` (or its other language's name), or null. */
function layoutFor(final: string, layouts: SheetLayout[]): SheetLayout | null {
  const names = outputNamesLike(final);
  return layouts.find((l) => l.name === final) ?? layouts.find((l) => names.includes(l.name)) ?? null;
}

/** The planned outputs: temporary names, and the add-in's sheet each one replaces. */
function planReplacement(
  existing: string[],
  layouts: SheetLayout[],
  runId: string,
  features: ExcelFeatures,
  unitSheets: string[],
  alsoTaken: string[] = [],
): ReplacementPlan {
  // Names of sheets deleted earlier in the same request are not reused either.
  const taken = new Set([...existing, ...alsoTaken].map((s) => s.toLowerCase()));
  // A unit's sheet is never the output a layout replaces.
  const names = new Set(existing.filter((name) => !unitSheets.includes(name)));
  const outputs = layouts.map((layout, i) => {
    // The sheet under the new name first; else the other language's (renamed, so links follow).
    const { rows, cols } = layoutSize(layout);
    const mark: CompleteMark = { runId, index: i, count: layouts.length, rows, cols, final: layout.name };
    return { temp: temporaryName(taken, i), mark, layout, existing: existingOutput(layout.name, names) };
  });
  return { runId, outputs, layouts, features, unitSheets: new Set(unitSheets) };
}

/**
 * Queues every new sheet complete under a temporary name, each ending with its completeness mark;
 * only a workbook too large for one request is synced here, in parts. The caller queues the
 * promotion behind the last part: Excel runs a request's commands in order and stops at the
 * first failure, so the promotion runs only after every mark is written, and after a failure
 * `recoverReplacement` reads the marks before it promotes anything.
 */
async function queueTemporarySheets(context: Excel.RequestContext, plan: ReplacementPlan): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const added = plan.outputs.map((p) => worksheets.add(p.temp));
  const operations: WriteOperation[] = [];
  plan.layouts.forEach((layout, i) => {
    operations.push({ bytes: MARK_BYTES, queue: () => addMark(added[i], OUTPUT_MARK, "=TRUE") });
    operations.push(...layoutOperations(added[i], layout, plan.features));
    operations.push({ bytes: MARK_BYTES, queue: () => addMark(added[i], COMPLETE_MARK, completeFormula(plan.outputs[i].mark)) });
  });
  await queueInBatches(context, operations, PAYLOAD_BUDGET_BYTES);
}

/** Roughly what a hidden name costs in a request (two actions, two object paths). */
const MARK_BYTES = 600;

/**
 * Puts complete temporary sheets in place of the outputs, in one request. With Range.copyFrom
 * the add-in's existing sheet is kept and overwritten, so what points at it keeps working; without
 * it the old sheet is deleted and the temporary one renamed. Temporary sheets go last, so a
 * failure part-way leaves them for `recoverReplacement` to finish from. An output without its
 * layout (a leftover of another run) keeps the frame of the sheet it is copied into: the add-in's
 * sheet of the same kind.
 */
function queuePromotion(
  context: Excel.RequestContext,
  outputs: PlannedOutput[],
  which: number[],
  existingNow: Array<string | null>,
  features: ExcelFeatures,
): void {
  const worksheets = context.workbook.worksheets;
  const copied: string[] = [];
  for (const i of which) {
    const { temp: tempName, mark, layout } = outputs[i];
    const existing = existingNow[i];
    const temp = worksheets.getItem(tempName);
    if (existing !== null && features.copyInPlace) {
      const target = worksheets.getItem(existing);
      target.getRange().clear();
      if (layout) target.freezePanes.unfreeze();
      // Page breaks are the sheet's too: the last run's go, the frame below sets this run's.
      if (layout && features.printSetup) target.horizontalPageBreaks.removePageBreaks();
      target
        .getRangeByIndexes(0, 0, mark.rows, mark.cols)
        .copyFrom(temp.getRangeByIndexes(0, 0, mark.rows, mark.cols), "All" as Excel.RangeCopyType);
      if (layout) {
        queueSheetFrame(target, layout, features);
        // Charts are the sheet's, not its cells': the copy brought none, so the kept sheet's chart
        // from the last run is replaced by one drawn from its new cells (a chart of the user's stays).
        const ours = new Set([SUMMARY_CHART_NAME, ...layout.charts.map((chart) => chart.name)]);
        for (const name of ours) target.charts.getItemOrNullObject(name).delete();
        for (const operation of chartOperations(target, layout, features)) operation.queue();
      }
      if (existing !== mark.final) target.name = mark.final;
      target.names.getItemOrNullObject(COMPLETE_MARK).delete();
      addMark(target, COMPLETE_MARK, completeFormula(mark));
      copied.push(tempName);
    } else {
      if (existing !== null) worksheets.getItem(existing).delete();
      temp.name = mark.final;
    }
  }
  outputs.forEach((output, i) => (worksheets.getItem(output.mark.final).position = i));
  for (const temp of copied) worksheets.getItem(temp).delete();
  worksheets.getItem(outputs[0].mark.final).activate();
}

/**
 * Deletes the add-in's output sheets this run does not write: a paper of an earlier run (§7.5)
 * that no longer applies, such as the minutes after the decisions became void. Only sheets with
 * an output's name (or a marked `Details (2)`) go, never a unit's sheet (foreign ones stop the run).
 */
function queueStaleOutputsRemoval(context: Excel.RequestContext, existing: string[], plan: ReplacementPlan, marked: Set<string>): void {
  const kept = new Set<string>();
  for (const output of plan.outputs) {
    kept.add(output.mark.final);
    if (output.existing !== null) kept.add(output.existing);
  }
  for (const name of existing) {
    // `Details (2)`: an output named beside a unit's `Details` by an earlier run.
    const output = isOutputName(name) || (marked.has(name) && isOutputName(baseOutputName(name)));
    if (output && !kept.has(name) && !plan.unitSheets.has(name)) context.workbook.worksheets.getItem(name).delete();
  }
}

/**
 * Finishes what an interrupted run left, from the workbook and its marks alone: the newest run
 * whose every output is either in place (its final sheet carries that run's mark) or waiting
 * complete under a temporary name (marked) is put in place the way a normal replacement does;
 * every other temporary sheet is incomplete or superseded, and is deleted. Before any promotion of
 * a run starts all its marks are written (the promotion is queued behind them), so a run with an
 * unmarked temporary sheet never touched the outputs. Returns the sheet names once the queued
 * commands have run, in tab order.
 *
 * The sheet's frame (widths, heights, panes, print setup), which a copy does not carry, comes from
 * `layouts`: the layout of the same output in the run at hand — the interrupted run's own in its
 * recovery, else the current Generate's, which rewrites it in the same request anyway.
 */
function queueLeftoversFinish(
  context: Excel.RequestContext,
  names: string[],
  marks: Map<string, CompleteMark | null>,
  features: ExcelFeatures,
  layouts: SheetLayout[],
  unitSheets: Set<string>,
): string[] {
  const temps = names.filter(isTemporary);
  if (temps.length === 0) return names;
  interface Run {
    count: number;
    waiting: Map<number, { temp: string; mark: CompleteMark }>;
    /** Outputs in place under their final name, with that sheet's mark. */
    done: Map<number, CompleteMark>;
    /** The tab position of its last temporary sheet: a later run adds its sheets after. */
    newest: number;
  }
  const runs = new Map<string, Run>();
  const runOf = (mark: CompleteMark) => {
    let run = runs.get(mark.runId);
    if (!run) runs.set(mark.runId, (run = { count: mark.count, waiting: new Map(), done: new Map(), newest: -1 }));
    return run;
  };
  names.forEach((name, position) => {
    const mark = marks.get(name) ?? null;
    if (mark === null) return;
    if (isTemporary(name)) {
      const run = runOf(mark);
      run.waiting.set(mark.index, { temp: name, mark });
      run.newest = Math.max(run.newest, position);
    } else if (name === mark.final) runOf(mark).done.set(mark.index, mark);
  });
  let chosen: [string, Run] | null = null;
  for (const entry of runs) {
    const run = entry[1];
    const complete = run.newest >= 0 && Array.from({ length: run.count }, (_, i) => i).every((i) => run.done.has(i) || run.waiting.has(i));
    if (complete && (chosen === null || run.newest > chosen[1].newest)) chosen = entry;
  }
  const worksheets = context.workbook.worksheets;
  const promoted = new Set(chosen ? Array.from(chosen[1].waiting.values(), (w) => w.temp) : []);
  // Incomplete and superseded temporary sheets first: nothing in place comes from them.
  for (const temp of temps) if (!promoted.has(temp)) worksheets.getItem(temp).delete();
  const after = names.filter((n) => !isTemporary(n) || promoted.has(n));
  if (chosen === null) return after;

  const run = chosen[1];
  const indices = Array.from({ length: run.count }, (_, i) => i);
  const pending = indices.filter((i) => !run.done.has(i));
  const outputs: PlannedOutput[] = indices.map((i) => {
    const waiting = run.waiting.get(i);
    return {
      temp: waiting?.temp ?? "",
      mark: waiting?.mark ?? (run.done.get(i) as CompleteMark),
      layout: layoutFor(waiting?.mark.final ?? (run.done.get(i) as CompleteMark).final, layouts),
      existing: null,
    };
  });
  // A unit's sheet named like an output is never what an output replaces.
  const present = new Set(after.filter((n) => !unitSheets.has(n)));
  const existingNow = outputs.map((o) => existingOutput(o.mark.final, present));
  queuePromotion(context, outputs, pending, existingNow, features);
  // An output already in place may have left its temporary sheet (copied, not renamed).
  for (const i of run.done.keys()) {
    const waiting = run.waiting.get(i);
    if (waiting) worksheets.getItem(waiting.temp).delete();
  }
  const finals = outputs.map((o) => o.mark.final);
  const replaced = new Set(pending.map((i) => existingNow[i]));
  const rest = names.filter((n) => !isTemporary(n) && !replaced.has(n) && !finals.includes(n));
  return [...finals, ...rest];
}

/**
 * After a failed Generate, from what the workbook holds now: `queueLeftoversFinish` puts the
 * newest complete set of outputs in place (this run's, or an earlier interrupted run's) and
 * deletes every other temporary sheet. Either way all outputs come from one run and no temporary
 * sheet is left. Three requests: the names, the marks, the promotion; one when no temporary sheet
 * is left. When this fails too, the next Generate finishes from the same marks.
 */
async function recoverReplacement(plan: ReplacementPlan): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = await loadSheets(context);
    if (!sheets.some((s) => isTemporary(s.name))) return;
    const marks = queueMarks(sheets, true);
    await context.sync();
    queueLeftoversFinish(
      context,
      sheets.map((s) => s.name),
      marksFrom(marks).complete,
      plan.features,
      plan.layouts,
      plan.unitSheets,
    );
    await context.sync();
  });
}

/** Every layout's write operations in order. */
function operationsOf(layouts: SheetLayout[], sheets: Excel.Worksheet[], features: ExcelFeatures): WriteOperation[] {
  return layouts.flatMap((layout, i) => layoutOperations(sheets[i], layout, features));
}

/** Today's date for the summary's place-and-date line. */
function today(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * Reads, checks, scores and writes the Summary, Details and Issues sheets in three syncs, and
 * activates the summary. Unit, criteria and settings sheets are never written.
 */
export async function runGenerate(
  onStage?: (s: RunStage) => void,
  options: { date?: { year: number; month: number; day: number } } = {},
): Promise<GenerateResult> {
  const language = officeLanguage();
  const features = detectFeatures();
  let plan: ReplacementPlan | null = null;
  let result: GenerateResult;
  try {
    result = await Excel.run({ delayForCellEdit: true }, async (context) => {
      onStage?.("reading");
      const sheets = await loadSheets(context);
      // Temporary sheets of an interrupted earlier run (its recovery failed too).
      const leftovers = sheets.some((s) => isTemporary(s.name));
      // The marks ride along with the data read (sync 2).
      const queued = queueMarks(sheets, leftovers);
      const snapshot = await readSnapshot(context, sheets, features);
      const marks = await readMarks(context, sheets, queued, leftovers);
      onStage?.("checking");
      const evaluation = evaluateWorkbook(snapshot);
      const { unitSheets, foreign } = unmarkedOutputSheets(snapshot, evaluation);
      if (foreign.length > 0) {
        throw new UserFacingError(MESSAGES.foreignOutputSheet[language](foreign.map((n) => `“${n}”`).join(", ")), "ItemAlreadyExists");
      }
      const now = new Date();
      const built = buildOutputSheets(evaluation, {
        date: options.date ?? today(),
        ...(options.date ? {} : { time: { hour: now.getHours(), minute: now.getMinutes() } }),
      });
      const layouts = layoutsClearOf(built, unitSheets);
      onStage?.("writing");
      // An interrupted run's complete outputs go in place first (its incomplete sheets go), so a
      // failure of this run can only fall back to complete outputs of one run.
      const names = queueLeftoversFinish(
        context,
        sheets.map((s) => s.name),
        marks.complete,
        features,
        layouts,
        new Set(unitSheets),
      );
      const planned = planReplacement(
        names,
        layouts,
        newRunId(),
        features,
        unitSheets,
        sheets.map((s) => s.name),
      );
      plan = planned;
      await queueTemporarySheets(context, planned);
      queuePromotion(
        context,
        planned.outputs,
        planned.outputs.map((_, i) => i),
        planned.outputs.map((o) => o.existing),
        features,
      );
      queueStaleOutputsRemoval(
        context,
        names,
        planned,
        new Set(snapshot.sheets.filter((sheet) => sheet.outputMark === true).map((sheet) => sheet.name)),
      );
      await context.sync();
      return { evaluation, summarySheet: layouts[0].name, skipped: skippedFeatures(features) };
    });
  } catch (error) {
    if (plan !== null) await recoverReplacement(plan).catch(() => undefined);
    throw toUserFacingError(error, language);
  }
  onStage?.("done");
  return result;
}

/**
 * Adds the Criteria, Settings and unit sheets of a new scoring workbook (Cluster 18 defaults) to
 * the current workbook; refuses, before writing anything, when any of those sheets exists.
 */
export async function runCreateTemplate(): Promise<TemplateResult> {
  const language = officeLanguage();
  const features = detectFeatures();
  // As `thidua template` makes it in the same language: English names in an English workbook.
  const layouts = buildTemplateSheets({
    criteria: CLUSTER18_CRITERIA,
    settings: CLUSTER18_SETTINGS,
    language,
    criterionNamesEn: CLUSTER18_NAMES_EN,
  });
  return run(language, async (context) => {
    const sheets = await loadSheets(context);
    const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
    const clashes = layouts.filter((l) => taken.has(l.name.toLowerCase())).map((l) => `“${l.name}”`);
    if (clashes.length > 0) throw new UserFacingError(MESSAGES.templateExists[language](clashes.join(", ")), "ItemAlreadyExists");
    const added = layouts.map((layout) => context.workbook.worksheets.add(layout.name));
    await queueInBatches(context, operationsOf(layouts, added, features), PAYLOAD_BUDGET_BYTES);
    added[0].activate();
    await context.sync();
    return { sheets: layouts.map((l) => l.name), skipped: skippedFeatures(features) };
  });
}

/**
 * Adds the Bình xét sheet for the year-end meeting (spec §7.4, issue 12): the ranked units in
 * rank order with blank vote and decision cells. Adds nothing when the workbook has one already
 * (`added: false`, its name). Refuses at a half-year review or while some unit is not ranked.
 */
export async function runPrepareConference(): Promise<ConferenceResult> {
  const language = officeLanguage();
  const features = detectFeatures();
  return run(language, async (context) => {
    const { evaluation, sheets } = await readAndEvaluate(context, features);
    const labels = CONFERENCE_SHEET_LABELS.map((l) => l.toLowerCase());
    const existing = sheets.find((s) => labels.includes(s.name.trim().toLowerCase()));
    if (existing) return { sheet: existing.name, added: false };
    if (!readyForConference(evaluation)) {
      throw new UserFacingError(MESSAGES.conferenceNotReady[language](evaluation.report.reviewKind === "half-year"));
    }
    const layout = buildConferenceSheet(evaluation);
    const added = context.workbook.worksheets.add(layout.name);
    await queueInBatches(context, operationsOf([layout], [added], features), PAYLOAD_BUDGET_BYTES);
    added.activate();
    await context.sync();
    return { sheet: layout.name, added: true };
  });
}

/** Shows a cell: activates its sheet and selects it. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await run(officeLanguage(), async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

/** The sheet where the ribbon command shows a failure when the client cannot open a dialog. */
export const MESSAGE_SHEET_NAMES: Record<Language, string> = { vi: "Thi Đua - Thông báo", en: "Thi Đua - Message" };

/**
 * Shows a message where the user will see it without a dialog (Office builds without DialogApi
 * 1.1): in A1 of the add-in's message sheet, which is created (marked as the add-in's) and
 * activated. A sheet of that name the user made is left alone, and nothing is shown.
 * Returns whether the message was written.
 */
export async function showMessageInWorkbook(message: string, language: Language): Promise<boolean> {
  return Excel.run(async (context) => {
    const name = MESSAGE_SHEET_NAMES[language];
    const worksheets = context.workbook.worksheets;
    const existing = worksheets.getItemOrNullObject(name);
    await context.sync();
    let sheet: Excel.Worksheet;
    if (existing.isNullObject) {
      sheet = worksheets.add(name);
      addMark(sheet, OUTPUT_MARK, "=TRUE");
    } else {
      const mark = existing.names.getItemOrNullObject(OUTPUT_MARK);
      await context.sync();
      if (mark.isNullObject) return false;
      sheet = existing;
    }
    const cell = sheet.getRange("A1");
    cell.numberFormat = [["@"]];
    cell.values = [[message]];
    cell.format.wrapText = true;
    cell.format.columnWidth = 480;
    sheet.activate();
    await context.sync();
    return true;
  });
}
