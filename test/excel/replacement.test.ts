// Replacing the summary on Microsoft's runtime: a failure at any request, or after any number of
// commands of the write, leaves either the complete old outputs or the complete new ones of one
// run and no temporary sheet; the add-in's sheets are overwritten in place so formulas pointing
// at them keep working; a sheet the user made under an output's name is never replaced.
import * as path from "path";
import { toA1 } from "../../src/core/model/address";
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { OUTPUT_MARK } from "../../src/core";
import { runGenerate, runValidate } from "../../src/excel";
import { COMPLETE_MARK, parseCompleteMark } from "../../src/excel/marks";
import { TEMP_SHEET_PREFIX } from "../../src/excel/outputSheets";
import { UserFacingError } from "../../src/excel/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { installRuntimeWith } from "../support/host";
import { outputsOf as outputsOfSheets, runIdsOf as runIdsOfSheets } from "../support/outputs";
import { uninstallOfficeRuntime } from "../office-runtime";

const SAMPLE = path.resolve(__dirname, "../../assets/cluster18-2024-h1.xlsx");
const DATE = { year: 2024, month: 7, day: 24 };
const OUTPUTS = ["Tổng hợp", "Chi tiết", "Kiểm tra"];

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE);
});

function install(snapshot: WorkbookSnapshot, options: Parameters<typeof installRuntimeWith>[1] = {}) {
  installed = installRuntimeWith(snapshot, options);
  return installed;
}

/** A unit's changed score, so a new summary differs from the old one. */
function changeScore(run: ReturnType<typeof installRuntimeWith>): void {
  run.host.setCells("Lam Sơn", "G15", [["Không đạt"]]);
}

const outputsOf = (run: ReturnType<typeof installRuntimeWith>) => outputsOfSheets(run, OUTPUTS);
const runIdsOf = (run: ReturnType<typeof installRuntimeWith>) => runIdsOfSheets(run, OUTPUTS);

async function generateOn(snapshot: WorkbookSnapshot, times: number, change: boolean) {
  const run = install(snapshot);
  for (let i = 0; i < times; i++) await runGenerate(undefined, { date: DATE });
  if (change) changeScore(run);
  await run.settled();
  return run;
}

/** A number of commands, or `last-k`: all but the last k, which fail inside the promotion. */
type Applied = "none" | "half" | "all" | number | `last-${number}`;

/** Per kind of run: the outputs before and after a clean Generate, and its write request's commands. */
type Expected = Record<string, { before: ReturnType<typeof outputsOf>; after: ReturnType<typeof outputsOf>; writeCommands: number }>;
let expectedRuns: Promise<Expected> | null = null;
function expectedOutputs(): Promise<Expected> {
  expectedRuns ??= (async () => {
    const expected: Expected = {};
    for (const run of ["first run", "later run"]) {
      const previous = run === "first run" ? 0 : 1;
      const before = outputsOf(await generateOn(sample, previous, true));
      installed?.uninstall();
      const clean = await generateOn(sample, previous, true);
      clean.host.resetStats();
      await runGenerate(undefined, { date: DATE });
      expected[run] = { before, after: outputsOf(clean), writeCommands: replacementCommands(clean.requests[2].actions) };
      // The summary's chart is part of what must come through whole: one chart, on the summary's own cells.
      expect(expected[run].after[0]?.charts).toEqual([
        expect.objectContaining({ name: "ThiDua_Chart", source: expect.stringMatching(/^Tổng hợp!/) }),
      ]);
      if (run === "later run") expect(expected[run].before[0]?.charts).toHaveLength(1);
      installed?.uninstall();
      installed = null;
    }
    return expected;
  })();
  return expectedRuns;
}

/**
 * The replacement's commands in a clean write request: all but the report's custom XML part (§9.1),
 * which Generate queues after the replacement ends by activating the summary, so that `last-k`
 * keeps meaning k commands before the replacement's end.
 */
