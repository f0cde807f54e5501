// The bench's measures on Microsoft's Excel runtime (test/office-runtime) answered from the
// in-memory workbook: a Generate's syncs, bytes and write request, a naive adapter's syncs under a
// simulated round trip, and the pane's *Add clusters' results*. scripts/bench.ts runs them.
import { buildOutputSheets } from "../src/core/sheets";
import { evaluateWorkbook } from "../src/core/run/evaluate";
import { runGenerate } from "../src/excel";
import { runAddClusters } from "../src/excel/province";
import { layoutSize, valueGrid } from "../src/excel/cells";
import { reportPartXml } from "../src/core";
import { measureWire } from "../test/office-runtime/measure";
import { installRuntimeWith } from "../test/support/host";
import { syntheticWorkbook } from "../test/support/synthetic";
import { pickedFiles } from "../test/support/unitFiles";

export const DATE = { year: 2024, month: 7, day: 24 };

/**
 * What the write cannot do without, from one evaluation of the workbook: UTF-8 bytes of the
 * output sheets' values alone, as JSON, and the wire bytes of the report's custom XML part (its
 * text as a JSON string, quotes escaped, as the runtime serialises the `customXmlParts.add` argument).
 */
function contentBytes(units: number): { values: number; reportPart: number } {
  const evaluation = evaluateWorkbook(syntheticWorkbook(units));
  const layouts = buildOutputSheets(evaluation, { date: DATE });
  const values = layouts.reduce((sum, layout) => {
    const { rows, cols } = layoutSize(layout);
    return sum + Buffer.byteLength(JSON.stringify(valueGrid(layout, rows, cols)), "utf8");
  }, 0);
  return { values, reportPart: Buffer.byteLength(JSON.stringify(reportPartXml(evaluation.report)), "utf8") };
}

/** a ÷ b to one decimal; b is floored at a hundredth so an instant run cannot divide by zero. */
export function ratio(a: number, b: number): number {
  return Math.round((a / Math.max(0.01, b)) * 10) / 10;
}

/** Delays every sync of every Excel.run by the simulated round trip. */
function withLatency(ms: number): () => void {
  const excel = (globalThis as unknown as { Excel: { run: (...args: unknown[]) => Promise<unknown> } }).Excel;
  const realRun = excel.run;
  excel.run = (...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const delayed = (context: Excel.RequestContext) => {
      const sync = context.sync.bind(context);
      context.sync = (async (passThrough?: unknown) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        return sync(passThrough);
      }) as typeof context.sync;
      return batch(context);
    };
    return realRun(...args.slice(0, -1), delayed);
  };
  return () => (excel.run = realRun);
}

/** The runtime's own clean-up after `Excel.run` (releasing references), which no sync of ours asked for. */
function isCleanUp(actions: string[]): boolean {
  return actions.every((action) => action === "1 " || action === "3 _RemoveReference");
}

export async function generateInHost(
  units: number,
  latency = 0,
): Promise<{ syncs: number; bytesSent: number; bytesReceived: number; ms: number }> {
  const installed = installRuntimeWith(syntheticWorkbook(units));
  const restore = latency > 0 ? withLatency(latency) : () => undefined;
  try {
    installed.host.resetStats();
    const start = Date.now();
    await runGenerate(undefined, { date: DATE });
    const ms = Date.now() - start;
    await installed.settled();
    const syncs = installed.requests.filter((request) => !isCleanUp(request.actions)).length;
    return { syncs, bytesSent: installed.host.bytesSent, bytesReceived: installed.host.bytesReceived, ms };
  } finally {
    restore();
    installed.uninstall();
  }
}

