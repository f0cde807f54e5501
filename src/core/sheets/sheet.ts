// A sheet drafted cell by cell, then turned into a SheetLayout. Styles are merged per cell while
// drafting and written out as non-overlapping rectangles, each carrying its complete style, so a
// writer renders the same page whether it applies "later entries win" per property or per entry.
import { blocksOfRuns, type StyleRun } from "./rectangles";
import { STYLE_KEYS, styleKeyOf, type RecentStyles } from "./styleKeys";
import type {
  CellLink,
  ChartLayout,
  CellRange,
  CellStyle,
  Language,
  OutputValue,
  PrintSetup,
  Report,
  SheetLayout,
  StyledRange,
} from "../model/types";
import { DEFAULT_COLUMN_WIDTH, FONT_SIZE, fitRowHeights } from "./textFit";
// The estimates and formats have homes of their own; drafting code reaches them through this module.
export { columnWidthFor, fitRowHeights, heightForLines, wrappedLines, type TextFont } from "./textFit";
export { onOnePageWhenClose, pagesTall } from "./pageFit";
export { numberFormat, percentFormat, scoreCellStyle, scoreFormat } from "./numberFormat";

/** Decree 30/2020 asks for Times New Roman in administrative documents. */
const FONT_NAME = "Times New Roman";

/** A stable text key of a style, so equal styles coalesce into one rectangle. */
function styleKey(style: CellStyle): string {
  return STYLE_KEYS.map((key) => (style[key] === undefined ? "" : String(style[key]))).join("|");
}

/** Drops keys whose value is undefined, so layouts hold no `undefined` anywhere. */
function definedOnly(style: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  for (const key of STYLE_KEYS) {
    if (style[key] !== undefined) out[key] = style[key];
  }
  return out as CellStyle;
}

/** Sheet-wide settings given when the draft becomes a layout. */
export interface DraftFinish {
  frozenRows?: number;
  frozenColumns?: number;
  print?: PrintSetup | null;
  tabColor?: string | null;
  protect?: boolean;
  charts?: ChartLayout[];
}

/** A sheet under construction; rows and columns are zero-based. */
export class SheetDraft {
  private readonly cells: OutputValue[][] = [];
  private readonly cellStyles: CellStyle[][] = [];
  /** Interned styles: a cell's style, then the key of what is added to it → the result. */
  private readonly interned = new Map<CellStyle | undefined, Map<string, CellStyle>>();
  private readonly recentStyles: RecentStyles = [];
  private readonly mergeList: CellRange[] = [];
  private readonly linkList: CellLink[] = [];
  private readonly widths: number[] = [];
  private readonly heights: Record<number, number> = {};
  private rowCount = 0;
  private columnCount = 0;

  constructor(
    readonly name: string,
    private readonly baseStyle: CellStyle = { fontName: FONT_NAME, fontSize: FONT_SIZE, vertical: "center" },
  ) {}

  /** The number of rows drafted so far; the next free row index. */
  get rows(): number {
    return this.rowCount;
  }

