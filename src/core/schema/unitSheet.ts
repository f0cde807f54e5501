// A unit sheet's schema (spec §2 "Unit sheets", §7.1–§7.2): its table's columns, in the order the
// template writes them, the label the unit's name stands beside, the total row's label and the
// mark of a row that does not apply. The reader matches every label; the template writes the
// first of its language (or `written`); messages name a column by it.
import { CODE_FIELD, MAX_FIELD, NAME_FIELD } from "./criteria";
import { labelSetOf, type Field } from "./field";

/** `Đơn vị` / `Unit`: beside the unit's name above its table, and the Conference's unit column. */
export const UNIT_NAME_FIELD: Field = { labels: { vi: ["Đơn vị"], en: ["Unit"] } };

const column = (vi: readonly [string, ...string[]], en: string): Field => ({ labels: { vi, en: [en] } });

export const UNIT_FIELDS = {
  code: CODE_FIELD,
  name: { ...NAME_FIELD, written: { vi: "Nội dung tiêu chí" } },
  max: MAX_FIELD,
  target: column(["Kế hoạch", "Chỉ tiêu"], "Target"),
  actual: column(["Thực hiện"], "Actual"),
  quantity: column(["Số lượng"], "Quantity"),
  self: column(["Tự chấm", "Điểm tự chấm", "Tự đánh giá"], "Self score"),
  verified: column(["Thẩm định", "Điểm thẩm định"], "Verified score"),
  // The province's review sits right of the cluster's, as the levels go (spec §7.2).
  approved: column(["Điểm duyệt", "Duyệt"], "Approved score"),
  evidence: column(["Minh chứng", "Tài liệu kiểm chứng"], "Evidence"),
  note: column(["Ghi chú thẩm định"], "Verification note"),
} satisfies Record<string, Field>;
export type UnitColumn = keyof typeof UNIT_FIELDS;
export const UNIT_COLUMNS = labelSetOf<UnitColumn>(UNIT_FIELDS);
/** The columns a unit or a reviewer types into: a table needs one of them. */
export const UNIT_INPUT_COLUMNS: readonly UnitColumn[] = ["target", "actual", "quantity", "self", "verified", "approved"];

export const UNIT_NAME_LABELS = labelSetOf({ unit: UNIT_NAME_FIELD });

/** The unit's own total row: the rows below it (signatures, notes) are not read. */
export const TOTAL_ROW_FIELD: Field = { labels: { vi: ["Tổng cộng"], en: ["Total"] } };
export const TOTAL_ROW_LABELS = labelSetOf({ total: TOTAL_ROW_FIELD });

/** The mark of a criterion row that does not apply to the unit (spec §7.1); the first is written. */
export const NOT_APPLICABLE_FIELD: Field = { labels: { vi: ["Không áp dụng", "KAD"], en: ["N/A", "NA"] } };
export const NOT_APPLICABLE_MARKS = labelSetOf({ na: NOT_APPLICABLE_FIELD });
