// Issue 13 §4 in the add-in, on Microsoft's runtime: Generate draws the summary's stacked bar
// chart with the charts API inside its three requests; the chart is drawn from the summary's own
// cells (never a temporary sheet's), survives the safe replacement both ways (a renamed temporary
// sheet keeps its chart; a sheet overwritten in place with Range.copyFrom gets it drawn again),
// never doubles, leaves the user's own charts alone, and matches the chart part the command line
// writes: same type, same source cells, same place.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rangeToA1 } from "../../src/core/model/address";
import { main } from "../../src/cli/main";
import { evaluateWorkbook } from "../../src/core/run/evaluate";
import { buildOutputSheets } from "../../src/core/sheets";
import type { ChartLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { runGenerate } from "../../src/excel";
import { TEMP_SHEET_PREFIX } from "../../src/excel/outputSheets";
import { readWorkbookFile } from "../../src/xlsx/read";
import { chartsOfSheet, plainReference } from "../support/chartParts";
import { installRuntimeWith } from "../support/host";
import { uninstallOfficeRuntime } from "../office-runtime";

const SAMPLE = path.resolve(__dirname, "../../assets/cluster18-2024.xlsx");
const DATE = { year: 2024, month: 7, day: 24 };
const SUMMARY = "Tổng hợp";

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

let sample: WorkbookSnapshot;
let expected: ChartLayout;
beforeAll(async () => {
  sample = await readWorkbookFile(SAMPLE);
  expected = buildOutputSheets(evaluateWorkbook(sample), { date: DATE })[0].charts[0];
  expect(expected).toBeDefined();
});

function install(options: Parameters<typeof installRuntimeWith>[1] = {}) {
  installed = installRuntimeWith(sample, options);
  return installed;
}

/** The chart the core describes, as the host records one drawn from it on `sheet`. */
function drawnFrom(chart: ChartLayout, sheet: string, axisPosition: string) {
  return {
    name: chart.name,
    type: "BarStacked",
    seriesBy: "Columns",
    source: `${sheet}!${rangeToA1(chart.source)}`,
    title: chart.title,
    legend: { position: "Bottom", visible: true },
    categoryAxis: { reversePlotOrder: true, position: axisPosition },
    position: rangeToA1(chart.position),
  };
}

/** Lam Sơn misses a target: its points change, so a second summary differs from the first. */
function changeScore(run: ReturnType<typeof installRuntimeWith>): void {
  run.host.setCells("Lam Sơn", "G15", [["Không đạt"]]);
}

describe("the summary's chart in Excel", () => {
  it("is drawn from the summary's chart-data block within Generate's three requests", async () => {
    const run = install();
    run.host.resetStats();
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    // The add-in's three requests, as without a chart (the chart's source range is not kept).
    expect(run.host.syncCount).toBe(3);
    expect(run.host.charts(SUMMARY)).toEqual([drawnFrom(expected, SUMMARY, "Maximum")]);
    for (const other of ["Chi tiết", "Kiểm tra"]) expect(run.host.charts(other)).toEqual([]);
    // The chart and its data print on a page of their own: a break above the block's heading.
    expect(run.host.rowBreaks(SUMMARY)).toEqual([expected.source.start.row - 1]);
    // The source block: a blank corner, the series' names across, the ranked units down.
    const block = run.host.values(SUMMARY, rangeToA1(expected.source));
    expect(block[0][0]).toBe("");
    expect(block[0].slice(-2)).toEqual(["Điểm thưởng", "Điểm trừ"]);
    // By the unit's short name (§8.2), here its sheet's: the table above keeps the full name.
    expect(block.slice(1).map((row) => row[0])[0]).toBe("Lam Sơn");
    // Nothing is written under the chart.
    expect(
      run.host
        .values(SUMMARY, rangeToA1(expected.position))
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  }, 60_000);

  it("overwritten in place (Range.copyFrom, ExcelApi 1.9+), the summary has one chart, drawn from its new cells", async () => {
    const run = install();
    await runGenerate(undefined, { date: DATE });
    const firstTotal = run.host.values(SUMMARY, rangeToA1(expected.source))[1];
    changeScore(run);
    await run.settled();
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    expect(run.host.sheetNames().filter((n) => n.startsWith(TEMP_SHEET_PREFIX))).toEqual([]);
    const charts = run.host.charts(SUMMARY);
    expect(charts).toHaveLength(1);
    // Not pointing at the temporary sheet the new contents were copied from.
    expect(charts[0].source).toBe(`${SUMMARY}!${rangeToA1(expected.source)}`);
    expect(run.host.values(SUMMARY, rangeToA1(expected.source))[1]).not.toEqual(firstTotal);
    // The kept sheet's page break is set again, not added to the last run's.
    expect(run.host.rowBreaks(SUMMARY)).toEqual([expected.source.start.row - 1]);
  }, 60_000);

  it("on ExcelApi 1.7 moves with the renamed temporary sheet, without the axis position (ExcelApi 1.8)", async () => {
    const run = install({ requirementSets: { ExcelApi: "1.7" } });
    await runGenerate(undefined, { date: DATE });
    changeScore(run);
    await run.settled();
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    expect(run.host.charts(SUMMARY)).toEqual([drawnFrom(expected, SUMMARY, "Automatic")]);
  }, 60_000);

  it("leaves a chart the user added to the summary, and keeps one of its own", async () => {
    const run = install();
    await runGenerate(undefined, { date: DATE });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SUMMARY);
      const own = sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange("B12:C18"), "Columns" as Excel.ChartSeriesBy);
      own.name = "Biểu đồ của tôi";
      await context.sync();
    });
    changeScore(run);
    await run.settled();
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    expect(run.host.charts(SUMMARY).map((c) => [c.name, c.type])).toEqual([
      ["Biểu đồ của tôi", "ColumnClustered"],
      ["ThiDua_Chart", "BarStacked"],
    ]);
  }, 60_000);

  it("is removed when a new summary has none (no unit ranked), and a later one brings it back", async () => {
    const run = install();
    await runGenerate(undefined, { date: DATE });
    expect(run.host.charts(SUMMARY)).toHaveLength(1);
    // Without its criteria no unit can be ranked: the summary is provisional and has no chart.
    const criteria = run.host.sheetNames().find((n) => n === "Tiêu chí") as string;
    const saved = run.host.values(criteria);
    run.host.setCells(
      criteria,
      "A1",
      saved.map((row) => row.map(() => "")),
    );
    await run.settled();
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    expect(run.host.charts(SUMMARY)).toEqual([]);
    run.host.setCells(criteria, "A1", saved);
    await run.settled();
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    expect(run.host.charts(SUMMARY)).toEqual([drawnFrom(expected, SUMMARY, "Maximum")]);
  }, 60_000);
});

