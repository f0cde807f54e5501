// The output layout: a description of a sheet any writer can render (the add-in with Excel's API,
// the command line with ExcelJS). Kept apart from types.ts, which re-exports it.
import type { CellAddress, CellRange } from "./types";

/** A value written to an output cell. Strings are always written as text, never as formulas. */
export type OutputValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontName?: string;
  /** `#RRGGBB` */
  fontColor?: string;
  /** `#RRGGBB` background fill */
  fill?: string;
  /** Thin borders on every edge of every cell in the range. */
  border?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  numberFormat?: string;
}

/** A style applied to a rectangle. Later entries win where they overlap. */
export interface StyledRange {
  range: CellRange;
  style: CellStyle;
}

/** A cell that links to another place in the workbook (the Issues sheet → the unit's cell). */
export interface CellLink {
  at: CellAddress;
  sheet: string;
  /** A1 address in the target sheet. */
  cell: string;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  fitToPagesWide: 1;
  /** 0 = as many pages tall as needed. */
  fitToPagesTall: number;
  /** Zero-based inclusive rows repeated on every printed page. */
  repeatRows: { first: number; last: number } | null;
  centerHorizontally: boolean;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Footer text with Excel's codes (`&P`, `&N`). */
  centerFooter: string | null;
  /** Header text with Excel's codes (`&P`), and a blank one of its own on page 1 (the papers, §8.1). */
  centerHeader?: string | null;
  differentFirstPage?: boolean;
  /**
   * Zero-based rows that start a new printed page (manual breaks, which Excel keeps with "fit to
   * one page wide" when the height is automatic); none when absent.
   */
  rowBreaks?: number[];
}

/** Data validation of input cells in a template (`thidua template` and the pane's New workbook). */
export type CellValidation =
  | { range: CellRange; kind: "decimal"; min: number; max: number | null; prompt: string; error: string }
  | { range: CellRange; kind: "list"; values: string[]; prompt: string; error: string }
  /** Any value is accepted; the cell only shows its input message when selected. */
  | { range: CellRange; kind: "any"; prompt: string };

/** One sheet to write, as data: values, formats, merges, widths, panes, print setup, links. */
export interface SheetLayout {
  name: string;
  /** Rows of values; the sheet's extent. `values[0][0]` is A1. */
  values: OutputValue[][];
  styles: StyledRange[];
  merges: CellRange[];
  /** Column widths in Excel character units, by column index. */
  columnWidths: number[];
  /** Row heights in points, by row index; missing = default. */
  rowHeights: Record<number, number>;
  frozenRows: number;
  frozenColumns: number;
  showGridlines: boolean;
  print: PrintSetup | null;
  links: CellLink[];
  /** Template sheets only: validations, unlocked input cells and sheet protection. */
  validations: CellValidation[];
  unlocked: CellRange[];
  protect: boolean;
  tabColor: string | null;
  /** Charts drawn over the sheet, from its own cells (the Summary's bar chart, issue 13). */
  charts: ChartLayout[];
}

/**
 * A chart as data: a stacked bar chart whose source is one block of the sheet's own cells, with
 * a blank top-left cell, the series' names in its first row and the categories in its first
 * column — the shape from which Excel's `charts.add(type, block, "Columns")` takes the same
 * series a chart part spells out one by one.
 */
export interface ChartLayout {
  /** Horizontal bars, stacked; negative values (deductions) stack leftwards from zero. */
  kind: "bar-stacked";
  /** A name for the chart among the sheet's charts, so a later run can find and replace it. */
  name: string;
  title: string;
  /** The whole source block, names row and categories column included. */
  source: CellRange;
  /** The category labels (the first column below the names row). */
  categories: CellRange;
  /** One series per column after the first: what it stands for, its name cell and its values. */
  series: Array<{ role: "group" | "conversion" | "bonus" | "deduction"; name: CellAddress; values: CellRange }>;
  /** The cells the chart covers, from its top-left to its bottom-right cell; no cell there holds anything. */
  position: CellRange;
  /** The first category at the top, as the table reads (Excel draws the first category at the bottom). */
  reverseCategories: boolean;
}
