// Whether a sheet prints on one page, estimated from its column widths and row heights (§8.3),
// and the signed sheets put on one page when they nearly fit it.
import type { SheetLayout } from "../model/types";
import { LINE_HEIGHT } from "./textFit";

/** A4 in inches, portrait: width, height. */
const A4_INCHES = [8.27, 11.69];

/**
 * How many pages tall rows 0 to `lastRow` of a layout print, scaled one page wide (a fraction:
 * 1.2 is a page and a fifth; 0 for a sheet that does not print). An estimate: a row with no
 * height set takes one 12 pt line.
 */
export function pagesTall(layout: SheetLayout, lastRow: number): number {
  const print = layout.print;
  if (print === null) return 0;
  const landscape = print.orientation === "landscape";
  const { left, right, top, bottom } = print.margins;
  // A column of w character units: 7 px a character of the default font, 5 px of padding, ¾ pt a pixel.
  const sheetWidth = layout.columnWidths.reduce((sum, width) => sum + (Math.floor(width * 7) + 5) * 0.75, 0);
  const scale = Math.min(1, ((A4_INCHES[landscape ? 1 : 0] - left - right) * 72) / sheetWidth);
  let height = 0;
  for (let row = 0; row <= lastRow; row++) height += layout.rowHeights[row] ?? LINE_HEIGHT;
  return (height * scale) / ((A4_INCHES[landscape ? 0 : 1] - top - bottom) * 72);
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
  const pages = pagesTall(layout, layout.values.length - 1);
  if (pages > 1.5) return layout;
  return { ...layout, print: { ...print, repeatRows: null, fitToPagesTall: pages > 1 ? 1 : print.fitToPagesTall } };
}
