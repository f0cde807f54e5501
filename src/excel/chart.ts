// The layout's charts, drawn with Office.js's charts API.
import { toA1 } from "../core";
import type { ChartLayout, SheetLayout } from "../core";
import { rangeOf } from "./cells";
import type { ExcelFeatures } from "./features";
import { chartBytes } from "./wireBytes";
import type { WriteOperation } from "./write";

/** Excel's chart type for each kind of chart the core describes. */
const CHART_TYPES: Record<ChartLayout["kind"], Excel.ChartType> = { "bar-stacked": "BarStacked" as Excel.ChartType };

/**
 * Draws the layout's charts on `sheet` with the charts API, after its cells are written (a chart
 * takes its series from the cells it is given). The source block's top-left cell is blank, so
 * `charts.add(…, "Columns")` takes the first row as the series' names and the first column as the
 * categories, the series the core lists. A chart stays with its sheet: cells copied elsewhere
 * with Range.copyFrom leave it behind, so a sheet overwritten in place draws it again.
 */
export function chartOperations(sheet: Excel.Worksheet, layout: SheetLayout, features: ExcelFeatures): WriteOperation[] {
  return layout.charts.map((chart) => ({
    bytes: chartBytes(chart),
    queue: () => queueChart(sheet, chart, features),
  }));
}

function queueChart(sheet: Excel.Worksheet, chart: ChartLayout, features: ExcelFeatures): void {
  const added = sheet.charts.add(CHART_TYPES[chart.kind], rangeOf(sheet, chart.source), "Columns" as Excel.ChartSeriesBy);
  added.name = chart.name;
  added.title.text = chart.title;
  added.legend.position = "Bottom" as Excel.ChartLegendPosition;
  if (chart.reverseCategories) {
    const axis = added.axes.categoryAxis;
    axis.reversePlotOrder = true;
    // Reversed, the value axis would move to the top; crossing at the last category keeps it below.
    if (features.chartAxisPosition) axis.position = "Maximum" as Excel.ChartAxisPosition;
  }
  added.setPosition(toA1(chart.position.start), toA1(chart.position.end));
}
