import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { evaluateWorkbook, findUnitTable } from "../../src/core";
import { CLUSTER18_CRITERIA, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import type { Issue, Report, WorkbookSnapshot } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { readReportPart } from "../../src/xlsx/reportPart";
import { FOREIGN_ROWS, foreignWorkbook } from "../support/xlsxForeign";
import { thidua } from "../support/cli";
import { makeTempDir, openWorkbook, removeTempDir, saveWorkbook, sheetContents } from "../support/xlsxWorkbooks";

const EXAMPLES = path.resolve(__dirname, "../fixtures/examples");
const SAMPLES = path.resolve(__dirname, "../../samples/cluster18");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-cli-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh copy of a file in the test folder, so outputs land beside it there. */
async function copy(file: string, name = path.basename(file)): Promise<string> {
  const target = path.join(dir, `${Math.random().toString(36).slice(2, 8)}-${name}`);
  await fs.copyFile(file, target);
  return target;
}

async function readJson(file: string): Promise<Report> {
  return JSON.parse(await fs.readFile(file, "utf8")) as Report;
}

/** The report as the examples compare it: no messages, issues in any order. */
function comparable(report: Report): unknown {
  const issues = report.issues
    .map(({ message: _message, ...issue }) => issue)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { ...report, issues };
}

/** Where two reports differ, numbers within 0.01 counting as equal; [] when they agree. */
function differences(actual: unknown, expected: unknown, at = "report"): string[] {
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= 0.01 + 1e-9 ? [] : [`${at}: ${actual} ≠ ${expected}`];
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return [`${at}: ${actual.length} items ≠ ${expected.length}`];
    return actual.flatMap((item, i) => differences(item, expected[i], `${at}[${i}]`));
  }
  if (actual && expected && typeof actual === "object" && typeof expected === "object") {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    return [...keys].flatMap((key) =>
      differences((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${at}.${key}`),
    );
  }
  return Object.is(actual, expected) ? [] : [`${at}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}

function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^thidua: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

function findCell(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | null = null;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && cell.type !== ExcelJS.ValueType.Merge && cell.value === text) found = cell;
    }),
  );
  if (!found) throw new Error(`no cell "${text}" on ${sheet.name}`);
  return found;
}

