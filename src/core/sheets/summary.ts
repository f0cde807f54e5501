// The Summary sheet: the page the cluster's conference reads and signs (spec §6, design/summary.md).
import { cellRange } from "../model/address";
import type {
  BuildOptions,
  CellRange,
  CellStyle,
  ChartLayout,
  Evaluation,
  Group,
  Language,
  OutputValue,
  Report,
  Settings,
  SheetLayout,
  UnitEvaluation,
  UnitResult,
} from "../model/types";
import { bonusMax, groupMax, regularGroups, shortGroupName } from "./groups";
import { rankChange } from "../read/previous";
import { roundHalfAway } from "../model/values";
import { SheetDraft, heightForLines, printSetup, wrappedLines } from "./sheet";
import {
  CLASSIFICATION_WORDS,
  OUTPUT_SHEET_NAMES,
  RULE_NAMES,
  SUMMARY_TEXT,
  awardName,
  dateLine,
  decisionName,
  formatNumber,
  scaleLine,
} from "../words";

const HEADER_FILL = "#DCE6F1";
const TITLE_SIZE = 13;
const SCORE_FORMAT = "0.00";

/** Rows of the title block; the table header follows. */
const ROW = {
  parentBody: 0,
  clusterName: 1,
  date: 3,
  title: 5,
  subtitle: 6,
} as const;

const WIDTH = {
  no: 6,
  unit: 36,
  group: 14,
  bonus: 10,
  deduction: 10,
  total: 10,
  converted: 10,
  selfTotal: 10,
  difference: 10,
  rank: 10,
  previousRank: 10,
  change: 9,
  classification: 13,
  award: 26,
  decision: 26,
  notes: 28,
} as const;

/** Where each column of the table sits; a column the run does not need is -1 (spec §7.1–7.3). */
interface Columns {
  no: number;
  unit: number;
  groups: Array<{ col: number; group: Group }>;
  /** `Điểm quy đổi`: only when some unit has a criterion that does not apply. */
  converted: number;
  bonus: number;
  deduction: number;
  total: number;
  /** `Tự chấm` and `Chênh lệch`: only when some unit has a verified or approved value. */
  selfTotal: number;
  difference: number;
  rank: number;
  /** `Hạng kỳ trước` and `Thay đổi`: only when last period's summary was given (issue 13). */
  previousRank: number;
  change: number;
  classification: number;
  /** `Đề nghị khen thưởng`: not at a half-year review, where no award is proposed. */
  award: number;
  /** `Kết quả bình xét`: only when the conference took some decision (§7.4). */
  decision: number;
  notes: number;
  last: number;
}

function columnsFor(
  groups: Group[],
  need: { converted: boolean; selfTotal: boolean; award: boolean; decision: boolean; previous: boolean },
): Columns {
  let next = 2 + groups.length;
  const take = (wanted = true) => (wanted ? next++ : -1);
  const converted = take(need.converted);
  const bonus = take();
  const deduction = take();
  const total = take();
  const selfTotal = take(need.selfTotal);
  const difference = take(need.selfTotal);
  const rank = take();
  const previousRank = take(need.previous);
  const change = take(need.previous);
  const classification = take();
  const award = take(need.award);
  const decision = take(need.decision);
  const notes = take();
  return {
    no: 0,
    unit: 1,
    groups: groups.map((group, index) => ({ col: 2 + index, group })),
    converted,
    bonus,
    deduction,
    total,
    selfTotal,
    difference,
    rank,
    previousRank,
    change,
    classification,
    award,
    decision,
    notes,
    last: notes,
  };
}

/**
 * The Summary sheet of an evaluation, in the report's language: title block, ranked table,
 * scale line and signature blocks, ready for A4 landscape.
 * @example buildSummarySheet(evaluation, { date: { year: 2024, month: 7, day: 24 } }).name === "Tổng hợp"
 */
