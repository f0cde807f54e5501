// The Summary's chart (issue 13): the ranked units' points as stacked bars, drawn from a block of
// cells below the signatures.
import { cellRange } from "../model/address";
import type { CellStyle, ChartLayout, Evaluation, UnitResult } from "../model/types";
import { groupPointsTotal, shortGroupName } from "./groups";
import { roundHalfAway } from "../model/values";
import { unitShortName } from "../model/text";
import { SheetDraft, heightForLines, scoreCellStyle, wrappedLines } from "./sheet";
import { SUMMARY_TEXT } from "../words";
import { HEADER_FILL, type Columns } from "./summaryTable";

/** The name the Summary's chart goes by among the sheet's charts, so Generate can replace its own. */
export const SUMMARY_CHART_NAME = "ThiDua_Chart";

/**
 * Rows the chart takes below its data block: room for each unit's bar and its name, at least
 * about 300 pt at the default row height, at most what leaves the block and chart on one page.
 */
function chartRows(units: number): number {
  return Math.min(40, Math.max(20, 8 + 2 * units));
}

/**
 * The bar chart of the ranked units' points (issue 13) and the block of cells it is drawn from:
 * a names row (group names, then the conversion when points were converted, bonus and deduction)
 * over one row per ranked unit in rank order, the deduction negative (as 0 − x, so a unit without
 * one shows 0, not -0) so it stacks left of zero and each bar ends at the unit's total. The block's top-left cell stays blank, so Excel reads the
 * first row as series names and the first column as categories. The block lines up under the
 * table's unit and group columns; the chart is drawn below it over empty cells. Null when no unit
 * is ranked (there would be nothing to draw).
 */
export function writeChartBlock(draft: SheetDraft, columns: Columns, top: number, evaluation: Evaluation): ChartLayout | null {
  const language = evaluation.report.language;
  const text = SUMMARY_TEXT[language];
  const ranked = evaluation.units.map((u) => u.result).filter((r) => r.status === "ranked" && r.total !== null);
  if (ranked.length === 0) return null;
  const converted = columns.converted >= 0;
  type Role = ChartLayout["series"][number]["role"];
  const series: Array<{ role: Role; name: string; value: (r: UnitResult) => number | null }> = [
    ...columns.groups.map(({ group }) => ({
      role: "group" as Role,
      name: shortGroupName(group.name) === "" ? group.code : `${group.code}. ${shortGroupName(group.name)}`,
      value: (r: UnitResult) => r.groups?.[group.code] ?? null,
    })),
    ...(converted ? [{ role: "conversion" as Role, name: text.chart.conversion, value: (r: UnitResult) => conversionOf(r) }] : []),
    { role: "bonus", name: text.columns.bonus, value: (r: UnitResult) => r.bonus },
    { role: "deduction", name: text.columns.deduction, value: (r: UnitResult) => (r.deduction === null ? null : 0 - r.deduction) },
  ];
  const first = columns.unit;
  const last = first + series.length;
  const namesRow = top + 1;
  const firstRow = namesRow + 1;
  const lastRow = firstRow + ranked.length - 1;

  draft.merge(cellRange(top, first, top, last), text.chart.dataHeading, { bold: true, horizontal: "left" });
  const header: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true };
  draft.set(namesRow, first, null, header);
  let lines = 1;
  series.forEach((s, i) => {
    draft.set(namesRow, first + 1 + i, s.name, header);
    lines = Math.max(lines, wrappedLines(s.name, draft.widthOf(first + 1 + i)));
  });
  draft.height(namesRow, heightForLines(lines));
  const score = scoreCellStyle(language);
  const left: CellStyle = { horizontal: "left" };
  ranked.forEach((result, i) => {
    // The chart's categories have little room: the short name (§8.2); the table above keeps the full one.
    draft.set(firstRow + i, first, unitShortName(result), left);
    series.forEach((s, j) => draft.set(firstRow + i, first + 1 + j, s.value(result), score));
  });
  draft.style(cellRange(namesRow, first, lastRow, last), { border: true });

  return {
    kind: "bar-stacked",
    name: SUMMARY_CHART_NAME,
    title: text.chart.title,
    source: cellRange(namesRow, first, lastRow, last),
    categories: cellRange(firstRow, first, lastRow, first),
    series: series.map((s, i) => ({
      role: s.role,
      name: { row: namesRow, col: first + 1 + i },
      values: cellRange(firstRow, first + 1 + i, lastRow, first + 1 + i),
    })),
    position: cellRange(lastRow + 2, first, lastRow + 1 + chartRows(ranked.length), last),
    reverseCategories: true,
  };
}

/**
 * What converting a unit's points adds to its group points (negative when it takes away), so the
 * stacked bar still ends at its total; zero when nothing was converted.
 */
function conversionOf(result: UnitResult): number | null {
  if (result.converted === null || result.groups === undefined || result.groups === null) return null;
  return roundHalfAway(result.converted - groupPointsTotal(result.groups));
}