describe("the same chart from both writers", () => {
  it("has the same type, source cells, series and place in the add-in and in the command line's chart part", async () => {
    const run = install();
    await runGenerate(undefined, { date: DATE });
    await run.settled();
    const [drawn] = run.host.charts(SUMMARY);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-chart-parity-"));
    const out = path.join(dir, "out.xlsx");
    await main(["summarize", SAMPLE, "--out", out], { stdout: () => undefined, stderr: () => undefined, today: () => DATE });
    const [part] = (await chartsOfSheet(fs.readFileSync(out), SUMMARY)).charts;
    fs.rmSync(dir, { recursive: true, force: true });

    // Excel's BarStacked is the chart part's horizontal (bar) stacked bar chart.
    expect(drawn.type).toBe("BarStacked");
    expect([part.barDir, part.grouping]).toEqual(["bar", "stacked"]);
    expect(part.title).toBe(drawn.title);
    expect(part.covers).toBe(drawn.position);
    expect(part.categoryOrientation === "maxMin").toBe(drawn.categoryAxis.reversePlotOrder);
    // What Excel takes from a block with a blank corner, series by columns: names along the first
    // row, categories down the first column, one series per further column.
    const [sheet, cells] = drawn.source.split("!");
    const [from, to] = cells.split(":");
    const corner = /^([A-Z]+)(\d+)$/.exec(from) as RegExpExecArray;
    const end = /^([A-Z]+)(\d+)$/.exec(to) as RegExpExecArray;
    const columns: string[] = [];
    for (let c = corner[1].charCodeAt(0) + 1; c <= end[1].charCodeAt(0); c++) columns.push(String.fromCharCode(c));
    const firstRow = Number(corner[2]) + 1;
    expect(part.series.map((s) => [plainReference(s.name), plainReference(s.categories), plainReference(s.values)])).toEqual(
      columns.map((col) => [
        `${sheet}!${col}${corner[2]}`,
        `${sheet}!${corner[1]}${firstRow}:${corner[1]}${end[2]}`,
        `${sheet}!${col}${firstRow}:${col}${end[2]}`,
      ]),
    );
    // And the cells hold the same in both.
    expect(part.series[0].categoryCache).toEqual(
      run.host.values(SUMMARY, `${corner[1]}${firstRow}:${corner[1]}${end[2]}`).map((r) => r[0]),
    );
  }, 60_000);
});
