// The Summary sheet: the page the cluster's conference reads and signs (spec §6, design/summary.md).
import { cellRange } from "../address";
import type {
  BuildOptions,
  CellRange,
  CellStyle,
  Evaluation,
  Group,
  Language,
  OutputValue,
  Settings,
  SheetLayout,
  UnitEvaluation,
  UnitResult,
} from "../types";
import { bonusMax, groupMax, regularGroups, shortGroupName } from "./groups";
import { SheetDraft, heightForLines, printSetup, wrappedLines } from "./sheet";
import { AWARD_WORDS, CLASSIFICATION_WORDS, OUTPUT_SHEET_NAMES, RULE_NAMES, SUMMARY_TEXT, dateLine, formatNumber, scaleLine } from "./text";

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
  header: 8,
} as const;

const WIDTH = {
  no: 6,
  unit: 36,
  group: 14,
  bonus: 10,
  deduction: 10,
  total: 10,
  rank: 10,
  classification: 13,
  award: 26,
  notes: 28,
} as const;

/** Where each column of the table sits, worked out once from the number of regular groups. */
interface Columns {
  no: number;
  unit: number;
  groups: Array<{ col: number; group: Group }>;
  bonus: number;
  deduction: number;
  total: number;
  rank: number;
  classification: number;
  award: number;
  notes: number;
  last: number;
}

