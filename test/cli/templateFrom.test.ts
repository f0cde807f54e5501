// `thidua template --from` (spec §8.5): the next period's workbook carries every Settings value,
// the units list and the Criteria, with blank unit sheets and the period advanced; with
// `--keep-entries` the same workbook's input rules follow today's Criteria and no entry changes.
import { promises as fs } from "fs";
import * as path from "path";
import { evaluateWorkbook, findUnitTable, readSetup } from "../../src/core";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { thidua } from "../support/cli";
import { settingsCarried } from "../support/workbook";
import { makeTempDir, openWorkbook, removeTempDir } from "../support/xlsxWorkbooks";

const ASSETS = path.resolve(__dirname, "../../assets");
const HALF_YEAR = path.join(ASSETS, "cluster18-2024-h1.xlsx");
const YEAR = path.join(ASSETS, "cluster18-2024.xlsx");
const INPUT_COLUMNS = ["target", "actual", "quantity", "self", "verified", "approved", "evidence", "note"] as const;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-from-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** Each unit sheet's input cells, `sheet!code!column` → value (blank ones left out). */
function entriesOf(snapshot: WorkbookSnapshot): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  const sheets = new Set((readSetup(snapshot).settings.units ?? []).map((unit) => unit.sheet));
  for (const sheet of snapshot.sheets.filter((s) => sheets.has(s.name))) {
    const table = findUnitTable(sheet)!;
    for (let row = table.lastHeaderRow + 1; row < sheet.cells.length; row++) {
      const code = sheet.cells[row]?.[table.columns.code!];
      if (typeof code !== "string" || code.trim() === "") continue;
      for (const column of INPUT_COLUMNS) {
        const value = cellOf(sheet, row, table.columns[column]);
        if (value !== null && value !== "") entries[`${sheet.name}!${code}!${column}`] = value;
      }
    }
  }
  return entries;
}

function cellOf(sheet: SheetSnapshot, row: number, col: number | undefined): unknown {
  return col === undefined ? null : (sheet.cells[row]?.[col] ?? null);
}

function expectRefused(run: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
}

