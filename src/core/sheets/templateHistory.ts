// The template's award history and rules sheets (spec §9.2): a title, instruction lines (the
// rules sheet's with one example rule, as text, not data), the header, then the rows carried
// over by `template --from` (none in a new workbook). Not protected: rows are added every year.
import { cellRange } from "../model/address";
import { labelIn, writtenHeader } from "../schema/field";
import { AWARD_RULE_COLUMNS, AWARD_RULE_FIELDS, HISTORY_FIELDS, type AwardRuleColumn, type HistoryColumn } from "../schema/history";
import { AWARD_RULES_SHEET_LABELS, HISTORY_SHEET_LABELS } from "../schema/labels";
import { periodYear } from "../schema/period";
import { readHistory, readTable } from "../read/history";
import { findSheet, IssueList } from "../read/sheet";
import { nameKey } from "../model/text";
import { showValue } from "../model/values";
import { CLASSIFICATION_WORDS, awardName } from "../words/common";
import { AWARD_RULES_SHEET, HISTORY_SHEET } from "../schema/sheets";
import type { Field } from "../schema/field";
import type { CellValue, Evaluation, Language, OutputValue, SheetLayout, WorkbookSnapshot } from "../model/types";
import { printSetup } from "./sheet";
import { InputSheetDraft } from "./inputSheet";
import { HEADER_FILL, TITLE_SIZE } from "./templateParts";
import { HISTORY_TEMPLATE_TEXT } from "../words/history";

/** A row as carried over: its value by column key. */
export type TableLine<K extends string> = Partial<Record<K, OutputValue>>;

/** The row of the header: under the title, the guide and (on the rules sheet) the example. */
export const HISTORY_HEADER_ROW = 4;
/** Rows left open for typing below the carried ones: a year of a large cluster's units, and room. */
const OPEN_ROWS = 300;
const HISTORY_WIDTHS = { year: 8, unit: 36, classification: 16, award: 40, decisionNo: 18 };
const RULE_WIDTHS = { award: 36, years: 14, lowest: 16, needed: 70 };

/**
 * The two sheets, in the template's language, with the lines given under each header.
 * @example buildHistorySheets("vi").map((s) => s.name) → ["Lịch sử thi đua", "Điều kiện khen thưởng"]
 */
export function buildHistorySheets(
  language: Language,
  history: Array<TableLine<HistoryColumn>> = [],
  rules: Array<TableLine<AwardRuleColumn>> = [],
): SheetLayout[] {
  const text = HISTORY_TEMPLATE_TEXT[language];
  return [
    tableSheet(labelIn(HISTORY_SHEET, language), language, HISTORY_FIELDS, HISTORY_WIDTHS, [text.historyTitle, text.historyGuide], history),
    tableSheet(
      labelIn(AWARD_RULES_SHEET, language),
      language,
      AWARD_RULE_FIELDS,
      RULE_WIDTHS,
      [text.rulesTitle, text.rulesGuide, text.rulesExample],
      rules,
    ),
  ];
}

function tableSheet<K extends string>(
  name: string,
  language: Language,
  fields: Record<K, Field>,
  widths: Record<K, number>,
  [title, ...guide]: string[],
  lines: Array<TableLine<K>>,
): SheetLayout {
  const keys = Object.keys(fields) as K[];
  const last = keys.length - 1;
  const draft = new InputSheetDraft(name);
  keys.forEach((key, col) => draft.width(col, widths[key]));
  draft.merge(cellRange(0, 0, 0, last), title, { bold: true, horizontal: "center", fontSize: TITLE_SIZE });
  guide.forEach((line, index) => {
    draft.merge(cellRange(1 + index, 0, 1 + index, last), line, { italic: true, wrap: true, fontSize: 11 });
    draft.height(1 + index, 32);
  });
  draft.setRow(HISTORY_HEADER_ROW, 0, writtenHeader(fields, language), { bold: true, fill: HEADER_FILL, horizontal: "center", wrap: true });
  lines.forEach((line, index) =>
    draft.setRow(
      HISTORY_HEADER_ROW + 1 + index,
      0,
      keys.map((key) => line[key] ?? null),
      { wrap: true },
    ),
  );
  draft.style(cellRange(HISTORY_HEADER_ROW, 0, HISTORY_HEADER_ROW + lines.length, last), { border: true });
  // Protected like every template sheet, its rows open for typing: a row a year per unit.
  draft.unlock(cellRange(HISTORY_HEADER_ROW + 1, 0, HISTORY_HEADER_ROW + lines.length + OPEN_ROWS, last));
  return draft.toLayout({ frozenRows: HISTORY_HEADER_ROW + 1, print: printSetup("landscape", language, null), protect: true });
}

/**
 * The history and rules the next period's workbook carries (`template --from`, §9.2): every row
 * the workbook's history holds, as written, then (at a year review whose period names a year) a
 * row per unit for that year that has none yet: its classification and its decided, else
 * proposed, award, `Số quyết định` blank for the secretary to fill in when the decision comes.
 * The rules' rows are carried as written.
 * @example carriedHistory(workbook, evaluation, "vi").history.at(-1) → { year: 2025, unit: "Nam Sông Mã", classification: "Xuất sắc", award: "Cờ thi đua của UBND tỉnh", decisionNo: null }
 */
export function carriedHistory(
  workbook: WorkbookSnapshot,
  evaluation: Evaluation,
  language: Language,
): { history: Array<TableLine<HistoryColumn>>; awardRules: Array<TableLine<AwardRuleColumn>> } {
  const historySheet = findSheet(workbook, HISTORY_SHEET_LABELS);
  const rulesSheet = findSheet(workbook, AWARD_RULES_SHEET_LABELS);
  const ignored = new IssueList();
  const read = historySheet ? readHistory(historySheet, ignored) : null;
  const history = (read?.written ?? []).map(asOutput);
  const rules = rulesSheet ? (readTable(rulesSheet, AWARD_RULE_COLUMNS, ["award", "years"]) ?? []).map((line) => asOutput(line.cells)) : [];
  const year = evaluation.report.reviewKind === "year" ? periodYear(evaluation.report.period) : null;
  if (year === null) return { history, awardRules: rules };
  const recorded = new Set((read?.records ?? []).filter((record) => record.year === year).map((record) => nameKey(record.unit)));
  evaluation.report.units.forEach((result) => {
    if (recorded.has(nameKey(result.unit)) || recorded.has(nameKey(result.sheet))) return;
    const award = result.decision !== null ? result.decision : result.award;
    history.push({
      year,
      unit: result.unit,
      classification: result.classification ? CLASSIFICATION_WORDS[language][result.classification] : null,
      award: award === "flag" || award === "certificate" ? awardName(award, language, evaluation.settings) : null,
      decisionNo: null,
    });
  });
  return { history, awardRules: rules };
}

/** A row read back, its cells as the template writes them: numbers and text as they are, others as shown. */
function asOutput<K extends string>(cells: Partial<Record<K, CellValue>>): TableLine<K> {
  const line: TableLine<K> = {};
  (Object.keys(cells) as K[]).forEach((key) => {
    const value: CellValue = cells[key] ?? null;
    line[key] = value !== null && typeof value === "object" ? showValue(value) : value;
  });
  return line;
}
