// What one Generate sends on the wire, as Microsoft's runtime serialises it, for the benchmark and
// the payload tests: `measureWire(units)` installs a synthetic workbook of that many units, runs
// Generate once and reports every request, the clean-up after the run included.
import { runGenerate } from "../../src/excel";
import type { RequestBody, WireAction } from "./executor";
import { installRuntimeWith } from "../support/host";
import { syntheticWorkbook } from "../support/synthetic";

export interface WireFigures {
  units: number;
  /** Requests the runtime sent, the one after `Excel.run` included. */
  requests: number;
  /** UTF-8 bytes of each request's JSON, in order. */
  requestBytes: number[];
  /** The index of the first write request (formats or values), after the reads. */
  firstWrite: number;
  /** Each request's number of actions (commands, instantiations, references kept or released). */
  requestActions: number[];
  totalBytes: number;
  largestBytes: number;
  /** The write requests' actions by what they do (see `actionKind`). */
  writeKinds: Record<string, number>;
  /** The ranges the write requests reach (their object paths that make a range). */
  writeRanges: number;
}

/**
 * What an action of a write does, from the chain of object paths it acts on: a range made (once
 * each: the writes are queued outside any Excel.run's tracking, run.ts `Writes`), a sheet added,
 * or else by its subject, the instantiation of the objects it goes through (format, font,
 * borders, page layout, …) counted with it.
 */
export function actionKind(action: WireAction, body: RequestBody): string {
  const chain: string[] = [];
  for (let path = body.ObjectPaths[action.ObjectPathId]; path; path = body.ObjectPaths[path.ParentObjectPathId ?? -1])
    chain.unshift(path.Name);
  const own = chain[chain.length - 1] ?? "";
  const on = (name: string) => chain.includes(name);
  const made = action.ActionType === 1;
  if (made && /^GetRange/.test(own)) return "ranges made";
  if (made && own === "Add" && chain[chain.length - 2] === "Worksheets") return "sheets added";
  // The runtime cuts a large array write into slices of rows, each its own row and bounding range.
  if (on("GetRow") || on("GetBoundingRect")) return "values and number formats";
  if (on("Borders")) return "borders (style, weight, colour per edge)";
  if (action.Name === "Merge") return "merges";
  if (on("Names")) return "marks (hidden names)";
  if (on("CustomXmlParts")) return "report part";
  if (on("Charts")) return "chart";
  if (on("PageLayout") || on("FreezePanes") || on("HorizontalPageBreaks") || ["Gridlines", "TabColor"].includes(action.Name))
    return "sheet frame and print";
  if (action.Name === "Values" || action.Name === "NumberFormat") return "values and number formats";
  if (on("Format") || /^Set(Column|Row)Properties$/.test(action.Name)) return "fonts, fills, alignment and sizes";
  return made ? "sheets and the application reached" : "sheets placed (name, position, activate) and screen";
}

/**
 * Runs Generate on `units` synthetic units through the runtime and measures its requests. Puts
 * `Excel`/`Office`/`OfficeExtension` on the global object while it runs and removes them after.
 * @example const { requests, totalBytes } = await measureWire(200);
 */
export async function measureWire(units: number): Promise<WireFigures> {
  const installed = installRuntimeWith(syntheticWorkbook(units));
  // Tallied as each request is sent: once answered, the runtime rewrites the paths it reuses.
  const kindsPerRequest: Array<Record<string, number>> = [];
  const rangesPerRequest: number[] = [];
  installed.executor.onRequest = (body) => {
    const kinds: Record<string, number> = {};
    for (const action of body.Actions) {
      const kind = actionKind(action, body);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    kindsPerRequest.push(kinds);
    rangesPerRequest.push(Object.values(body.ObjectPaths).filter((path) => /^GetRange/.test(path.Name)).length);
  };
  try {
    await runGenerate(undefined, { date: { year: 2024, month: 7, day: 24 } });
    await installed.settled();
    const requestBytes = installed.requests.map((r) => r.bytes);
    const firstWrite = installed.requests.findIndex((r) => r.actions.some((a) => a === "4 NumberFormat" || a === "4 Values"));
    const writeKinds: Record<string, number> = {};
    for (const kinds of kindsPerRequest.slice(firstWrite))
      for (const kind of Object.keys(kinds)) writeKinds[kind] = (writeKinds[kind] ?? 0) + kinds[kind];
    return {
      units,
      requests: requestBytes.length,
      requestBytes,
      requestActions: installed.requests.map((r) => r.actionCount),
      firstWrite,
      writeKinds,
      writeRanges: rangesPerRequest.slice(firstWrite).reduce((a, b) => a + b, 0),
      totalBytes: requestBytes.reduce((a, b) => a + b, 0),
      largestBytes: Math.max(...requestBytes),
    };
  } finally {
    installed.uninstall();
  }
}