describe("thidua template --from", () => {
  it("makes the year's workbook from the half-year's: every Settings value, the units and Criteria, blank unit sheets", async () => {
    const out = path.join(dir, "year.xlsx");
    const run = await thidua("template", "--from", HALF_YEAR, "--out", out);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(`Sổ tính cho Năm 2024 với 7 trang đơn vị trống; giữ mọi giá trị Thiết lập.\nĐã ghi ${out}\n`);
    const before = await readWorkbookFile(HALF_YEAR);
    const after = await readWorkbookFile(out);
    const setup = readSetup(after);
    expect(setup.settings).toMatchObject({ period: "Năm 2024", reviewKind: "year" });
    expect(settingsCarried(after)).toEqual(settingsCarried(before));
    expect(setup.criteria).toEqual(readSetup(before).criteria);
    // The half-year's entries stay behind: the new unit sheets are blank.
    expect(Object.keys(entriesOf(before)).length).toBeGreaterThan(50);
    expect(entriesOf(after)).toEqual({});
    // The award history and its rules follow the units (§9.2): the half-year adds no year's rows.
    // The sample already has them (it is made from the template), and they stay after the units.
    expect(before.sheets.map((s) => s.name).slice(-2)).toEqual(["Lịch sử thi đua", "Điều kiện khen thưởng"]);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  });

  it("makes the next half-year's from a year's, and --period chooses another period, the kind following it", async () => {
    const next = path.join(dir, "next-h1.xlsx");
    expect((await thidua("template", "--from", YEAR, "--out", next)).code).toBe(0);
    expect(readSetup(await readWorkbookFile(next)).settings).toMatchObject({ period: "6 tháng đầu năm 2025", reviewKind: "half-year" });
    const chosen = path.join(dir, "chosen.xlsx");
    const run = await thidua("template", "--from", YEAR, "--period", "Năm 2025", "--lang", "en", "--out", chosen);
    expect(run.stdout).toMatch(/^Workbook for Năm 2025 with 7 blank unit sheets; every Settings value kept\.\n/);
    const snapshot = await readWorkbookFile(chosen);
    expect(readSetup(snapshot).settings).toMatchObject({ period: "Năm 2025", reviewKind: "year" });
    // --lang writes English sheets, and a template reports in its own language; all else is kept.
    expect(snapshot.sheets[0].name).toBe("Criteria");
    expect(settingsCarried(snapshot)).toEqual({ ...settingsCarried(await readWorkbookFile(YEAR)), language: "en" });
  });

  it("never overwrites its input, in either language", async () => {
    const input = path.join(dir, "input.xlsx");
    await fs.copyFile(YEAR, input);
    const bytes = await fs.readFile(input);
    expectRefused(await thidua("template", "--from", input, "--out", input), /không ghi đè lên sổ tính gốc .*input\.xlsx/);
    expectRefused(
      await thidua("template", "--from", input, "--out", input, "--keep-entries", "--lang", "en"),
      /will not overwrite the input workbook .*input\.xlsx/,
    );
    expect((await fs.readFile(input)).equals(bytes)).toBe(true);
  });

  it("names the file when it cannot be read or has no year to advance", async () => {
    expectRefused(
      await thidua("template", "--from", path.join(dir, "none.xlsx"), "--out", path.join(dir, "x.xlsx")),
      /không tìm thấy sổ tính .*none\.xlsx/,
    );
    const noYear = path.join(dir, "no-year.xlsx");
    const workbook = await openWorkbook(YEAR);
    const settings = workbook.getWorksheet("Thiết lập")!;
    settings.eachRow((row) => {
      if (row.getCell(1).value === "Kỳ đánh giá") row.getCell(2).value = "Kỳ này";
    });
    await workbook.xlsx.writeFile(noYear);
    const run = await thidua("template", "--from", noYear, "--lang", "en", "--out", path.join(dir, "x.xlsx"));
    expectRefused(run, /the period of .*no-year\.xlsx \("Kỳ này"\) names no year.*--period/);
    await expect(fs.stat(path.join(dir, "x.xlsx"))).rejects.toThrow();
  });

  it("names the workbook and the cell when its Criteria cannot be read, writing nothing", async () => {
    const broken = path.join(dir, "broken.xlsx");
    const workbook = await openWorkbook(YEAR);
    const criteria = workbook.getWorksheet("Tiêu chí")!;
    let cell = "";
    criteria.eachRow((row) => {
      if (cell === "" && row.getCell(3).value === "Chấm điểm") {
        row.getCell(3).value = "Không rõ";
        cell = row.getCell(3).address;
      }
    });
    await workbook.xlsx.writeFile(broken);
    const out = path.join(dir, "never-broken.xlsx");
    expectRefused(
      await thidua("template", "--from", broken, "--out", out),
      new RegExp(`không dùng được sổ tính .*broken\\.xlsx: 'Tiêu chí'!${cell}: `),
    );
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it("is in --help, in both languages", async () => {
    const en = (await thidua("template", "--help")).stdout;
    expect(en).toContain("thidua template --from <workbook.xlsx> --out <new.xlsx>");
    expect(en).toContain("thidua template --from <workbook.xlsx> --keep-entries --out <new.xlsx>");
    const vi = (await thidua("template", "--help", "--lang", "vi")).stdout;
    expect(vi).toContain("thidua template --from <sổ-tính.xlsx> --keep-entries --out <tệp-mới.xlsx>");
    expect(vi).toContain("Sổ tính kỳ sau từ sổ tính này");
  });

  it("takes neither --criteria nor --units, and --keep-entries only with --from and without --period", async () => {
    const out = path.join(dir, "never.xlsx");
    expectRefused(
      await thidua("template", "--from", YEAR, "--criteria", "c.tsv", "--out", out, "--lang", "vi"),
      /không dùng --criteria cùng --from/,
    );
    expectRefused(await thidua("template", "--keep-entries", "--out", out, "--lang", "en"), /--keep-entries needs --from/);
    expectRefused(
      await thidua("template", "--from", YEAR, "--keep-entries", "--period", "Năm 2030", "--out", out, "--lang", "en"),
      /--period cannot go with --keep-entries/,
    );
  });
});

describe("thidua template --from --keep-entries", () => {
  /**
   * A year's workbook whose units filled in their sheets, then `Có thể không áp dụng` set on a
   * Yes/No criterion of the Criteria: the unit sheets still offer only `Đạt, Không đạt` there.
   */
  async function naSetLate(): Promise<{ file: string; code: string }> {
    const file = path.join(dir, "na-late.xlsx");
    const workbook = await openWorkbook(YEAR);
    const criteria = workbook.getWorksheet("Tiêu chí")!;
    let code = "";
    criteria.eachRow((row) => {
      if (code === "" && row.getCell(3).value === "Đạt/Không đạt" && row.getCell(10).value === "Không") {
        code = String(row.getCell(1).value);
        row.getCell(10).value = "Có";
      }
    });
    await workbook.xlsx.writeFile(file);
    return { file, code };
  }

  it("keeps the period, every Settings value and every entry, and lets the unit type Không áp dụng where the Criteria allow it", async () => {
    const { file, code } = await naSetLate();
    expect(code).not.toBe("");
    const out = path.join(dir, "refreshed.xlsx");
    const run = await thidua("template", "--from", file, "--keep-entries", "--out", out);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^Đã ghi lại quy tắc nhập theo trang Tiêu chí trên 7 trang đơn vị; giữ nguyên mọi số liệu\.\n/);
    const before = await readWorkbookFile(file);
    const after = await readWorkbookFile(out);
    expect(Object.keys(entriesOf(before)).length).toBeGreaterThan(50);
    expect(entriesOf(after)).toEqual(entriesOf(before));
    expect(readSetup(after).settings).toMatchObject({ period: "Năm 2024", reviewKind: "year" });
    expect(settingsCarried(after)).toEqual(settingsCarried(before));
    // The unit sheets are input still (no output mark), and score as before.
    const totals = (snapshot: WorkbookSnapshot) => evaluateWorkbook(snapshot).report.units.map((u) => [u.sheet, u.status, u.total]);
    expect(totals(after)).toEqual(totals(before));
    expect(totals(after).every(([, status]) => status === "ranked")).toBe(true);

    const sheet = readSetup(before).settings.units![0].sheet;
    const listOf = async (workbookFile: string) => {
      const worksheet = (await openWorkbook(workbookFile)).getWorksheet(sheet)!;
      const snapshot = (await readWorkbookFile(workbookFile)).sheets.find((s) => s.name === sheet)!;
      const table = findUnitTable(snapshot)!;
      const row = snapshot.cells.findIndex((line) => line[table.columns.code!] === code);
      return worksheet.getRow(row + 1).getCell(table.columns.self! + 1).dataValidation?.formulae?.[0];
    };
    expect(await listOf(file)).not.toMatch(/Không áp dụng/);
    expect(await listOf(out)).toMatch(/Không áp dụng/);
  });

  it("keeps a blank period blank", async () => {
    const file = path.join(dir, "no-period.xlsx");
    const workbook = await openWorkbook(YEAR);
    workbook.getWorksheet("Thiết lập")!.eachRow((row) => {
      if (row.getCell(1).value === "Kỳ đánh giá") row.getCell(2).value = null;
    });
    await workbook.xlsx.writeFile(file);
    const out = path.join(dir, "no-period-kept.xlsx");
    expect((await thidua("template", "--from", file, "--keep-entries", "--out", out)).code).toBe(0);
    const after = await readWorkbookFile(out);
    expect(readSetup(after).settings.period).toBeNull();
    expect(entriesOf(after)).toEqual(entriesOf(await readWorkbookFile(file)));
  });

  it("refuses, writing nothing, when an entry would have no place on the new sheet", async () => {
    const file = path.join(dir, "gone.xlsx");
    const workbook = await openWorkbook(YEAR);
    const unit = workbook.getWorksheet("Lam Sơn")!;
    // A row the Criteria do not have, with an entry in its self-score cell.
    const row = unit.rowCount + 2;
    unit.getCell(`A${row}`).value = "IX.9";
    unit.getCell(`G${row}`).value = 5;
    await workbook.xlsx.writeFile(file);
    const out = path.join(dir, "never-gone.xlsx");
    expectRefused(
      await thidua("template", "--from", file, "--keep-entries", "--lang", "en", "--out", out),
      new RegExp(`'Lam Sơn'!G${row} of .*gone\\.xlsx is an entry on a criterion the Criteria no longer have`),
    );
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
