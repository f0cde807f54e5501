// The award history and the higher awards' rules (spec §9.2): two optional input sheets, their
// columns, the classification words a history row or a rule may say, and the word that separates
// a rule's alternatives. The reader matches every label; the template writes the first of its
// language; messages and the docs name them by it. The rules themselves are data, never code.
import type { Classification } from "../model/types";
import { labelSetOf, labelled, type Field } from "./field";
import { UNIT_NAME_FIELD } from "./unitSheet";

/** `Xếp loại` / `Classification`: a history row's column, and a summary's heading read back (previous.ts). */
export const CLASSIFICATION_FIELD = labelled("Xếp loại", "Classification");

/** One row per unit and year: what it was classified and awarded, and the decision's number once decided. */
export const HISTORY_FIELDS = {
  year: labelled("Năm", "Year"),
  unit: UNIT_NAME_FIELD,
  classification: CLASSIFICATION_FIELD,
  award: labelled("Khen thưởng", "Award"),
  /** Blank: proposed, not yet decided upward; only decided awards count towards a higher one. */
  decisionNo: labelled("Số quyết định", "Decision no."),
} satisfies Record<string, Field>;
export type HistoryColumn = keyof typeof HISTORY_FIELDS;
export const HISTORY_COLUMNS = labelSetOf<HistoryColumn>(HISTORY_FIELDS);

/** One row per higher award: its name, how many years, the lowest classification, what is needed. */
export const AWARD_RULE_FIELDS = {
  award: HISTORY_FIELDS.award,
  years: labelled("Số năm liên tục", "Consecutive years"),
  lowest: labelled("Xếp loại tối thiểu", "Lowest classification"),
  needed: labelled("Cần có trong giai đoạn", "Needed in those years"),
} satisfies Record<string, Field>;
export type AwardRuleColumn = keyof typeof AWARD_RULE_FIELDS;
export const AWARD_RULE_COLUMNS = labelSetOf<AwardRuleColumn>(AWARD_RULE_FIELDS);

/** The classifications as a history row or a rule writes them, best first (spec §5). */
export const CLASSIFICATION_FIELDS: Record<Classification, Field> = {
  excellent: labelled("Xuất sắc", "Excellent"),
  good: labelled("Tốt", "Good"),
  fair: labelled("Khá", "Fair"),
  average: labelled("Trung bình", "Average"),
  "not-completed": labelled("Không hoàn thành", "Not completed"),
};
export const CLASSIFICATIONS = labelSetOf(CLASSIFICATION_FIELDS);
/** Best first: a classification meets a lowest one at or after it in this order. */
export const CLASSIFICATION_ORDER = Object.keys(CLASSIFICATION_FIELDS) as Classification[];

/** Between a rule's alternatives: `1 × Cờ thi đua … hoặc 2 × Bằng khen …`. */
export const OR_WORD = labelled("hoặc", "or");

/** An example rule, written in the template's instruction lines (not as data). */
export const EXAMPLE_RULE = {
  vi: ["Cờ thi đua của Chính phủ", 5, "Xuất sắc", "1 × Cờ thi đua của UBND tỉnh hoặc 2 × Bằng khen của Chủ tịch UBND tỉnh"],
  en: ["Government Emulation Flag", 5, "Excellent", "1 × Provincial Emulation Flag or 2 × Certificate of Merit of the Provincial Chairman"],
} as const;