export function buildSummarySheet(evaluation: Evaluation, options: BuildOptions): SheetLayout {
  const language = evaluation.report.language;
  const text = SUMMARY_TEXT[language];
  const settings = evaluation.settings;
  const units = evaluation.report.units;
  const columns = columnsFor(regularGroups(evaluation.criteria), {
    converted: units.some((u) => u.notApplicable.length > 0),
    selfTotal: units.some((u) => u.review !== "none"),
    award: evaluation.report.reviewKind === "year",
    previous: evaluation.previous !== undefined,
    decision: evaluation.conference?.decided === true,
  });
  const draft = new SheetDraft(OUTPUT_SHEET_NAMES[language].summary);

  setColumnWidths(draft, columns);

  // Title block: the issuing body on the left, the national heading and date on the right.
  const left = cellRange(0, 0, 0, Math.min(2, columns.last));
  const right = cellRange(0, columns.last - 2, 0, columns.last);
  const centered: CellStyle = { horizontal: "center", wrap: true };
  const inLeft = (row: number) => cellRange(row, left.start.col, row, left.end.col);
  const inRight = (row: number) => cellRange(row, right.start.col, row, right.end.col);

  draft.merge(inLeft(ROW.parentBody), upper(settings.parentBody), centered);
  draft.merge(inLeft(ROW.clusterName), upper(settings.clusterName ?? evaluation.report.cluster), { ...centered, bold: true });
  if (text.nationalHeading) {
    draft.merge(inRight(ROW.parentBody), text.nationalHeading.country, { ...centered, bold: true });
    draft.merge(inRight(ROW.clusterName), text.nationalHeading.motto, { ...centered, bold: true, underline: true });
  }
  // The date line: the conference's date, else Settings' `Ngày lập`, else the caller's date (today) (§7.4).
  const date = evaluation.conference?.date ?? settings.datePrepared ?? options.date;
  draft.merge(inRight(ROW.date), dateLine(language, settings.place, date), { ...centered, italic: true });

  const fullWidth = (row: number) => cellRange(row, 0, row, columns.last);
  draft.merge(fullWidth(ROW.title), text.title, { horizontal: "center", bold: true, fontSize: TITLE_SIZE });
  draft.height(ROW.title, 20);
  draft.merge(fullWidth(ROW.subtitle), subtitle(evaluation), { horizontal: "center", bold: true });
  // Under the title: the half-year line (no awards are proposed, §7.3) and the provisional line
  // when some unit is not ranked (no awards either, §7.6), each only when it applies.
  let titleRow = ROW.subtitle;
  if (evaluation.report.reviewKind === "half-year") {
    titleRow++;
    draft.merge(fullWidth(titleRow), text.halfYear, { horizontal: "center", bold: true });
  }
  const notRanked = units.filter((u) => u.status !== "ranked").length;
  if (!evaluation.report.complete) {
    titleRow++;
    draft.merge(fullWidth(titleRow), text.provisional(notRanked), { horizontal: "center", bold: true, fontColor: "#C00000" });
  }
  const headerRow = titleRow + 2;

  writeHeader(draft, columns, language, headerRow);
  const firstDataRow = headerRow + 2;
  evaluation.units.forEach((unit, index) => writeUnitRow(draft, columns, firstDataRow + index, index, unit, evaluation));
  const lastTableRow = firstDataRow + evaluation.units.length - 1;
  draft.style(cellRange(headerRow, 0, Math.max(lastTableRow, headerRow + 1), columns.last), { border: true });

  // The page explains its own scale, so no one at the conference has to ask.
  const scaleRow = Math.max(lastTableRow, headerRow + 1) + 2;
  const scale = scaleLine(language, {
    maxTotal: evaluation.report.maxTotal,
    bonusMax: bonusMax(evaluation.criteria),
    thresholds: settings.thresholds,
    excellentRequiresAllTargets: settings.excellentRequiresAllTargets,
  });
  draft.merge(fullWidth(scaleRow), scale, { italic: true, horizontal: "left", wrap: true });
  draft.height(scaleRow, heightForLines(wrappedLines(scale, totalWidth(draft, columns))));

  writeSignatures(draft, scaleRow + 2, inLeft, inRight, evaluation);
  // Below the signatures, small: when the summary was made and from which data (issue 13), so two
  // printouts can be told apart and Validate can tell a summary made from other data.
  if (evaluation.fingerprint) {
    draft.merge(fullWidth(scaleRow + 12), text.madeAt(options.date, options.time ?? null, evaluation.fingerprint), {
      italic: true,
      horizontal: "left",
      fontSize: 8,
      fontColor: "#595959",
    });
  }

  // Below everything else, so the chart covers no cell: its data block, then the chart itself,
  // on a page of their own so the printed chart is never cut in two by the page under the table.
  const chartTop = scaleRow + 14;
  const chart = writeChartBlock(draft, columns, chartTop, evaluation);

  return draft.toLayout({
    charts: chart ? [chart] : [],
    frozenRows: headerRow + 2,
    print: { ...printSetup("landscape", language, { first: headerRow, last: headerRow + 1 }), rowBreaks: chart ? [chartTop] : [] },
    tabColor: "#1F4E79",
  });
}