  protected touch(row: number, col: number): void {
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) {
      throw new RangeError(`cell out of range: row ${row}, col ${col}`);
    }
    this.rowCount = Math.max(this.rowCount, row + 1);
    this.columnCount = Math.max(this.columnCount, col + 1);
  }

  /** Writes a value, optionally with a style for that cell. */
  set(row: number, col: number, value: OutputValue | undefined, style?: CellStyle): this {
    this.touch(row, col);
    (this.cells[row] ??= [])[col] = cleanValue(value);
    if (style) this.styleCells(row, col, row, col, style);
    return this;
  }

  /** Writes a row of values from `col` rightwards. */
  setRow(row: number, col: number, values: Array<OutputValue | undefined>, style?: CellStyle): this {
    values.forEach((value, offset) => this.set(row, col + offset, value, style));
    return this;
  }

  /** Adds style properties to every cell of a range (later calls win per property). */
  style(range: CellRange, style: CellStyle): this {
    this.touch(range.end.row, range.end.col);
    this.styleCells(range.start.row, range.start.col, range.end.row, range.end.col, style);
    return this;
  }

  /**
   * Equal styles share one interned object, so a 1,000-unit sheet does not make a style object
   * per cell and the layout can coalesce cells by identity. Neighbouring cells mostly share their
   * style, so the last lookup is remembered.
   */
  private styleCells(firstRow: number, firstCol: number, lastRow: number, lastCol: number, style: CellStyle): void {
    const addedKey = styleKeyOf(this.recentStyles, style);
    let added: CellStyle | null = null;
    let lastBefore: CellStyle | undefined | null = null;
    let lastAfter: CellStyle | null = null;
    for (let row = firstRow; row <= lastRow; row++) {
      const styleRow = (this.cellStyles[row] ??= []);
      for (let col = firstCol; col <= lastCol; col++) {
        const before = styleRow[col];
        if (before !== lastBefore || lastAfter === null) {
          let byAdded = this.interned.get(before);
          if (!byAdded) this.interned.set(before, (byAdded = new Map()));
          let after = byAdded.get(addedKey);
          if (!after) byAdded.set(addedKey, (after = { ...before, ...(added ??= definedOnly(style)) }));
          lastBefore = before;
          lastAfter = after;
        }
        styleRow[col] = lastAfter;
      }
    }
  }

  /** Merges a range, writing `value` in its top-left cell and `style` over all of it. */
  merge(range: CellRange, value?: OutputValue, style?: CellStyle): this {
    this.touch(range.end.row, range.end.col);
    if (value !== undefined) this.set(range.start.row, range.start.col, value);
    if (style) this.style(range, style);
    const single = range.start.row === range.end.row && range.start.col === range.end.col;
    if (!single) this.mergeList.push(range);
    return this;
  }

  link(link: CellLink): this {
    this.touch(link.at.row, link.at.col);
    this.linkList.push(link);
    return this;
  }

  width(col: number, width: number): this {
    this.touch(0, col);
    this.widths[col] = width;
    return this;
  }

  height(row: number, height: number): this {
    this.touch(row, 0);
    this.heights[row] = height;
    return this;
  }

  /** The width given to a column, or Excel's default. */
  widthOf(col: number): number {
    return this.widths[col] ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Columns 0 to `lastCol` together: the width a line merged across them wraps in. */
  widthThrough(lastCol: number): number {
    let width = 0;
    for (let col = 0; col <= lastCol; col++) width += this.widthOf(col);
    return width;
  }

  /** The finished layout: a rectangular value grid, complete non-overlapping styles. */
  toLayout(finish: DraftFinish = {}): SheetLayout {
    const rows = Math.max(this.rowCount, 1);
    const cols = Math.max(this.columnCount, 1);
    const values: OutputValue[][] = [];
    for (let row = 0; row < rows; row++) {
      const line: OutputValue[] = [];
      for (let col = 0; col < cols; col++) line.push(this.cells[row]?.[col] ?? null);
      values.push(line);
    }
    const columnWidths: number[] = [];
    for (let col = 0; col < cols; col++) columnWidths.push(this.widths[col] ?? DEFAULT_COLUMN_WIDTH);
    return fitRowHeights({
      name: this.name,
      values,
      styles: this.coalescedStyles(rows, cols),
      merges: [...this.mergeList],
      columnWidths,
      rowHeights: { ...this.heights },
      frozenRows: finish.frozenRows ?? 0,
      frozenColumns: finish.frozenColumns ?? 0,
      showGridlines: false,
      print: finish.print ?? null,
      links: [...this.linkList],
      // A sheet people type into adds its input rules and editable cells (InputSheetDraft).
      validations: [],
      unlocked: [],
      protect: finish.protect ?? false,
      tabColor: finish.tabColor ?? null,
      charts: finish.charts ?? [],
    });
  }

  /** Every cell's complete style, as rectangles of equal style that do not overlap. */
  private coalescedStyles(rows: number, cols: number): StyledRange[] {
    const styles = new Map<string, CellStyle>();
    const keys = new Map<CellStyle | undefined, string>();
    // Runs of equal style along each row are made directly: an object per cell would be 50,000
    // objects for a 1,000-unit Details sheet.
    const runs: StyleRun[] = [];
    for (let row = 0; row < rows; row++) {
      const styleRow = this.cellStyles[row];
      let run: StyleRun | null = null;
      for (let col = 0; col < cols; col++) {
        const own = styleRow?.[col];
        let key = keys.get(own);
        if (key === undefined) {
          const style = definedOnly({ ...this.baseStyle, ...own });
          key = styleKey(style);
          styles.set(key, style);
          keys.set(own, key);
        }
        if (run !== null && run.key === key) run.end = col;
        else runs.push((run = { key, row, start: col, end: col }));
      }
    }
    return blocksOfRuns(runs).map((block) => ({ range: block.range, style: { ...styles.get(block.key) } }));
  }
}

/**
 * A value safe to hand to a writer: a number that is not finite (a bug upstream) becomes a blank
 * rather than a `NaN` that would corrupt the file or print as nonsense at the conference.
 */
function cleanValue(value: OutputValue | undefined): OutputValue {
  if (value === undefined) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/** Page numbers in the footer, in the sheet's language (Excel codes &P and &N). */
function pageFooter(language: Language): string {
  return language === "vi" ? "Trang &P / &N" : "Page &P of &N";
}

/** A4, one page wide, as many tall as needed; margins leave room for binding on the left. */
export function printSetup(orientation: PrintSetup["orientation"], language: Language, repeatRows: PrintSetup["repeatRows"]): PrintSetup {
  return {
    orientation,
    paperSize: "A4",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    repeatRows,
    centerHorizontally: true,
    margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    centerFooter: pageFooter(language),
  };
}

/** Millimetres as the inches PrintSetup's margins are in. */
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1000) / 1000;

/**
 * The papers' page (Decree 30/2020, §8.1): A4 portrait, margins top and bottom 21 mm, left 31 mm,
 * right 16 mm (a millimetre inside the decree's ranges, so rounding to inches stays inside), no footer, the page number centred in the top margin from page 2 on (the first
 * page's own header is left blank).
 */
export function paperPrintSetup(): PrintSetup {
  return {
    orientation: "portrait",
    paperSize: "A4",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    repeatRows: null,
    centerHorizontally: false,
    margins: { left: mm(31), right: mm(16), top: mm(21), bottom: mm(21), header: mm(10), footer: mm(10) },
    centerFooter: null,
    // Excel's codes: the font, its size, then the page number.
    centerHeader: '&"Times New Roman,Regular"&13&P',
    differentFirstPage: true,
  };
}

/**
 * The line under an output sheet's title: the cluster and the period, whichever are known.
 * @example clusterAndPeriod({ cluster: "Cụm thi đua số 18", period: "6 tháng đầu năm 2024" }) === "Cụm thi đua số 18 — 6 tháng đầu năm 2024"
 */
export function clusterAndPeriod(report: Pick<Report, "cluster" | "period">): string | null {
  const parts = [report.cluster, report.period].filter((part): part is string => part !== null && part.trim() !== "");
  return parts.length === 0 ? null : parts.join(" — ");
}

/** Upper case for headings (Decree 30 writes body names in capitals); blank stays blank. */
export function upper(value: string | null): string | null {
  return value === null || value.trim() === "" ? null : value.trim().toLocaleUpperCase("vi");
}
