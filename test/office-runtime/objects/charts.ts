// Charts on a worksheet (`worksheet.charts`, ExcelApi 1.1), as much as the add-in draws: add a
// chart from a range, getItem / getItemOrNullObject by name, delete, name, the title's text, the
// legend's position and visibility, the category axis's reversePlotOrder (1.7) and position
// (1.8), and setPosition over cells. What the model records per chart — type, source range,
// series orientation, position — is what the tests assert.
//
// A chart belongs to its sheet: it moves with the sheet when the sheet is renamed or moved, goes
// with it when the sheet is deleted, and stays behind when the sheet's cells are copied elsewhere
// with Range.copyFrom (Excel copies cells, not the sheet's drawings).
import { fail } from "../../excel-host/errors";
import { isWireObject, rangeArgument, type ExecContext, type ObjectType, type PropertyDef } from "./objectModel";
import { parseAddress, type Rect } from "../../excel-host/addresses";
import type { ChartModel, SheetModel } from "../../excel-host/workbookModel";

interface ChartsTarget {
  sheetId: string;
}
interface ChartTarget {
  sheetId: string;
  key: number;
}

const CHART_TYPES = new Set([
  "BarStacked",
  "BarClustered",
  "BarStacked100",
  "ColumnStacked",
  "ColumnClustered",
  "ColumnStacked100",
  "Line",
  "Pie",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);
const LEGEND_POSITIONS = new Set(["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"]);
const AXIS_POSITIONS = new Set(["Automatic", "Maximum", "Minimum", "Custom"]);

let nextKey = 1;

function chartsOf(sheet: SheetModel): ChartModel[] {
  return sheet.charts ?? [];
}

function find(exec: ExecContext, target: ChartTarget): ChartModel {
  const chart = chartsOf(exec.tx.requireSheet(target.sheetId)).find((c) => c.key === target.key);
  return chart ?? fail("ItemNotFound");
}

/** Replaces one chart (or removes it, for null) on a writable copy of its sheet. */
function update(exec: ExecContext, target: ChartTarget, change: (chart: ChartModel) => ChartModel | null): void {
  const sheet = exec.tx.writable(target.sheetId);
  const list = chartsOf(sheet);
  const index = list.findIndex((c) => c.key === target.key);
  if (index < 0) fail("ItemNotFound");
  const next = change(list[index]);
  sheet.charts = next === null ? list.filter((_, i) => i !== index) : list.map((c, i) => (i === index ? next : c));
}

function oneOf(allowed: Set<string>, value: unknown): string {
  return typeof value === "string" && allowed.has(value) ? value : fail("InvalidArgument");
}

function prop(
  name: string,
  get: (chart: ChartModel) => unknown,
  set?: (chart: ChartModel, value: unknown) => ChartModel,
  api?: string,
): PropertyDef {
  return {
    name,
    api,
    get: (exec: ExecContext, t: ChartTarget) => get(find(exec, t)),
    set: set ? (exec: ExecContext, t: ChartTarget, value: unknown) => update(exec, t, (chart) => set(chart, value)) : undefined,
  };
}

/** A cell argument: a Range of the chart's sheet, or an A1 address on it. */
function cellRect(exec: ExecContext, sheetId: string, cell: unknown): Rect {
  if (isWireObject(cell)) {
    const target = rangeArgument<{ sheetId: string; rect: Rect }>(cell);
    if (target.sheetId !== sheetId) fail("InvalidArgument");
    return target.rect;
  }
  if (typeof cell !== "string") return fail("InvalidArgument");
  const parsed = parseAddress(cell);
  if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== exec.tx.requireSheet(sheetId).name.toLowerCase()) fail("InvalidArgument");
  return parsed.rect;
}

export const ChartTitle: ObjectType = {
  typeName: "ChartTitle",
  navs: [],
  props: [
    prop(
      "text",
      (c) => c.title,
      (c, v) => ({ ...c, title: typeof v === "string" ? v : fail("InvalidArgument") }),
    ),
    prop("visible", (c) => c.title !== ""),
  ],
};

export const ChartLegend: ObjectType = {
  typeName: "ChartLegend",
  navs: [],
  props: [
    prop(
      "position",
      (c) => c.legend.position,
      (c, v) => ({ ...c, legend: { ...c.legend, position: oneOf(LEGEND_POSITIONS, v) } }),
    ),
    prop(
      "visible",
      (c) => c.legend.visible,
      (c, v) => ({ ...c, legend: { ...c.legend, visible: v === true } }),
    ),
  ],
};