function setColumnWidths(draft: SheetDraft, columns: Columns): void {
  draft.width(columns.no, WIDTH.no).width(columns.unit, WIDTH.unit);
  for (const { col } of columns.groups) draft.width(col, WIDTH.group);
  const widths: Array<[number, number]> = [
    [columns.converted, WIDTH.converted],
    [columns.bonus, WIDTH.bonus],
    [columns.deduction, WIDTH.deduction],
    [columns.total, WIDTH.total],
    [columns.selfTotal, WIDTH.selfTotal],
    [columns.difference, WIDTH.difference],
    [columns.rank, WIDTH.rank],
    [columns.previousRank, WIDTH.previousRank],
    [columns.change, WIDTH.change],
    [columns.classification, WIDTH.classification],
    [columns.award, WIDTH.award],
    [columns.decision, WIDTH.decision],
    [columns.notes, WIDTH.notes],
  ];
  for (const [col, width] of widths) if (col >= 0) draft.width(col, width);
}

function totalWidth(draft: SheetDraft, columns: Columns): number {
  let width = 0;
  for (let col = 0; col <= columns.last; col++) width += draft.widthOf(col);
  return width;
}

/** Upper case for headings (Decree 30 writes body names in capitals); blank stays blank. */
function upper(value: string | null): string | null {
  return value === null || value.trim() === "" ? null : value.trim().toLocaleUpperCase("vi");
}

/** `Cụm thi đua số 18 — 6 tháng đầu năm 2024`, or whichever half is known. */
function subtitle(evaluation: Evaluation): string | null {
  const parts = [evaluation.report.cluster, evaluation.report.period].filter((part): part is string => part !== null && part.trim() !== "");
  return parts.length === 0 ? null : parts.join(" — ");
}

/** Two header rows: the groups under one heading, every other heading merged down both rows. */
function writeHeader(draft: SheetDraft, columns: Columns, language: Language, top: number): void {
  const text = SUMMARY_TEXT[language];
  const style: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true };
  const mergedDown = (col: number, label: string) => draft.merge(cellRange(top, col, top + 1, col), label, style);

  mergedDown(columns.no, text.columns.no);
  mergedDown(columns.unit, text.columns.unit);
  if (columns.groups.length > 0) {
    const first = columns.groups[0].col;
    const last = columns.groups[columns.groups.length - 1].col;
    draft.merge(cellRange(top, first, top, last), text.groupsHeading, style);
  }
  let groupLines = 1;
  for (const { col, group } of columns.groups) {
    const label = groupHeading(group, language);
    draft.set(top + 1, col, label, style);
    groupLines = Math.max(groupLines, wrappedLines(label, WIDTH.group));
  }
  if (columns.converted >= 0) mergedDown(columns.converted, text.columns.converted);
  mergedDown(columns.bonus, text.columns.bonus);
  mergedDown(columns.deduction, text.columns.deduction);
  mergedDown(columns.total, text.columns.total);
  if (columns.selfTotal >= 0) {
    mergedDown(columns.selfTotal, text.columns.selfTotal);
    mergedDown(columns.difference, text.columns.difference);
  }
  mergedDown(columns.rank, text.columns.rank);
  if (columns.previousRank >= 0) {
    mergedDown(columns.previousRank, text.columns.previousRank);
    mergedDown(columns.change, text.columns.change);
  }
  mergedDown(columns.classification, text.columns.classification);
  if (columns.award >= 0) mergedDown(columns.award, text.columns.award);
  if (columns.decision >= 0) mergedDown(columns.decision, text.columns.decision);
  mergedDown(columns.notes, text.columns.notes);
  draft.height(top, heightForLines(1));
  draft.height(top + 1, heightForLines(Math.max(2, groupLines)));
}

