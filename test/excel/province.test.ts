// The province's desk in the add-in (spec §9.3) on Microsoft's runtime: the sample province's
// summaries picked in the pane give the sheets `thidua province` writes for the same files, cell
// for cell, in three syncs; a file without a report is named and left out; with the council's
// votes in the open workbook's `Hội đồng`, its minutes and submission are written too; 10
// clusters × 30 units take the same three syncs (the bench counts them at 40 × 30).
import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import type { PickedFile } from "../../src/excel";
import { runAddClusters } from "../../src/excel/province";
import { readWorkbookFile } from "../../src/xlsx/read";
import { CLI_TEST_TODAY, thidua } from "../support/cli";
import { cleanUpOnly, installRuntimeWith, lastCell, seenFromExcelJs, seenFromHost } from "../support/host";
import { pickedFiles } from "../support/unitFiles";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { largeProvince } from "../../scripts/province-scale";

const ROOT = path.resolve(__dirname, "../..");
const SUMMARIES = path.join(ROOT, "samples/province/summaries");
const PROVINCE = path.join(ROOT, "samples/province/province.xlsx");
const NO_REPORT = "cum21_chua-tong-hop.xlsx";
const BLANK = { sheets: [{ name: "Sheet1", cells: [], merges: [] }] };

/** The requests the run sent itself: the runtime's own clean-up after a Generate is not one (generate.test.ts). */
const runSyncs = () => installed!.requests.filter((request) => !cleanUpOnly(request.actions)).length;

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(() => {
  installed?.uninstall();
  installed = null;
});

let dir: string;
let files: string[];
let picked: PickedFile[];
beforeAll(async () => {
  dir = await makeTempDir("thidua-pane-province-");
  files = (await fs.readdir(SUMMARIES)).sort().map((name) => path.join(SUMMARIES, name));
  picked = await pickedFiles(files);
}, 60_000);
afterAll(async () => {
  await removeTempDir(dir);
});

/** `thidua province` on the same files into `out` (a copy of `start` when given), and its workbook. */
async function cliProvince(out: string, start: string | null): Promise<ExcelJS.Workbook> {
  if (start !== null) await fs.copyFile(start, out);
  const run = await thidua("province", ...files, "--out", out);
  expect(run.code).toBe(1); // the sample plants a file without a report: an error
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return workbook;
}

/** Every sheet the command line wrote is in the open workbook, cell for cell. */
function expectSameSheets(cli: ExcelJS.Workbook, written: string[]): void {
  expect(written).toEqual(cli.worksheets.filter((s) => written.includes(s.name)).map((s) => s.name));
  for (const name of written) {
    const seen = seenFromExcelJs(cli.getWorksheet(name)!);
    expect({ name, ...seenFromHost(installed!.host, name, `A1:${lastCell(seen)}`) }).toEqual({ name, ...seen });
  }
}

describe("Add clusters' results in the add-in", () => {
  it("writes the command line's Các cụm, Đề nghị and Hội đồng in three syncs, naming the file without a report", async () => {
    const cli = await cliProvince(path.join(dir, "new.xlsx"), null);
    installed = installRuntimeWith(BLANK);
    installed.host.resetStats();
    const result = await runAddClusters(picked, { date: CLI_TEST_TODAY });
    await installed.settled();
    expect(runSyncs()).toBe(3);

    expect(result.sheets).toEqual(["Các cụm", "Đề nghị", "Hội đồng"]);
    expect(installed.host.sheetNames()).toEqual(["Các cụm", "Đề nghị", "Hội đồng", "Sheet1"]);
    expectSameSheets(cli, result.sheets);
    const missing = result.issues.filter((i) => i.rule === "province-no-report");
    expect(missing.map((i) => [i.file, i.severity])).toEqual([[NO_REPORT, "error"]]);
    expect(missing[0].message).toContain(NO_REPORT);
    expect(result.report.clusters.map((c) => c.file)).not.toContain(NO_REPORT);
  }, 180_000);

  it("with the council's votes in the workbook, writes its minutes and submission as the command line does", async () => {
    const cli = await cliProvince(path.join(dir, "voted.xlsx"), PROVINCE);
    installed = installRuntimeWith(await readWorkbookFile(PROVINCE));
    installed.host.resetStats();
    const result = await runAddClusters(picked, { date: CLI_TEST_TODAY });
    await installed.settled();
    expect(runSyncs()).toBe(3);

    expect(result.sheets).toEqual(["Các cụm", "Đề nghị", "Hội đồng", "Biên bản Hội đồng", "Tờ trình Hội đồng"]);
    expectSameSheets(cli, result.sheets);
    expect(result.report.nominations.every((n) => n.decision !== undefined)).toBe(true);
    expect(result.report.nominations.some((n) => n.decision !== null)).toBe(true);
  }, 180_000);

  it("writes nothing in two syncs when no file carries a report, and names each", async () => {
    installed = installRuntimeWith(BLANK);
    installed.host.resetStats();
    const result = await runAddClusters([picked.find((p) => p.name === NO_REPORT)!, { name: "notes.txt", base64: null }], {
      date: CLI_TEST_TODAY,
    });
    await installed.settled();
    expect(runSyncs()).toBe(2);
    expect(result.sheets).toEqual([]);
    expect(installed.host.sheetNames()).toEqual(["Sheet1"]);
    expect(result.issues.filter((i) => i.rule === "province-no-report").map((i) => i.file)).toEqual([NO_REPORT, "notes.txt"]);
  }, 60_000);

  it("reads 10 clusters × 30 units and writes their sheets in a Generate's three syncs (the bench measures 40 × 30)", async () => {
    const folder = await largeProvince(dir, 10, 30);
    const summaries = (await fs.readdir(folder)).sort().map((name) => path.join(folder, name));
    installed = installRuntimeWith(BLANK);
    installed.host.resetStats();
    const result = await runAddClusters(await pickedFiles(summaries), { date: CLI_TEST_TODAY });
    await installed.settled();
    expect(runSyncs()).toBe(3);
    expect(result.report.clusters).toHaveLength(10);
    expect(result.report.nominations.filter((n) => n.award === "flag")).toHaveLength(10);
    expect(result.sheets).toEqual(["Các cụm", "Đề nghị", "Hội đồng"]);
  }, 120_000);
});
