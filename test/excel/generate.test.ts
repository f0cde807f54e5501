// The Office.js layer on Microsoft's Excel runtime (@microsoft/office-js), its requests answered
// from the in-memory workbook: the same report and the same summary as the command line, three
// requests per run at any size plus the runtime's clean-up request after the run, unit sheets
// untouched, and a failure at any request leaving either the old summary or the complete new one.
import * as ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { evaluateWorkbook } from "../../src/core";
import { buildOutputSheets } from "../../src/core/sheets";
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { runCreateTemplate, runGenerate, runPrepareConference, runValidate, selectCell } from "../../src/excel";
import { createExcelCapabilities } from "../../src/excel/capabilities";
import { TEMP_SHEET_PREFIX } from "../../src/excel/outputSheets";
import { PAYLOAD_BUDGET_BYTES } from "../../src/excel/read";
import { UserFacingError } from "../../src/excel/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { cleanUpOnly, installRuntimeWith, lastCell, seenFromExcelJs, seenFromHost } from "../support/host";
import { cleanEntries, criteriaSheet, DEFAULT_KEYS, settingsSheet, unitSheet } from "../support/workbook";
import { installOfficeRuntime, uninstallOfficeRuntime } from "../office-runtime";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/cluster18-2024-h1.xlsx");
const EXAMPLES = path.join(ROOT, "test/fixtures/examples");
const DATE = { year: 2024, month: 7, day: 24 };
const OUTPUTS = ["Tổng hợp", "Chi tiết", "Kiểm tra"];

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);
function install(snapshot: WorkbookSnapshot, options: Parameters<typeof installRuntimeWith>[1] = {}) {
  installed = installRuntimeWith(snapshot, options);
  return installed.host;
}

/** A workbook of n units built by hand, all clean. */
function unitsWorkbook(n: number): WorkbookSnapshot {
  const names = Array.from({ length: n }, (_, i) => `Đơn vị ${i + 1}`);
  return {
    sheets: [
      criteriaSheet(),
      settingsSheet(
        DEFAULT_KEYS,
        names.map((name) => ({ name, sheet: name })),
      ),
      ...names.map((name) => unitSheet(name, cleanEntries())),
    ],
  };
}

/** The sample with units renamed to text Excel would take for formulas. */
async function hostileSample(): Promise<WorkbookSnapshot> {
  const snapshot = await readWorkbookFile(SAMPLE);
  const settings = snapshot.sheets.find((s) => s.name === "Thiết lập");
  const hostile = ["=1+1", "+84 912 345 678", "-2+3 đơn vị", "@SUM(1,2)"];
  let k = 0;
  for (const row of settings?.cells ?? []) {
    if (typeof row[0] === "number" && typeof row[1] === "string" && k < hostile.length) row[1] = hostile[k++];
  }
  return snapshot;
}

/** Runs the command line on a snapshot's file and reads its output back. */
async function cliRun(input: string): Promise<{ report: unknown; workbook: ExcelJS.Workbook }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-parity-"));
  const out = path.join(dir, "out.xlsx");
  const json = path.join(dir, "report.json");
  const io = { stdout: () => undefined, stderr: () => undefined, today: () => DATE };
  await main(["summarize", input, "--out", out, "--json", json], io);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return { report: JSON.parse(fs.readFileSync(json, "utf8")), workbook };
}

