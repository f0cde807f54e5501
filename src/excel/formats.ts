// A layout's formats planned as few large rectangles, one property at a time, so a Generate sends
// a handful of format commands per table instead of one set of commands per styled rectangle.
// The core's styles are complete per cell; here each property is regrouped on its own: the font
// of the whole sheet is one range, the borders of a table one range with its inside edges, a
// column of one number format one range. Every cell ends with exactly the property values the
// layout gives it (test/excel/formats.test.ts compares the result with a cell-by-cell write).
import { edgeShape } from "./cells";
import { blocksOfRuns, type CellRange, type CellStyle, type SheetLayout, type StyleRun } from "../core";

/** Text that Excel would parse as a formula, a number or a date if written into a General cell. */
export const TEXT_FORMAT = "@";

/** One range and the properties set on it. */
export interface FormatWrite {
  range: CellRange;
  style: CellStyle;
}

type StyleKey = keyof CellStyle;

const PROPERTIES: StyleKey[] = [
  "numberFormat",
  "fontName",
  "fontSize",
  "bold",
  "italic",
  "underline",
  "fontColor",
  "fill",
  "horizontal",
  "vertical",
  "wrap",
  "border",
];

/**
 * Every cell's complete style (the core's rectangles do not overlap) with its number format: text
 * cells get `@` so Excel keeps them exactly as written (a unit named `=1+1` or `+84 …` must
 * never become a formula), others the layout's format or none (a new sheet's General).
 */
function cellStyles(layout: SheetLayout, rows: number, cols: number): CellStyle[][] {
  const grid: CellStyle[][] = [];
  for (let r = 0; r < rows; r++) grid.push(new Array<CellStyle>(cols).fill({}));
  for (const styled of layout.styles) {
    for (let r = styled.range.start.row; r <= Math.min(styled.range.end.row, rows - 1); r++) {
      for (let c = styled.range.start.col; c <= Math.min(styled.range.end.col, cols - 1); c++) grid[r][c] = styled.style;
    }
  }
  const text = new Map<CellStyle, CellStyle>();
  for (let r = 0; r < rows; r++) {
    const row = layout.values[r] ?? [];
    for (let c = 0; c < cols; c++) {
      if (typeof row[c] !== "string") continue;
      const own = grid[r][c];
      let asText = text.get(own);
      if (!asText) text.set(own, (asText = { ...own, numberFormat: TEXT_FORMAT }));
      grid[r][c] = asText;
    }
  }
  return grid;
}

/**
 * The number formats of a layout as one grid: one command for the whole sheet, cheaper than many
 * small rectangles when the sheet is small. A cell the layout sets no format for is null, which
 * leaves the cell as it is ("null input in 2-D array", learn.microsoft.com, office/dev/add-ins/
 * excel/excel-add-ins-blank-null-values): General on the new sheets Generate writes into.
 */
export function numberFormatGrid(layout: SheetLayout, rows: number, cols: number): Array<Array<string | null>> {
  return cellStyles(layout, rows, cols).map((line) => line.map((style) => style.numberFormat ?? null));
}

/**
 * The rectangles of equal value of one property; cells that leave it unset are left out. Values
 * are compared by their JSON and handed back as they are (no JSON.parse: core-js would add its
 * newer JSON.parse (source text access) to the ribbon's IE11 bundle).
 */
function propertyBlocks(grid: CellStyle[][], key: StyleKey): Array<{ value: string; range: CellRange; style: CellStyle }> {
  const runs: StyleRun[] = [];
  const styleOf: Record<string, CellStyle> = {};
  grid.forEach((line, row) => {
    let run: StyleRun | null = null;
    line.forEach((style, col) => {
      const value = style[key];
      if (value === undefined) {
        run = null;
        return;
      }
      const text = JSON.stringify(value);
      styleOf[text] = style;
      if (run !== null && run.key === text) run.end = col;
      else runs.push((run = { key: text, row, start: col, end: col }));
    });
  });
  return blocksOfRuns(runs).map((block) => ({ value: block.key, range: block.range, style: styleOf[block.key] }));
}

/**
 * Properties a sheet just added has off in every cell (its cells take the workbook's Normal style,
 * as every cell the layout leaves unset does): `false` is not written, it is already so. Layouts are
 * only ever written on sheets just added (write.ts); a kept sheet takes them by copy, formats whole.
 */
const OFF_ON_A_NEW_SHEET: StyleKey[] = ["bold", "italic", "underline", "wrap"];