/** Only the category axis is modelled; its target is the chart's. */
export const ChartAxis: ObjectType = {
  typeName: "ChartAxis",
  navs: [],
  props: [
    prop(
      "reversePlotOrder",
      (c) => c.categoryAxis.reversePlotOrder,
      (c, v) => ({ ...c, categoryAxis: { ...c.categoryAxis, reversePlotOrder: v === true } }),
      "1.7",
    ),
    prop(
      "position",
      (c) => c.categoryAxis.position,
      (c, v) => ({ ...c, categoryAxis: { ...c.categoryAxis, position: oneOf(AXIS_POSITIONS, v) } }),
      "1.8",
    ),
  ],
};

export const ChartAxes: ObjectType = {
  typeName: "ChartAxes",
  navs: [{ name: "categoryAxis", type: () => ChartAxis }],
  props: [],
};

export const Chart: ObjectType = {
  typeName: "Chart",
  navs: [
    { name: "title", type: () => ChartTitle },
    { name: "legend", type: () => ChartLegend },
    { name: "axes", type: () => ChartAxes },
  ],
  props: [
    prop(
      "name",
      (c) => c.name,
      (c, v) => ({ ...c, name: typeof v === "string" && v !== "" ? v : fail("InvalidArgument") }),
    ),
    prop("chartType", (c) => c.type, undefined, "1.7"),
  ],
  methods: {
    /** Covers the cells from `startCell` to `endCell` (both included); without an end, keeps its size. */
    setPosition: {
      run: (exec, t: ChartTarget, [startCell, endCell]) => {
        const start = cellRect(exec, t.sheetId, startCell);
        update(exec, t, (chart) => {
          if (endCell === undefined) {
            const old = chart.position;
            const rows = old ? old.r1 - old.r0 : 14;
            const cols = old ? old.c1 - old.c0 : 7;
            return { ...chart, position: { r0: start.r0, c0: start.c0, r1: start.r0 + rows, c1: start.c0 + cols } };
          }
          const end = cellRect(exec, t.sheetId, endCell);
          return { ...chart, position: { r0: start.r0, c0: start.c0, r1: Math.max(start.r0, end.r1), c1: Math.max(start.c0, end.c1) } };
        });
      },
    },
    delete: { run: (exec, t: ChartTarget) => update(exec, t, () => null) },
  },
};

export const ChartCollection: ObjectType = {
  typeName: "ChartCollection",
  navs: [],
  props: [],
  collection: {
    itemType: () => Chart,
    list: (exec, t: ChartsTarget) => chartsOf(exec.tx.requireSheet(t.sheetId)).map((c) => String(c.key)),
    itemTarget: (t: ChartsTarget, id) => ({ sheetId: t.sheetId, key: Number(id) }),
  },
  methods: {
    getItem: { returns: () => Chart, run: (exec, t: ChartsTarget, [name]) => chartNamed(exec, t, name) ?? fail("ItemNotFound") },
    getItemOrNullObject: { api: "1.4", returns: () => Chart, run: (exec, t: ChartsTarget, [name]) => chartNamed(exec, t, name) },
    /** A chart of `type` from `sourceData` (a range of this workbook), named `Chart N` as Excel does. */
    add: {
      returns: () => Chart,
      run: (exec, t: ChartsTarget, [type, sourceData, seriesBy]) => {
        const source = rangeArgument<{ sheetId: string; rect: Rect }>(sourceData);
        const sheet = exec.tx.writable(t.sheetId);
        const list = chartsOf(sheet);
        const chart: ChartModel = {
          key: nextKey++,
          name: `Chart ${list.length + 1}`,
          type: oneOf(CHART_TYPES, type),
          seriesBy: seriesBy === undefined ? "Auto" : oneOf(SERIES_BY, seriesBy),
          source: { sheetId: source.sheetId, rect: { ...source.rect } },
          title: "",
          legend: { position: "Right", visible: true },
          categoryAxis: { reversePlotOrder: false, position: "Automatic" },
          position: null,
        };
        sheet.charts = [...list, chart];
        return { sheetId: t.sheetId, key: chart.key };
      },
    },
  },
};

/** The chart of that name (ignoring case) on the collection's sheet, as a target; null when there is none. */
function chartNamed(exec: ExecContext, t: ChartsTarget, name: unknown): ChartTarget | null {
  const wanted = String(name).toLowerCase();
  const chart = chartsOf(exec.tx.requireSheet(t.sheetId)).find((c) => c.name.toLowerCase() === wanted);
  return chart ? { sheetId: t.sheetId, key: chart.key } : null;
}