describe("Generate in Excel", () => {
  const inputs: Array<[string, string]> = [
    ["the bundled sample", SAMPLE],
    ["the example with problems", path.join(EXAMPLES, "example-problems.xlsx")],
  ];

  it.each(inputs)(
    "gives the same report and the same summary cells and formats as the command line (%s)",
    async (_title, file) => {
      const host = install(await readWorkbookFile(file));
      const result = await runGenerate(undefined, { date: DATE });
      const cli = await cliRun(file);
      expect(JSON.parse(JSON.stringify(result.evaluation.report))).toEqual(cli.report);
      for (const name of OUTPUTS) {
        const fromCli = seenFromExcelJs(cli.workbook.getWorksheet(name) as ExcelJS.Worksheet);
        const extent = `A1:${lastCell(fromCli)}`;
        expect(seenFromHost(host, name, extent)).toEqual(fromCli);
      }
      expect(host.sheetNames().slice(0, 3)).toEqual(OUTPUTS);
      expect(cli.workbook.worksheets.slice(0, 3).map((s) => s.name)).toEqual(OUTPUTS);
    },
    60_000,
  );

  it("activates the summary and sets up printing and panes", async () => {
    const host = install(await readWorkbookFile(SAMPLE));
    await runGenerate(undefined, { date: DATE });
    expect(host.activeSheet()).toBe("Tổng hợp");
    const page = host.pageLayout("Tổng hợp");
    expect(page.orientation).toBe("Landscape");
    expect(page.paperSize).toBe("A4");
    expect(page.zoom).toMatchObject({ horizontalFitToPages: 1 });
    // The sample's table fits its page: no header repeats alone over the chart's page (§8.3).
    expect(host.printTitles("Tổng hợp").rows).toBeNull();
    expect(host.frozen("Tổng hợp").rows).toBeGreaterThan(5);
    expect(host.sheetInfo("Tổng hợp").showGridlines).toBe(false);
    // Every row height the layout sets, though neighbouring equal heights go in one command.
    const layouts = buildOutputSheets(evaluateWorkbook(await readWorkbookFile(SAMPLE)), { date: DATE });
    const heights = layouts[0].rowHeights;
    expect(host.rowHeights("Tổng hợp")).toEqual(
      Object.fromEntries(Object.keys(heights).map((r) => [String(Number(r) + 1), heights[Number(r)]])),
    );
    expect(Object.keys(host.hyperlinks("Kiểm tra")).length).toBe(evaluateWorkbook(await readWorkbookFile(SAMPLE)).report.issues.length);
  }, 60_000);

  it.each([7, 200])(
    "reads and writes %i units in three requests, with no clean-up request after them",
    async (n) => {
      const host = install(unitsWorkbook(n));
      host.resetStats();
      const result = await runGenerate();
      expect(result.evaluation.report.units).toHaveLength(n);
      await installed?.settled();
      // Every range is untracked before its sync: the runtime has nothing to release after the run.
      expect(host.syncCount).toBe(3);
      expect(installed!.requests.some((request) => cleanUpOnly(request.actions))).toBe(false);
    },
    60_000,
  );

  it("validates in two syncs and writes nothing", async () => {
    const host = install(unitsWorkbook(7));
    const before = host.sheetNames();
    host.resetStats();
    const evaluation = await runValidate();
    expect(evaluation.report.units).toHaveLength(7);
    await installed?.settled();
    // Names and data; the ranges read are untracked before their sync, so the runtime has
    // nothing to release after the run.
    expect(host.syncCount).toBe(2);
    expect(installed!.requests.some((request) => cleanUpOnly(request.actions))).toBe(false);
    expect(host.sheetNames()).toEqual(before);
  }, 60_000);

  it("never changes the units', criteria or settings sheets, and a second run replaces the first", async () => {
    const snapshot = await readWorkbookFile(SAMPLE);
    const host = install(snapshot);
    const inputs = snapshot.sheets.map((s) => s.name);
    const before = inputs.map((name) => host.snapshotSheet(name));
    const first = await runGenerate(undefined, { date: DATE });
    const second = await runGenerate(undefined, { date: DATE });
    expect(inputs.map((name) => host.snapshotSheet(name))).toEqual(before);
    expect(second.evaluation.report).toEqual(first.evaluation.report);
    expect(host.sheetNames()).toEqual([...OUTPUTS, ...inputs]);
  }, 60_000);

  it("writes workbook text as text, never as a formula", async () => {
    const host = install(await hostileSample());
    const result = await runGenerate(undefined, { date: DATE });
    const names = result.evaluation.report.units.map((u) => u.unit);
    expect(names).toEqual(expect.arrayContaining(["=1+1", "+84 912 345 678", "-2+3 đơn vị", "@SUM(1,2)"]));
    const shown = host.values("Tổng hợp").flat();
    const formulas = host.formulas("Tổng hợp").flat();
    for (const name of ["=1+1", "+84 912 345 678", "-2+3 đơn vị", "@SUM(1,2)"]) {
      expect(shown).toContain(name);
    }
    expect(formulas.filter((f) => typeof f === "string" && f.startsWith("=") && !shown.includes(f))).toEqual([]);
  }, 60_000);

  it("works on Office 2019 (ExcelApi 1.7), leaving out what that Excel lacks", async () => {
    const host = install(await readWorkbookFile(SAMPLE), { requirementSets: { ExcelApi: "1.7" } });
    const result = await runGenerate(undefined, { date: DATE });
    expect(result.skipped).toEqual(["print setup", "data validation", "merged areas"]);
    expect(result.evaluation.report.units.every((u) => u.status === "ranked")).toBe(true);
    expect(host.activeSheet()).toBe("Tổng hợp");
    await installed?.settled();
    expect(host.syncCount).toBeLessThanOrEqual(4);
  }, 60_000);

  it.each([
    ["1.7", false],
    ["1.9", true],
    ["1.14", true],
  ])(
    "suspends screen updating at the head of the write request where the client has it (ExcelApi %s: %p)",
    async (api, suspends) => {
      install(await readWorkbookFile(SAMPLE), { requirementSets: { ExcelApi: api } });
      await runGenerate(undefined, { date: DATE });
      await installed?.settled();
      const requests = installed?.requests ?? [];
      const suspending = requests.map((r) => r.actions.filter((a) => a === "3 SuspendScreenUpdatingUntilNextSync").length);
      // Names and data read first, with the screen as it is; then one suspension for the write.
      expect(suspending).toEqual(requests.map((_r, i) => (suspends && i === 2 ? 1 : 0)));
      // Before any other command of the write.
      if (suspends) expect(requests[2].actions.find((a) => a.startsWith("3 "))).toBe("3 SuspendScreenUpdatingUntilNextSync");
    },
    60_000,
  );

  it("tells the user to press Enter and try again where the client lacks DelayForCellEdit (the pane shows it)", async () => {
    install(unitsWorkbook(2), { cellEditMode: true, displayLanguage: "vi-VN", requirementSets: { ExcelApi: "1.7" } });
    const pane = createExcelCapabilities();
    await expect(pane.generate()).rejects.toThrow(/nhấn Enter hoặc Tab để kết thúc việc sửa ô rồi thử lại/);
    await expect(pane.validate()).rejects.toThrow(/chế độ sửa ô/);
  }, 60_000);

  it("waits out cell-edit mode where the client has DelayForCellEdit, the writes' own request too", async () => {
    const host = install(unitsWorkbook(2), { cellEditMode: true, requirementSets: { ExcelApi: "1.14", DelayForCellEdit: "1.1" } });
    const pending = runGenerate();
    setTimeout(() => (host.cellEditMode = false), 20);
    await expect(pending).resolves.toMatchObject({ summarySheet: "Tổng hợp" });
    // The writes are queued on a context of their own (run.ts `Writes`): it is sent through
    // Excel.run all the same, so Excel waits for the edit to end before it writes.
    const requests = installed?.requests ?? [];
    expect(requests).toHaveLength(3);
    expect(requests.map((r) => (r.flags & 64) === 64)).toEqual([true, true, true]);
  }, 60_000);
});

