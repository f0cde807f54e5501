// A layout's cells as Office.js writes them: the values and number formats as full 2-D grids, and
// the ranges its styles apply to, one format command per styled rectangle.
import type { CellRange, CellStyle, SheetLayout } from "../core";

/** Text that Excel would parse as a formula, a number or a date if written into a General cell. */
const TEXT_FORMAT = "@";

/**
 * The number formats of a layout as one grid: text cells get `@` so Excel keeps them exactly as
 * written (a unit named `=1+1` or `+84 …` must never become a formula), the rest take the last
 * style that sets a format, or General.
 */
export function numberFormatGrid(layout: SheetLayout, rows: number, cols: number): string[][] {
  const grid: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) row.push("General");
    grid.push(row);
  }
  for (const styled of layout.styles) {
    if (styled.style.numberFormat === undefined) continue;
    forEachCell(styled.range, rows, cols, (r, c) => (grid[r][c] = styled.style.numberFormat as string));
  }
  for (let r = 0; r < rows; r++) {
    const row = layout.values[r] ?? [];
    for (let c = 0; c < cols; c++) if (typeof row[c] === "string") grid[r][c] = TEXT_FORMAT;
  }
  return grid;
}

function forEachCell(range: CellRange, rows: number, cols: number, visit: (r: number, c: number) => void): void {
  for (let r = range.start.row; r <= Math.min(range.end.row, rows - 1); r++) {
    for (let c = range.start.col; c <= Math.min(range.end.col, cols - 1); c++) visit(r, c);
  }
}

/** The layout's extent: at least one cell, so an empty layout still writes a valid range. */
export function layoutSize(layout: SheetLayout): { rows: number; cols: number } {
  let cols = 1;
  for (const row of layout.values) if (row.length > cols) cols = row.length;
  return { rows: Math.max(1, layout.values.length), cols };
}

/** The values of a layout as a full rectangle; blanks are "" (null would mean "leave unchanged"). */
export function valueGrid(layout: SheetLayout, rows: number, cols: number): Array<Array<string | number | boolean>> {
  const grid: Array<Array<string | number | boolean>> = [];
  for (let r = 0; r < rows; r++) {
    const row = layout.values[r] ?? [];
    const out: Array<string | number | boolean> = [];
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      out.push(v === null || v === undefined ? "" : v);
    }
    grid.push(out);
  }
  return grid;
}

/** The block of `sheet` a zero-based range covers. */
export function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(
    range.start.row,
    range.start.col,
    range.end.row - range.start.row + 1,
    range.end.col - range.start.col + 1,
  );
}

const HORIZONTAL: Record<NonNullable<CellStyle["horizontal"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};
const VERTICAL: Record<NonNullable<CellStyle["vertical"]>, Excel.VerticalAlignment> = {
  top: "Top" as Excel.VerticalAlignment,
  center: "Center" as Excel.VerticalAlignment,
  bottom: "Bottom" as Excel.VerticalAlignment,
};

export function applyStyle(range: Excel.Range, cell: CellRange, style: CellStyle): void {
  const format = range.format;
  const font = format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = (style.underline ? "Single" : "None") as Excel.RangeUnderlineStyle;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (cell.end.row > cell.start.row) edges.push("InsideHorizontal");
    if (cell.end.col > cell.start.col) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.weight = "Thin" as Excel.BorderWeight;
      border.color = "#000000";
    }
  }
}
