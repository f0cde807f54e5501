// The Summary's chart as the core describes it (issue 13 §4): a stacked bar chart whose source is
// a block of the summary's own cells below everything else — a blank corner, the series' names
// across, the ranked units down in rank order, the deduction negative so each bar ends at the
// unit's total — drawn over empty cells below the block, on a printed page of its own.
import { rangeContains } from "../../src/core/model/address";
import { buildSummarySheet } from "../../src/core/sheets/summary";
import type { ChartLayout, SheetLayout } from "../../src/core/model/types";
import { OPTIONS, evaluation, typicalEvaluation, valueAt } from "../support/sheets-fixtures";
import { notRanked, unitEvaluation, unitResult } from "../support/unitResult";

function onlyChart(layout: SheetLayout): ChartLayout {
  expect(layout.charts).toHaveLength(1);
  return layout.charts[0];
}

function column(layout: SheetLayout, range: ChartLayout["categories"]): unknown[] {
  const out: unknown[] = [];
  for (let row = range.start.row; row <= range.end.row; row++) out.push(valueAt(layout, row, range.start.col));
  return out;
}

describe("the summary's chart", () => {
  it("names its categories by the units list's short names where it gives them, the table keeping the full names", () => {
    const typical = typicalEvaluation("vi");
    typical.units[0].result.shortName = "Lam Sơn";
    const layout = buildSummarySheet(typical, OPTIONS);
    expect(column(layout, onlyChart(layout).categories)).toEqual(["Lam Sơn", "B", "C"]);
    const table = layout.values.flat();
    expect(table).toContain("Công ty A");
  });

  it.each(["vi", "en"] as const)("draws the ranked units' group points, bonus and deduction from its own block (%s)", (language) => {
    const layout = buildSummarySheet(typicalEvaluation(language), OPTIONS);
    const chart = onlyChart(layout);
    expect(chart.kind).toBe("bar-stacked");
    expect(chart.title).toBe(language === "vi" ? "Điểm của các đơn vị theo nhóm tiêu chí" : "Units' points by criteria group");
    expect(valueAt(layout, chart.source.start.row, chart.source.start.col)).toBeNull();
    // Ranked units only, in rank order, by their short names (§8.2: the sheets' here); Công ty D is not ranked.
    expect(column(layout, chart.categories)).toEqual(["A", "B", "C"]);
    expect(chart.series.map((s) => s.role)).toEqual(["group", "group", "bonus", "deduction"]);
    expect(chart.series.map((s) => valueAt(layout, s.name.row, s.name.col))).toEqual(
      language === "vi"
        ? ["I. Thực hiện nhiệm vụ sản xuất kinh doanh", "II. Quản trị doanh nghiệp", "Điểm thưởng", "Điểm trừ"]
        : ["I. Thực hiện nhiệm vụ sản xuất kinh doanh", "II. Quản trị doanh nghiệp", "Bonus", "Deduction"],
    );
    expect(chart.series.map((s) => column(layout, s.values))).toEqual([
      [48, 45.5, 45.5],
      [17, 15, 15],
      [2, 0, 0],
      [-1, 0, 0],
    ]);
    // A deduction of nothing is a plain 0, never -0.
    expect(Object.is(valueAt(layout, chart.series[3].values.start.row + 1, chart.series[3].values.start.col), 0)).toBe(true);
  });

  it("describes one block: categories down its first column, each series a further column under its name", () => {
    const chart = onlyChart(buildSummarySheet(typicalEvaluation(), OPTIONS));
    const { source } = chart;
    expect(chart.categories).toEqual({
      start: { row: source.start.row + 1, col: source.start.col },
      end: { row: source.end.row, col: source.start.col },
    });
    chart.series.forEach((s, i) => {
      expect(s.name).toEqual({ row: source.start.row, col: source.start.col + 1 + i });
      expect(s.values).toEqual({
        start: { row: source.start.row + 1, col: source.start.col + 1 + i },
        end: { row: source.end.row, col: source.start.col + 1 + i },
      });
    });
    expect(source.end.col).toBe(source.start.col + chart.series.length);
  });

  it("sits below everything else, over cells that hold nothing, and starts a printed page", () => {
    const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
    const chart = onlyChart(layout);
    expect(chart.position.start.row).toBeGreaterThan(chart.source.end.row);
    layout.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) expect(rangeContains(chart.position, { row: r, col: c })).toBe(false);
      }),
    );
    for (const merge of layout.merges) expect(merge.end.row < chart.position.start.row).toBe(true);
    // The block's heading (the row above the names) is where the page breaks.
    expect(layout.print?.rowBreaks).toEqual([chart.source.start.row - 1]);
    expect(typeof valueAt(layout, chart.source.start.row - 1, chart.source.start.col)).toBe("string");
  });

  it("adds the conversion when points were converted, so each bar still ends at the total", () => {
    const converted = unitResult({
      unit: "Công ty E",
      groups: { I: 40, II: 16 },
      notApplicable: ["I.2"],
      converted: 62.22,
      bonus: 1,
      deduction: 0.5,
      total: 62.72,
    });
    const layout = buildSummarySheet(evaluation({ units: [unitEvaluation(converted, {})] }), OPTIONS);
    const chart = onlyChart(layout);
    expect(chart.series.map((s) => s.role)).toEqual(["group", "group", "conversion", "bonus", "deduction"]);
    const bar = chart.series.map((s) => valueAt(layout, s.values.start.row, s.values.start.col) as number);
    expect(bar).toEqual([40, 16, 6.22, 1, -0.5]);
    expect(bar.reduce((a, b) => a + b, 0)).toBeCloseTo(62.72, 9);
  });

  it("is left out, with its page break, when no unit is ranked", () => {
    const layout = buildSummarySheet(evaluation({ units: [unitEvaluation(notRanked({ unit: "Công ty D" }), {})] }), OPTIONS);
    expect(layout.charts).toEqual([]);
    expect(layout.print?.rowBreaks).toEqual([]);
  });

  it("grows with the number of units, up to a page", () => {
    const units = (n: number) =>
      Array.from({ length: n }, (_, i) => unitEvaluation(unitResult({ unit: `Đơn vị ${i + 1}`, sheet: `S${i}`, rank: i + 1 }), {}));
    const rows = (n: number) => {
      const { position } = onlyChart(buildSummarySheet(evaluation({ units: units(n) }), OPTIONS));
      return position.end.row - position.start.row + 1;
    };
    expect(rows(3)).toBe(20);
    expect(rows(10)).toBe(28);
    expect(rows(100)).toBe(40);
  });
});