/** Per property, its blocks of equal value and the value set on the whole sheet first (if any). */
function propertyPlans(grid: CellStyle[][], rows: number, cols: number) {
  return PROPERTIES.map((key) => {
    const off = OFF_ON_A_NEW_SHEET.includes(key);
    const blocks = propertyBlocks(grid, key).filter((block) => !(off && block.value === "false"));
    const base = everyCellSet(blocks, rows * cols) ? mostCovered(blocks) : null;
    // Borders are drawn per rectangle with its inside edges; one over the whole sheet only if it is one block.
    const baseBlock = key === "border" ? undefined : blocks.find((block) => block.value === base);
    const others = blocks.filter((block) => block.value !== base || key === "border");
    return { key, baseStyle: baseBlock?.style, others };
  });
}

function wholeOf(rows: number, cols: number): CellRange {
  return { start: { row: 0, col: 0 }, end: { row: rows - 1, col: cols - 1 } };
}

/**
 * The formats of a layout as few writes: per property, the rectangles of cells sharing a value;
 * writes on the same rectangle share one range. A property every cell has is first set on the
 * whole sheet in its most common value, then only the other values are written over it.
 */
export function planFormats(layout: SheetLayout, rows: number, cols: number): FormatWrite[] {
  const whole = wholeOf(rows, cols);
  // The whole sheet's write goes first, so the rectangles written over it win.
  const byRange = new Map<string, FormatWrite>([[idOf(whole), { range: whole, style: {} }]]);
  const add = (range: CellRange, key: StyleKey, value: unknown) => {
    const id = idOf(range);
    let write = byRange.get(id);
    if (!write) byRange.set(id, (write = { range, style: {} }));
    (write.style as Record<string, unknown>)[key] = value;
  };
  for (const { key, baseStyle, others } of propertyPlans(cellStyles(layout, rows, cols), rows, cols)) {
    if (baseStyle) add(whole, key, baseStyle[key]);
    for (const block of others) add(block.range, key, block.style[key]);
  }
  const writes: FormatWrite[] = [];
  byRange.forEach((write) => Object.keys(write.style).length > 0 && writes.push(write));
  return writes;
}

/** Rectangles that take the same properties: one RangeAreas (`Worksheet.getRanges`, ExcelApi 1.9). */
export interface AreasWrite {
  ranges: CellRange[];
  style: CellStyle;
}

/**
 * The formats of a layout other than number formats (a RangeAreas has none) as RangeAreas writes:
 * the whole sheet's common values first, then per property and value every rectangle holding it
 * in one write; properties whose rectangles are the same share it. Bordered rectangles are
 * grouped by which inside edges they have (a single row has no inside horizontal line), so each
 * group sets only edges every one of its areas has.
 */
export function planAreaFormats(layout: SheetLayout, rows: number, cols: number): AreasWrite[] {
  const whole: AreasWrite = { ranges: [wholeOf(rows, cols)], style: {} };
  const byRanges = new Map<string, AreasWrite>();
  for (const { key, baseStyle, others } of propertyPlans(cellStyles(layout, rows, cols), rows, cols)) {
    if (key === "numberFormat") continue;
    if (baseStyle) (whole.style as Record<string, unknown>)[key] = baseStyle[key];
    const groups = new Map<string, { value: unknown; ranges: CellRange[] }>();
    for (const block of others) {
      const group = key === "border" ? `${block.value}|${edgeShape(block.range)}` : block.value;
      let entry = groups.get(group);
      if (!entry) groups.set(group, (entry = { value: block.style[key], ranges: [] }));
      entry.ranges.push(block.range);
    }
    groups.forEach(({ value, ranges }) => {
      const id = ranges.map(idOf).join(";");
      let write = byRanges.get(id);
      if (!write) byRanges.set(id, (write = { ranges, style: {} }));
      (write.style as Record<string, unknown>)[key] = value;
    });
  }
  const writes = Object.keys(whole.style).length > 0 ? [whole] : [];
  byRanges.forEach((write) => writes.push(write));
  return writes;
}

function idOf(range: CellRange): string {
  return `${range.start.row},${range.start.col},${range.end.row},${range.end.col}`;
}

function cellCount(range: CellRange): number {
  return (range.end.row - range.start.row + 1) * (range.end.col - range.start.col + 1);
}

function everyCellSet(blocks: Array<{ range: CellRange }>, cells: number): boolean {
  return blocks.reduce((sum, block) => sum + cellCount(block.range), 0) === cells;
}

/** The value covering the most cells. */
function mostCovered(blocks: Array<{ value: string; range: CellRange }>): string | null {
  const cells = new Map<string, number>();
  for (const block of blocks) cells.set(block.value, (cells.get(block.value) ?? 0) + cellCount(block.range));
  let best: string | null = null;
  cells.forEach((count, value) => {
    if (best === null || count > (cells.get(best) ?? 0)) best = value;
  });
  return best;
}