describe("Generate with the conference's papers (spec §7.5)", () => {
  const CONFERENCE = path.join(EXAMPLES, "example-year-conference.xlsx");
  const WITH_PAPERS = [...OUTPUTS, "Biên bản", "Đề nghị khen thưởng", "Tờ trình"];
  /** The example with the meeting's date typed as `dd/mm/yyyy` text instead of a date cell: the
   * contract reads both alike (§7.4), and so must the data fingerprint the summary prints. */
  async function conferenceSnapshot(): Promise<WorkbookSnapshot> {
    const snapshot = await readWorkbookFile(CONFERENCE);
    const sheet = snapshot.sheets.find((s) => s.name === "Bình xét")!;
    expect(sheet.cells[2][1]).toEqual({ kind: "date", iso: "2025-01-15" });
    sheet.cells[2][1] = "15/01/2025";
    return snapshot;
  }

  it("writes the minutes and the nominations like the command line, still in three requests", async () => {
    const host = install(await conferenceSnapshot());
    host.resetStats();
    const result = await runGenerate(undefined, { date: DATE });
    await installed?.settled();
    expect(host.syncCount).toBe(3);
    expect(installed!.requests.some((request) => cleanUpOnly(request.actions))).toBe(false);
    const cli = await cliRun(CONFERENCE);
    expect(JSON.parse(JSON.stringify(result.evaluation.report))).toEqual(cli.report);
    expect(host.sheetNames().slice(0, 6)).toEqual(WITH_PAPERS);
    expect(cli.workbook.worksheets.slice(0, 6).map((s) => s.name)).toEqual(WITH_PAPERS);
    for (const name of WITH_PAPERS) {
      const fromCli = seenFromExcelJs(cli.workbook.getWorksheet(name) as ExcelJS.Worksheet);
      expect(seenFromHost(host, name, `A1:${lastCell(fromCli)}`)).toEqual(fromCli);
    }
    expect(host.pageLayout("Biên bản").orientation).toBe("Portrait");
  }, 60_000);

  it("removes the minutes of an earlier run once the decisions are void", async () => {
    const host = install(await conferenceSnapshot());
    await runGenerate(undefined, { date: DATE });
    expect(host.sheetNames()).toContain("Biên bản");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Bình xét").getRange("E10").values = [["Huân chương"]];
      await context.sync();
    });
    await installed?.settled();
    const second = await runGenerate(undefined, { date: DATE });
    expect(second.evaluation.report.units.every((u) => u.decision === null)).toBe(true);
    expect(host.sheetNames()).not.toContain("Biên bản");
    // The nominations now list the proposals.
    expect(host.sheetNames().slice(0, 4)).toEqual([...OUTPUTS, "Đề nghị khen thưởng"]);
  }, 60_000);
});