/**
 * A group column heading: code, short name and maximum.
 * @example groupHeading(groupI, "vi") === "I. Thực hiện nhiệm vụ sản xuất kinh doanh (50)"
 */
function groupHeading(group: Group, language: Language): string {
  const name = shortGroupName(group.name);
  const max = formatNumber(groupMax(group), language);
  return name === "" ? `${group.code} (${max})` : `${group.code}. ${name} (${max})`;
}

function writeUnitRow(draft: SheetDraft, columns: Columns, row: number, index: number, unit: UnitEvaluation, evaluation: Evaluation): void {
  const language = evaluation.report.language;
  const text = SUMMARY_TEXT[language];
  const result = unit.result;
  const ranked = result.status === "ranked";
  const score: CellStyle = { numberFormat: SCORE_FORMAT, horizontal: "center" };

  draft.set(row, columns.no, index + 1, { horizontal: "center" });
  draft.set(row, columns.unit, result.unit, { horizontal: "left", wrap: true });
  for (const { col, group } of columns.groups) {
    draft.set(row, col, ranked ? (result.groups?.[group.code] ?? null) : null, score);
  }
  if (columns.converted >= 0) draft.set(row, columns.converted, ranked ? result.converted : null, score);
  draft.set(row, columns.bonus, ranked ? result.bonus : null, score);
  draft.set(row, columns.deduction, ranked ? result.deduction : null, score);
  draft.set(row, columns.total, ranked ? result.total : null, { ...score, bold: true });
  if (columns.selfTotal >= 0) {
    const difference = ranked && result.total !== null && result.selfTotal !== null ? roundHalfAway(result.total - result.selfTotal) : null;
    draft.set(row, columns.selfTotal, ranked ? result.selfTotal : null, score);
    draft.set(row, columns.difference, difference, score);
  }
  const rank: OutputValue = ranked ? result.rank : text.notRanked;
  draft.set(row, columns.rank, rank, { horizontal: "center", wrap: true, italic: !ranked });
  if (columns.previousRank >= 0) {
    const previous = result.previous ?? null;
    draft.set(row, columns.previousRank, previous?.rank ?? null, { horizontal: "center" });
    draft.set(row, columns.change, changeText(result, previous, language), { horizontal: "center" });
  }
  const classification = ranked && result.classification ? CLASSIFICATION_WORDS[language][result.classification] : null;
  draft.set(row, columns.classification, classification, { horizontal: "center", wrap: true });
  const award = ranked && result.award ? awardName(result.award, language, evaluation.settings) : null;
  if (columns.award >= 0) draft.set(row, columns.award, award, { horizontal: "left", wrap: true });
  const decision = result.decision ? decisionName(result.decision, result.votes, language, evaluation.settings) : null;
  if (columns.decision >= 0) draft.set(row, columns.decision, decision, { horizontal: "left", wrap: true });
  const notes = unitNotes(unit, language, evaluation.settings, evaluation.report);
  draft.set(row, columns.notes, notes, { horizontal: "left", wrap: true });

  const lines = Math.max(
    wrappedLines(result.unit, WIDTH.unit),
    award && columns.award >= 0 ? wrappedLines(award, WIDTH.award) : 1,
    decision && columns.decision >= 0 ? wrappedLines(decision, WIDTH.decision) : 1,
    notes ? wrappedLines(notes, WIDTH.notes) : 1,
    typeof rank === "string" ? wrappedLines(rank, WIDTH.rank) : 1,
  );
  draft.height(row, Math.max(22, heightForLines(lines)));
}

/**
 * A rank's move since last period: `▲2`, `▼1`, `=`, or `mới` / `new` for a unit last period did
 * not list; blank when either rank is missing.
 * @example changeText({ rank: 1 }, { rank: 3, total: 90 }, "vi") === "▲2"
 */