function columnsFor(groups: Group[]): Columns {
  const afterGroups = 2 + groups.length;
  return {
    no: 0,
    unit: 1,
    groups: groups.map((group, index) => ({ col: 2 + index, group })),
    bonus: afterGroups,
    deduction: afterGroups + 1,
    total: afterGroups + 2,
    rank: afterGroups + 3,
    classification: afterGroups + 4,
    award: afterGroups + 5,
    notes: afterGroups + 6,
    last: afterGroups + 6,
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
  const columns = columnsFor(regularGroups(evaluation.criteria));
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
  draft.merge(inRight(ROW.date), dateLine(language, settings.place, options.date), { ...centered, italic: true });

  const fullWidth = (row: number) => cellRange(row, 0, row, columns.last);
  draft.merge(fullWidth(ROW.title), text.title, { horizontal: "center", bold: true, fontSize: TITLE_SIZE });
  draft.height(ROW.title, 20);
  draft.merge(fullWidth(ROW.subtitle), subtitle(evaluation), { horizontal: "center", bold: true });

  writeHeader(draft, columns, language);
  const firstDataRow = ROW.header + 2;
  evaluation.units.forEach((unit, index) => writeUnitRow(draft, columns, firstDataRow + index, index, unit, evaluation));
  const lastTableRow = firstDataRow + evaluation.units.length - 1;
  draft.style(cellRange(ROW.header, 0, Math.max(lastTableRow, ROW.header + 1), columns.last), { border: true });

  // The page explains its own scale, so no one at the conference has to ask.
  const scaleRow = Math.max(lastTableRow, ROW.header + 1) + 2;
  const scale = scaleLine(language, {
    maxTotal: evaluation.report.maxTotal,
    bonusMax: bonusMax(evaluation.criteria),
    thresholds: settings.thresholds,
    excellentRequiresAllTargets: settings.excellentRequiresAllTargets,
  });
  draft.merge(fullWidth(scaleRow), scale, { italic: true, horizontal: "left", wrap: true });
  draft.height(scaleRow, heightForLines(wrappedLines(scale, totalWidth(draft, columns))));

  writeSignatures(draft, scaleRow + 2, inLeft, inRight, evaluation);

  return draft.toLayout({
    frozenRows: ROW.header + 2,
    print: printSetup("landscape", language, { first: ROW.header, last: ROW.header + 1 }),
    tabColor: "#1F4E79",
  });
}

function setColumnWidths(draft: SheetDraft, columns: Columns): void {
  draft.width(columns.no, WIDTH.no).width(columns.unit, WIDTH.unit);
  for (const { col } of columns.groups) draft.width(col, WIDTH.group);
  draft
    .width(columns.bonus, WIDTH.bonus)
    .width(columns.deduction, WIDTH.deduction)
    .width(columns.total, WIDTH.total)
    .width(columns.rank, WIDTH.rank)
    .width(columns.classification, WIDTH.classification)
    .width(columns.award, WIDTH.award)
    .width(columns.notes, WIDTH.notes);
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
function writeHeader(draft: SheetDraft, columns: Columns, language: Language): void {
  const text = SUMMARY_TEXT[language];
  const top = ROW.header;
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
  mergedDown(columns.bonus, text.columns.bonus);
  mergedDown(columns.deduction, text.columns.deduction);
  mergedDown(columns.total, text.columns.total);
  mergedDown(columns.rank, text.columns.rank);
  mergedDown(columns.classification, text.columns.classification);
  mergedDown(columns.award, text.columns.award);
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
  draft.set(row, columns.bonus, ranked ? result.bonus : null, score);
  draft.set(row, columns.deduction, ranked ? result.deduction : null, score);
  draft.set(row, columns.total, ranked ? result.total : null, { ...score, bold: true });
  const rank: OutputValue = ranked ? result.rank : text.notRanked;
  draft.set(row, columns.rank, rank, { horizontal: "center", wrap: true, italic: !ranked });
  const classification = ranked && result.classification ? CLASSIFICATION_WORDS[language][result.classification] : null;
  draft.set(row, columns.classification, classification, { horizontal: "center", wrap: true });
  const award = ranked && result.award ? AWARD_WORDS[language][result.award] : null;
  draft.set(row, columns.award, award, { horizontal: "left", wrap: true });
  const notes = unitNotes(unit, language, evaluation.settings);
  draft.set(row, columns.notes, notes, { horizontal: "left", wrap: true });

  const lines = Math.max(
    wrappedLines(result.unit, WIDTH.unit),
    award ? wrappedLines(award, WIDTH.award) : 1,
    notes ? wrappedLines(notes, WIDTH.notes) : 1,
    typeof rank === "string" ? wrappedLines(rank, WIDTH.rank) : 1,
  );
  draft.height(row, Math.max(22, heightForLines(lines)));
}

/**
 * The notes cell: why a unit is not ranked (error count and the first error), ties, exclusion
 * from awards and warnings, so the table answers the questions a conference asks.
 * With the settings, a unit held back from Excellent only by a missed plan target says so.
 * @example unitNotes(unitWithTwoErrors, "vi") === "2 lỗi: thiếu minh chứng (I34)…"
 */
export function unitNotes(unit: UnitEvaluation, language: Language, settings?: Settings): string | null {
  const text = SUMMARY_TEXT[language];
  const result = unit.result;
  const parts: string[] = [];
  if (result.status === "not-ranked") {
    const firstError = unit.issues.find((issue) => issue.severity === "error");
    const errorCount = Math.max(result.errors, firstError ? 1 : 0);
    if (errorCount === 0) {
      parts.push(text.setupInvalid);
    } else if (firstError) {
      const where = firstError.cell ? ` (${firstError.cell})` : "";
      const more = errorCount > 1 ? "…" : "";
      parts.push(`${text.errors(errorCount)}: ${RULE_NAMES[language][firstError.rule]}${where}${more}`);
    } else {
      parts.push(text.errors(errorCount));
    }
  } else {
    if (result.tied) parts.push(text.tied);
    parts.push(...standingNotes(result, language, settings));
  }
  if (result.warnings > 0) parts.push(text.warnings(result.warnings));
  return parts.length === 0 ? null : parts.join("; ");
}

/**
 * What holds a ranked unit back from an award or from Excellent: a disqualifying criterion, or
 * (with the settings) a missed plan target on an Excellent total. The pane shows these too.
 * @example standingNotes({ …, total: 95, allTargetsMet: false }, "en", settings) // ["Excellent on points, but …"]
 */
export function standingNotes(result: UnitResult, language: Language, settings?: Settings): string[] {
  const text = SUMMARY_TEXT[language];
  const notes: string[] = [];
  if (result.disqualified) notes.push(text.excludedFromAwards);
  const excellentOnPoints = settings !== undefined && result.total !== null && result.total >= settings.thresholds.excellent;
  if (excellentOnPoints && !result.disqualified && settings.excellentRequiresAllTargets && !result.allTargetsMet)
    notes.push(text.targetsNotMet);
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