describe("Prepare the conference (issue 12)", () => {
  it("adds the Bình xét sheet with the units in rank order once, and Generate reads it back", async () => {
    const snapshot = await readWorkbookFile(path.join(EXAMPLES, "example-year-conference.xlsx"));
    const host = install({ sheets: snapshot.sheets.filter((s) => s.name !== "Bình xét") });
    const first = await runPrepareConference();
    expect(first).toEqual({ sheet: "Bình xét", added: true });
    expect(host.activeSheet()).toBe("Bình xét");
    // Ten key rows from row 3 (§8.1 added five), the table's header on row 14.
    expect(host.values("Bình xét", "B14:D14")[0]).toEqual(["Đơn vị", "Người dự họp", "Chức vụ"]);
    const units = host.values("Bình xét", "B15:B19").map((r) => r[0]);
    expect(units).toEqual([
      "Công ty TNHH Lam Sơn - Thanh Hóa",
      "Công ty Cổ phần Cấp nước Thanh Hóa",
      "Công ty TNHH MEDLATEC Thanh Hóa",
      "Công ty TNHH MTV Thủy lợi Nam Sông Mã",
      "Công ty TNHH MTV Sông Chu",
    ]);
    await installed?.settled();
    const before = host.sheetNames();
    expect(await runPrepareConference()).toEqual({ sheet: "Bình xét", added: false });
    expect(host.sheetNames()).toEqual(before);
    const result = await runGenerate(undefined, { date: DATE });
    expect(result.evaluation.report.units.every((u) => u.decision === null)).toBe(true);
    expect(result.evaluation.report.issues.filter((i) => i.sheet === "Bình xét")).toEqual([]);
  }, 60_000);

  it("refuses at a half-year review", async () => {
    install(await readWorkbookFile(SAMPLE));
    await expect(runPrepareConference()).rejects.toThrow(/sơ kết|half-year/i);
  }, 60_000);
});