function replacementCommands(actions: string[]): number {
  const end = actions.lastIndexOf("3 Activate") + 1;
  // The part's commands: the earlier part's deletion (with its objects) and the new part's add.
  expect(actions.length - end).toBeGreaterThanOrEqual(1);
  expect(actions.length - end).toBeLessThanOrEqual(5);
  return end;
}

/** Commands to apply before a failure: `last-k` counts back from the end of a clean write request's replacement. */
function commandsOf(applied: Applied, writeCommands: number): number | "none" | "half" | "all" {
  return typeof applied === "string" && applied.startsWith("last-")
    ? writeCommands - Number(applied.slice(5))
    : (applied as number | "none" | "half" | "all");
}

/** The outputs are complete and of one run: old or new contents, every mark naming the same run. */
function expectOneRun(workbook: ReturnType<typeof installRuntimeWith>, inputs: unknown[], expected: Expected[string]) {
  expect(workbook.host.sheetNames().filter((n) => n.startsWith(TEMP_SHEET_PREFIX))).toEqual([]);
  expect(sample.sheets.map((s) => workbook.host.snapshotSheet(s.name))).toEqual(inputs);
  const now = outputsOf(workbook);
  const isOld = JSON.stringify(now) === JSON.stringify(expected.before);
  const isNew = JSON.stringify(now) === JSON.stringify(expected.after);
  expect({ isOld, isNew }).not.toEqual({ isOld: false, isNew: false });
  const ids = runIdsOf(workbook).filter((id) => id !== null);
  expect(new Set(ids).size).toBeLessThanOrEqual(1);
  expect(ids.length === 0 || ids.length === OUTPUTS.length).toBe(true);
  return { isNew, ids };
}

describe("a failure while Generate replaces the outputs", () => {
  const cases: Array<[string, number, Applied]> = [];
  for (const run of ["first run", "later run"]) {
    for (const at of [1, 2, 3, 4]) for (const applied of ["none", "half", "all"] as const) cases.push([run, at, applied]);
    // The write request holds thousands of commands: fail it early, part-way and late.
    for (const applied of [1, 5, 25, 100, 250, 1000, 2500]) cases.push([run, 3, applied]);
    // The promotion is the write request's tail: fail between its commands too.
    for (const k of [2, 10, 30, 60, 120]) cases.push([run, 3, `last-${k}`]);
  }

  let expected: Expected;
  beforeAll(async () => {
    expected = await expectedOutputs();
  }, 120_000);

  it.each(cases)(
    "leaves complete outputs of one run (%s, request %i fails, %p commands applied)",
    async (run, at, applied) => {
      const previous = run === "first run" ? 0 : 1;
      const workbook = await generateOn(sample, previous, true);
      const inputs = sample.sheets.map((s) => workbook.host.snapshotSheet(s.name));
      workbook.host.failAtSync(at, "GeneralException", { applied: commandsOf(applied, expected[run].writeCommands) });
      let failed = false;
      await runGenerate(undefined, { date: DATE }).catch((error) => {
        failed = true;
        expect(error).toBeInstanceOf(UserFacingError);
      });
      await workbook.settled();
      const { isNew } = expectOneRun(workbook, inputs, expected[run]);
      // A run that reported success wrote the new outputs.
      if (!failed) expect(isNew).toBe(true);
    },
    60_000,
  );
});

