// New scoring workbook › from this workbook (spec §8.5), on Microsoft's runtime: the pane reads the
// open workbook, makes the next period's as `thidua template --from` does, and has Excel open it
// with `Excel.createWorkbook(base64)`. The model records the file Excel was given; here it is
// opened with ExcelJS and read back: the period advanced, every Settings value, the units list and
// the Criteria kept, blank unit sheets, the same cells as the command line's, and the open
// workbook unchanged.
import * as ExcelJS from "exceljs";
import * as path from "path";
import { findUnitTable, readSetup, toA1 } from "../../src/core";
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { canCreateWorkbook } from "../../src/excel/features";
import { runCreateFromWorkbook } from "../../src/excel/templateFrom";
import { UserFacingError } from "../../src/excel/types";
import { snapshotFromBase64 } from "../../src/xlsx/base64";
import { readWorkbookFile } from "../../src/xlsx/read";
import { thidua } from "../support/cli";
import { settingsCarried } from "../support/workbook";
import { installRuntimeWith } from "../support/host";
import { installOfficeRuntime, uninstallOfficeRuntime } from "../office-runtime";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";

const ASSETS = path.resolve(__dirname, "../../assets");
const YEAR = path.join(ASSETS, "cluster18-2024.xlsx");
const HALF_YEAR = path.join(ASSETS, "cluster18-2024-h1.xlsx");

let dir: string;
let installed: ReturnType<typeof installRuntimeWith> | null = null;
beforeAll(async () => {
  dir = await makeTempDir("thidua-from-pane-");
});
afterAll(async () => {
  await removeTempDir(dir);
});
afterEach(uninstallOfficeRuntime);

/** Each listed unit sheet's filled input cells on its criteria's rows (self, verified, target, …). */
function entriesOf(snapshot: WorkbookSnapshot): string[] {
  const entries: string[] = [];
  const listed = new Set((readSetup(snapshot).settings.units ?? []).map((unit) => unit.sheet));
  for (const sheet of snapshot.sheets.filter((s) => listed.has(s.name))) {
    const table = findUnitTable(sheet)!;
    const inputs = (["target", "actual", "quantity", "self", "verified", "approved"] as const).map((c) => table.columns[c]);
    for (let row = table.lastHeaderRow + 1; row < sheet.cells.length; row++) {
      const code = sheet.cells[row]?.[table.columns.code as number];
      if (typeof code !== "string" || code.trim() === "") continue;
      for (const col of inputs) {
        const value = col === undefined ? null : sheet.cells[row]?.[col];
        if (value !== null && value !== undefined && value !== "") entries.push(`${sheet.name}!${row}:${col}`);
      }
    }
  }
  return entries;
}

/** Every sheet's values as Excel holds them, for telling whether the open workbook changed. */
function workbookState(host: ReturnType<typeof installRuntimeWith>["host"]): unknown {
  return host.sheetNames().map((name) => ({ name, values: host.values(name), formulas: host.formulas(name) }));
}

/** Runs the action on `file` opened in Excel, and answers the workbook Excel was asked to open. */
async function fromWorkbookInExcel(file: string | WorkbookSnapshot, displayLanguage = "vi-VN") {
  const before = typeof file === "string" ? await readWorkbookFile(file) : file;
  installed = installRuntimeWith(before, { displayLanguage });
  const { host } = installed;
  const open = workbookState(host);
  const result = await runCreateFromWorkbook();
  await installed.settled();
  expect(workbookState(host)).toEqual(open);
  expect(host.openedWorkbooks).toHaveLength(1);
  const base64 = host.openedWorkbooks[0];
  const made = (await snapshotFromBase64(base64)) as WorkbookSnapshot;
  const excelJs = new ExcelJS.Workbook();
  await excelJs.xlsx.load(Buffer.from(base64, "base64") as unknown as ExcelJS.Buffer);
  return { before, made, excelJs, result, host };
}

