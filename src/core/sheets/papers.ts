// What the conference's two papers share (spec §7.5): six portrait columns, the title block of
// the summary (both header blocks and the date line), a bordered table, and the date they carry.
import { cellRange } from "../model/address";
import type { BuildOptions, CellRange, CellStyle, Evaluation, OutputValue } from "../model/types";
import { SheetDraft, clusterAndPeriod, heightForLines, upper, wrappedLines } from "./sheet";
import { SUMMARY_TEXT, dateLine } from "../words";

const PAPER_HEADER_FILL = "#DCE6F1";
const PAPER_TITLE_SIZE = 13;
/** Six columns filling an A4 portrait page: no., unit, then four narrow ones. */
const PAPER_WIDTHS = [7, 40, 13, 12, 13, 12];
const PAPER_LAST_COL = PAPER_WIDTHS.length - 1;
export const CENTERED: CellStyle = { horizontal: "center", wrap: true };

const fullWidth = (row: number): CellRange => cellRange(row, 0, row, PAPER_LAST_COL);
export const leftBlock = (row: number): CellRange => cellRange(row, 0, row, 1);
export const rightBlock = (row: number): CellRange => cellRange(row, 2, row, PAPER_LAST_COL);

/** The date the papers carry: the conference's, else Settings' `Ngày lập`, else today (§7.4). */
function paperDate(evaluation: Evaluation, options: BuildOptions): { year: number; month: number; day: number } {
  return evaluation.conference?.date ?? evaluation.settings.datePrepared ?? options.date;
}

/**
 * Both header blocks, the date line, the title and the cluster and period; returns the next free row.
 * @example writePaperTitle(draft, evaluation, options, "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA") === 8
 */
export function writePaperTitle(draft: SheetDraft, evaluation: Evaluation, options: BuildOptions, title: string): number {
  const language = evaluation.report.language;
  const text = SUMMARY_TEXT[language];
  const settings = evaluation.settings;
  PAPER_WIDTHS.forEach((width, col) => draft.width(col, width));
  draft.merge(leftBlock(0), upper(settings.parentBody), CENTERED);
  draft.merge(leftBlock(1), upper(settings.clusterName ?? evaluation.report.cluster), { ...CENTERED, bold: true });
  if (text.nationalHeading) {
    draft.merge(rightBlock(0), text.nationalHeading.country, { ...CENTERED, bold: true });
    draft.merge(rightBlock(1), text.nationalHeading.motto, { ...CENTERED, bold: true, underline: true });
  }
  draft.merge(rightBlock(3), dateLine(language, settings.place, paperDate(evaluation, options)), { ...CENTERED, italic: true });
  draft.merge(fullWidth(5), title, { horizontal: "center", bold: true, fontSize: PAPER_TITLE_SIZE });
  draft.height(5, 20);
  draft.merge(fullWidth(6), clusterAndPeriod(evaluation.report), { horizontal: "center", bold: true });
  return 8;
}

/** A header row, filled and bold; the caller borders the table. */
function writePaperHeader(draft: SheetDraft, row: number, labels: OutputValue[]): void {
  const style: CellStyle = { bold: true, fill: PAPER_HEADER_FILL, horizontal: "center", vertical: "center", wrap: true };
  labels.forEach((label, col) => draft.set(row, col, label, style));
  const lines = Math.max(1, ...labels.map((l, col) => (typeof l === "string" ? wrappedLines(l, PAPER_WIDTHS[col]) : 1)));
  draft.height(row, heightForLines(lines));
}

/**
 * A section of a paper: its bold heading line, then a bordered table whose header row is `labels`
 * and whose rows `writeRows` writes from the row it is given, returning the row after its last.
 * Returns the next free row.
 */
export function writePaperTable(
  draft: SheetDraft,
  top: number,
  heading: string,
  labels: OutputValue[],
  writeRows: (first: number) => number,
): number {
  writePaperLine(draft, top, heading, { bold: true });
  writePaperHeader(draft, top + 1, labels);
  const end = writeRows(top + 2);
  draft.style(cellRange(top + 1, 0, end - 1, PAPER_LAST_COL), { border: true });
  return end;
}

/**
 * A line across the page, left-aligned, as tall as its text needs. The height is estimated on the
 * safe side (a line that fits may be given two), so the text sits at the top: spare height falls
 * below it, not between it and the line above.
 */
export function writePaperLine(draft: SheetDraft, row: number, value: string, style: CellStyle = {}): void {
  draft.merge(fullWidth(row), value, { horizontal: "left", vertical: "top", wrap: true, ...style });
  const width = PAPER_WIDTHS.reduce((a, b) => a + b, 0);
  draft.height(row, heightForLines(wrappedLines(value, width)));
}

/** A table row's unit name in the second column, the row as tall as the name needs (at least 22 pt). */
export function writePaperUnitName(draft: SheetDraft, row: number, name: string): void {
  draft.set(row, 1, name, { horizontal: "left", wrap: true });
  draft.height(row, Math.max(22, heightForLines(wrappedLines(name, PAPER_WIDTHS[1]))));
}

export function nonBlank(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === "" ? null : value.trim();
}
