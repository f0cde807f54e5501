// The one estimate of how text lays out in a cell (§8.3): lines of wrapped text from its length,
// the column width and the font, and the row heights and label widths that follow from it. Both
// hosts write the heights it gives, so the pane and the command line print the same page.
import type { SheetLayout } from "../model/types";

/** The font size every sheet is set in, in points. */
export const FONT_SIZE = 12;

/** Excel's default width for a column no one sized, in character units. */
export const DEFAULT_COLUMN_WIDTH = 10;

/** Points per printed line of 12 pt Times New Roman, as Excel lays it out. */
export const LINE_HEIGHT = 15.75;

/** The font a text is set in, for the estimates below: 12 pt regular unless said. */
export interface TextFont {
  size?: number;
  bold?: boolean;
}

/** Bold Times New Roman runs about a tenth wider than regular. */
const BOLD_WIDENING = 1.1;

/**
 * Characters of 12 pt Times New Roman per character unit of column width: a unit is 7 px of the
 * default font, and Vietnamese text in Times New Roman (or LibreOffice's Liberation Serif, its
 * metric twin) averages about 0.37 em, 1.2 characters a unit as rendered; a little less is
 * assumed, so a line estimated to fit does fit.
 */
const CHARACTERS_PER_UNIT = 1.15;

/** Characters of `font` that a column of `width` character units holds on one line. */
function charactersPerLine(width: number, font: TextFont): number {
  const scale = (CHARACTERS_PER_UNIT * FONT_SIZE) / (font.size ?? FONT_SIZE) / (font.bold ? BOLD_WIDENING : 1);
  return Math.max(1, Math.floor((width - 1) * scale));
}

/**
 * How many lines a text takes when wrapped in a column `width` characters wide (words kept whole),
 * in 12 pt unless `font` says otherwise. The one estimate of wrapped lines: every sheet's row
 * heights come from it (through SheetDraft), so both hosts write the same heights.
 * @example wrappedLines("Công ty TNHH Lam Sơn", 14) === 2
 */
export function wrappedLines(text: string, width: number, font: TextFont = {}): number {
  const perLine = charactersPerLine(width, font);
  // Most cells are one short line: words and the single spaces between them are never longer
  // than the text, so it fits without splitting it (a string and an array per cell otherwise).
  if (text.length <= perLine && text.indexOf("\n") < 0) return 1;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) used = needed;
      else {
        count += used === 0 ? 0 : 1;
        // A word longer than the line is broken by Excel across as many lines as it needs.
        count += Math.floor(Math.max(0, word.length - 1) / perLine);
        used = word.length % perLine || perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** The row height in points that shows `lines` lines of text in `fontSize` (12 pt unless said). */
export function heightForLines(lines: number, fontSize: number = FONT_SIZE): number {
  return Math.round((Math.max(1, lines) * LINE_HEIGHT * (fontSize / FONT_SIZE) + 4) * 4) / 4;
}

/**
 * The column width, in character units, that shows `text` whole on one line: the inverse of
 * wrappedLines, for labels that must not be cut (`Số thành viên dự họp`).
 * @example wrappedLines(label, columnWidthFor(label, { bold: true }), { bold: true }) === 1
 */
export function columnWidthFor(text: string, font: TextFont = {}): number {
  const scale = ((font.size ?? FONT_SIZE) / FONT_SIZE) * (font.bold ? BOLD_WIDENING : 1);
  return Math.ceil((text.length * scale) / CHARACTERS_PER_UNIT) + 2;
}

/**
 * The layout with every row that holds wrapped text raised to the height its lines need
 * (wrappedLines at the cell's width, its merged columns added, in its font), so nothing prints
 * over the next row in Excel or LibreOffice: neither grows a merged cell, and LibreOffice keeps a
 * file's row heights as they are. A height already tall enough stays. Every layout gets it from
 * SheetDraft; a caller that puts values into a finished layout (entries carried into a template)
 * calls it again.
 */
export function fitRowHeights(layout: SheetLayout): SheetLayout {
  // A merge's text sits in its top-left cell: one row tall, it wraps across the merge's columns;
  // over several rows it shares their heights, which its builder sets (-1: left alone). A covered
  // cell of a merge holds no value.
  // By row, then column: a text key per wrapped cell was most of this function's time.
  const lastColOf: Array<number[] | undefined> = [];
  layout.merges.forEach(({ start, end }) => ((lastColOf[start.row] ??= [])[start.col] = start.row === end.row ? end.col : -1));
  const heights = { ...layout.rowHeights };
  // forEach, not for…of: the ribbon's IE11 bundle spells an iterator out for each for…of.
  layout.styles.forEach(({ range, style }) => {
    if (!style.wrap) return;
    for (let row = range.start.row; row <= range.end.row; row++) {
      for (let col = range.start.col; col <= range.end.col; col++) {
        const value = layout.values[row][col];
        const lastCol = lastColOf[row]?.[col] ?? col;
        if (typeof value !== "string" || lastCol < 0) continue;
        let width = 0;
        for (let c = col; c <= lastCol; c++) width += layout.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
        const lines = wrappedLines(value, width, { size: style.fontSize, bold: style.bold });
        if (lines > 1) heights[row] = Math.max(heights[row] ?? 0, heightForLines(lines, style.fontSize));
      }
    }
  });
  return { ...layout, rowHeights: heights };
}
