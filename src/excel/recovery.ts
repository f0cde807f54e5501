// Finishing what an interrupted replacement left (replacement.ts), from the workbook and its
// marks alone: at the start of the next Generate, and right after a failed one.
import type { CompleteMark } from "./marks";
import { marksFrom, queueMarks } from "./marks";
import { existingOutput, isTemporary, layoutFor } from "./outputSheets";
import { queuePromotion, type PlannedOutput, type ReplacementPlan } from "./replacement";
import { mayTouch } from "./ownership";
import { loadSheets, Writes } from "./run";

/**
 * What a finish takes from the run at hand: the features, the layouts that give each output's
 * frame, the units' sheets named like outputs, which are never replaced, and which temporary
 * sheets it may finish or delete (ownership.ts: its own and abandoned ones, never another live
 * run's).
 */
type FinishContext = Pick<ReplacementPlan, "features" | "layouts" | "unitSheets"> &
  Partial<Pick<ReplacementPlan, "family">> & { touchable: (name: string) => boolean };

/** One run as its marks tell it. */
interface LeftoverRun {
  count: number;
  waiting: Map<number, { temp: string; mark: CompleteMark }>;
  /** Outputs in place under their final name, with that sheet's mark. */
  done: Map<number, CompleteMark>;
  /** The tab position of its last temporary sheet: a later run adds its sheets after. */
  newest: number;
}

/** The runs the marks tell of, each with its outputs waiting under temporary names and in place. */
function leftoverRuns(names: string[], marks: Map<string, CompleteMark | null>): Map<string, LeftoverRun> {
  const runs = new Map<string, LeftoverRun>();
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
  return runs;
}

/** The newest run with a temporary sheet whose every output is in place or waiting complete, or null. */
function newestCompleteRun(runs: Map<string, LeftoverRun>): LeftoverRun | null {
  let chosen: LeftoverRun | null = null;
  for (const entry of runs) {
    const run = entry[1];
    const complete = run.newest >= 0 && Array.from({ length: run.count }, (_, i) => i).every((i) => run.done.has(i) || run.waiting.has(i));
    if (complete && (chosen === null || run.newest > chosen.newest)) chosen = run;
  }
  return chosen;
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
 * `at.layouts`: the layout of the same output in the run at hand — the interrupted run's own in its
 * recovery, else the current Generate's, which rewrites it in the same request anyway.
 */
export function queueLeftoversFinish(
  context: Excel.RequestContext,
  names: string[],
  marks: Map<string, CompleteMark | null>,
  at: FinishContext,
): string[] {
  // Another live run's temporary sheets are as if absent: neither finished nor deleted.
  names = names.filter((name) => !isTemporary(name) || at.touchable(name));
  const temps = names.filter(isTemporary);
  if (temps.length === 0) return names;
  const chosen = newestCompleteRun(leftoverRuns(names, marks));
  const worksheets = context.workbook.worksheets;
  const promoted = new Set(chosen ? Array.from(chosen.waiting.values(), (w) => w.temp) : []);
  // Incomplete and superseded temporary sheets first: nothing in place comes from them.
  for (const temp of temps) if (!promoted.has(temp)) worksheets.getItem(temp).delete();
  const after = names.filter((n) => !isTemporary(n) || promoted.has(n));
  if (chosen === null) return after;
  return queueRunFinish(context, chosen, names, after, at);
}

/** Puts the chosen run's waiting outputs in place; returns the sheet names afterwards, in tab order. */
function queueRunFinish(context: Excel.RequestContext, run: LeftoverRun, names: string[], after: string[], at: FinishContext): string[] {
  const worksheets = context.workbook.worksheets;
  const indices = Array.from({ length: run.count }, (_, i) => i);
  const pending = indices.filter((i) => !run.done.has(i));
  const outputs: PlannedOutput[] = indices.map((i) => {
    const waiting = run.waiting.get(i);
    return {
      temp: waiting?.temp ?? "",
      mark: waiting?.mark ?? (run.done.get(i) as CompleteMark),
      layout: layoutFor(waiting?.mark.final ?? (run.done.get(i) as CompleteMark).final, at.layouts, at.family),
      existing: null,
    };
  });
  // A unit's sheet named like an output is never what an output replaces.
  const present = new Set(after.filter((n) => !at.unitSheets.has(n)));
  const existingNow = outputs.map((o) => existingOutput(o.mark.final, present, at.family));
  queuePromotion(context, outputs, pending, existingNow, at.features);
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
 * After a failed Generate (or desk run, excel/province.ts), from what the workbook holds now:
 * `queueLeftoversFinish` puts the newest complete set of outputs in place (this run's, or an
 * earlier interrupted run's) and deletes every other temporary sheet. Either way all outputs come
 * from one run and no temporary sheet is left. Three requests: the names, the marks, the promotion
 * (from its own context, run.ts `Writes`); one when no temporary sheet is left. When this fails
 * too, the next Generate finishes from the same marks. (Plain Excel.run, not `run`: its own
 * failure is ignored, the user hears of the one that brought it here.)
 */
export async function recoverReplacement(plan: ReplacementPlan): Promise<void> {
  const touchable = (name: string) => mayTouch(name, plan.runId);
  await Excel.run(async (context) => {
    const sheets = await loadSheets(context);
    if (!sheets.some((s) => isTemporary(s.name) && touchable(s.name))) return;
    const marks = queueMarks(sheets, true, touchable, plan.family);
    await context.sync();
    const writes = new Writes();
    const names = sheets.map((s) => s.name);
    queueLeftoversFinish(writes.context, names, marksFrom(marks).complete, { ...plan, touchable });
    await writes.send();
  });
}