describe.each([
  ["example-clean", 0],
  ["example-problems", 1],
])("thidua summarize %s.xlsx", (name, exitCode) => {
  let input: string;
  let output: string;
  let json: string;
  let run: Run;
  beforeAll(async () => {
    input = await copy(`${EXAMPLES}/${name}.xlsx`);
    output = input.replace(/\.xlsx$/, ".summary.xlsx");
    json = path.join(dir, `${name}-report.json`);
    run = await thidua("summarize", input, "--json", json);
  });

  it(`exits with ${exitCode} and prints the ranking and counts`, async () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(exitCode);
    const expected = JSON.parse(await fs.readFile(`${EXAMPLES}/${name}.v3.expected.json`, "utf8")) as Report;
    const first = expected.units[0];
    // Both examples are half-year reviews: no award column (§7.3); the problems one is provisional (§7.6).
    const provisional = expected.complete
      ? ""
      : `KẾT QUẢ TẠM THỜI — ${expected.units.filter((u) => u.status !== "ranked").length} đơn vị chưa được xếp hạng\n`;
    expect(run.stdout.startsWith(`Cụm thi đua số 18 · 6 tháng đầu năm 2024\nSƠ KẾT 6 THÁNG\n${provisional}`)).toBe(true);
    expect(run.stdout).toMatch(/\nHạng +Đơn vị +Tổng điểm +Xếp loại\n/);
    expect(run.stdout).toMatch(new RegExp(` 1=? +${first.unit} +${first.total!.toFixed(2).replace(".", ",")} +Xuất sắc`));
    const errors = expected.issues.filter((i) => i.severity === "error").length;
    expect(run.stdout).toContain(`${errors} lỗi, ${expected.issues.length - errors} cảnh báo.`);
    expect(run.stdout).toContain(`Đã ghi ${output}`);
  });

  it("writes the JSON report the example expects", async () => {
    const expected = JSON.parse(await fs.readFile(`${EXAMPLES}/${name}.v3.expected.json`, "utf8")) as Report;
    expect(differences(comparable(await readJson(json)), comparable(expected))).toEqual([]);
    expect(await fs.readFile(json, "utf8")).toMatch(/^{\n {2}"schemaVersion": 3,/);
  });

  it("writes <name>.summary.xlsx beside the input with the summary first and active", async () => {
    const workbook = await openWorkbook(output);
    expect(workbook.worksheets.slice(0, 3).map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Kiểm tra"]);
    expect(workbook.views[0].activeTab).toBe(0);
  });

  it("formats the summary for printing: two decimals, frozen header, A4 landscape one page wide", async () => {
    const summary = (await openWorkbook(output)).getWorksheet("Tổng hợp")!;
    const totalHeader = findCell(summary, "Tổng điểm");
    const firstUnitRow = Number(totalHeader.row) + 2;
    const total = summary.getCell(firstUnitRow, Number(totalHeader.col));
    expect(typeof total.value).toBe("number");
    expect(total.numFmt).toBe("0.00");
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: firstUnitRow - 1 });
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(summary.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    const dated = [] as string[];
    summary.eachRow((row) =>
      row.eachCell((cell) => typeof cell.value === "string" && cell.value.includes("năm 2024") && dated.push(cell.value)),
    );
    expect(dated.some((text) => /ngày 05 tháng 7 năm 2024/i.test(text))).toBe(true);
  });

  it("leaves every input sheet exactly as it was", async () => {
    const before = await openWorkbook(input);
    const after = await openWorkbook(output);
    for (const sheet of before.worksheets) {
      expect(sheetContents(after.getWorksheet(sheet.name)!)).toEqual(sheetContents(sheet));
    }
    expect(after.worksheets.length).toBe(before.worksheets.length + 3);
  });

  it("reads its own output back to the same report, replacing the old output sheets", async () => {
    const again = path.join(dir, `${name}-again.xlsx`);
    const againJson = path.join(dir, `${name}-again.json`);
    const second = await thidua("summarize", output, "--out", again, "--json", againJson);
    expect(second.code).toBe(exitCode);
    expect(await readJson(againJson)).toEqual(await readJson(json));
    const names = (await openWorkbook(again)).worksheets.map((s) => s.name);
    expect(names).toEqual((await openWorkbook(output)).worksheets.map((s) => s.name));
  });
});

describe("thidua summarize example-year-conference.xlsx (a year review, spec §7.1–7.3)", () => {
  let run: Run;
  let json: string;
  let output: string;
  beforeAll(async () => {
    const input = await copy(`${EXAMPLES}/example-year-conference.xlsx`);
    output = input.replace(/\.xlsx$/, ".summary.xlsx");
    json = path.join(dir, "year-conference-report.json");
    run = await thidua("summarize", input, "--json", json);
  }, 60_000);

  it("keeps the report it wrote as JSON inside the summary, as its custom XML part (§9.1)", async () => {
    const carried = readReportPart(await fs.readFile(output));
    expect(carried).not.toBeNull();
    expect(carried).toEqual(await readJson(json));
    expect(carried?.conferenceDate).toBe("2025-01-15");
  });

  it("proposes awards under their names and writes the version 3 report with the conference's decisions", async () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cụm thi đua số 18 · Năm 2024\nHạng +Đơn vị +Tổng điểm +Xếp loại +Đề nghị khen thưởng\n/);
    expect(run.stdout).toMatch(/ 1 +Công ty TNHH Lam Sơn - Thanh Hóa +104,00 +Xuất sắc +Cờ thi đua của UBND tỉnh\n/);
    const expected = JSON.parse(await fs.readFile(`${EXAMPLES}/example-year-conference.v3.expected.json`, "utf8")) as Report;
    expect(differences(comparable(await readJson(json)), comparable(expected))).toEqual([]);
  });

  it("prints the converted points and the self total on the summary", async () => {
    const summary = (await openWorkbook(output)).getWorksheet("Tổng hợp")!;
    for (const heading of ["Điểm quy đổi", "Tự chấm", "Chênh lệch"]) expect(findCell(summary, heading)).toBeDefined();
    const notes: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && notes.push(cell.value))));
    // Nam Sông Mã: Excellent, both award quotas used, yet the conference decided a certificate
    // (§8.2: the decision overrides the quota note); and I.2 does not apply to it.
    expect(notes).toContain(
      "Hội nghị quyết định Bằng khen của Chủ tịch UBND tỉnh (4/5 phiếu), khác đề nghị theo điểm; quy đổi từ 87,5/90 điểm",
    );
    expect(notes.some((note) => note.includes("hết chỉ tiêu khen thưởng"))).toBe(false);
  });
});

