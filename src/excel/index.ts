// The add-in's Excel layer: the only code that calls Excel.run / context.sync. Each user action is
// one Excel.run: the sheet names (sync 1), every sheet's data (sync 2), then all writes (sync 3).
import { buildOutputSheets, OUTPUT_SHEET_NAMES } from "../core/sheets";
import { buildTemplateSheets } from "../core/sheets/template";
import { CLUSTER18_CRITERIA, CLUSTER18_SETTINGS } from "../core/cluster18";
import { evaluateWorkbook } from "../core/evaluate";
import type { Evaluation, Language, SheetLayout } from "../core/types";
import { MESSAGES, toUserFacingError } from "./errors";
import { detectFeatures, skippedFeatures, type ExcelFeatures } from "./features";
import { PAYLOAD_BUDGET_BYTES, readSnapshot, TEMP_SHEET_PREFIX } from "./read";
import type { GenerateResult, PaneCapabilities, RunStage, TemplateResult } from "./types";
import { UserFacingError } from "./types";
import { layoutOperations, queueInBatches, type WriteOperation } from "./write";

export { UserFacingError } from "./types";
export type { GenerateResult, PaneCapabilities, RunStage, TemplateResult } from "./types";

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
  return { evaluation: evaluateWorkbook(snapshot), sheets };
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
 * Replaces the output sheets: every new sheet is written complete under a temporary name first,
 * and only then are the old ones deleted and the new ones renamed, in the last sync. A failure
 * while writing leaves the old sheets as they were; `recoverReplacement` tidies up after a
 * failure further on. `plan` is filled in before the first write is queued, for that recovery.
 */
async function writeReplacement(
  context: Excel.RequestContext,
  existing: Excel.Worksheet[],
  layouts: SheetLayout[],
  features: ExcelFeatures,
  plan: Array<{ temp: string; final: string }>,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  // Leftovers of an earlier interrupted run are removed first.
  for (const sheet of existing) if (sheet.name.indexOf(TEMP_SHEET_PREFIX) === 0) sheet.delete();
  layouts.forEach((layout, i) => plan.push({ temp: temporaryName(taken, i), final: layout.name }));
  const added = plan.map((p) => worksheets.add(p.temp));
  // Only a workbook too large for one request is written in several syncs.
  await queueInBatches(context, operationsOf(layouts, added, features), PAYLOAD_BUDGET_BYTES);
  plan.forEach((p, i) => {
    // Either language's older output goes, so switching the report language leaves no stale copy.
    for (const name of outputNamesLike(p.final)) worksheets.getItemOrNullObject(name).delete();
    added[i].name = p.final;
    added[i].position = i;
  });
  added[0].activate();
}

/** The output sheet names in both languages that stand for the same sheet as `name`. */
function outputNamesLike(name: string): string[] {
  for (const kind of ["summary", "details", "issues"] as const) {
    const names = [OUTPUT_SHEET_NAMES.vi[kind], OUTPUT_SHEET_NAMES.en[kind]];
    if (names.includes(name)) return names;
  }
  return [name];
}

/**
 * After a failed write: a temporary sheet whose final name still exists is deleted (the old sheet
 * stands); one whose final name is gone was complete (deletes come after all writes), so it
 * takes the final name. Either way no half-written sheet is left.
 */
async function recoverReplacement(plan: Array<{ temp: string; final: string }>): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = await loadSheets(context);
    const names = new Set(sheets.map((s) => s.name));
    for (const { temp, final } of plan) {
      if (!names.has(temp)) continue;
      const sheet = context.workbook.worksheets.getItem(temp);
      if (names.has(final)) sheet.delete();
      else sheet.name = final;
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
  const plan: Array<{ temp: string; final: string }> = [];
  let result: GenerateResult;
  try {
    result = await Excel.run({ delayForCellEdit: true }, async (context) => {
      const { evaluation, sheets } = await readAndEvaluate(context, features, onStage);
      const layouts = buildOutputSheets(evaluation, { date: options.date ?? today() });
      onStage?.("writing");
      await writeReplacement(context, sheets, layouts, features, plan);
      await context.sync();
      return { evaluation, summarySheet: layouts[0].name, skipped: skippedFeatures(features) };
    });
  } catch (error) {
    if (plan.length > 0) await recoverReplacement(plan).catch(() => undefined);
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

/** Shows a cell: activates its sheet and selects it. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await run(officeLanguage(), async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

/** The capabilities the task pane is given in Excel. */
export function createExcelCapabilities(): PaneCapabilities {
  return {
    language: officeLanguage(),
    validate: runValidate,
    generate: (onStage) => runGenerate(onStage),
    createTemplate: runCreateTemplate,
    selectCell,
  };
}