describe("a failure while Generate replaces the outputs, and its recovery fails too", () => {
  // Generate's requests: 1 names, 2 data, 3 writes (fails here). Every range of the write and of
  // the promotion is untracked, so the runtime sends no clean-up request after a run; the
  // recovery's requests are names, marks, promotion (4-6). The next Generate meets what is left.
  /** The recovery's requests failing, counted from its first (0: names, 2: promotion). */
  const RECOVERY_FAILURES: Array<[number, Applied]> = [
    [0, "none"],
    [2, "half"],
  ];
  /** The number of the recovery's first request, however far the write got. */
  const RECOVERY_START = 4;
  /** How the next Generate goes: succeeds, or its write request fails after that many commands (its recovery works). */
  const NEXT: Array<"succeeds" | number> = ["succeeds", 1, 20, 200];
  const cases: Array<[string, Applied, number, Applied, "succeeds" | number]> = [];
  for (const run of ["first run", "later run"]) {
    // Early, half-way through the temporary sheets, and inside the promotion.
    for (const applied of [5, "half", "last-60", "last-30", "last-10"] as Applied[]) {
      for (const [offset, recoveryApplied] of RECOVERY_FAILURES)
        for (const next of NEXT) cases.push([run, applied, RECOVERY_START + offset, recoveryApplied, next]);
    }
  }

  let expected: Expected;
  beforeAll(async () => {
    expected = await expectedOutputs();
  }, 120_000);

  it("finishes from the interrupted run's complete sheets instead of deleting them (later run)", async () => {
    const run = "later run";
    const workbook = await generateOn(sample, 1, true);
    const inputs = sample.sheets.map((s) => workbook.host.snapshotSheet(s.name));
    workbook.host.resetStats();
    // The write fails inside the promotion; the recovery cannot even read the sheet names: its
    // first request is 4 (nothing is kept, so there is no clean-up request between).
    workbook.host.failAtSync(3, "GeneralException", { applied: commandsOf("last-30", expected[run].writeCommands) });
    workbook.host.failAtSync(4, "GeneralException", { applied: "none" });
    await expect(runGenerate(undefined, { date: DATE })).rejects.toBeInstanceOf(UserFacingError);
    await workbook.settled();
    // Half replaced: the outputs name two runs, and the interrupted run's complete sheets wait.
    const mixed = runIdsOf(workbook);
    expect(new Set(mixed).size).toBeGreaterThan(1);
    const waiting = workbook.core.state.sheets
      .filter((s) => s.name.startsWith(TEMP_SHEET_PREFIX))
      .map((s) => parseCompleteMark(s.names?.find((n) => n.name === COMPLETE_MARK)?.formula.replace(/^="|"$/g, "")));
    expect(waiting.length).toBeGreaterThan(0);
    const interrupted = waiting[0]?.runId;
    expect(waiting.every((mark) => mark !== null && mark.runId === interrupted)).toBe(true);
    expect(mixed).toContain(interrupted);

    // The next Generate fails after its first command; it had started by finishing those sheets.
    workbook.host.resetStats();
    workbook.host.failAtSync(3, "GeneralException", { applied: 1 });
    await expect(runGenerate(undefined, { date: DATE })).rejects.toBeInstanceOf(UserFacingError);
    await workbook.settled();
    const { ids, isNew } = expectOneRun(workbook, inputs, expected[run]);
    expect(isNew).toBe(true);
    expect(ids).toEqual(OUTPUTS.map(() => interrupted));
  }, 60_000);

  it.each(cases)(
    "the next Generate leaves complete outputs of one run (%s, write fails after %p commands, recovery request %i fails with %p applied, next Generate: %p)",
    async (run, applied, recoveryAt, recoveryApplied, next) => {
      const previous = run === "first run" ? 0 : 1;
      const workbook = await generateOn(sample, previous, true);
      const inputs = sample.sheets.map((s) => workbook.host.snapshotSheet(s.name));
      workbook.host.resetStats();
      workbook.host.failAtSync(3, "GeneralException", { applied: commandsOf(applied, expected[run].writeCommands) });
      workbook.host.failAtSync(recoveryAt, "GeneralException", { applied: commandsOf(recoveryApplied, 0) });
      await expect(runGenerate(undefined, { date: DATE })).rejects.toBeInstanceOf(UserFacingError);
      await workbook.settled();
      // The failure hit the recovery (not the runtime's clean-up).
      expect(workbook.requests[recoveryAt - 1].outcome).toBe("GeneralException");
      expect(workbook.requests[recoveryAt - 1].actions.some((a) => a.endsWith("_RemoveReference"))).toBe(false);
      // Where the recovery got far enough to leave no temporary sheet, it left one run's outputs.
      if (!workbook.host.sheetNames().some((n) => n.startsWith(TEMP_SHEET_PREFIX))) expectOneRun(workbook, inputs, expected[run]);

      workbook.host.resetStats();
      if (next !== "succeeds") workbook.host.failAtSync(3, "GeneralException", { applied: next });
      let failed = false;
      await runGenerate(undefined, { date: DATE }).catch((error) => {
        failed = true;
        expect(error).toBeInstanceOf(UserFacingError);
      });
      await workbook.settled();
      expect(failed).toBe(next !== "succeeds");
      const { isNew, ids } = expectOneRun(workbook, inputs, expected[run]);
      if (!failed) {
        expect(isNew).toBe(true);
        expect(ids).toHaveLength(OUTPUTS.length);
        // Finishing the leftovers rides in the write request: still three requests, no clean-up.
        expect(workbook.requests).toHaveLength(3);
      }
    },
    60_000,
  );
});

