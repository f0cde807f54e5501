// Whether a sheet prints on one page, estimated from its column widths and row heights (§8.3),
// and the signed sheets put on one page when they nearly fit it.
import type { PrintSetup, SheetLayout } from "../model/types";
import { LINE_HEIGHT } from "./textFit";

/** A4 in inches, portrait: width, height. */
const A4_INCHES = [8.27, 11.69];

/** Points a column of `width` character units takes on paper: 7 px a character of the default font, 5 px of padding, ¾ pt a pixel. */
function columnPoints(width: number): number {
  return (Math.floor(width * 7) + 5) * 0.75;
}

/**
 * How many pages tall rows 0 to `lastRow` print with `print`, scaled one page wide (a fraction:
 * 1.2 is a page and a fifth). An estimate: a row with no height set takes one 12 pt line.
 */
export function pagesTall(columnWidths: number[], heights: Record<number, number>, lastRow: number, print: PrintSetup): number {
  const [paperWidth, paperHeight] = print.orientation === "landscape" ? [A4_INCHES[1], A4_INCHES[0]] : A4_INCHES;
  const { left, right, top, bottom } = print.margins;
  const sheetWidth = columnWidths.reduce((sum, width) => sum + columnPoints(width), 0);
  const scale = Math.min(1, ((paperWidth - left - right) * 72) / sheetWidth);
  let height = 0;
  for (let row = 0; row <= lastRow; row++) height += heights[row] ?? LINE_HEIGHT;
  return (height * scale) / ((paperHeight - top - bottom) * 72);
}

/**
 * A sheet someone prints and signs (a unit's sheet, the vote sheet, Settings, Criteria) on one
 * page when it fits there, or nearly (up to half a page more, printed that much smaller), so the
 * signature is not left alone on a second page; its header then repeats nowhere, as it would on a
 * page with no row of its table (§8.3). A longer sheet keeps its repeated header.
 */
export function onOnePageWhenClose(layout: SheetLayout): SheetLayout {
  const print = layout.print;
  if (print === null) return layout;
  const pages = pagesTall(layout.columnWidths, layout.rowHeights, layout.values.length - 1, print);
  if (pages > 1.5) return layout;
  return { ...layout, print: { ...print, repeatRows: null, fitToPagesTall: pages > 1 ? 1 : print.fitToPagesTall } };
}