/** What a first attempt often looks like: one sync per sheet read, cell by cell writes batched per row. */
export async function naiveGenerate(units: number, latency: number): Promise<{ syncs: number; ms: number }> {
  const installed = installRuntimeWith(syntheticWorkbook(units));
  const restore = withLatency(latency);
  try {
    installed.host.resetStats();
    const start = Date.now();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const snapshot = { sheets: [] as Array<{ name: string; cells: unknown[][]; merges: [] }> };
      for (const sheet of sheets.items) {
        const used = sheet.getUsedRange(true).load("values");
        await context.sync();
        snapshot.sheets.push({ name: sheet.name, cells: used.values, merges: [] });
      }
      const evaluation = evaluateWorkbook(snapshot as never);
      const [summary] = buildOutputSheets(evaluation, { date: DATE });
      const target = context.workbook.worksheets.add("naive summary");
      for (let r = 0; r < summary.values.length; r++) {
        summary.values[r].forEach((v, c) => (target.getRangeByIndexes(r, c, 1, 1).values = [[v === null ? "" : v]]));
        await context.sync();
      }
    });
    const ms = Date.now() - start;
    await installed.settled();
    return { syncs: installed.requests.filter((request) => !isCleanUp(request.actions)).length, ms };
  } finally {
    restore();
    installed.uninstall();
  }
}

/**
 * The pane's *Add clusters' results* on the same summaries, picked as base64, into a blank
 * workbook on Microsoft's runtime: its syncs (the clean-up request after `Excel.run` not counted,
 * as for Generate) and its largest request in KB as the runtime serialises it.
 */
export async function deskInHost(summaries: string[]): Promise<{ syncs: number; largestKb: number; sheets: number }> {
  const picked = await pickedFiles(summaries);
  const installed = installRuntimeWith({ sheets: [{ name: "Sheet1", cells: [], merges: [] }] });
  try {
    const result = await runAddClusters(picked, { date: DATE });
    await installed.settled();
    const syncs = installed.requests.filter((request) => !isCleanUp(request.actions)).length;
    const largestKb = Math.round(Math.max(...installed.requests.map((request) => request.bytes)) / 1024);
    return { syncs, largestKb, sheets: result.sheets.length };
  } finally {
    installed.uninstall();
  }
}

export interface WireFigures {
  requests: number;
  totalKb: number;
  largestKb: number;
  writeActions: number;
  writeKb: number;
  /** The report's custom XML part in the write (§9.1), KB on the wire. */
  reportPartKb: number;
  /** The write less its report part, over the values' bytes. */
  writeOverValues: number;
  /** The write's actions by what they do. */
  writeKinds: Record<string, number>;
}

/**
 * What Microsoft's runtime really sends for one Generate: requests (the clean-up it sends after
 * Excel.run included) and their sizes as serialised, the figures Excel's limits apply to. The
 * write is the largest request; its actions and its size over the values' own bytes show how much
 * formatting and addressing rides along with the data. The report's part (§9.1) is content, not
 * formatting, and came after the budgets were set: the size over the values leaves it out (it is
 * reported on its own).
 */
export async function wireFigures(n: number): Promise<WireFigures> {
  const figures = await measureWire(n);
  // The write: from its first request to the last one of the add-in's (a clean-up of released
  // references, if any, is all `_RemoveReference` and small; it is left out when present).
  const last = figures.requestActions.length - (figures.requestBytes[figures.requestBytes.length - 1] < 1024 ? 1 : 0);
  const writeBytes = figures.requestBytes.slice(figures.firstWrite, last).reduce((a, b) => a + b, 0);
  const writeActions = figures.requestActions.slice(figures.firstWrite, last).reduce((a, b) => a + b, 0);
  const content = contentBytes(n);
  const partBytes = content.reportPart;
  return {
    requests: figures.requests,
    totalKb: Math.round(figures.totalBytes / 1024),
    largestKb: Math.round(figures.largestBytes / 1024),
    writeActions,
    writeKb: Math.round(writeBytes / 1024),
    reportPartKb: Math.round(partBytes / 1024),
    writeOverValues: ratio(writeBytes - partBytes, content.values),
    writeKinds: figures.writeKinds,
  };
}