describe("the user's own work around the outputs", () => {
  /**
   * The summary's first total (under its `Tổng điểm` header), which the changed score below
   * moves; found in the written sheet, so a change of layout cannot leave the test pointing at
   * a label.
   */
  function topTotal(run: ReturnType<typeof install>): string {
    const values = run.host.values("Tổng hợp");
    for (let row = 0; row < values.length; row++) {
      const col = values[row].indexOf("Tổng điểm");
      if (col < 0) continue;
      for (let below = row + 1; below < values.length; below++) {
        if (typeof values[below][col] === "number") return toA1({ row: below, col });
      }
    }
    throw new Error("no total on the summary");
  }

  async function withReference(options: Parameters<typeof installRuntimeWith>[1]) {
    const run = install(sample, options);
    await runGenerate(undefined, { date: DATE });
    const TOP_TOTAL = topTotal(run);
    // The user adds a sheet with a formula reading the summary.
    await Excel.run(async (context) => {
      const notes = context.workbook.worksheets.add("Ghi chú");
      notes.getRange("A1").formulas = [[`='Tổng hợp'!${TOP_TOTAL}`]];
      await context.sync();
    });
    const first = run.host.values("Ghi chú", "A1")[0][0];
    changeScore(run);
    await run.settled();
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    return {
      first,
      second: run.host.values("Ghi chú", "A1")[0][0],
      summary: run.host.values("Tổng hợp", TOP_TOTAL)[0][0],
      run,
      topTotal: TOP_TOTAL,
    };
  }

  it("keeps a formula on another sheet pointing at the new summary (ExcelApi 1.9: overwritten in place)", async () => {
    const { first, second, summary, run, topTotal: TOP_TOTAL } = await withReference({ requirementSets: { ExcelApi: "1.14" } });
    expect(typeof first).toBe("number");
    expect(second).toBe(summary);
    expect(second).not.toBe(first);
    expect(run.host.formulas("Ghi chú", "A1")[0][0]).toBe(`='Tổng hợp'!${TOP_TOTAL}`);
  }, 60_000);

  it("gives a summary kept in place the page setup of a new one: a header or centring changed by hand does not stay", async () => {
    const run = install(sample, { requirementSets: { ExcelApi: "1.14" } });
    await runGenerate(undefined, { date: DATE });
    const pageOf = () =>
      Excel.run(async (context) => {
        const page = context.workbook.worksheets.getItem("Tổng hợp").pageLayout;
        const all = page.headersFooters.defaultForAllPages.load("centerHeader,centerFooter");
        const group = page.headersFooters.load("state");
        page.load("centerHorizontally");
        await context.sync();
        return { header: all.centerHeader, footer: all.centerFooter, state: group.state, centred: page.centerHorizontally };
      });
    const fresh = await pageOf();
    await Excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem("Tổng hợp").pageLayout;
      page.centerHorizontally = !fresh.centred;
      page.headersFooters.state = "FirstAndDefault" as Excel.HeaderFooterState;
      page.headersFooters.defaultForAllPages.centerHeader = "Bản nháp";
      page.headersFooters.defaultForAllPages.centerFooter = "";
      await context.sync();
    });
    changeScore(run);
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    expect(fresh.header).toBe("");
    expect(await pageOf()).toEqual(fresh);
  }, 60_000);

  it("cannot keep it below ExcelApi 1.9, where the old sheet is deleted and Excel turns the reference into #REF!", async () => {
    const { second } = await withReference({ requirementSets: { ExcelApi: "1.8" } });
    expect(second).toBe("#REF!");
  }, 60_000);

  it("marks the sheets it writes with hidden names", async () => {
    const run = await generateOn(sample, 1, false);
    for (const name of OUTPUTS) {
      const names = run.core.state.sheets.find((s) => s.name === name)?.names ?? [];
      expect(names.map((n) => [n.name, n.visible])).toEqual(
        expect.arrayContaining([
          [OUTPUT_MARK, false],
          [COMPLETE_MARK, false],
        ]),
      );
    }
  }, 60_000);

  it.each([
    ["vi-VN", "Tổng hợp", /không do Thi Đua tạo ra/],
    ["en-US", "Summary", /Thi Đua did not create/],
  ])(
    "refuses, in the user's language (%s), to replace a sheet the user made named “%s”",
    async (language, name, message) => {
      const own: WorkbookSnapshot = { sheets: [...sample.sheets, { name, cells: [["my own notes"]], merges: [] }] };
      const run = install(own, { displayLanguage: language });
      const before = run.host.snapshotSheet(name);
      await expect(runGenerate(undefined, { date: DATE })).rejects.toThrow(message);
      await run.settled();
      expect(run.host.snapshotSheet(name)).toEqual(before);
      expect(run.host.sheetNames()).toEqual(own.sheets.map((s) => s.name));
    },
    60_000,
  );
});

