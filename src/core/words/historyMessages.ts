// The award history's messages (spec §9.2), both languages: `history-invalid` names the sheet,
// the column and what to write; `history-gap` the unit and the years its history lacks.
import type { Language } from "../model/types";
import { labelIn, labelsIn } from "../schema/field";
import { AWARD_RULE_FIELDS, CLASSIFICATION_FIELDS, EXAMPLE_RULE, HISTORY_FIELDS } from "../schema/history";
import { HISTORY_SHEET } from "../schema/sheets";

/** What makes a row of the history or the rules unreadable. */
export type HistoryProblem = "no-header" | "no-rules-header" | "year" | "unit" | "classification" | "award" | "years" | "lowest" | "needed";

interface HistoryParams {
  historyProblem?: HistoryProblem;
  value?: string;
  name?: string;
}

function words(language: Language) {
  const history = labelsIn(HISTORY_FIELDS, language);
  const rules = labelsIn(AWARD_RULE_FIELDS, language);
  const classifications = labelsIn(CLASSIFICATION_FIELDS, language);
  return {
    history,
    rules,
    classifications: Object.keys(classifications)
      .map((k) => classifications[k as keyof typeof classifications])
      .join(", "),
    historySheet: labelIn(HISTORY_SHEET, language),
    example: EXAMPLE_RULE[language][3],
  };
}
const VI = words("vi");
const EN = words("en");

const PROBLEM_VI: Record<HistoryProblem, (p: HistoryParams) => string> = {
  "no-header": () => `không có hàng tiêu đề (cột ${VI.history.year}, ${VI.history.unit}…): thêm hàng tiêu đề như mẫu`,
  "no-rules-header": () => `không có hàng tiêu đề (cột ${VI.rules.award}, ${VI.rules.years}…): thêm hàng tiêu đề như mẫu`,
  year: (p) => `${VI.history.year} "${p.value}" không phải là năm: nhập năm bằng 4 chữ số (ví dụ 2024)`,
  unit: () => `thiếu ${VI.history.unit}: nhập tên đơn vị hoặc tên trang tính của đơn vị`,
  classification: (p) => `${VI.history.classification} "${p.value}" không hợp lệ: chọn một trong ${VI.classifications}`,
  award: () => `thiếu tên ${VI.rules.award}: nhập tên hình thức khen thưởng cấp cao`,
  years: (p) => `${VI.rules.years} "${p.value}" không hợp lệ: nhập số nguyên từ 1 (tính cả năm hiện tại)`,
  lowest: (p) => `${VI.rules.lowest} "${p.value}" không hợp lệ: chọn một trong ${VI.classifications}`,
  needed: (p) => `${VI.rules.needed} "${p.value}" không đọc được: viết dạng "${VI.example}"`,
};

const PROBLEM_EN: Record<HistoryProblem, (p: HistoryParams) => string> = {
  "no-header": () => `no header row (columns ${EN.history.year}, ${EN.history.unit}…): add it as in the template`,
  "no-rules-header": () => `no header row (columns ${EN.rules.award}, ${EN.rules.years}…): add it as in the template`,
  year: (p) => `${EN.history.year} "${p.value}" is not a year: write the year in 4 digits (e.g. 2024)`,
  unit: () => `the ${EN.history.unit} is missing: write the unit's name or its sheet's name`,
  classification: (p) => `${EN.history.classification} "${p.value}" is not valid: use one of ${EN.classifications}`,
  award: () => `the ${EN.rules.award} is missing: write the higher award's name`,
  years: (p) => `${EN.rules.years} "${p.value}" is not valid: write a whole number from 1 (the current year included)`,
  lowest: (p) => `${EN.rules.lowest} "${p.value}" is not valid: use one of ${EN.classifications}`,
  needed: (p) => `${EN.rules.needed} "${p.value}" cannot be read: write it as "${EN.example}"`,
};

/** `history-invalid`: the row is left out. */
export function historyInvalidMessage(p: HistoryParams, language: Language): string {
  const problem = (language === "vi" ? PROBLEM_VI : PROBLEM_EN)[p.historyProblem ?? "no-header"](p);
  return language === "vi"
    ? `Trang ${p.name}: ${problem}. Hàng này không được tính khi xét khen thưởng cấp cao`
    : `Sheet ${p.name}: ${problem}. This row is left out of the higher awards`;
}

/** `history-gap`: the unit is not eligible for a rule whose window has the years. */
export function historyGapMessage(p: HistoryParams, language: Language): string {
  return language === "vi"
    ? `${VI.historySheet} của đơn vị "${p.name}" thiếu năm ${p.value}, nên chưa xét được khen thưởng cấp cao cần các năm này: thêm mỗi năm một hàng ở trang ${VI.historySheet}`
    : `The ${EN.historySheet} of unit "${p.name}" lacks ${p.value}, so it cannot be eligible for a higher award needing those years: add a row for each year on the ${EN.historySheet} sheet`;
}
