// The Summary's table (spec §6): which columns a run needs, their widths and two header rows,
// and one row per unit in report order.
import { cellRange } from "../model/address";
import type { CellStyle, Evaluation, Group, Language, OutputValue, UnitEvaluation, UnitResult } from "../model/types";
import { groupMax, shortGroupName } from "./groups";
import { rankChange } from "../read/previous";
import { roundHalfAway } from "../model/values";
import { SheetDraft, heightForLines, scoreCellStyle, wrappedLines } from "./sheet";
import { CLASSIFICATION_WORDS, SUMMARY_TEXT, awardName, decisionName, formatNumber } from "../words";
import { unitNotes } from "./summaryNotes";

/** The fill of header cells, the table's and the chart block's. */
export const HEADER_FILL = "#DCE6F1";

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
  eligible: 26,
  notes: 28,
} as const;

/** Where each column of the table sits; a column the run does not need is -1 (spec §7.1–7.3). */
export interface Columns {
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
  /** `Đủ điều kiện đề nghị`: only when the rules sheet has rows (§9.2). */
  eligible: number;
  notes: number;
  last: number;
}

/**
 * The columns of one cell each after the groups, left to right: each takes its width and its
 * heading (merged down both header rows) from its key, and is left out when the run does not need it.
 */
const SINGLE_COLUMNS = [
  "converted",
  "bonus",
  "deduction",
  "total",
  "selfTotal",
  "difference",
  "rank",
  "previousRank",
  "change",
  "classification",
  "award",
  "decision",
  "eligible",
  "notes",
] as const;

export function columnsFor(
  groups: Group[],
  need: { converted: boolean; selfTotal: boolean; award: boolean; decision: boolean; previous: boolean; eligible?: boolean },
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
  const eligible = take(need.eligible === true);
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
    eligible,
    notes,
    last: notes,
  };
}

export function setColumnWidths(draft: SheetDraft, columns: Columns): void {
  draft.width(columns.no, WIDTH.no).width(columns.unit, WIDTH.unit);
  // forEach, not for…of: the ribbon's IE11 bundle spells an iterator out for each for…of.
  columns.groups.forEach(({ col }) => draft.width(col, WIDTH.group));
  SINGLE_COLUMNS.forEach((key) => columns[key] >= 0 && draft.width(columns[key], WIDTH[key]));
}

/** Two header rows: the groups under one heading, every other heading merged down both rows. */
export function writeHeader(draft: SheetDraft, columns: Columns, language: Language, top: number): void {
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
  columns.groups.forEach(({ col, group }) => {
    const label = groupHeading(group, language);
    draft.set(top + 1, col, label, style);
    groupLines = Math.max(groupLines, wrappedLines(label, WIDTH.group));
  });
  SINGLE_COLUMNS.forEach((key) => columns[key] >= 0 && mergedDown(columns[key], text.columns[key]));
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

/**
 * A unit row's cell styles, made once: SheetDraft knows a style it met lately by identity, where
 * a fresh literal per cell is compared property by property (a thousand rows of them).
 */
const ROW_STYLE = {
  centre: { horizontal: "center" },
  left: { horizontal: "left", wrap: true },
  centreWrap: { horizontal: "center", wrap: true },
  rank: { horizontal: "center", wrap: true, italic: false },
  notRanked: { horizontal: "center", wrap: true, italic: true },
  total: { vi: { ...scoreCellStyle("vi"), bold: true }, en: { ...scoreCellStyle("en"), bold: true } },
} satisfies Record<string, CellStyle | Record<Language, CellStyle>>;

export function writeUnitRow(
  draft: SheetDraft,
  columns: Columns,
  row: number,
  index: number,
  unit: UnitEvaluation,
  evaluation: Evaluation,
): void {
  const language = evaluation.report.language;
  const text = SUMMARY_TEXT[language];
  const result = unit.result;
  const ranked = result.status === "ranked";
  const score = scoreCellStyle(language);

  draft.set(row, columns.no, index + 1, ROW_STYLE.centre);
  draft.set(row, columns.unit, result.unit, ROW_STYLE.left);
  columns.groups.forEach(({ col, group }) => draft.set(row, col, ranked ? (result.groups?.[group.code] ?? null) : null, score));
  if (columns.converted >= 0) draft.set(row, columns.converted, ranked ? result.converted : null, score);
  draft.set(row, columns.bonus, ranked ? result.bonus : null, score);
  draft.set(row, columns.deduction, ranked ? result.deduction : null, score);
  draft.set(row, columns.total, ranked ? result.total : null, ROW_STYLE.total[language]);
  if (columns.selfTotal >= 0) {
    const difference = ranked && result.total !== null && result.selfTotal !== null ? roundHalfAway(result.total - result.selfTotal) : null;
    draft.set(row, columns.selfTotal, ranked ? result.selfTotal : null, score);
    draft.set(row, columns.difference, difference, score);
  }
  const rank: OutputValue = ranked ? result.rank : text.notRanked;
  draft.set(row, columns.rank, rank, ranked ? ROW_STYLE.rank : ROW_STYLE.notRanked);
  if (columns.previousRank >= 0) {
    const previous = result.previous ?? null;
    draft.set(row, columns.previousRank, previous?.rank ?? null, ROW_STYLE.centre);
    draft.set(row, columns.change, changeText(result, previous, language), ROW_STYLE.centre);
  }
  const classification = ranked && result.classification ? CLASSIFICATION_WORDS[language][result.classification] : null;
  draft.set(row, columns.classification, classification, ROW_STYLE.centreWrap);
  const award = ranked && result.award ? awardName(result.award, language, evaluation.settings) : null;
  if (columns.award >= 0) draft.set(row, columns.award, award, ROW_STYLE.left);
  const decision = result.decision ? decisionName(result.decision, result.votes, language, evaluation.settings) : null;
  if (columns.decision >= 0) draft.set(row, columns.decision, decision, ROW_STYLE.left);
  const eligible = result.eligible.length > 0 ? result.eligible.join("; ") : null;
  if (columns.eligible >= 0) draft.set(row, columns.eligible, eligible, ROW_STYLE.left);
  const notes = unitNotes(unit, language, evaluation.settings, evaluation.report);
  draft.set(row, columns.notes, notes, ROW_STYLE.left);

  const lines = Math.max(
    wrappedLines(result.unit, WIDTH.unit),
    award && columns.award >= 0 ? wrappedLines(award, WIDTH.award) : 1,
    decision && columns.decision >= 0 ? wrappedLines(decision, WIDTH.decision) : 1,
    eligible && columns.eligible >= 0 ? wrappedLines(eligible, WIDTH.eligible) : 1,
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
