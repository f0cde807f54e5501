// The add-in's Excel layer: the only code that calls Excel.run / context.sync. Each user action is
// one Excel.run: the sheet names (sync 1), every sheet's data (sync 2), then all writes (sync 3).
import { CONFERENCE_SHEET_LABELS } from "../core/labels";
import { buildConferenceSheet, buildOutputSheets, OUTPUT_SHEET_NAMES, readyForConference } from "../core/sheets";
import { buildTemplateSheets } from "../core/sheets/template";
import { CLUSTER18_CRITERIA, CLUSTER18_SETTINGS } from "../core/cluster18";
import { evaluateWorkbook } from "../core/evaluate";
import type { Evaluation, Language, SheetLayout } from "../core/types";
import { MESSAGES, toUserFacingError } from "./errors";
import { detectFeatures, skippedFeatures, type ExcelFeatures } from "./features";
import { PAYLOAD_BUDGET_BYTES, readSnapshot, TEMP_SHEET_PREFIX } from "./read";
import type { ConferenceResult, GenerateResult, PaneCapabilities, RunStage, TemplateResult } from "./types";
import { UserFacingError } from "./types";
import { layoutOperations, layoutSize, queueInBatches, queueSheetFrame, type WriteOperation } from "./write";

export { UserFacingError } from "./types";
export type { ConferenceResult, GenerateResult, PaneCapabilities, RunStage, TemplateResult } from "./types";

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
async function run<T>(language: Language, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (error) {
    throw toUserFacingError(error, language);
  }
}

/** Sync 1: every sheet's name, in tab order. */
async function loadSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
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
 * `COMPLETE_MARK` (`="<run id>"`) says which run's complete contents the sheet holds: it is the
 * last command written to a temporary sheet, and the last one for a sheet overwritten in place.
 */
export const OUTPUT_MARK = "ThiDua_Output";
export const COMPLETE_MARK = "ThiDua_Complete";

/** One output sheet being replaced: where it is written first and which sheet it replaces. */
interface PlannedOutput {
  temp: string;
  final: string;
  /** The add-in's existing sheet for this output (this or the other language's name), or null. */
  existing: string | null;
}