describe("Generate when a sync fails", () => {
  const failures: Array<[number, "none" | "half" | "all" | number]> = [];
  for (const at of [1, 2, 3]) for (const applied of ["none", "half", "all"] as const) failures.push([at, applied]);
  // Sync 3 writes ~ a few hundred commands; fail it at many points, not just half-way.
  for (const applied of [1, 5, 25, 100, 250]) failures.push([3, applied]);

  it.each(failures)(
    "leaves the old summary or the complete new one when sync %i fails (%p applied)",
    async (at, applied) => {
      const snapshot = await readWorkbookFile(SAMPLE);
      const host = install(snapshot);
      await runGenerate(undefined, { date: DATE });
      const oldSummary = host.snapshotSheet("Tổng hợp");

      // Change one unit's score so the new summary differs from the old one.
      host.setCells("Lam Sơn", "G15", [["Không đạt"]]);
      const changed = snapshot.sheets.map((s) => host.snapshotSheet(s.name));
      // The first run's clean-up request must not take the failure meant for this run.
      await installed?.settled();
      host.failAtSync(at, "GeneralException", { applied });
      await expect(runGenerate(undefined, { date: DATE })).rejects.toBeInstanceOf(UserFacingError);

      expect(host.sheetNames().filter((n) => n.startsWith(TEMP_SHEET_PREFIX))).toEqual([]);
      expect(
        host
          .sheetNames()
          .filter((n) => OUTPUTS.includes(n))
          .sort(),
      ).toEqual([...OUTPUTS].sort());
      expect(snapshot.sheets.map((s) => host.snapshotSheet(s.name))).toEqual(changed);
      const summaryNow = host.snapshotSheet("Tổng hợp");
      if (JSON.stringify(summaryNow) !== JSON.stringify(oldSummary)) {
        // Not the old one: then exactly what a clean run writes now.
        installed?.uninstall();
        const fresh = install(snapshot);
        fresh.setCells("Lam Sơn", "G15", [["Không đạt"]]);
        await runGenerate(undefined, { date: DATE });
        expect(summaryNow.cells).toEqual(fresh.snapshotSheet("Tổng hợp").cells);
      }
    },
    60_000,
  );

  it("says what went wrong in the user's language, by error code", async () => {
    const host = install(unitsWorkbook(2), { displayLanguage: "vi-VN" });
    host.failAtSync(3, "AccessDenied", { applied: "none" });
    await expect(runGenerate()).rejects.toThrow(/bảo vệ/);
    host.failAtSync(1, "InvalidOperationInCellEditMode");
    await expect(runValidate()).rejects.toThrow(/chế độ sửa ô/);
  }, 60_000);
});

describe("New scoring workbook and cell selection", () => {
  it("adds Criteria, Settings, seven unit sheets and the two award history sheets the engine reads back, in as few requests as their size needs", async () => {
    installed = installOfficeRuntime(globalThis, { sheets: [{ name: "Sheet1" }] });
    const host = installed.host;
    host.resetStats();
    const result = await runCreateTemplate();
    await installed.settled();
    // Names, the writes, and the runtime's clean-up. Seven bordered, landscape unit sheets with
    // evidence marks and signature blocks come to about 3.4 MB of commands, just over the payload
    // budget's estimate, so the writes take two requests, each under the budget on the wire.
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(installed.requests.every((request) => request.bytes < PAYLOAD_BUDGET_BYTES)).toBe(true);
    // The award history sheets follow the units (§9.2).
    expect(result.sheets).toHaveLength(11);
    expect(result.sheets.slice(-2)).toEqual(["Award history", "Award rules"]);
    expect(host.sheetNames()).toEqual(["Sheet1", ...result.sheets]);
    const evaluation = await runValidate();
    expect(evaluation.report.units).toHaveLength(7);
    // For this year's review, as the computer's clock says (spec §8.5), never a fixed year.
    const thisYear = `Năm ${new Date().getFullYear()}`;
    expect([result.period, evaluation.report.period, evaluation.report.reviewKind]).toEqual([thisYear, thisYear, "year"]);
    const rules = new Set(evaluation.report.issues.map((i) => i.rule));
    // A blank template: every regular criterion waits for input, at the cells units fill in.
    expect([...rules].sort()).toEqual(["empty-score", "plan-input"]);
    expect(evaluation.report.issues.every((i) => i.cell !== null && result.sheets.slice(2).includes(i.sheet as string))).toBe(true);
    expect(host.protection(result.sheets[2]).protected).toBe(true);
  }, 60_000);

  it("refuses, before writing anything, when those sheets exist", async () => {
    installed = installOfficeRuntime(globalThis, { sheets: [{ name: "Tiêu chí" }], displayLanguage: "vi-VN" });
    installed.host.resetStats();
    await expect(runCreateTemplate()).rejects.toThrow(/Tiêu chí/);
    expect(installed.host.sheetNames()).toEqual(["Tiêu chí"]);
    expect(installed.host.syncCount).toBe(1);
  }, 60_000);

  it("selects the cell of an issue", async () => {
    const host = install(unitsWorkbook(2));
    await selectCell("Đơn vị 2", "G10");
    expect(host.activeSheet()).toBe("Đơn vị 2");
    expect(host.selectedRange()).toMatch(/G10$/);
  }, 60_000);
});
