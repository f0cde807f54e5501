// Replacing the add-in's output sheets so that a failure at any point leaves either the complete
// old outputs or the complete new ones of one run: every new sheet is written complete under a
// temporary name and marked (marks.ts), then promoted in place of the old one in the same request
// (copied over it, so what points at it keeps working, or renamed). What an interrupted run leaves
// is finished from the marks by recovery.ts.
import { baseOutputName, nameKey, OUTPUT_MARK, SUMMARY_CHART_NAME } from "../core";
import type { SheetLayout } from "../core";
import { layoutSize } from "./cells";
import { chartOperations } from "./chart";
import type { ExcelFeatures } from "./features";
import { addMark, COMPLETE_MARK, completeFormula, MARK_BYTES, type CompleteMark } from "./marks";
import { existingOutput, GENERATE_OUTPUTS, temporaryName, type OutputNames } from "./outputSheets";
import { PAYLOAD_BUDGET_BYTES } from "./read";
import type { Writes } from "./run";
import { queueSheetFrame } from "./sheetSettings";
import { layoutOperations, queueInBatches, type WriteOperation } from "./write";

/** One output sheet being replaced: where it is written first and which sheet it replaces. */
export interface PlannedOutput {
  temp: string;
  mark: CompleteMark;
  /** Its layout, for the sheet's frame (widths, panes, print); null for a leftover of another run. */
  layout: SheetLayout | null;
  /** The add-in's existing sheet for this output (this or the other language's name), or null. */
  existing: string | null;
}

export interface ReplacementPlan {
  runId: string;
  outputs: PlannedOutput[];
  layouts: SheetLayout[];
  features: ExcelFeatures;
  /**
   * Units' sheets named like outputs (no output mark, named by the units list): never replaced
   * or deleted; the outputs take the next free names beside them.
   */
  unitSheets: Set<string>;
  /** Whose outputs these are: Generate's, or the province's desk's (outputSheets.ts). */
  family: OutputNames;
}

/**
 * The planned outputs of run `runId` (ownership.ts): temporary names, and the add-in's sheet each
 * one replaces among `existing` (the sheets once the leftovers of an earlier run are finished).
 */
export function planReplacement(
  runId: string,
  existing: string[],
  layouts: SheetLayout[],
  features: ExcelFeatures,
  unitSheets: string[],
  alsoTaken: string[],
  family: OutputNames = GENERATE_OUTPUTS,
): ReplacementPlan {
  // Names of sheets deleted earlier in the same request are not reused either.
  const taken = new Set([...existing, ...alsoTaken].map(nameKey));
  // A unit's sheet is never the output a layout replaces.
  const names = new Set(existing.filter((name) => !unitSheets.includes(name)));
  const outputs = layouts.map((layout, i) => {
    // The sheet under the new name first; else the other language's (renamed, so links follow).
    const { rows, cols } = layoutSize(layout);
    const mark: CompleteMark = { runId, index: i, count: layouts.length, rows, cols, final: layout.name };
    return { temp: temporaryName(taken, runId, i), mark, layout, existing: existingOutput(layout.name, names, family) };
  });
  return { runId, outputs, layouts, features, unitSheets: new Set(unitSheets), family };
}

/**
 * Queues every new sheet complete under a temporary name, each ending with its completeness mark;
 * only a workbook too large for one request is synced here, in parts. The caller queues the
 * promotion behind the last part: Excel runs a request's commands in order and stops at the
 * first failure, so the promotion runs only after every mark is written, and after a failure
 * `recoverReplacement` reads the marks before it promotes anything.
 */
