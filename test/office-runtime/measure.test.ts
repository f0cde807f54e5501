// The bench's breakdown of a Generate's write by what each action does (measure.ts), checked on
// Microsoft's runtime: every action is counted once, the merges are the layouts' merge commands.
// Inside Excel.run each range costs two instantiations even untracked (the runtime instantiates
// an object when it is made and again when the run starts tracking it; `untrack()` drops only the
// `_KeepReference`), which is why the writes are queued on a context outside the run's tracking
// (run.ts `Writes`): there each range is sent once.
import { buildOutputSheets, evaluateWorkbook } from "../../src/core";
import { mergeCommands } from "../../src/excel/sheetSettings";
import { syntheticWorkbook } from "../support/synthetic";
import { installOfficeRuntime, uninstallOfficeRuntime } from ".";
import type { RequestBody } from "./executor";
import { measureWire } from "./measure";

afterEach(uninstallOfficeRuntime);

describe("measureWire's breakdown of the write", () => {
  it("counts every action once, the merges as the layouts have them, and each range made once", async () => {
    const figures = await measureWire(7);
    const writeActions = figures.requestActions.slice(figures.firstWrite).reduce((a, b) => a + b, 0);
    const kinds = figures.writeKinds;
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(writeActions);

    const layouts = buildOutputSheets(evaluateWorkbook(syntheticWorkbook(7)), { date: { year: 2024, month: 7, day: 24 } });
    const merges = layouts.reduce((sum, layout) => sum + mergeCommands(layout.merges).length, 0);
    expect(merges).toBeGreaterThan(0);
    expect(kinds["merges"]).toBe(merges);
    expect(kinds["sheets added"]).toBe(layouts.length);

    // Each merge's range is made for it alone, and each range once: as many instantiations as
    // range paths in the write (twice as many if the writes were queued inside Excel.run).
    expect(kinds["ranges made"]).toBe(figures.writeRanges);
    expect(kinds["ranges made"]).toBeGreaterThanOrEqual(merges);
  }, 60_000);

  it("sees inside Excel.run two instantiations of an untracked range, and one outside it", async () => {
    const installed = installOfficeRuntime(globalThis, { sheets: [{ name: "A", cells: [[1]] }] });
    const bodies: RequestBody[] = [];
    installed.executor.onRequest = (body) => bodies.push(JSON.parse(JSON.stringify(body)) as RequestBody);
    const instantiationsOfRange = (body: RequestBody) =>
      body.Actions.filter((a) => a.ActionType === 1 && body.ObjectPaths[a.ObjectPathId]?.Name === "GetRangeByIndexes").length;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRangeByIndexes(0, 0, 1, 1).untrack().values = [[2]];
      await context.sync();
    });
    const outside = new Excel.RequestContext();
    outside.workbook.worksheets.getItem("A").getRangeByIndexes(0, 0, 1, 1).values = [[3]];
    await outside.sync();
    await installed.settled();
    expect(bodies.map(instantiationsOfRange)).toEqual([2, 1]);
    expect(installed.host.values("A")[0][0]).toBe(3);
  }, 60_000);
});
