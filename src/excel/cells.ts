// A layout's cells as Office.js writes them: the values as full 2-D grids, and the format commands
// of one range (formats.ts plans which ranges).
import { rangeToA1, type CellRange, type CellStyle, type SheetLayout } from "../core";

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

/**
 * The block of `sheet` a zero-based range covers, for commands queued before the next send. Made
 * on the writes' own context (run.ts `Writes`), outside any run's tracking: Excel keeps no
 * reference to it and the runtime has nothing to release after the run.
 */
export function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  // By address, A1 at the edge: `GetRange` and `"C9:F9"` are shorter on the wire than
  // `GetRangeByIndexes` and its four numbers, in every range of the write.
  return sheet.getRange(rangeToA1(range));
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

/** Sets a style's properties on every cell of a range; `cell` is the same range, zero-based. */
export function applyStyle(range: Excel.Range, cell: CellRange, style: CellStyle): void {
  // One format for every cell of the range: a 1×1 array applies to the whole range.
  if (style.numberFormat !== undefined) range.numberFormat = [[style.numberFormat]];
  // The format object is an action of its own: reached only when a property of it is set.
  if (Object.keys(style).some((key) => key !== "numberFormat" && style[key as keyof CellStyle] !== undefined))
    applyFormat(range.format, style, edgeShape(cell));
}

/**
 * Sets a style's properties other than the number format on a range's or a RangeAreas' format.
 * `shape` says which inside borders to draw ("h", "v", both or none, see `edgeShape`). The font and
 * fill are reached only when set: each object reached is an action of the request.
 */
export function applyFormat(format: Excel.RangeFormat, style: CellStyle, shape: string): void {
  if (FONT_KEYS.some((key) => style[key] !== undefined)) {
    const font = format.font;
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.underline !== undefined) font.underline = (style.underline ? "Single" : "None") as Excel.RangeUnderlineStyle;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontName !== undefined) font.name = style.fontName;
    if (style.fontColor !== undefined) font.color = style.fontColor;
  }
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (shape.includes("h")) edges.push("InsideHorizontal");
    if (shape.includes("v")) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.weight = "Thin" as Excel.BorderWeight;
      border.color = "#000000";
    }
  }
}

/** The style's font properties. */
export const FONT_KEYS = ["bold", "italic", "underline", "fontSize", "fontName", "fontColor"] as const;

/** Which inside edges a rectangle has: "hv", "h", "v" or "" (a single row has no inside horizontal line). */
export function edgeShape(range: CellRange): string {
  return (range.end.row > range.start.row ? "h" : "") + (range.end.col > range.start.col ? "v" : "");
}
