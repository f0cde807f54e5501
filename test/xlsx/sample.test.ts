import { promises as fs } from "fs";
import { evaluateWorkbook } from "../../src/core";
import type { Report } from "../../src/core/model/types";
import { unzipCapped, withFixedDates } from "../../src/xlsx/package";
import { snapshotFromPackage } from "../../src/xlsx/values";
import * as ExcelJS from "exceljs";
import { makeSample, SAMPLES, SAMPLE_PATH, sampleProblems, type SampleKind } from "../../scripts/make-sample";
import { zipEntryDates, zipText } from "../support/xlsxZip";

describe.each<[SampleKind, string, { year: number; month: number; day: number }]>([
  ["year", "assets/cluster18-2024.xlsx", { year: 2025, month: 1, day: 10 }],
  ["half-year", "assets/cluster18-2024-h1.xlsx", { year: 2024, month: 7, day: 5 }],
])("the bundled %s sample %s", (kind, file, fileDate) => {
  let bytes: Buffer;
  let report: Report;
  beforeAll(async () => {
    bytes = await makeSample(kind);
    report = evaluateWorkbook(snapshotFromPackage(unzipCapped(bytes, file))).report;
  }, 60_000);

  it("is exactly what `npm run sample` makes now (deterministic; re-run it after a template change)", async () => {
    expect(SAMPLES[kind].path.endsWith(file)).toBe(true);
    const committed = await fs.readFile(SAMPLES[kind].path);
    expect(bytes.equals(committed)).toBe(true);
  });

  it("carries no date from the clock", () => {
    const stamps = new Set(zipEntryDates(bytes).map((d) => `${d.date}/${d.time}`));
    expect(stamps.size).toBe(1);
    const [date] = zipEntryDates(bytes);
    expect({ year: (date.date >> 9) + 1980, month: (date.date >> 5) & 15, day: date.date & 31 }).toEqual(fileDate);
    const core = zipText(bytes, "docProps/core.xml")!;
    const day = `${fileDate.year}-${String(fileDate.month).padStart(2, "0")}-${String(fileDate.day).padStart(2, "0")}T`;
    expect(core.match(/\d{4}-\d{2}-\d{2}T/g)).toEqual([day, day]);
  });

  it("is read as its kind of review (§7.3)", () => {
    expect(report.reviewKind).toBe(kind);
  });

  it("ranks all seven units, with one warning and no error", () => {
    expect(sampleProblems(report)).toEqual([]);
    expect(report.units).toHaveLength(7);
    expect(report.issues).toEqual([expect.objectContaining({ severity: "warning", rule: "text-number", sheet: "Bắc Sông Mã" })]);
  });

  it("looks like a real review: near plan, a few deductions and bonuses; awards at the year review only", () => {
    for (const unit of report.units) {
      expect(unit.completionRate).toBeGreaterThanOrEqual(93);
      expect(unit.completionRate).toBeLessThanOrEqual(108);
    }
    const deducted = report.units.filter((u) => (u.deduction ?? 0) > 0);
    const bonused = report.units.filter((u) => (u.bonus ?? 0) > 0);
    expect(deducted.length).toBeGreaterThanOrEqual(2);
    expect(deducted.length).toBeLessThanOrEqual(4);
    expect(bonused.length).toBeGreaterThanOrEqual(2);
    expect(report.units.filter((u) => u.award === "flag")).toHaveLength(kind === "year" ? 1 : 0);
    expect(report.units.filter((u) => u.award === "certificate")).toHaveLength(kind === "year" ? 2 : 0);
  });
});

it("the demo's sample is the year review, so it shows awards", () => {
  expect(SAMPLE_PATH).toBe(SAMPLES.year.path);
});

describe("withFixedDates", () => {
  it("dates every entry alike and keeps the workbook readable", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").getCell("A1").value = "x";
    const original = Buffer.from(await workbook.xlsx.writeBuffer());
    const fixed = withFixedDates(original, new Date(Date.UTC(2024, 0, 2, 3, 4, 6)));
    expect(fixed.length).toBe(original.length);
    expect(new Set(zipEntryDates(fixed).map((d) => `${d.date}/${d.time}`))).toEqual(
      new Set([`${(44 << 9) | (1 << 5) | 2}/${(3 << 11) | (4 << 5) | 3}`]),
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(fixed as unknown as ArrayBuffer);
    expect(back.getWorksheet("S")!.getCell("A1").value).toBe("x");
  });

  it("refuses what is not a zip", () => {
    expect(() => withFixedDates(Buffer.from("not a zip"), new Date())).toThrow(/not a zip/);
  });
});