describe("thidua on a workbook another office made by hand", () => {
  let input: string;
  let json: string;
  let run: Run;
  let report: Report;
  beforeAll(async () => {
    input = await saveWorkbook(foreignWorkbook(), dir, "cluster7.xlsx");
    json = path.join(dir, "cluster7.json");
    run = await thidua("summarize", input, "--out", path.join(dir, "cluster7-out.xlsx"), "--json", json);
    report = await readJson(json);
  });

  it("ranks the units it can, in English as the workbook asks", () => {
    expect(run.code).toBe(1);
    expect(report.language).toBe("en");
    expect(report.maxTotal).toBe(30);
    expect(report.units.map((u) => [u.sheet, u.status, u.total, u.rank, u.classification, u.award])).toEqual([
      // Two units are not ranked, so no award is proposed yet (§7.6).
      ["Beta", "ranked", 25, 1, "good", null],
      ["Alpha", "ranked", 24, 2, "excellent", null],
      ["Delta", "not-ranked", null, null, null, null],
      ["Gamma", "not-ranked", null, null, null, null],
    ]);
    expect(run.stdout).toMatch(
      /^Cluster 7 · Year 2024\nPROVISIONAL — 2 units not ranked\nRank +Unit +Total +Classification +Proposed award\n/,
    );
    expect(run.stdout).toMatch(/ 1 +Beta Company +25\.00 +Good\n/);
    expect(run.stdout).toMatch(/ - +Gamma Company +not ranked: 1 error\n/);
  });

  it("scores across reordered columns, a merged two-row header and formulas", () => {
    const alpha = report.units.find((u) => u.sheet === "Alpha")!;
    expect(alpha).toMatchObject({
      groups: { I: 18, II: 8 },
      bonus: 0,
      deduction: 2,
      completionRate: 102,
      allTargetsMet: true,
      errors: 0,
      warnings: 0,
    });
    const beta = report.units.find((u) => u.sheet === "Beta")!;
    expect(beta).toMatchObject({
      groups: { I: 18, II: 5 },
      bonus: 2,
      deduction: 0,
      completionRate: 95,
      allTargetsMet: false,
      errors: 0,
      warnings: 1,
    });
  });

  it("reports the text number, the error cell, the uncalculated formula and the missing sheet where they are", () => {
    const located = (issue: Issue) => [issue.severity, issue.rule, issue.sheet, issue.cell, issue.criterion];
    expect(report.issues.map(located).sort()).toEqual(
      [
        ["warning", "text-number", "Beta", `C${FOREIGN_ROWS["I.1"]}`, "I.1"],
        ["error", "cell-error", "Delta", `F${FOREIGN_ROWS["I.2"]}`, "I.2"],
        ["error", "cell-error", "Delta", `G${FOREIGN_ROWS["II.2"]}`, "II.2"],
        ["error", "missing-sheet", "Settings", "C15", null],
      ].sort(),
    );
  });

  it("writes English output sheets in front of the unchanged input sheets", async () => {
    const before = await openWorkbook(input);
    const after = await openWorkbook(path.join(dir, "cluster7-out.xlsx"));
    expect(after.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Details",
      "Issues",
      "Notes",
      "Criteria",
      "Settings",
      "Alpha",
      "Beta",
      "Delta",
    ]);
    for (const sheet of before.worksheets) expect(sheetContents(after.getWorksheet(sheet.name)!)).toEqual(sheetContents(sheet));
  });

  it("links each issue on the Issues sheet to its cell", async () => {
    const issues = (await openWorkbook(path.join(dir, "cluster7-out.xlsx"))).getWorksheet("Issues")!;
    const links: string[] = [];
    issues.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { hyperlink?: string } | null;
        if (value && typeof value === "object" && value.hyperlink) links.push(value.hyperlink);
      }),
    );
    // Always quoted in the file: a sheet named like `R1C1` or `C3` would otherwise read as a reference.
    expect(links).toEqual(expect.arrayContaining([`#'Beta'!C${FOREIGN_ROWS["I.1"]}`, `#'Delta'!G${FOREIGN_ROWS["II.2"]}`]));
  });

  it("validate lists the problems by unit, with criteria and settings problems first", async () => {
    const check = await thidua("validate", input);
    expect(check.code).toBe(1);
    expect(check.stdout.split("\n")).toEqual([
      "Alpha Company (Alpha): no problems",
      "Beta Company (Beta): 0 errors, 1 warning",
      `  Beta!C${FOREIGN_ROWS["I.1"]}  Warning  text-number  I.1  ${report.issues.find((i) => i.rule === "text-number")!.message}`,
      "Delta Company (Delta): 2 errors, 0 warnings",
      expect.stringMatching(/^ {2}Delta!F9 {2}Error {2}cell-error {2}I\.2 {2}The formula was never calculated \(=E9\*1\.1\)/),
      expect.stringMatching(/^ {2}Delta!G12 {2}Error {2}cell-error {2}II\.2 {2}\S/),
      "Gamma Company (Gamma): 1 error, 0 warnings",
      expect.stringMatching(/^ {2}Settings!C15 {2}Error {2}missing-sheet {2}\S/),
      "3 errors, 1 warning.",
      "",
    ]);
  });

  it("--lang vi writes Vietnamese sheets and messages for the same workbook", async () => {
    const out = path.join(dir, "cluster7-vi.xlsx");
    const vi = await thidua("summarize", input, "--out", out, "--lang", "vi");
    // Two units are not ranked: the ranking is provisional (§7.6).
    expect(vi.stdout).toMatch(/^Cluster 7 · Year 2024\nKẾT QUẢ TẠM THỜI — 2 đơn vị chưa được xếp hạng\nHạng +Đơn vị/);
    expect((await openWorkbook(out)).worksheets[0].name).toBe("Tổng hợp");
  });
});

