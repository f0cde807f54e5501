// `--previous` (issue 13 §3) reads last period's summary from the report it carries (§9.1:
// programs read the part), so editing, renaming or reordering its printed Summary changes nothing;
// a summary made before version 3, without the part, is still read by its printed layout.
import { promises as fs } from "fs";
import * as path from "path";
import type { Report } from "../../src/core/model/types";
import { unzipCapped, zipPackage } from "../../src/xlsx/package";
import { readReportPart, withReportPart } from "../../src/xlsx/reportPart";
import { thidua } from "../support/cli";
import { makeTempDir, openWorkbook, removeTempDir, saveWorkbook } from "../support/xlsxWorkbooks";

const CLEAN = path.resolve(__dirname, "../fixtures/examples/example-clean.xlsx");

let dir: string;
let last: string;
let lastReport: Report;
beforeAll(async () => {
  dir = await makeTempDir("thidua-previous-");
  last = path.join(dir, "last.summary.xlsx");
  expect((await thidua("summarize", CLEAN, "--out", last, "--lang", "en")).code).toBe(0);
  lastReport = readReportPart(await fs.readFile(last)) as Report;
}, 60_000);
afterAll(async () => {
  await removeTempDir(dir);
});

/** Each unit's `previous` in the report of a run on the same data given `previous`. */
async function previousOf(previous: string): Promise<{ stderr: string; previous: Report["units"][number]["previous"][] }> {
  const json = path.join(dir, `${path.basename(previous)}.json`);
  const run = await thidua("validate", CLEAN, "--json", json, "--previous", previous, "--lang", "en");
  expect(run.code).toBe(0);
  const report = JSON.parse(await fs.readFile(json, "utf8")) as Report;
  return { stderr: run.stderr, previous: report.units.map((u) => u.previous) };
}

/** The row of the Summary's table holding `unit`'s name. */
function rowOf(sheet: import("exceljs").Worksheet, unit: string): number {
  let found = 0;
  sheet.eachRow((row, r) => {
    if (found === 0 && (row.values as unknown[]).includes(unit)) found = r;
  });
  return found;
}

/** The column of the Summary's table headed `heading`. */
function columnOf(sheet: import("exceljs").Worksheet, heading: string): number {
  let found = 0;
  sheet.eachRow((row) => row.eachCell((cell, c) => void (found === 0 && cell.value === heading && (found = c))));
  return found;
}

describe("--previous", () => {
  it.each([
    ["renamed", true],
    ["kept its name but had a rank typed over", false],
  ])(
    "reads last period's standings from the report its summary carries, though its printed Summary was reordered and %s",
    async (_name, rename) => {
      const workbook = await openWorkbook(last);
      const summary = workbook.getWorksheet("Summary")!;
      // Someone tidied the printed sheet: swapped the first two units' rows, then renamed it or typed over a rank.
      const [first, second] = [rowOf(summary, lastReport.units[0].unit), rowOf(summary, lastReport.units[1].unit)];
      expect(second).toBe(first + 1);
      const values = [summary.getRow(first).values, summary.getRow(second).values];
      summary.getRow(first).values = values[1];
      summary.getRow(second).values = values[0];
      expect(rowOf(summary, lastReport.units[1].unit)).toBe(first);
      if (rename) summary.name = "Bảng in";
      else summary.getRow(first).getCell(columnOf(summary, "Rank")).value = 99;
      const saved = await saveWorkbook(workbook, dir, `edited-${rename}-no-part.xlsx`);
      // ExcelJS does not keep custom XML parts; Excel does: the part goes back as Excel would keep it.
      const bytes = await fs.readFile(saved);
      expect(readReportPart(bytes)).toBeNull();
      const edited = path.join(dir, `edited-${rename}.summary.xlsx`);
      await fs.writeFile(edited, zipPackage(withReportPart(unzipCapped(bytes, saved), lastReport)));

      const read = await previousOf(edited);
      expect(read.previous).toEqual(lastReport.units.map((u) => ({ rank: u.rank, total: u.total })));
      expect(read.stderr).toBe("");
      // Read by its printed layout, the same file says something else, or nothing.
      const json = path.join(dir, `edited-${rename}-layout.json`);
      const run = await thidua("validate", CLEAN, "--json", json, "--previous", saved, "--lang", "en");
      if (rename) expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/has no summary to compare with/)]);
      else expect((JSON.parse(await fs.readFile(json, "utf8")) as Report).units[1].previous?.rank).toBe(99);
    },
    60_000,
  );

  it("reads a summary made before version 3 (no report inside) by its printed Summary, as before", async () => {
    const old = await saveWorkbook(await openWorkbook(last), dir, "old.summary.xlsx");
    expect(readReportPart(await fs.readFile(old))).toBeNull();
    const read = await previousOf(old);
    expect(read.previous).toEqual(lastReport.units.map((u) => ({ rank: u.rank, total: u.total })));
    expect(read.stderr).toBe("");
  }, 60_000);
});