describe("New scoring workbook › from this workbook, on Microsoft's runtime", () => {
  it("opens the next year's half-year workbook: period advanced, every Settings value, units and Criteria kept, blank unit sheets", async () => {
    const { before, made, excelJs, result, host } = await fromWorkbookInExcel(YEAR);
    expect(readSetup(before).settings.period).toBe("Năm 2024");
    expect(result).toEqual({ period: "6 tháng đầu năm 2025", units: 7 });
    expect(readSetup(made).settings).toMatchObject({ period: "6 tháng đầu năm 2025", reviewKind: "half-year" });
    expect(settingsCarried(made)).toEqual(settingsCarried(before));
    expect(readSetup(made).criteria).toEqual(readSetup(before).criteria);
    expect(entriesOf(before).length).toBeGreaterThan(50);
    expect(entriesOf(made)).toEqual([]);
    // ExcelJS opens the file Excel was given: Criteria, Settings, one sheet per listed unit, then the
    // award history sheets (§9.2).
    const units = (readSetup(before).settings.units ?? []).map((unit) => unit.sheet);
    expect(excelJs.worksheets.map((sheet) => sheet.name)).toEqual([
      "Tiêu chí",
      "Thiết lập",
      ...units,
      "Lịch sử thi đua",
      "Điều kiện khen thưởng",
    ]);
    // A fixed number of requests: the sheet names, every sheet's data and the new workbook's file
    // (the only large one); none writes to this workbook. No range is kept past its request
    // (issue 20), so the runtime sends no clean-up request after Excel.run.
    expect(host.syncs.map((s) => s.outcome)).toEqual(["ok", "ok", "ok"]);
    expect(host.syncs[2].requestBytes).toBeGreaterThan(host.openedWorkbooks[0].length);
  });

  it("makes the same workbook as thidua template --from: the same sheets and cells", async () => {
    const { made } = await fromWorkbookInExcel(HALF_YEAR);
    expect(readSetup(made).settings.period).toBe("Năm 2024");
    const out = path.join(dir, "from-cli.xlsx");
    expect(await thidua("template", "--from", HALF_YEAR, "--out", out)).toMatchObject({ code: 0, stderr: "" });
    const cli = await readWorkbookFile(out);
    expect(made.sheets.map((s) => [s.name, s.cells])).toEqual(cli.sheets.map((s) => [s.name, s.cells]));
  });

  it("lays out the input rules of today's Criteria: a criterion made may-be-N/A takes Không áp dụng (issue 18 item 6)", async () => {
    const file = await readWorkbookFile(YEAR);
    const criteria = file.sheets.find((s) => s.name === "Tiêu chí")!;
    const header = criteria.cells.findIndex((cells) => cells[0] === "Mã");
    const row = criteria.cells.findIndex((cells) => cells[0] === "I.4");
    expect(criteria.cells[row][criteria.cells[header].indexOf("Có thể không áp dụng")]).toBe("Không");
    criteria.cells[row][criteria.cells[header].indexOf("Có thể không áp dụng")] = "Có";
    const { excelJs, made } = await fromWorkbookInExcel(file);
    const unit = (readSetup(made).settings.units ?? [])[0].sheet;
    const sheet = made.sheets.find((s) => s.name === unit)!;
    const table = findUnitTable(sheet)!;
    const rows = sheet.cells.map((cells) => cells[table.columns.code as number]);
    const self = (code: string) => toA1({ row: rows.indexOf(code), col: table.columns.self as number });
    const rules = (excelJs.getWorksheet(unit) as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(rules[self("I.4")]).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt,Không áp dụng"'] });
    // Another Yes/No criterion, still not may-be-N/A, keeps the strict list.
    const strict = criteria.cells.find((cells, r) => r !== row && cells[2] === "Đạt/Không đạt")![0] as string;
    expect(rules[self(strict)]).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
  });

  it("refuses, in the pane's language and naming the period, when the period has no year to advance", async () => {
    const before = await readWorkbookFile(YEAR);
    const settings = before.sheets.find((s) => s.name === "Thiết lập")!;
    const row = settings.cells.findIndex((cells) => cells.some((c) => c === "Kỳ đánh giá"));
    const col = settings.cells[row].indexOf("Kỳ đánh giá") + 1;
    settings.cells[row][col] = "Kỳ này";
    installed = installRuntimeWith(before, { displayLanguage: "en-US" });
    const error = await runCreateFromWorkbook().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(/^The next period's workbook was not made: the period “Kỳ này” on the Settings sheet/);
    expect((error as Error).message).toContain("thidua template --from");
    expect(installed.host.openedWorkbooks).toEqual([]);
  });

  it("is offered only where Excel has ExcelApi 1.8", () => {
    const office2019WithoutIt = installOfficeRuntime(globalThis, { requirementSets: { ExcelApi: "1.7" } });
    expect(canCreateWorkbook()).toBe(false);
    office2019WithoutIt.uninstall();
    installed = installOfficeRuntime(globalThis, { requirementSets: { ExcelApi: "1.8" } });
    expect(canCreateWorkbook()).toBe(true);
  });
});
