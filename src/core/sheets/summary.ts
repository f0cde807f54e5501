// The Summary sheet: the page the cluster's conference reads and signs (spec §6, design/summary.md):
// the title block, the table (summaryTable.ts), the scale line, the signature blocks and the chart
// (summaryChart.ts).
import { cellRange } from "../model/address";
import type { BuildOptions, CellRange, CellStyle, Evaluation, SheetLayout } from "../model/types";
import { bonusMax, regularGroups } from "./groups";
import { SheetDraft, clusterAndPeriod, heightForLines, pagesTall, printSetup, upper, wrappedLines } from "./sheet";
import { OUTPUT_SHEET_NAMES, SUMMARY_TEXT, dateLine, scaleLine } from "../words";
import { columnsFor, setColumnWidths, writeHeader, writeUnitRow, type Columns } from "./summaryTable";
import { writeChartBlock } from "./summaryChart";

const TITLE_SIZE = 13;

/** Rows of the title block; the table header follows. */
const ROW = {
  parentBody: 0,
  clusterName: 1,
  date: 3,
  title: 5,
  subtitle: 6,
} as const;

/** The merged cells of one row that the title block's left and right halves take. */
interface Halves {
  inLeft: (row: number) => CellRange;
  inRight: (row: number) => CellRange;
  fullWidth: (row: number) => CellRange;
}

/**
 * The Summary sheet of an evaluation, in the report's language: title block, ranked table,
 * scale line and signature blocks, ready for A4 landscape.
 * @example buildSummarySheet(evaluation, { date: { year: 2024, month: 7, day: 24 } }).name === "Tổng hợp"
 */
export function buildSummarySheet(evaluation: Evaluation, options: BuildOptions): SheetLayout {
  const language = evaluation.report.language;
  const units = evaluation.report.units;
  const columns = columnsFor(regularGroups(evaluation.criteria), {
    converted: units.some((u) => u.notApplicable.length > 0),
    selfTotal: units.some((u) => u.review !== "none"),
    award: evaluation.report.reviewKind === "year",
    previous: evaluation.previous !== undefined,
    decision: evaluation.conference?.decided === true,
    eligible: (evaluation.awardRules?.length ?? 0) > 0,
  });
  const draft = new SheetDraft(OUTPUT_SHEET_NAMES[language].summary);

  setColumnWidths(draft, columns);
  // Title block: the issuing body on the left, the national heading and date on the right.
  const left = cellRange(0, 0, 0, Math.min(2, columns.last));
  const right = cellRange(0, columns.last - 2, 0, columns.last);
  const halves: Halves = {
    inLeft: (row) => cellRange(row, left.start.col, row, left.end.col),
    inRight: (row) => cellRange(row, right.start.col, row, right.end.col),
    fullWidth: (row) => cellRange(row, 0, row, columns.last),
  };
  const headerRow = writeTitleBlock(draft, halves, evaluation, options) + 2;

  writeHeader(draft, columns, language, headerRow);
  const firstDataRow = headerRow + 2;
  evaluation.units.forEach((unit, index) => writeUnitRow(draft, columns, firstDataRow + index, index, unit, evaluation));
  const lastTableRow = firstDataRow + evaluation.units.length - 1;
  draft.style(cellRange(headerRow, 0, Math.max(lastTableRow, headerRow + 1), columns.last), { border: true });

  const scaleRow = Math.max(lastTableRow, headerRow + 1) + 2;
  writeScaleLine(draft, columns, halves, scaleRow, evaluation);
  writeSignatures(draft, scaleRow + 2, halves, evaluation);
  // Below the signatures, small: when the summary was made and from which data (issue 13), so two
  // printouts can be told apart and Validate can tell a summary made from other data.
  if (evaluation.fingerprint) {
    const madeAt = SUMMARY_TEXT[language].madeAt(options.date, options.time ?? null, evaluation.fingerprint);
    draft.merge(halves.fullWidth(scaleRow + 12), madeAt, { italic: true, horizontal: "left", fontSize: 8, fontColor: "#595959" });
  }

  // Below everything else, so the chart covers no cell: its data block, then the chart itself,
  // on a page of their own so the printed chart is never cut in two by the page under the table.
  const chartTop = scaleRow + 14;
  const chart = writeChartBlock(draft, columns, chartTop, evaluation);

  const layout = draft.toLayout({
    charts: chart ? [chart] : [],
    frozenRows: headerRow + 2,
    print: { ...printSetup("landscape", language, { first: headerRow, last: headerRow + 1 }), rowBreaks: chart ? [chartTop] : [] },
    tabColor: "#1F4E79",
  });
  // The header repeats only when the table runs past its first page: repeated on the chart's page
  // (or on a page of signatures alone) it would head no row of its table (§8.3).
  if (layout.print && pagesTall(layout, lastTableRow) <= 1) layout.print.repeatRows = null;
  return layout;
}

