// The Criteria sheet's schema (spec §2, §7.1): one entry per column, in the order the template
// writes them, and one per type a row may have. The reader matches every label; the template
// writes the first of its language (or the entry's `written` form); messages name a column by it.
import type { CriterionType, GroupKind } from "../model/types";
import { labelSetOf, labelled, type Field } from "./field";

// The columns a unit sheet shares with the Criteria sheet: the same labels, one entry each.
export const CODE_FIELD = labelled("Mã", "Code");
export const NAME_FIELD = labelled(["Nội dung", "Tiêu chí"], "Criterion");
export const MAX_FIELD = labelled(["Điểm tối đa", "Điểm chuẩn", "Thang điểm"], "Max points");

export const CRITERIA_FIELDS = {
  code: CODE_FIELD,
  name: NAME_FIELD,
  type: labelled("Loại", "Type"),
  max: MAX_FIELD,
  weight: labelled("Hệ số", "Weight"),
  perItem: labelled("Điểm mỗi đơn vị", "Points per item"),
  // Written with its unit, as the value is a percent (a fraction ≤ 1 reads as one too).
  planFloor: { ...labelled("Ngưỡng tối thiểu", "Plan floor"), written: { vi: "Ngưỡng tối thiểu (%)", en: "Plan floor (%)" } },
  evidence: labelled("Cần minh chứng", "Evidence required"),
  disqualifies: labelled("Loại trừ khen thưởng", "Disqualifies awards"),
  // Offered only on a regular group's criteria (spec §7.1). Its drop-down's prompt is with the
  // template's words (words/template.ts), out of the ribbon bundle that reads this schema.
  mayBeNotApplicable: labelled("Có thể không áp dụng", "May be N/A"),
} satisfies Record<string, Field>;
export type CriteriaColumn = keyof typeof CRITERIA_FIELDS;
export const CRITERIA_COLUMNS = labelSetOf<CriteriaColumn>(CRITERIA_FIELDS);

/** The `Loại` of a row: three kinds of group, four of criterion. */
export const CRITERION_TYPE_FIELDS: Record<GroupKind | CriterionType, Field> = {
  group: labelled("Nhóm", "Group"),
  "bonus-group": labelled("Nhóm thưởng", "Bonus group"),
  "deduction-group": labelled("Nhóm trừ", "Deduction group"),
  score: labelled("Chấm điểm", "Score"),
  yesno: labelled("Đạt/Không đạt", "Yes/No"),
  plan: labelled("Kế hoạch", "Plan"),
  count: labelled("Đếm", "Count"),
};
export const CRITERION_TYPES = labelSetOf(CRITERION_TYPE_FIELDS);