function changeText(result: UnitResult, previous: { rank: number | null } | null, language: Language): string | null {
  const change = rankChange(result, previous);
  if (change === null) return null;
  if (change.kind === "new") return SUMMARY_TEXT[language].newUnit;
  return change.kind === "same" ? "=" : `${change.kind === "up" ? "▲" : "▼"}${change.by}`;
}

/**
 * The notes cell, kept short (§7.6): why a unit is not ranked (its first error in words, with
 * its cell and the count of the others), ties, what holds it back from an award or from
 * Excellent, the conversion of its points, an award awaiting verification. Warning counts are
 * left to the Issues sheet.
 * @example unitNotes(unitMissingItsSheet, "vi") === 'thiếu trang tính "Sông Chu" (Thiết lập!C24); 1 lỗi khác'
 */
export function unitNotes(
  unit: UnitEvaluation,
  language: Language,
  settings?: Settings,
  report?: Pick<Report, "reviewKind" | "complete">,
): string | null {
  const text = SUMMARY_TEXT[language];
  const result = unit.result;
  const parts: string[] = [];
  if (result.status === "not-ranked") {
    const firstError = unit.issues.find((issue) => issue.severity === "error");
    const errorCount = Math.max(result.errors, firstError ? 1 : 0);
    if (errorCount === 0 || !firstError) {
      parts.push(errorCount === 0 ? text.setupInvalid : text.errors(errorCount));
    } else {
      const named = firstError.rule === "missing-sheet" ? ` "${result.sheet}"` : "";
      const sheet = firstError.sheet !== null && firstError.sheet !== result.sheet ? `${firstError.sheet}!` : "";
      const where = firstError.cell ? ` (${sheet}${firstError.cell})` : "";
      parts.push(`${RULE_NAMES[language][firstError.rule]}${named}${where}`);
      if (errorCount > 1) parts.push(text.otherErrors(errorCount - 1));
    }
  } else {
    if (result.tied) parts.push(text.tied);
    parts.push(...standingNotes(result, language, settings, report));
    if (result.notApplicable.length > 0 && result.groups) {
      let earned = 0;
      for (const code of Object.keys(result.groups)) earned += result.groups[code];
      parts.push(text.convertedFrom(formatNumber(earned, language), formatNumber(result.applicableMax, language)));
    }
    const awaiting = settings?.verificationRequired && result.award !== null && unit.issues.some((i) => i.rule === "not-verified");
    if (awaiting) parts.push(text.awaitingVerification);
  }
  return parts.length === 0 ? null : parts.join("; ");
}

/**
 * What holds a ranked unit back from an award or from Excellent: a disqualifying criterion, the
 * award quota used up, or (with the settings) a missed plan target on an Excellent total. The
 * pane shows these too.
 * @example standingNotes({ …, total: 95, allTargetsMet: false }, "en", settings) // ["Excellent on points, but …"]
 */
export function standingNotes(
  result: UnitResult,
  language: Language,
  settings?: Settings,
  report?: Pick<Report, "reviewKind" | "complete">,
): string[] {
  const text = SUMMARY_TEXT[language];
  const notes: string[] = [];
  if (result.disqualified) notes.push(text.excludedFromAwards);
  const excellentOnPoints = settings !== undefined && result.total !== null && result.total >= settings.thresholds.excellent - 1e-9;
  if (excellentOnPoints && !result.disqualified && settings.excellentRequiresAllTargets && !result.allTargetsMet)
    notes.push(text.targetsNotMet);
  // An Excellent unit with no award where awards were handed out: the quotas ran out (§7.6).
  const awardsGiven = report !== undefined && report.reviewKind === "year" && report.complete;
  if (awardsGiven && result.classification === "excellent" && result.award === null) notes.push(text.quotaUsed);
  return notes;
}

