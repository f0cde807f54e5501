// The output sheets look exactly as they did when every cell was written on its own: Generate
// (formats planned as few large rectangles, formats.ts) is compared, cell by cell, with a
// reference that applies each layout's complete per-cell style to each cell's own one-cell range.
// Borders written with their inside edges on a whole table must give every cell the same four
// sides as cell-by-cell edges; the model applies InsideHorizontal/InsideVertical as Excel does
// (https://learn.microsoft.com/javascript/api/excel/excel.borderindex: the inside edges are the
// lines between the range's cells), and a 1×1 array or a single value is applied to every cell
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts).
import { buildOutputSheets, evaluateWorkbook } from "../../src/core";
import type { CellStyle, SheetLayout } from "../../src/core";
import { runGenerate } from "../../src/excel";
import { applyStyle, layoutSize, valueGrid } from "../../src/excel/cells";
import { detectFeatures } from "../../src/excel/features";
import { planFormats } from "../../src/excel/formats";
import { queueSheetSettings, rowPropertiesIfSmaller } from "../../src/excel/sheetSettings";
import { resolveFormat } from "../excel-host/cells";
import { installRuntimeWith } from "../support/host";
import { syntheticWorkbook } from "../support/synthetic";
import { uninstallOfficeRuntime } from "../office-runtime";

const DATE = { year: 2024, month: 7, day: 24 };
let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

/** Each cell's complete style, `@` on text cells, as the layout gives it. */
function perCellStyles(layout: SheetLayout): CellStyle[][] {
  const { rows, cols } = layoutSize(layout);
  const grid: CellStyle[][] = Array.from({ length: rows }, () => new Array<CellStyle>(cols).fill({}));
  for (const styled of layout.styles) {
    for (let r = styled.range.start.row; r <= styled.range.end.row; r++) {
      for (let c = styled.range.start.col; c <= styled.range.end.col; c++) grid[r][c] = styled.style;
    }
  }
  layout.values.forEach((row, r) => row.forEach((v, c) => typeof v === "string" && (grid[r][c] = { ...grid[r][c], numberFormat: "@" })));
  return grid;
}

/** Writes a layout the straightforward way: every cell's style on that cell alone, then its values. */
function writeCellByCell(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const { rows, cols } = layoutSize(layout);
  perCellStyles(layout).forEach((row, r) =>
    row.forEach((style, c) => {
      const cell = { start: { row: r, col: c }, end: { row: r, col: c } };
      applyStyle(sheet.getRangeByIndexes(r, c, 1, 1), cell, style);
    }),
  );
  sheet.getRangeByIndexes(0, 0, rows, cols).values = valueGrid(layout, rows, cols);
  // Merges one by one, and widths and heights by ranges (ExcelApi 1.7's way), so the merge(true)
  // groups, setColumnProperties and the RangeAreas of rows Generate uses are checked, not reused.
  for (const merge of layout.merges)
    sheet
      .getRangeByIndexes(merge.start.row, merge.start.col, 1 + merge.end.row - merge.start.row, 1 + merge.end.col - merge.start.col)
      .merge(false);
  queueSheetSettings(sheet, { ...layout, merges: [] }, { ...detectFeatures(), rangeAreas: false });
}

/** A sheet as the model holds it: each cell's value and resolved format, one row and column past the layout. */
function seen(run: NonNullable<typeof installed>, name: string, rows: number, cols: number) {
  const workbook = run.core.state;
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const cells: unknown[] = [];
  const values = run.host.values(name);
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= cols; c++) cells.push({ at: [r, c], value: values[r]?.[c] ?? "", format: resolveFormat(workbook, sheet, r, c) });
  }
  // Sorted: the order merges were made in is not something a person sees.
  return { cells, merges: [...run.host.merges(name)].sort(), widths: run.host.columnWidths(name), heights: run.host.rowHeights(name) };
}

describe.each(["1.7", "1.9", "1.14"])("Generate's output sheets at ExcelApi %s", (version) => {
  it("are cell for cell what writing each cell on its own gives", async () => {
    const snapshot = syntheticWorkbook(7);
    const layouts = buildOutputSheets(evaluateWorkbook(snapshot), { date: DATE });
    installed = installRuntimeWith(snapshot, { requirementSets: { ExcelApi: version } });
    await runGenerate(undefined, { date: DATE });
    await installed.settled();
    const run = installed;
    // The path under test: RangeAreas from ExcelApi 1.9 on, one range per rectangle before.
    const areas = run.requests.flatMap((request) => request.actions).filter((action) => action.endsWith(" SetColumnProperties"));
    expect(areas.length > 0).toBe(version !== "1.7");
    const generated = layouts.map((layout) => seen(run, layout.name, layoutSize(layout).rows, layoutSize(layout).cols));
    await Excel.run(async (context) => {
      for (const [i, layout] of layouts.entries()) writeCellByCell(context.workbook.worksheets.add(`ref ${i}`), layout);
      await context.sync();
    });
    const reference = layouts.map((layout, i) => seen(run, `ref ${i}`, layoutSize(layout).rows, layoutSize(layout).cols));
    expect(layouts.map((l) => l.name)).toEqual(expect.arrayContaining(["Tổng hợp", "Chi tiết", "Kiểm tra"]));
    layouts.forEach((layout, i) => expect({ sheet: layout.name, ...generated[i] }).toEqual({ sheet: layout.name, ...reference[i] }));
  }, 120_000);
});

describe("the format plan", () => {
  const planOf = (units: number) => {
    const details = buildOutputSheets(evaluateWorkbook(syntheticWorkbook(units)), { date: DATE })[1];
    const { rows, cols } = layoutSize(details);
    return { rows, cols, plan: planFormats(details, rows, cols) };
  };

  it("writes the Details sheet in as many ranges at 200 units as at 7", () => {
    expect(planOf(200).plan.length).toBe(planOf(7).plan.length);
  });

  it("sets the sheet's font once, and a table's borders as one range with its inside edges", () => {
    const { rows, cols, plan } = planOf(200);
    const fonts = plan.filter((write) => write.style.fontName !== undefined);
    expect(fonts.map((write) => write.range)).toEqual([{ start: { row: 0, col: 0 }, end: { row: rows - 1, col: cols - 1 } }]);
    const borders = plan.filter((write) => write.style.border === true);
    expect(borders).toHaveLength(1);
    expect([borders[0].range.start.col, borders[0].range.end.col]).toEqual([0, cols - 1]);
    expect(borders[0].range.end.row - borders[0].range.start.row).toBeGreaterThan(30);
  });

  it("sends the heights of a short sheet in one setRowProperties, of a long one of few heights as rows per height", () => {
    expect(rowPropertiesIfSmaller({ 0: 20, 2: 35.5, 3: 35.5 })).toEqual([
      { format: { rowHeight: 20 } },
      {},
      { format: { rowHeight: 35.5 } },
      { format: { rowHeight: 35.5 } },
    ]);
    const long: Record<number, number> = { 0: 20 };
    for (let row = 5; row < 1005; row++) long[row] = 19.75;
    expect(rowPropertiesIfSmaller(long)).toBeNull();
  });
});
