// How many bytes each write adds to a request, so that a workbook too large for one request is
// written in as few syncs as keep each under the payload budget (`queueInBatches`).
import type { CellRange, CellStyle, ChartLayout, SheetLayout } from "../core";
import { edgeShape, FONT_KEYS } from "./cells";
import type { ExcelFeatures } from "./features";
import { columnProperties, fitsBlock, heightRows, heightRuns, mergeCommands, rowPropertiesIfSmaller, widthRuns } from "./sheetSettings";

/**
 * What Office.js's request JSON costs, per kind of command, as Microsoft's runtime serialises it
 * (`{ Actions, ObjectPaths }`, measured on @microsoft/office-js; test/excel/payload.test.ts keeps
 * the estimate within 3 % of the real request's UTF-8 bytes). Every range the add-in creates costs an object
 * path and one instantiation (made on the writes' own context, run.ts `Writes`: no `_KeepReference`, no second
 * instantiation); a large array is cut by the runtime into slices of 1,500 cells, each its own range and command.
 */
export const WIRE_BYTES = {
  /** A range from getRange/getRangeByIndexes. */
  range: 185,
  /** A navigation (format, font, fill, borders, freezePanes, pageLayout, …). */
  navigation: 140,
  /** borders.getItem(edge). */
  borderItem: 180,
  /** A property set or method call, besides its argument's JSON. */
  command: 105,
  /** One 1,500-cell slice of a large array: two row ranges, their bounding range and the set. */
  slice: 750,
} as const;

/**
 * UTF-8 bytes of `text`, the unit the web's 5 MB limit is counted in (a Vietnamese letter is 2–3
 * bytes, one UTF-16 unit). Counted by hand: IE11's pane has no TextEncoder.
 * @example utf8Bytes("Sông") → 5
 */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      // A surrogate pair: two units, four bytes.
      bytes += 2;
      i++;
    } else if (unit >= 0x800) bytes += 2;
    else if (unit >= 0x80) bytes += 1;
  }
  return bytes;
}

/** UTF-8 bytes of a value's JSON, as it travels inside a request. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/** Cells per slice when the runtime splits a large array write (its `setRangePropertiesInBulk`). */
const RUNTIME_SLICE_CELLS = 1500;

/** Request bytes of setting a 2-D array (values or number formats) on a block of the sheet. */
export function arrayBytes(grid: unknown[][], cols: number): number {
  const json = jsonBytes(grid);
  const cells = grid.length * cols;
  if (cells <= RUNTIME_SLICE_CELLS) return WIRE_BYTES.command + json;
  const rowsPerSlice = Math.max(1, Math.round(RUNTIME_SLICE_CELLS / cols));
  return WIRE_BYTES.command + json + Math.ceil(grid.length / rowsPerSlice) * WIRE_BYTES.slice;
}

/** Request bytes of `applyStyle`: the range, its format objects and one command per property. */
export function styleBytes(cell: CellRange, style: CellStyle): number {
  return WIRE_BYTES.range + formatBytes(style, edgeShape(cell));
}

/** Request bytes of `applyFormat` on a RangeAreas of `address` (its areas' A1 addresses, joined). */
export function areasBytes(address: string, style: CellStyle, shape: string): number {
  return WIRE_BYTES.range + utf8Bytes(address) + formatBytes(style, shape);
}

/** Request bytes of `applyFormat`: the format objects reached and one command per property. */
function formatBytes(style: CellStyle, shape: string): number {
  if (!Object.keys(style).some((key) => key !== "numberFormat" && style[key as keyof CellStyle] !== undefined)) return 0;
  let bytes = WIRE_BYTES.navigation;
  const fonts = FONT_KEYS.filter((k) => style[k] !== undefined);
  if (fonts.length > 0) bytes += WIRE_BYTES.navigation;
  for (const k of fonts) bytes += WIRE_BYTES.command + jsonBytes(style[k]);
  if (style.fill !== undefined) bytes += WIRE_BYTES.navigation + WIRE_BYTES.command + style.fill.length + 2;
  for (const k of ["horizontal", "vertical", "wrap"] as const) if (style[k] !== undefined) bytes += WIRE_BYTES.command + 10;
  if (style.border) {
    const edges = 4 + shape.length;
    bytes += WIRE_BYTES.navigation + edges * (WIRE_BYTES.borderItem + 3 * WIRE_BYTES.command + 30);
  }
  return bytes;
}

/**
 * Request bytes of `queueCellSettings` and `queueSheetFrame` for a layout; with `block`, widths and
 * heights that fit it go on its range, already made (and counted) by the values' write.
 */
export function settingsBytes(layout: SheetLayout, features: ExcelFeatures, block?: { rows: number; cols: number }): number {
  const { range, navigation, command } = WIRE_BYTES;
  let bytes = mergeCommands(layout.merges).length * (range + command);
  for (const link of layout.links)
    bytes += range + command + 60 + utf8Bytes(link.sheet) + utf8Bytes(String(layout.values[link.at.row]?.[link.at.col] ?? ""));
  if (features.dataValidation) {
    for (const v of layout.validations)
      bytes +=
        range +
        navigation +
        3 * command +
        150 +
        utf8Bytes(v.prompt) +
        ("error" in v ? utf8Bytes(v.error) : 0) +
        (v.kind === "list" ? utf8Bytes(v.values.join(",")) : 0);
  }
  bytes += layout.unlocked.length * (range + 2 * navigation + command);
  if (features.rangeAreas) {
    const widths = columnProperties(layout.columnWidths);
    bytes += (block && fitsBlock(widths, block.cols) ? 3 * (block.cols - widths.length) : range) + command + jsonBytes(widths);
    const heights = rowPropertiesIfSmaller(layout.rowHeights);
    if (heights !== null)
      bytes += (block && fitsBlock(heights, block.rows) ? 3 * (block.rows - heights.length) : range) + command + jsonBytes(heights);
    else for (const { rows } of heightRows(layout.rowHeights)) bytes += range + navigation + command + utf8Bytes(rows.join(","));
  } else {
    bytes += widthRuns(layout.columnWidths).length * (range + navigation + command);
    bytes += heightRuns(layout.rowHeights).length * (range + navigation + command);
  }
  bytes += navigation + command + range + 4 * command;
  if (features.printSetup && layout.print) {
    // Orientation, paper, zoom and the margins (one command with six numbers); on a sheet just
    // added, the rest only when not blank or off.
    const { centerHorizontally, differentFirstPage, centerHeader, centerFooter } = layout.print;
    const set = [centerHorizontally, differentFirstPage, centerHeader, centerFooter].filter(Boolean).length;
    const margins = jsonBytes(layout.print.margins);
    bytes += navigation + (4 + set) * command + margins + 2 * navigation + utf8Bytes(`${centerHeader ?? ""}${centerFooter ?? ""}`);
    bytes += (layout.print.rowBreaks ?? []).length * (range + navigation + command);
  }
  return bytes;
}

/**
 * Request bytes of drawing one chart: its source range, the add, and a handful of navigations
 * and property sets (name, title, legend, axis, position).
 */
export function chartBytes(chart: ChartLayout): number {
  const { range, navigation, command } = WIRE_BYTES;
  return range + 2 * navigation + command + 6 * (navigation + command) + utf8Bytes(chart.title) + utf8Bytes(chart.name) + 60;
}