async function queueTemporarySheets(writes: Writes, plan: ReplacementPlan): Promise<Excel.Worksheet[]> {
  const context = writes.context;
  // Once, at the head of the write's first request (Microsoft: not repeatedly, not in a loop); a
  // workbook written in one request, as any up to thousands of units is, is written unseen whole.
  if (plan.features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  const worksheets = context.workbook.worksheets;
  const added = plan.outputs.map((p) => worksheets.add(p.temp));
  const operations: WriteOperation[] = [];
  plan.layouts.forEach((layout, i) => {
    operations.push({ bytes: MARK_BYTES, queue: () => addMark(added[i], OUTPUT_MARK, "=TRUE") });
    operations.push(...layoutOperations(added[i], layout, plan.features));
    operations.push({ bytes: MARK_BYTES, queue: () => addMark(added[i], COMPLETE_MARK, completeFormula(plan.outputs[i].mark)) });
  });
  await queueInBatches(writes, operations, PAYLOAD_BUDGET_BYTES);
  return added;
}

/**
 * Puts complete temporary sheets in place of the outputs, in one request. With Range.copyFrom
 * the add-in's existing sheet is kept and overwritten, so what points at it keeps working; without
 * it the old sheet is deleted and the temporary one renamed. Temporary sheets go last, so a
 * failure part-way leaves them for `recoverReplacement` to finish from. An output without its
 * layout (a leftover of another run) keeps the frame of the sheet it is copied into: the add-in's
 * sheet of the same kind. `added`: the temporary sheets as this run added them, reached again
 * by name otherwise (each getItem is an action).
 */
export function queuePromotion(
  context: Excel.RequestContext,
  outputs: PlannedOutput[],
  which: number[],
  existingNow: Array<string | null>,
  features: ExcelFeatures,
  added: Excel.Worksheet[] = [],
): Excel.Worksheet[] {
  const worksheets = context.workbook.worksheets;
  const copied: Excel.Worksheet[] = [];
  // Each output's sheet once promoted, reached again for its position (each getItem is an action).
  const finals: Excel.Worksheet[] = [];
  for (const i of which) {
    const { temp: tempName, mark, layout } = outputs[i];
    const existing = existingNow[i];
    const temp = added[i] ?? worksheets.getItem(tempName);
    if (existing !== null && features.copyInPlace) {
      const target = worksheets.getItem(existing);
      // On the writes' own context, as every range of the write: nothing for a clean-up to release.
      target.getRange().clear();
      if (layout) target.freezePanes.unfreeze();
      // Page breaks are the sheet's too: the last run's go, the frame below sets this run's.
      if (layout && features.printSetup) target.horizontalPageBreaks.removePageBreaks();
      target
        .getRangeByIndexes(0, 0, mark.rows, mark.cols)
        .copyFrom(temp.getRangeByIndexes(0, 0, mark.rows, mark.cols), "All" as Excel.RangeCopyType);
      if (layout) {
        queueSheetFrame(target, layout, features, { kept: true });
        // Charts are the sheet's, not its cells': the copy brought none, so the kept sheet's chart
        // from the last run is replaced by one drawn from its new cells (a chart of the user's stays).
        const ours = new Set([SUMMARY_CHART_NAME, ...layout.charts.map((chart) => chart.name)]);
        for (const name of ours) target.charts.getItemOrNullObject(name).delete();
        for (const operation of chartOperations(target, layout, features)) operation.queue();
      }
      if (existing !== mark.final) target.name = mark.final;
      target.names.getItemOrNullObject(COMPLETE_MARK).delete();
      addMark(target, COMPLETE_MARK, completeFormula(mark));
      copied.push(temp);
      finals[i] = target;
    } else {
      if (existing !== null) worksheets.getItem(existing).delete();
      temp.name = mark.final;
      finals[i] = temp;
    }
  }
  outputs.forEach((output, i) => ((finals[i] ??= worksheets.getItem(output.mark.final)).position = i));
  for (const temp of copied) temp.delete();
  return finals;
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
    const output = plan.family.isOutput(name) || (marked.has(name) && plan.family.isOutput(baseOutputName(name)));
    if (output && !kept.has(name) && !plan.unitSheets.has(name)) context.workbook.worksheets.getItem(name).delete();
  }
}

/**
 * Queues the whole replacement of a planned run: its temporary sheets complete and marked, their
 * promotion in place of the outputs, and the removal of the add-in's outputs this run does not
 * write (`marked`: the sheets that carry the output mark). The caller sends the last request.
 */
export async function queueReplacement(writes: Writes, plan: ReplacementPlan, existing: string[], marked: Set<string>): Promise<void> {
  const context = writes.context;
  const added = await queueTemporarySheets(writes, plan);
  const finals = queuePromotion(
    context,
    plan.outputs,
    plan.outputs.map((_, i) => i),
    plan.outputs.map((o) => o.existing),
    plan.features,
    added,
  );
  queueStaleOutputsRemoval(context, existing, plan, marked);
  // Last, so that Excel refusing to show it (InvalidSelection, run.ts `syncShowing`) loses nothing.
  finals[0].activate();
}
