// Issue 13 §2 on files: a summary made by `summarize` records its data fingerprint, and
// `validate` says the summary is stale once an input cell changes, until it is made again.
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/core/model/types";
import { promises as fs } from "fs";
import { makeTempDir, openWorkbook, removeTempDir, saveWorkbook } from "../support/xlsxWorkbooks";

const CLEAN = path.resolve(__dirname, "../fixtures/examples/example-clean.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-stale-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

async function thidua(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
    today: () => ({ year: 2024, month: 7, day: 5 }),
    now: () => ({ hour: 14, minute: 5 }),
  });
  return { code, stdout };
}

/** As `thidua`, keeping what it says on stderr. */
async function thiduaWithErrors(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await main(argv, { stdout: () => undefined, stderr: (t) => (stderr += t), today: () => ({ year: 2024, month: 7, day: 5 }) });
  return { code, stderr };
}

async function staleIssues(file: string): Promise<Report["issues"]> {
  const json = path.join(dir, `${path.basename(file)}.json`);
  await thidua("validate", file, "--json", json, "--lang", "en");
  const report = JSON.parse(await fs.readFile(json, "utf8")) as Report;
  return report.issues.filter((i) => i.rule === "summary-stale");
}

it("validate says the summary is stale after one input cell changes, and not after summarizing again", async () => {
  const input = path.join(dir, "cum.xlsx");
  await fs.copyFile(CLEAN, input);
  const first = path.join(dir, "cum.summary.xlsx");
  expect((await thidua("summarize", input, "--out", first, "--lang", "en")).code).toBe(0);

  const made = await openWorkbook(first);
  const line = made
    .getWorksheet("Summary")
    ?.getSheetValues()
    .flat()
    .find((v) => typeof v === "string" && v.startsWith("Made at 14:05 on 5 July 2024, data fingerprint "));
  expect(line).toMatch(/data fingerprint [0-9a-f]{8}$/);
  expect(await staleIssues(first)).toEqual([]);

  // One self score of the first unit, one less.
  const unitSheet = made.worksheets.find((s) => !/^(Tiêu chí|Thiết lập|Summary|Details|Issues|Criteria|Settings)$/.test(s.name));
  if (!unitSheet) throw new Error("no unit sheet");
  let changedCell = "";
  unitSheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (changedCell === "" && typeof cell.value === "number" && cell.value > 0 && Number(cell.row) > 5) {
        cell.value = cell.value - 1;
        changedCell = cell.address;
      }
    }),
  );
  expect(changedCell).not.toBe("");
  const edited = await saveWorkbook(made, dir, "cum.edited.xlsx");
  const stale = await staleIssues(edited);
  expect(stale).toHaveLength(1);
  expect(stale[0]).toMatchObject({ severity: "warning", sheet: "Summary" });
  expect(stale[0].message).toMatch(/generate it again/);
  const printed = await thidua("validate", edited, "--lang", "en");
  expect(printed.stdout).toMatch(/summary out of date|out of date/);

  const again = path.join(dir, "cum.again.xlsx");
  expect((await thidua("summarize", edited, "--out", again)).code).toBe(0);
  expect(await staleIssues(again)).toEqual([]);
}, 60_000);