describe("a listed unit's sheet named like an output", () => {
  /** The sample with the unit sheet Lam Sơn renamed `Chi tiết`, in its tab and in the units list. */
  function withUnitSheetNamedDetails(): WorkbookSnapshot {
    return {
      sheets: sample.sheets.map((sheet) => {
        if (sheet.name === "Lam Sơn") return { ...sheet, name: "Chi tiết" };
        if (sheet.name !== "Thiết lập") return sheet;
        return { ...sheet, cells: sheet.cells.map((row) => row.map((value) => (value === "Lam Sơn" ? "Chi tiết" : value))) };
      }),
    };
  }

  it("is read and ranked, kept by Generate, and the outputs take the next free name, run after run", async () => {
    const book = withUnitSheetNamedDetails();
    const run = install(book);
    const validated = await runValidate();
    const unit = validated.report.units.find((u) => u.sheet === "Chi tiết");
    expect(unit?.status).toBe("ranked");
    const before = run.host.snapshotSheet("Chi tiết");

    await runGenerate(undefined, { date: DATE });
    await run.settled();
    const once = run.host.sheetNames();
    expect(once.slice(0, 3)).toEqual(["Tổng hợp", "Chi tiết (2)", "Kiểm tra"]);
    expect(run.host.snapshotSheet("Chi tiết")).toEqual(before);
    const marked = (name: string) =>
      run.core.state.sheets.find((s) => s.name === name)?.names?.some((n) => n.name === OUTPUT_MARK) ?? false;
    expect(once.filter(marked)).toEqual(["Tổng hợp", "Chi tiết (2)", "Kiểm tra"]);

    // A second run replaces its own `Chi tiết (2)` and still ranks the unit.
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    expect(run.host.sheetNames()).toEqual(once);
    expect(run.host.snapshotSheet("Chi tiết")).toEqual(before);
    expect((await runValidate()).report.units.find((u) => u.sheet === "Chi tiết")?.status).toBe("ranked");
  }, 60_000);
});