interface ReplacementPlan {
  runId: string;
  outputs: PlannedOutput[];
  layouts: SheetLayout[];
  features: ExcelFeatures;
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

/** Queues a read of `OUTPUT_MARK` on every sheet that has an output's name. */
function queueOutputMarks(sheets: Excel.Worksheet[]): Array<{ sheet: Excel.Worksheet; mark: Excel.NamedItem }> {
  return sheets.filter((s) => isOutputName(s.name)).map((sheet) => ({ sheet, mark: sheet.names.getItemOrNullObject(OUTPUT_MARK) }));
}

/**
 * The sheets with an output's name that the add-in did not make (no `OUTPUT_MARK`). The marks
 * normally arrived with the data; when the data was read again in parts they are read here.
 */
async function foreignOutputSheets(
  context: Excel.RequestContext,
  marks: Array<{ sheet: Excel.Worksheet; mark: Excel.NamedItem }>,
): Promise<string[]> {
  let pending = marks;
  try {
    return pending.filter((m) => m.mark.isNullObject).map((m) => m.sheet.name);
  } catch {
    pending = marks.map((m) => ({ sheet: m.sheet, mark: m.sheet.names.getItemOrNullObject(OUTPUT_MARK) }));
    await context.sync();
    return pending.filter((m) => m.mark.isNullObject).map((m) => m.sheet.name);
  }
}

/** Hidden name on `sheet`; `formula` is what it holds (`="…"` for text). */
function addMark(sheet: Excel.Worksheet, name: string, formula: string): void {
  const item = sheet.names.add(name, formula);
  item.visible = false;
}

function completeFormula(runId: string): string {
  return `="${runId}"`;
}

/** The planned outputs: temporary names, and the add-in's sheet each one replaces. */
function planReplacement(existing: Excel.Worksheet[], layouts: SheetLayout[], runId: string, features: ExcelFeatures): ReplacementPlan {
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const names = new Set(existing.map((s) => s.name));
  const outputs = layouts.map((layout, i) => {
    // The sheet under the new name first; else the other language's (renamed, so links follow).
    const candidates = outputNamesLike(layout.name);
    const found = [layout.name, ...candidates].find((n) => names.has(n)) ?? null;
    return { temp: temporaryName(taken, i), final: layout.name, existing: found };
  });
  return { runId, outputs, layouts, features };
}

/**
 * Queues every new sheet complete under a temporary name, each ending with its completeness mark;
 * only a workbook too large for one request is synced here, in parts. The caller queues the
 * promotion behind the last part: Excel runs a request's commands in order and stops at the
 * first failure, so the promotion runs only after every mark is written, and after a failure
 * `recoverReplacement` reads the marks before it promotes anything.
 */
async function queueTemporarySheets(context: Excel.RequestContext, existing: Excel.Worksheet[], plan: ReplacementPlan): Promise<void> {
  const worksheets = context.workbook.worksheets;
  // Leftovers of an earlier interrupted run are removed first.
  for (const sheet of existing) if (sheet.name.indexOf(TEMP_SHEET_PREFIX) === 0) sheet.delete();
  const added = plan.outputs.map((p) => worksheets.add(p.temp));
  const operations: WriteOperation[] = [];
  plan.layouts.forEach((layout, i) => {
    operations.push({ bytes: MARK_BYTES, queue: () => addMark(added[i], OUTPUT_MARK, "=TRUE") });
    operations.push(...layoutOperations(added[i], layout, plan.features));
    operations.push({ bytes: MARK_BYTES, queue: () => addMark(added[i], COMPLETE_MARK, completeFormula(plan.runId)) });
  });
  await queueInBatches(context, operations, PAYLOAD_BUDGET_BYTES);
}

/** Roughly what a hidden name costs in a request (two actions, two object paths). */
const MARK_BYTES = 600;

/**
 * Puts complete temporary sheets in place of the outputs, in one request. With Range.copyFrom
 * the add-in's existing sheet is kept and overwritten, so what points at it keeps working; without
 * it the old sheet is deleted and the temporary one renamed. Temporary sheets go last, so a
 * failure part-way leaves them for `recoverReplacement` to finish from.
 */
function queuePromotion(context: Excel.RequestContext, plan: ReplacementPlan, which: number[], existingNow: Array<string | null>): void {
  const worksheets = context.workbook.worksheets;
  const copied: string[] = [];
  for (const i of which) {
    const output = plan.outputs[i];
    const layout = plan.layouts[i];
    const existing = existingNow[i];
    const temp = worksheets.getItem(output.temp);
    if (existing !== null && plan.features.copyInPlace) {
      const target = worksheets.getItem(existing);
      target.getRange().clear();
      target.freezePanes.unfreeze();
      const { rows, cols } = layoutSize(layout);
      target.getRangeByIndexes(0, 0, rows, cols).copyFrom(temp.getRangeByIndexes(0, 0, rows, cols), "All" as Excel.RangeCopyType);
      queueSheetFrame(target, layout, plan.features);
      if (existing !== output.final) target.name = output.final;
      target.names.getItemOrNullObject(COMPLETE_MARK).delete();
      addMark(target, COMPLETE_MARK, completeFormula(plan.runId));
      copied.push(output.temp);
    } else {
      if (existing !== null) worksheets.getItem(existing).delete();
      temp.name = output.final;
    }
  }
  plan.outputs.forEach((output, i) => (worksheets.getItem(output.final).position = i));
  for (const temp of copied) worksheets.getItem(temp).delete();
  worksheets.getItem(plan.outputs[0].final).activate();
}

/**
 * Deletes the add-in's output sheets this run does not write: a paper of an earlier run (§7.5)
 * that no longer applies, such as the minutes after the decisions became void. Only sheets with
 * an output's name reach here, and those all carry the add-in's mark (foreign ones stop the run).
 */
function queueStaleOutputsRemoval(existing: Excel.Worksheet[], plan: ReplacementPlan): void {
  const kept = new Set<string>();
  for (const output of plan.outputs) {
    kept.add(output.final);
    if (output.existing !== null) kept.add(output.existing);
  }
  for (const sheet of existing) if (isOutputName(sheet.name) && !kept.has(sheet.name)) sheet.delete();
}

/**
 * After a failed Generate, from what the workbook holds now: when every output is either in place
 * from this run or waiting complete (marked) under its temporary name, the promotion is finished;
 * otherwise nothing was promoted yet and the temporary sheets are deleted, leaving the old outputs.
 * Either way all outputs come from one run and no temporary sheet is left.
 */
async function recoverReplacement(plan: ReplacementPlan): Promise<void> {
  await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const sheets = await loadSheets(context);
    const names = new Set(sheets.map((s) => s.name));
    const markOf = (name: string) =>
      names.has(name) ? worksheets.getItem(name).names.getItemOrNullObject(COMPLETE_MARK).load("value") : null;
    const tempMarks = plan.outputs.map((o) => markOf(o.temp));
    const finalMarks = plan.outputs.map((o) => markOf(o.final));
    await context.sync();
    const fromThisRun = (mark: Excel.NamedItem | null) => mark !== null && !mark.isNullObject && mark.value === plan.runId;
    const done = plan.outputs.map((_, i) => fromThisRun(finalMarks[i]));
    const ready = plan.outputs.map((_, i) => fromThisRun(tempMarks[i]));
    if (plan.outputs.every((_, i) => done[i] || ready[i])) {
      const pending = plan.outputs.map((_, i) => i).filter((i) => !done[i]);
      const existingNow = plan.outputs.map((o) => [o.final, ...outputNamesLike(o.final)].find((n) => names.has(n)) ?? null);
      queuePromotion(context, plan, pending, existingNow);
      // Outputs already in place may have left their temporary sheet (copied, not renamed).
      plan.outputs.forEach((output, i) => {
        if (done[i] && names.has(output.temp)) worksheets.getItem(output.temp).delete();
      });
    } else {
      for (const output of plan.outputs) if (names.has(output.temp)) worksheets.getItem(output.temp).delete();
    }
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
      // The output marks ride along with the data read (sync 2).
      const marks = queueOutputMarks(sheets);
      const snapshot = await readSnapshot(context, sheets, features);
      const foreign = await foreignOutputSheets(context, marks);
      if (foreign.length > 0) {
        throw new UserFacingError(MESSAGES.foreignOutputSheet[language](foreign.map((n) => `“${n}”`).join(", ")), "ItemAlreadyExists");
      }
      onStage?.("checking");
      const evaluation = evaluateWorkbook(snapshot);
      const now = new Date();
      const layouts = buildOutputSheets(evaluation, {
        date: options.date ?? today(),
        ...(options.date ? {} : { time: { hour: now.getHours(), minute: now.getMinutes() } }),
      });
      onStage?.("writing");
      const planned = planReplacement(sheets, layouts, newRunId(), features);
      plan = planned;
      await queueTemporarySheets(context, sheets, planned);
      queuePromotion(
        context,
        planned,
        planned.outputs.map((_, i) => i),
        planned.outputs.map((o) => o.existing),
      );
      queueStaleOutputsRemoval(sheets, planned);
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
  const layouts = buildTemplateSheets({ criteria: CLUSTER18_CRITERIA, settings: CLUSTER18_SETTINGS, language });
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

/** The capabilities the task pane is given in Excel. */
export function createExcelCapabilities(): PaneCapabilities {
  return {
    language: officeLanguage(),
    validate: runValidate,
    generate: (onStage) => runGenerate(onStage),
    createTemplate: runCreateTemplate,
    prepareConference: runPrepareConference,
    selectCell,
  };
}
