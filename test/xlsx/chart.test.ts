// Issue 13 §4 on files: the summary written by `thidua summarize` carries a real Excel chart
// (ExcelJS writes none, so the package is completed afterwards): a drawing referenced from the
// Summary sheet, a stacked bar chart part whose series point at the chart-data block's cells with
// those cells' values cached, and the content types for both. The file still opens in ExcelJS
// and in our own reader, its summary is still recognised, and summarizing it again replaces the
// chart instead of adding a second one.
import * as ExcelJS from "exceljs";
import type JSZip from "jszip";
import { promises as fs } from "fs";
import * as path from "path";
import { rangeToA1 } from "../../src/core/model/address";
import { evaluateWorkbook } from "../../src/core/run/evaluate";
import { buildOutputSheets } from "../../src/core/sheets";
import type { ChartLayout, Report } from "../../src/core/model/types";
import { absoluteReference, withDrawingElement } from "../../src/xlsx/chart";
import { readWorkbookFile } from "../../src/xlsx/read";
import { CLI_TEST_TODAY, thidua } from "../support/cli";
import { chartsOfSheet, contentTypeOf } from "../support/chartParts";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";

const SAMPLE = path.resolve(__dirname, "../../assets/cluster18-2024.xlsx");
const SUMMARY = "Tổng hợp";

let dir: string;
let out: string;
let written: Buffer;
let expected: ChartLayout;
beforeAll(async () => {
  dir = await makeTempDir("thidua-chart-");
  out = path.join(dir, "cum18.summary.xlsx");
  expect((await thidua("summarize", SAMPLE, "--out", out)).code).toBe(0);
  written = await fs.readFile(out);
  const layouts = buildOutputSheets(evaluateWorkbook(await readWorkbookFile(SAMPLE)), { date: CLI_TEST_TODAY });
  expect(layouts[0].charts).toHaveLength(1);
  expected = layouts[0].charts[0];
}, 60_000);
afterAll(async () => {
  await removeTempDir(dir);
});

describe("the summary's chart part", () => {
  it("is a stacked bar chart in a drawing referenced from the Summary sheet, with content types", async () => {
    const { zip, drawingPart, charts } = await chartsOfSheet(written, SUMMARY);
    expect(drawingPart).not.toBeNull();
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart).toMatchObject({
      barDir: "bar",
      grouping: "stacked",
      overlap: "100",
      categoryOrientation: "maxMin",
      shapeName: "ThiDua_Chart",
    });
    expect(chart.title).toBe(expected.title);
    expect(await contentTypeOf(zip, drawingPart as string)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    expect(await contentTypeOf(zip, chart.path)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    // The chart and its data start a printed page: a manual break after the row above the block's heading.
    const sheetXml = await (zip.file((await chartsOfSheet(written, SUMMARY)).sheetPart) as JSZip.JSZipObject).async("string");
    expect([...sheetXml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]))).toEqual([expected.source.start.row - 1]);
    // Only the summary has a drawing.
    for (const other of ["Chi tiết", "Kiểm tra"]) expect((await chartsOfSheet(written, other)).charts).toEqual([]);
  });

  it("points its series at the chart-data block the core laid out, and covers the cells below it", async () => {
    const [chart] = (await chartsOfSheet(written, SUMMARY)).charts;
    expect(chart.series.map((s) => [s.name, s.categories, s.values])).toEqual(
      expected.series.map((s) => [
        absoluteReference(SUMMARY, { start: s.name, end: s.name }),
        absoluteReference(SUMMARY, expected.categories),
        absoluteReference(SUMMARY, s.values),
      ]),
    );
    expect(chart.covers).toBe(rangeToA1(expected.position));
  });

  it("caches exactly what the cells it points at hold: the ranked units, their group points, bonus and a negative deduction", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SUMMARY) as ExcelJS.Worksheet;
    const cellsOf = (reference: string): unknown[] => {
      const [, cells] = reference.replace(/\$/g, "").split("!");
      const out: unknown[] = [];
      const [from, to = from] = cells.split(":");
      const range = { from: sheet.getCell(from), to: sheet.getCell(to) };
      for (let r = Number(range.from.row); r <= Number(range.to.row); r++) {
        for (let c = Number(range.from.col); c <= Number(range.to.col); c++) out.push(sheet.getCell(r, c).value ?? null);
      }
      return out;
    };
    const [chart] = (await chartsOfSheet(written, SUMMARY)).charts;
    const report = JSON.parse(JSON.stringify(evaluateWorkbook(await readWorkbookFile(SAMPLE)).report)) as Report;
    const ranked = report.units.filter((u) => u.status === "ranked").sort((a, b) => (a.rank as number) - (b.rank as number));
    for (const series of chart.series) {
      expect(series.nameCache).toEqual(cellsOf(series.name));
      expect(series.categoryCache).toEqual(cellsOf(series.categories));
      expect(series.valueCache).toEqual(cellsOf(series.values));
    }
    // The categories are the units' short names (§8.2): the sample's list gives none, so their sheets'.
    expect(chart.series[0].categoryCache).toEqual(ranked.map((u) => u.sheet));
    const [bonus, deduction] = chart.series.slice(-2);
    expect(bonus.nameCache).toEqual(["Điểm thưởng"]);
    expect(bonus.valueCache).toEqual(ranked.map((u) => u.bonus));
    expect(deduction.nameCache).toEqual(["Điểm trừ"]);
    expect(deduction.valueCache).toEqual(ranked.map((u) => 0 - (u.deduction as number)));
    expect(deduction.valueCache.some((v) => (v as number) < 0)).toBe(true);
    // Each bar ends at the unit's total.
    ranked.forEach((unit, i) => {
      const sum = chart.series.reduce((total, s) => total + (s.valueCache[i] as number), 0);
      expect(sum).toBeCloseTo(unit.total as number, 6);
    });
  });
});