/** The title block's rows, and under the title the lines that apply; returns the last row it wrote. */
function writeTitleBlock(draft: SheetDraft, { inLeft, inRight, fullWidth }: Halves, evaluation: Evaluation, options: BuildOptions): number {
  const language = evaluation.report.language;
  const text = SUMMARY_TEXT[language];
  const settings = evaluation.settings;
  const centered: CellStyle = { horizontal: "center", wrap: true };

  draft.merge(inLeft(ROW.parentBody), upper(settings.parentBody), centered);
  draft.merge(inLeft(ROW.clusterName), upper(settings.clusterName ?? evaluation.report.cluster), { ...centered, bold: true });
  if (text.nationalHeading) {
    draft.merge(inRight(ROW.parentBody), text.nationalHeading.country, { ...centered, bold: true });
    draft.merge(inRight(ROW.clusterName), text.nationalHeading.motto, { ...centered, bold: true, underline: true });
  }
  // The date line: the conference's date, else Settings' `Ngày lập`, else the caller's date (today) (§7.4).
  const date = evaluation.conference?.date ?? settings.datePrepared ?? options.date;
  draft.merge(inRight(ROW.date), dateLine(language, settings.place, date), { ...centered, italic: true });

  draft.merge(fullWidth(ROW.title), text.title, { horizontal: "center", bold: true, fontSize: TITLE_SIZE });
  draft.height(ROW.title, 20);
  draft.merge(fullWidth(ROW.subtitle), clusterAndPeriod(evaluation.report), { horizontal: "center", bold: true });
  // Under the title: the half-year line (no awards are proposed, §7.3) and the provisional line
  // when some unit is not ranked (no awards either, §7.6), each only when it applies.
  let titleRow = ROW.subtitle;
  if (evaluation.report.reviewKind === "half-year") {
    titleRow++;
    draft.merge(fullWidth(titleRow), text.halfYear, { horizontal: "center", bold: true });
  }
  const notRanked = evaluation.report.units.filter((u) => u.status !== "ranked").length;
  if (!evaluation.report.complete) {
    titleRow++;
    draft.merge(fullWidth(titleRow), text.provisional(notRanked), { horizontal: "center", bold: true, fontColor: "#C00000" });
  }
  return titleRow;
}

/** The page explains its own scale, so no one at the conference has to ask. */
function writeScaleLine(draft: SheetDraft, columns: Columns, { fullWidth }: Halves, row: number, evaluation: Evaluation): void {
  const settings = evaluation.settings;
  const scale = scaleLine(evaluation.report.language, {
    maxTotal: evaluation.report.maxTotal,
    bonusMax: bonusMax(evaluation.criteria),
    thresholds: settings.thresholds,
    excellentRequiresAllTargets: settings.excellentRequiresAllTargets,
  });
  draft.merge(fullWidth(row), scale, { italic: true, horizontal: "left", wrap: true });
  draft.height(row, heightForLines(wrappedLines(scale, draft.widthThrough(columns.last))));
}

/** `NGƯỜI LẬP BIỂU` on the left, `TRƯỞNG CỤM THI ĐUA` and the leader unit on the right. */
function writeSignatures(draft: SheetDraft, top: number, { inLeft, inRight }: Halves, evaluation: Evaluation): void {
  const text = SUMMARY_TEXT[evaluation.report.language];
  const settings = evaluation.settings;
  const centered: CellStyle = { horizontal: "center", wrap: true };
  const leader = settings.leaderUnit !== null && settings.leaderUnit.trim() !== "" ? settings.leaderUnit : null;

  draft.merge(inLeft(top), text.preparedByTitle, { ...centered, bold: true });
  draft.merge(inLeft(top + 1), text.signatureNote, { ...centered, italic: true });
  draft.merge(inRight(top), text.leaderTitle, { ...centered, bold: true });
  if (leader) draft.merge(inRight(top + 1), leader, { ...centered, italic: true });
  draft.merge(inRight(leader ? top + 2 : top + 1), text.signatureNote, { ...centered, italic: true });

  // Four empty lines leave room to sign, as on a paper form.
  const namesRow = top + 7;
  const preparedBy = nonBlank(settings.preparedBy);
  const signedBy = nonBlank(settings.signedBy);
  if (preparedBy) draft.merge(inLeft(namesRow), preparedBy, { ...centered, bold: true });
  if (signedBy) draft.merge(inRight(namesRow), signedBy, { ...centered, bold: true });
}

function nonBlank(value: string | null): string | null {
  return value === null || value.trim() === "" ? null : value;
}