/** `NGƯỜI LẬP BIỂU` on the left, `TRƯỞNG CỤM THI ĐUA` and the leader unit on the right. */
function writeSignatures(
  draft: SheetDraft,
  top: number,
  inLeft: (row: number) => CellRange,
  inRight: (row: number) => CellRange,
  evaluation: Evaluation,
): void {
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

/** The name the Summary's chart goes by among the sheet's charts, so Generate can replace its own. */
export const SUMMARY_CHART_NAME = "ThiDua_Chart";

/**
 * Rows the chart takes below its data block: room for each unit's bar and its name, at least
 * about 300 pt at the default row height, at most what leaves the block and chart on one page.
 */
function chartRows(units: number): number {
  return Math.min(40, Math.max(20, 8 + 2 * units));
}

/**
 * The bar chart of the ranked units' points (issue 13) and the block of cells it is drawn from:
 * a names row (group names, then the conversion when points were converted, bonus and deduction)
 * over one row per ranked unit in rank order, the deduction negative (as 0 − x, so a unit without
 * one shows 0, not -0) so it stacks left of zero and each bar ends at the unit's total. The block's top-left cell stays blank, so Excel reads the
 * first row as series names and the first column as categories. The block lines up under the
 * table's unit and group columns; the chart is drawn below it over empty cells. Null when no unit
 * is ranked (there would be nothing to draw).
 */
function writeChartBlock(draft: SheetDraft, columns: Columns, top: number, evaluation: Evaluation): ChartLayout | null {
  const language = evaluation.report.language;
  const text = SUMMARY_TEXT[language];
  const ranked = evaluation.units.map((u) => u.result).filter((r) => r.status === "ranked" && r.total !== null);
  if (ranked.length === 0) return null;
  const converted = columns.converted >= 0;
  type Role = ChartLayout["series"][number]["role"];
  const series: Array<{ role: Role; name: string; value: (r: UnitResult) => number | null }> = [
    ...columns.groups.map(({ group }) => ({
      role: "group" as Role,
      name: shortGroupName(group.name) === "" ? group.code : `${group.code}. ${shortGroupName(group.name)}`,
      value: (r: UnitResult) => r.groups?.[group.code] ?? null,
    })),
    ...(converted ? [{ role: "conversion" as Role, name: text.chart.conversion, value: (r: UnitResult) => conversionOf(r) }] : []),
    { role: "bonus", name: text.columns.bonus, value: (r: UnitResult) => r.bonus },
    { role: "deduction", name: text.columns.deduction, value: (r: UnitResult) => (r.deduction === null ? null : 0 - r.deduction) },
  ];
  const first = columns.unit;
  const last = first + series.length;
  const namesRow = top + 1;
  const firstRow = namesRow + 1;
  const lastRow = firstRow + ranked.length - 1;

  draft.merge(cellRange(top, first, top, last), text.chart.dataHeading, { bold: true, horizontal: "left" });
  const header: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true };
  draft.set(namesRow, first, null, header);
  let lines = 1;
  series.forEach((s, i) => {
    draft.set(namesRow, first + 1 + i, s.name, header);
    lines = Math.max(lines, wrappedLines(s.name, draft.widthOf(first + 1 + i)));
  });
  draft.height(namesRow, heightForLines(lines));
  ranked.forEach((result, i) => {
    draft.set(firstRow + i, first, result.unit, { horizontal: "left" });
    series.forEach((s, j) => draft.set(firstRow + i, first + 1 + j, s.value(result), { numberFormat: SCORE_FORMAT, horizontal: "center" }));
  });
  draft.style(cellRange(namesRow, first, lastRow, last), { border: true });

  return {
    kind: "bar-stacked",
    name: SUMMARY_CHART_NAME,
    title: text.chart.title,
    source: cellRange(namesRow, first, lastRow, last),
    categories: cellRange(firstRow, first, lastRow, first),
    series: series.map((s, i) => ({
      role: s.role,
      name: { row: namesRow, col: first + 1 + i },
      values: cellRange(firstRow, first + 1 + i, lastRow, first + 1 + i),
    })),
    position: cellRange(lastRow + 2, first, lastRow + 1 + chartRows(ranked.length), last),
    reverseCategories: true,
  };
}

/**
 * What converting a unit's points adds to its group points (negative when it takes away), so the
 * stacked bar still ends at its total; zero when nothing was converted.
 */
function conversionOf(result: UnitResult): number | null {
  if (result.converted === null || result.groups === undefined || result.groups === null) return null;
  let earned = 0;
  for (const code of Object.keys(result.groups)) earned += result.groups[code];
  return roundHalfAway(result.converted - earned);
}