describe("the written file with its chart", () => {
  it("still opens in ExcelJS and in our reader, and its summary is recognised as current", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name).slice(0, 3)).toEqual(["Tổng hợp", "Chi tiết", "Kiểm tra"]);
    const snapshot = await readWorkbookFile(out);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(workbook.worksheets.map((s) => s.name));
    const json = path.join(dir, "validate.json");
    await thidua("validate", out, "--json", json);
    const report = JSON.parse(await fs.readFile(json, "utf8")) as Report;
    expect(report.issues.filter((i) => i.rule === "summary-stale")).toEqual([]);
    // The reader still finds the recorded fingerprint: change a unit's data and it says stale.
    const changed = evaluateWorkbook(
      {
        sheets: snapshot.sheets.map((s) =>
          s.name === "Lam Sơn" ? { ...s, cells: s.cells.map((row) => row.map((v) => (v === "Đạt" ? "Không đạt" : v))) } : s,
        ),
      },
      { checkSummary: true },
    );
    expect(changed.report.issues.filter((i) => i.rule === "summary-stale")).toHaveLength(1);
  }, 60_000);

  it("summarized again, has one chart on the new summary, not two", async () => {
    const again = path.join(dir, "again.xlsx");
    expect((await thidua("summarize", out, "--out", again)).code).toBe(0);
    const bytes = await fs.readFile(again);
    const { charts } = await chartsOfSheet(bytes, SUMMARY);
    expect(charts).toHaveLength(1);
    const parts = Object.keys((await chartsOfSheet(bytes, SUMMARY)).zip.files).filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p));
    expect(parts.sort()).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]);
  }, 60_000);
});

describe("a workbook that has drawings of its own", () => {
  it("keeps its picture's drawing and gives the chart a drawing part of its own", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    const logo = workbook.addImage({
      buffer: (await fs.readFile(path.resolve(__dirname, "../../assets/icon-16.png"))) as never,
      extension: "png",
    });
    (workbook.getWorksheet("Thiết lập") as ExcelJS.Worksheet).addImage(logo, "H2:I4");
    const input = path.join(dir, "with-logo.xlsx");
    await workbook.xlsx.writeFile(input);
    const output = path.join(dir, "with-logo.summary.xlsx");
    expect((await thidua("summarize", input, "--out", output)).code).toBe(0);
    const bytes = await fs.readFile(output);
    const { drawingPart, charts } = await chartsOfSheet(bytes, SUMMARY);
    expect(charts).toHaveLength(1);
    const settings = await chartsOfSheet(bytes, "Thiết lập");
    expect(settings.drawingPart).not.toBeNull();
    expect(drawingPart).not.toBe(settings.drawingPart);
    expect(Object.keys(settings.zip.files).some((p) => p.startsWith("xl/media/"))).toBe(true);
  }, 60_000);
});

describe("adding chart parts", () => {
  it("puts <drawing> before the elements the schema orders after it, declaring the r namespace", () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>' +
      '<pageMargins left="0.7"/><rowBreaks count="1"/><legacyDrawing r:id="x"/><tableParts count="0"/></worksheet>';
    const out = withDrawingElement(sheet, "rId3");
    expect(out).toContain('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    expect(out.indexOf('<drawing r:id="rId3"/>')).toBeGreaterThan(out.indexOf("<rowBreaks"));
    expect(out.indexOf('<drawing r:id="rId3"/>')).toBeLessThan(out.indexOf("<legacyDrawing"));
    expect(() => withDrawingElement(out, "rId4")).toThrow(/already has a drawing/);
  });

  it("quotes the sheet name in references, doubling an apostrophe", () => {
    expect(absoluteReference("Đơn vị's", { start: { row: 30, col: 1 }, end: { row: 36, col: 1 } })).toBe("'Đơn vị''s'!$B$31:$B$37");
    expect(absoluteReference("Summary", { start: { row: 0, col: 2 }, end: { row: 0, col: 2 } })).toBe("'Summary'!$C$1");
  });
});