describe("thidua validate", () => {
  it("exits 0 when there are only warnings, listing them", async () => {
    const run = await thidua("validate", `${EXAMPLES}/example-clean.xlsx`, "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n {2}MEDLATEC!G17 {2}Warning {2}text-number {2}II\.3 {2}/);
    expect(run.stdout).toMatch(/0 errors, 1 warning\.\n$/);
  });

  it("exits 1 when some unit has errors, and writes the JSON report when asked", async () => {
    const json = path.join(dir, "validate.json");
    const run = await thidua("validate", `${EXAMPLES}/example-problems.xlsx`, "--json", json);
    expect(run.code).toBe(1);
    // In Vietnamese the check has its Vietnamese name; the JSON keeps the id.
    expect(run.stdout).toContain("  'Nam Sông Mã'!G18  Lỗi  ngoài giới hạn cho phép  II.4  ");
    expect(run.stdout).not.toMatch(/out-of-range|empty-score|missing-sheet/);
    expect((await readJson(json)).units).toHaveLength(5);
    expect((await readJson(json)).issues.map((issue) => issue.rule)).toContain("out-of-range");
  });
});

describe("thidua speaks the workbook's language once it has read it", () => {
  it.each(["validate", "summarize"])("%s: a report that cannot be written is told in Vietnamese", async (command) => {
    const input = await copy(`${EXAMPLES}/example-problems.xlsx`);
    // A file where a folder should be: the report cannot be written there.
    const json = path.join(input, "report.json");
    const run = await thidua(command, input, "--json", json);
    expectOneLineError(run, /không ghi được .*report\.json/);
    const en = await thidua(command, input, "--json", json, "--lang", "en");
    expectOneLineError(en, /cannot write .*report\.json/);
  });
});

describe("thidua refuses, changing nothing", () => {
  it.each<[string, string[], RegExp]>([
    ["no command", [], /no command given/],
    ["an unknown command", ["rank", "x.xlsx"], /unknown command "rank"/],
    ["an unknown option", ["summarize", "x.xlsx", "--format", "pdf"], /unknown option --format for summarize/],
    ["a bad language", ["validate", "x.xlsx", "--lang", "fr"], /--lang must be vi or en/],
    ["an output that is not .xlsx", ["summarize", "x.xlsx", "--out", "x.pdf"], /must be an \.xlsx file/],
    ["a usage error in Vietnamese", ["summarize", "--lang", "vi"], /cần một sổ tính/],
  ])("%s", async (_name, argv, message) => {
    expectOneLineError(await thidua(...argv), message);
  });

  it("a missing workbook", async () => {
    expectOneLineError(await thidua("summarize", path.join(dir, "missing.xlsx")), /cannot find the workbook .*missing\.xlsx/);
  });

  it("a file that is not a workbook", async () => {
    const file = path.join(dir, "notes.xlsx");
    await fs.writeFile(file, "just text");
    expectOneLineError(await thidua("validate", file), /is not an \.xlsx workbook/);
  });

  it("an output that is the input, and leaves the input as it was", async () => {
    const input = await copy(`${EXAMPLES}/example-clean.xlsx`);
    const before = await fs.readFile(input);
    expectOneLineError(await thidua("summarize", input, "--out", input), /will not overwrite the input workbook/);
    expectOneLineError(
      await thidua("summarize", input, "--out", path.join(path.dirname(input), ".", path.basename(input))),
      /will not overwrite/,
    );
    expectOneLineError(await thidua("summarize", input, "--json", input), /will not overwrite .* JSON report/);
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    expect(await fs.readdir(path.dirname(input))).not.toContain(path.basename(input).replace(".xlsx", ".summary.xlsx"));
  });
});

/**
 * A template as its units fill it in, at the columns the engine itself finds: every plan met,
 * every yes/no achieved, every score full but II.3, lower by 0.25 per unit so the ranking is
 * known; evidence everywhere; bonus and deduction rows blank.
 */
function fillTemplate(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const units = new Set(CLUSTER18_SETTINGS.units!.map((u) => u.sheet));
  const regular = CLUSTER18_CRITERIA.groups.filter((g) => g.kind === "group").flatMap((g) => g.criteria);
  let unitIndex = 0;
  return {
    sheets: snapshot.sheets.map((sheet) => {
      if (!units.has(sheet.name)) return sheet;
      const table = findUnitTable(sheet)!;
      const cells = sheet.cells.map((line) => [...line]);
      const put = (row: number, col: number | undefined, value: string | number) => {
        while (cells[row].length <= col!) cells[row].push(null);
        cells[row][col!] = value;
      };
      for (const c of regular) {
        const row = cells.findIndex((line) => line[table.columns.code!] === c.code);
        if (c.type === "plan") [100, 100].forEach((v, i) => put(row, i === 0 ? table.columns.target : table.columns.actual, v));
        if (c.type === "yesno") put(row, table.columns.self, "Đạt");
        if (c.type === "score") put(row, table.columns.self, c.code === "II.3" ? c.max - 0.25 * unitIndex : c.max);
        if (c.type === "count") put(row, table.columns.quantity, Math.ceil(c.max / (c.perItem ?? 1)));
        put(row, table.columns.evidence, "Văn bản số 1/2025");
      }
      unitIndex++;
      return { ...sheet, cells };
    }),
  };
}

describe("thidua template", () => {
  it("makes Cluster 18's workbook whose input cells are exactly where the engine reads", async () => {
    const out = path.join(dir, "new", "mau.xlsx");
    const run = await thidua("template", "--out", out);
    // The template is Vietnamese, and so is what the command says.
    // With no --period, the year review of the year it is (test/support/cli.ts: 2024; spec §8.5).
    const period = `Kỳ đánh giá: Năm 2024 (tổng kết năm, có đề nghị khen thưởng), của năm nay vì không có --period; kỳ khác thì cho --period, ví dụ --period "6 tháng đầu năm 2024".`;
    expect(run).toEqual({ code: 0, stdout: `Mẫu có 7 trang đơn vị.\n${period}\nĐã ghi ${out}\n`, stderr: "" });

    const evaluation = evaluateWorkbook(await readWorkbookFile(out));
    expect(evaluation.criteria).toEqual(CLUSTER18_CRITERIA);
    expect(evaluation.report.units.map((u) => u.sheet)).toEqual(CLUSTER18_SETTINGS.units!.map((u) => u.sheet));
    expect(evaluation.report.units.every((u) => u.status === "not-ranked")).toBe(true);
    const setup = evaluation.report.issues.filter((i) => i.rule === "criteria-invalid" || i.rule === "settings-invalid");
    expect(setup).toEqual([]);

    // Every issue of an empty template is a blank input, at a cell the units may type in.
    const workbook = await openWorkbook(out);
    const issues = evaluation.report.issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues.map((i) => i.rule))).toEqual(new Set(["empty-score", "plan-input"]));
    for (const issue of issues) {
      const cell = workbook.getWorksheet(issue.sheet!)!.getCell(issue.cell!);
      expect(cell.protection?.locked).toBe(false);
    }
  });

  it("takes the criteria and units from TSV files and writes in English", async () => {
    const out = path.join(dir, "template-en.xlsx");
    const run = await thidua(
      "template",
      "--criteria",
      `${SAMPLES}/criteria.tsv`,
      "--units",
      `${SAMPLES}/units.tsv`,
      "--lang",
      "en",
      "--out",
      out,
    );
    expect(run.code).toBe(0);
    const snapshot = await readWorkbookFile(out);
    expect(snapshot.sheets.slice(0, 2).map((s) => s.name)).toEqual(["Criteria", "Settings"]);
    const evaluation = evaluateWorkbook(snapshot);
    // Same table, names in English.
    const withoutNames = (groups: typeof CLUSTER18_CRITERIA.groups) =>
      groups.map(({ name: _name, criteria, ...group }) => ({ ...group, criteria: criteria.map(({ name: _n, ...c }) => c) }));
    expect(withoutNames(evaluation.criteria!.groups)).toEqual(withoutNames(CLUSTER18_CRITERIA.groups));
    expect(evaluation.criteria!.groups[0].criteria[0].name).toBe("Revenue against plan");
    expect(evaluation.report.language).toBe("en");
    expect(evaluation.report.units).toHaveLength(7);
  });

  it("takes the criteria from a workbook's Criteria sheet", async () => {
    const out = path.join(dir, "template-from-xlsx.xlsx");
    const foreign = await saveWorkbook(foreignWorkbook(), dir, "foreign-criteria.xlsx");
    expect((await thidua("template", "--criteria", foreign, "--out", out)).code).toBe(0);
    const evaluation = evaluateWorkbook(await readWorkbookFile(out));
    expect(evaluation.criteria?.groups.map((g) => g.code)).toEqual(["I", "II", "B", "D"]);
    expect(evaluation.report.issues.filter((i) => i.rule === "settings-invalid" || i.rule === "criteria-invalid")).toEqual([]);
  });

  it("names the line and column of a bad criteria file", async () => {
    const criteria = path.join(dir, "bad-criteria.tsv");
    await fs.writeFile(criteria, "code\ttype\tname_vi\tmax\nI\tgroup\tKinh doanh\t50\nI.1\tscor\tDoanh thu\t10\n");
    const run = await thidua("template", "--criteria", criteria, "--out", path.join(dir, "never.xlsx"), "--lang", "en");
    expectOneLineError(run, /the criteria file .*bad-criteria\.tsv cannot be used: line 3, column type: /);
    const vi = await thidua("template", "--criteria", criteria, "--out", path.join(dir, "never.xlsx"));
    expectOneLineError(vi, /không dùng được tệp tiêu chí .*bad-criteria\.tsv: dòng 3, cột type: /);
    await expect(fs.stat(path.join(dir, "never.xlsx"))).rejects.toThrow();
  });

  it("names the line of a bad units file", async () => {
    const units = path.join(dir, "bad-units.tsv");
    await fs.writeFile(units, "no\tunit\tsheet\n1\tCông ty A\tA\n2\tCông ty B\tA?\n");
    expectOneLineError(
      await thidua("template", "--units", units, "--out", path.join(dir, "never.xlsx"), "--lang", "en"),
      /line 3: "A\?" cannot be a sheet name/,
    );
  });

  it("will not write over one of its inputs", async () => {
    const criteria = await saveWorkbook(foreignWorkbook(), dir, "criteria-input.xlsx");
    const before = await fs.readFile(criteria);
    expectOneLineError(await thidua("template", "--criteria", criteria, "--out", criteria, "--lang", "en"), /is one of the inputs/);
    expectOneLineError(await thidua("template", "--criteria", criteria, "--out", criteria), /đó là tệp đầu vào/);
    expect((await fs.readFile(criteria)).equals(before)).toBe(true);
  });

  it.each([
    ["year", "Năm 2025", "Tổng kết năm"],
    ["half-year", "6 tháng đầu năm 2025", "Sơ kết 6 tháng"],
  ] as const)("--kind %s writes the period on Settings and every unit sheet, and the kind", async (kind, period, kindWord) => {
    const out = path.join(dir, `template-${kind}.xlsx`);
    expect((await thidua("template", "--period", period, "--kind", kind, "--out", out)).code).toBe(0);
    const snapshot = await readWorkbookFile(out);
    // Nothing on any sheet still names the bundled period.
    for (const sheet of snapshot.sheets)
      expect([sheet.name, sheet.cells.flat().includes("6 tháng đầu năm 2024")]).toEqual([sheet.name, false]);
    const settings = snapshot.sheets.find((s) => s.name === "Thiết lập")!;
    const valueOf = (key: string) => settings.cells.find((line) => line[0] === key)![1];
    expect([valueOf("Kỳ đánh giá"), valueOf("Loại kỳ")]).toEqual([period, kindWord]);
    for (const unit of CLUSTER18_SETTINGS.units!) {
      const sheet = snapshot.sheets.find((s) => s.name === unit.sheet)!;
      const periodRow = sheet.cells.find((line) => line[0] === "Kỳ:");
      expect([unit.sheet, periodRow?.[1]]).toEqual([unit.sheet, period]);
    }

    const filled = evaluateWorkbook(fillTemplate(snapshot)).report;
    expect(filled.reviewKind).toBe(kind);
    expect(filled.issues).toEqual([]);
    expect(filled.units.map((u) => [u.sheet, u.rank])).toEqual(CLUSTER18_SETTINGS.units!.map((u, i) => [u.sheet, i + 1]));
    // Awards are annual (spec §7.3): a flag and two certificates at the year review, none at the half-year one.
    const awards = filled.units.map((u) => u.award);
    expect(awards).toEqual(kind === "year" ? ["flag", "certificate", "certificate", null, null, null, null] : Array(7).fill(null));
  });

  it("follows the period's kind without --kind, leaving Loại kỳ blank", async () => {
    const out = path.join(dir, "template-period.xlsx");
    expect((await thidua("template", "--period", "Năm 2025", "--lang", "en", "--out", out)).code).toBe(0);
    const snapshot = await readWorkbookFile(out);
    const settings = snapshot.sheets.find((s) => s.name === "Settings")!;
    expect(settings.cells.find((line) => line[0] === "Review kind")?.[1] ?? null).toBeNull();
    expect(evaluateWorkbook(fillTemplate(snapshot)).report).toMatchObject({ reviewKind: "year", complete: true });
  });

  it("carries a may_be_na column of the criteria file into the template, whose unit sheets take the mark", async () => {
    const criteria = path.join(dir, "criteria-na.tsv");
    await fs.writeFile(
      criteria,
      "code\ttype\tname_vi\tmax\tmay_be_na\nI\tgroup\tKinh doanh\t20\t\nI.1\tplan\tLợi nhuận\t10\tyes\nI.2\tscore\tAn toàn\t10\tno\n",
    );
    const out = path.join(dir, "template-na.xlsx");
    expect((await thidua("template", "--criteria", criteria, "--period", "Năm 2025", "--out", out)).code).toBe(0);
    const snapshot = await readWorkbookFile(out);
    const first = CLUSTER18_SETTINGS.units![0].sheet;
    const cells = snapshot.sheets.find((s) => s.name === first)!.cells.map((line) => [...line]);
    const row = (code: string) => cells.findIndex((line) => line[0] === code);
    // Columns D (target) and G (self score), where the engine finds them on the template's sheets.
    cells[row("I.1")][3] = "Không áp dụng";
    cells[row("I.2")][6] = 7;
    const filled = { sheets: snapshot.sheets.map((s) => (s.name === first ? { ...s, cells } : s)) };
    const unit = evaluateWorkbook(filled).report.units[0];
    expect(unit).toMatchObject({ status: "ranked", notApplicable: ["I.1"], applicableMax: 10, converted: 14, total: 14 });
    // The input cell that takes the mark says so, in the file as written.
    const workbook = await openWorkbook(out);
    const target = workbook.getWorksheet(first)!.getCell(`D${row("I.1") + 1}`);
    expect(target.dataValidation).toMatchObject({ type: "any", prompt: expect.stringContaining("Không áp dụng") });
  });

  it("writes the thresholds as percents, so a 1,000-point table gets 90% of its scale, not 90 points", async () => {
    const criteria = path.join(dir, "criteria-1000.tsv");
    await fs.writeFile(
      criteria,
      "code\ttype\tname_vi\tmax\nI\tgroup\tKinh doanh\t\nI.1\tscore\tDoanh thu\t600\nI.2\tscore\tAn toàn\t400\n",
    );
    const out = path.join(dir, "template-1000.xlsx");
    expect((await thidua("template", "--criteria", criteria, "--out", out)).code).toBe(0);
    const snapshot = await readWorkbookFile(out);
    const settings = snapshot.sheets.find((s) => s.name === "Thiết lập")!;
    expect(settings.cells.find((line) => line[0] === "Ngưỡng Xuất sắc")?.[1]).toBe(0.9);
    const evaluation = evaluateWorkbook(snapshot);
    expect(evaluation.report.maxTotal).toBe(1000);
    expect(evaluation.settings.thresholds).toEqual({ excellent: 900, good: 800, fair: 650, average: 500 });
  });

  it("refuses --kind year for a period that names a half-year review, writing nothing", async () => {
    const out = path.join(dir, "never-year.xlsx");
    expectOneLineError(
      await thidua("template", "--kind", "year", "--period", "6 tháng đầu năm 2025", "--out", out),
      /kỳ đánh giá "6 tháng đầu năm 2025" là kỳ sơ kết 6 tháng/,
    );
    expectOneLineError(
      await thidua("template", "--kind", "year", "--period", "Sơ kết 6 tháng 2025", "--lang", "en", "--out", out),
      /names a half-year review/,
    );
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it("replaces an existing file at --out that is not an input", async () => {
    const out = path.join(dir, "old-template.xlsx");
    await fs.writeFile(out, "old");
    expect((await thidua("template", "--out", out)).code).toBe(0);
    expect((await readWorkbookFile(out)).sheets[0].name).toBe("Tiêu chí");
  });
});