describe("--previous", () => {
  // Issue 19: `--out` or `--json` naming last period's summary once overwrote it with exit 0.
  it.each([
    ["summarize --out", (input: string, last: string) => ["summarize", input, "--out", last, "--previous", last]],
    ["summarize --json", (input: string, last: string) => ["summarize", input, "--json", last, "--previous", last]],
    ["validate --json", (input: string, last: string) => ["validate", input, "--json", last, "--previous", last]],
  ])("%s naming the --previous file is refused, exit 2, and last period's summary is untouched", async (name, args) => {
    const input = path.join(dir, `keep-${name.replace(/\W+/g, "-")}-in.xlsx`);
    await fs.copyFile(CLEAN, input);
    const last = path.join(dir, `keep-${name.replace(/\W+/g, "-")}-last.xlsx`);
    expect((await thidua("summarize", input, "--out", last, "--lang", "en")).code).toBe(0);
    const before = await fs.readFile(last);
    const run = await thiduaWithErrors(...args(input, last), "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(last);
    expect((await fs.readFile(last)).equals(before)).toBe(true);
  });

  it("summarize with last period's summary adds Previous rank and Change, and the JSON carries previous", async () => {
    const input = path.join(dir, "prev-in.xlsx");
    await fs.copyFile(CLEAN, input);
    const last = path.join(dir, "prev-last.xlsx");
    expect((await thidua("summarize", input, "--out", last, "--lang", "en")).code).toBe(0);

    const out = path.join(dir, "prev-now.xlsx");
    const json = path.join(dir, "prev-now.json");
    expect((await thidua("summarize", input, "--out", out, "--json", json, "--previous", last, "--lang", "en")).code).toBe(0);
    const report = JSON.parse(await fs.readFile(json, "utf8")) as Report;
    expect(report.units.length).toBeGreaterThan(0);
    expect(report.units.map((u) => u.previous)).toEqual(report.units.map((u) => ({ rank: u.rank, total: u.total })));

    const summary = (await openWorkbook(out)).getWorksheet("Summary");
    if (!summary) throw new Error("no Summary");
    let header = 0;
    let previousCol = 0;
    summary.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value === "Previous rank" && header === 0) [header, previousCol] = [r, c];
      }),
    );
    expect(summary.getCell(header, previousCol + 1).value).toBe("Change");
    const firstUnitRow = header + 2;
    expect(summary.getCell(firstUnitRow, previousCol).value).toBe(report.units[0].rank);
    expect(summary.getCell(firstUnitRow, previousCol + 1).value).toBe("=");

    // Without --previous, the report has no such field.
    const plainJson = path.join(dir, "plain.json");
    await thidua("validate", input, "--json", plainJson);
    const plain = JSON.parse(await fs.readFile(plainJson, "utf8")) as Report;
    expect(plain.units.some((u) => "previous" in u)).toBe(false);
    const withPrevious = path.join(dir, "with-previous.json");
    await thidua("validate", input, "--json", withPrevious, "--previous", last);
    expect((JSON.parse(await fs.readFile(withPrevious, "utf8")) as Report).units[0].previous).toEqual({
      rank: report.units[0].rank,
      total: report.units[0].total,
    });
  }, 60_000);

  it("stops with a sentence when the previous workbook has no summary", async () => {
    let stderr = "";
    const code = await main(["validate", CLEAN, "--previous", CLEAN, "--lang", "en"], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      today: () => ({ year: 2024, month: 7, day: 5 }),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/has no summary to compare with: --previous needs/);
  }, 60_000);
});

it("validate says the summary is stale after a vote on the Conference sheet changes, until it is made again (§7.4)", async () => {
  const input = path.join(dir, "conference.xlsx");
  await fs.copyFile(path.resolve(__dirname, "../fixtures/examples/example-year-conference.xlsx"), input);
  const first = path.join(dir, "conference.summary.xlsx");
  expect((await thidua("summarize", input, "--out", first)).code).toBe(0);
  expect(await staleIssues(first)).toEqual([]);

  const made = await openWorkbook(first);
  const conference = made.getWorksheet("Bình xét");
  if (!conference) throw new Error("no Bình xét sheet");
  // Lam Sơn's flag votes, 5 → 4: the decision still stands, so only the fingerprint can tell.
  expect(conference.getCell("C10").value).toBe(5);
  conference.getCell("C10").value = 4;
  const edited = await saveWorkbook(made, dir, "conference.edited.xlsx");
  const stale = await staleIssues(edited);
  expect(stale).toHaveLength(1);
  expect(stale[0]).toMatchObject({ severity: "warning", sheet: "Tổng hợp" });

  const again = path.join(dir, "conference.again.xlsx");
  expect((await thidua("summarize", edited, "--out", again)).code).toBe(0);
  expect(await staleIssues(again)).toEqual([]);
}, 60_000);
