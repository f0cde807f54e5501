// A unit sheet's schema (spec §2 "Unit sheets", §7.1–§7.2): its table's columns, in the order the
// template writes them, the label the unit's name stands beside, the total row's label and the
// mark of a row that does not apply. The reader matches every label; the template writes the
// first of its language (or `written`); messages name a column by it.
import { CODE_FIELD, MAX_FIELD, NAME_FIELD } from "./criteria";
import { labelSetOf, labelled, type Field, type Words } from "./field";

/** `Đơn vị` / `Unit`: beside the unit's name above its table, and the Conference's unit column. */
export const UNIT_NAME_FIELD = labelled("Đơn vị", "Unit");

export const UNIT_FIELDS = {
  code: CODE_FIELD,
  name: { ...NAME_FIELD, written: { vi: "Nội dung tiêu chí" } },
  max: MAX_FIELD,
  target: labelled(["Kế hoạch", "Chỉ tiêu"], "Target"),
  actual: labelled("Thực hiện", "Actual"),
  quantity: labelled("Số lượng", "Quantity"),
  self: labelled(["Tự chấm", "Điểm tự chấm", "Tự đánh giá"], "Self score"),
  verified: labelled(["Thẩm định", "Điểm thẩm định"], "Verified score"),
  // The province's review sits right of the cluster's, as the levels go (spec §7.2).
  approved: labelled(["Điểm duyệt", "Duyệt"], "Approved score"),
  evidence: labelled(["Minh chứng", "Tài liệu kiểm chứng"], "Evidence"),
  note: labelled("Ghi chú thẩm định", "Verification note"),
} satisfies Record<string, Field>;
export type UnitColumn = keyof typeof UNIT_FIELDS;
export const UNIT_COLUMNS = labelSetOf<UnitColumn>(UNIT_FIELDS);
/** The columns a unit or a reviewer types into: a table needs one of them. */
export const UNIT_INPUT_COLUMNS: readonly UnitColumn[] = ["target", "actual", "quantity", "self", "verified", "approved"];

export const UNIT_NAME_LABELS = labelSetOf({ unit: UNIT_NAME_FIELD });

/** The unit's own total row: the rows below it (signatures, notes) are not read. */
const TOTAL_ROW_FIELD = labelled("Tổng cộng", "Total");
export const TOTAL_ROW_LABELS = labelSetOf({ total: TOTAL_ROW_FIELD });

/** The mark's short form, which a narrow cell shows (the Details sheet's unit columns, spec §8.2). */
export const NOT_APPLICABLE_SHORT: Words = { vi: "KAD", en: "N/A" };
/** The mark of a criterion row that does not apply to the unit (spec §7.1); the first is written. */
export const NOT_APPLICABLE_FIELD: Field = {
  labels: { vi: ["Không áp dụng", NOT_APPLICABLE_SHORT.vi], en: [NOT_APPLICABLE_SHORT.en, "NA"] },
};
export const NOT_APPLICABLE_MARKS = labelSetOf({ na: NOT_APPLICABLE_FIELD });
