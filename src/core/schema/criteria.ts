// The Criteria sheet's schema (spec §2, §7.1): one entry per column, in the order the template
// writes them, and one per type a row may have. The reader matches every label; the template
// writes the first of its language (or the entry's `written` form); messages name a column by it.
import type { CriterionType, GroupKind } from "../model/types";
import { YES_NO_RULE, labelSetOf, type Field, type Words } from "./field";

// The columns a unit sheet shares with the Criteria sheet: the same labels, one entry each.
export const CODE_FIELD: Field = { labels: { vi: ["Mã"], en: ["Code"] } };
export const NAME_FIELD: Field = { labels: { vi: ["Nội dung", "Tiêu chí"], en: ["Criterion"] } };
export const MAX_FIELD: Field = { labels: { vi: ["Điểm tối đa", "Điểm chuẩn", "Thang điểm"], en: ["Max points"] } };

export interface CriteriaField extends Field {
  /** The input message and error of the column's drop-down, where the template offers one. */
  rule?: { prompt: Words; error: Words };
}

const column = (vi: string, en: string, more: Partial<CriteriaField> = {}): CriteriaField => ({ labels: { vi: [vi], en: [en] }, ...more });

export const CRITERIA_FIELDS = {
  code: CODE_FIELD,
  name: NAME_FIELD,
  type: column("Loại", "Type"),
  max: MAX_FIELD,
  weight: column("Hệ số", "Weight"),
  perItem: column("Điểm mỗi đơn vị", "Points per item"),
  // Written with its unit, as the value is a percent (a fraction ≤ 1 reads as one too).
  planFloor: column("Ngưỡng tối thiểu", "Plan floor", { written: { vi: "Ngưỡng tối thiểu (%)", en: "Plan floor (%)" } }),
  evidence: column("Cần minh chứng", "Evidence required"),
  disqualifies: column("Loại trừ khen thưởng", "Disqualifies awards"),
  // Offered only on a regular group's criteria (spec §7.1).
  mayBeNotApplicable: {
    ...column("Có thể không áp dụng", "May be N/A"),
    rule: {
      prompt: {
        vi: "Chọn Có nếu có đơn vị không được giao tiêu chí này (chỉ tiêu chí của nhóm thường).",
        en: "Choose Yes if some units are not assigned this criterion (regular groups only).",
      },
      error: YES_NO_RULE.error,
    },
  },
} satisfies Record<string, CriteriaField>;
export type CriteriaColumn = keyof typeof CRITERIA_FIELDS;
export const CRITERIA_COLUMNS = labelSetOf<CriteriaColumn>(CRITERIA_FIELDS);

/** The `Loại` of a row: three kinds of group, four of criterion. */
export const CRITERION_TYPE_FIELDS: Record<GroupKind | CriterionType, Field> = {
  group: { labels: { vi: ["Nhóm"], en: ["Group"] } },
  "bonus-group": { labels: { vi: ["Nhóm thưởng"], en: ["Bonus group"] } },
  "deduction-group": { labels: { vi: ["Nhóm trừ"], en: ["Deduction group"] } },
  score: { labels: { vi: ["Chấm điểm"], en: ["Score"] } },
  yesno: { labels: { vi: ["Đạt/Không đạt"], en: ["Yes/No"] } },
  plan: { labels: { vi: ["Kế hoạch"], en: ["Plan"] } },
  count: { labels: { vi: ["Đếm"], en: ["Count"] } },
};
export const CRITERION_TYPES = labelSetOf(CRITERION_TYPE_FIELDS);
