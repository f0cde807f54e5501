// Every label the engine reads, Vietnamese first, then English (spec §1–§2). Both forms are
// accepted anywhere; matching folds case and diacritics (see text.ts).
import { makeLabelSet } from "../model/text";

export const CRITERIA_SHEET_LABELS = ["Tiêu chí", "Criteria"] as const;
export const SETTINGS_SHEET_LABELS = ["Thiết lập", "Settings"] as const;
/** Sheets the engine writes; never read as input so a second run reads what the first read. */
export const OUTPUT_SHEET_LABELS = [
  "Tổng hợp",
  "Chi tiết",
  "Kiểm tra",
  "Biên bản",
  "Đề nghị khen thưởng",
  "Summary",
  "Details",
  "Issues",
  "Minutes",
  "Nominations",
] as const;
/**
 * The name of the hidden sheet-scoped defined name (`=TRUE`) both hosts put on every output sheet
 * they write and read back into `SheetSnapshot.outputMark`: outputs are known by it, not by name.
 */
export const OUTPUT_MARK = "ThiDua_Output";
/** The conference's sheet (spec §7.4): an input, but not a unit sheet. */
export const CONFERENCE_SHEET_LABELS = ["Bình xét", "Conference"] as const;

export const CONFERENCE_KEYS = makeLabelSet({
  date: ["Ngày họp", "Date"],
  venue: ["Địa điểm", "Venue"],
  chair: ["Chủ trì", "Chaired by"],
  secretary: ["Thư ký", "Secretary"],
  members: ["Số thành viên dự họp", "Members present"],
});
export type ConferenceKey = "date" | "venue" | "chair" | "secretary" | "members";

export const CONFERENCE_COLUMNS = makeLabelSet({
  no: ["STT", "No."],
  unit: ["Đơn vị", "Unit"],
  flagVotes: ["Phiếu Cờ thi đua", "Flag votes"],
  certificateVotes: ["Phiếu Bằng khen", "Certificate votes"],
  decision: ["Kết quả", "Decision"],
});

export const DECISION_WORDS = makeLabelSet({
  flag: ["Cờ thi đua", "Flag"],
  certificate: ["Bằng khen", "Certificate"],
  none: ["Không", "None"],
});

export const CRITERIA_COLUMNS = makeLabelSet({
  code: ["Mã", "Code"],
  name: ["Nội dung", "Tiêu chí", "Criterion"],
  type: ["Loại", "Type"],
  max: ["Điểm tối đa", "Điểm chuẩn", "Thang điểm", "Max points"],
  weight: ["Hệ số", "Weight"],
  perItem: ["Điểm mỗi đơn vị", "Points per item"],
  planFloor: ["Ngưỡng tối thiểu", "Plan floor"],
  evidence: ["Cần minh chứng", "Evidence required"],
  disqualifies: ["Loại trừ khen thưởng", "Disqualifies awards"],
  mayBeNotApplicable: ["Có thể không áp dụng", "May be N/A"],
});
export type CriteriaColumn =
  "code" | "name" | "type" | "max" | "weight" | "perItem" | "planFloor" | "evidence" | "disqualifies" | "mayBeNotApplicable";

export const CRITERION_TYPES = makeLabelSet({
  group: ["Nhóm", "Group"],
  "bonus-group": ["Nhóm thưởng", "Bonus group"],
  "deduction-group": ["Nhóm trừ", "Deduction group"],
  score: ["Chấm điểm", "Score"],
  yesno: ["Đạt/Không đạt", "Yes/No"],
  plan: ["Kế hoạch", "Plan"],
  count: ["Đếm", "Count"],
});

export { UNITS_LIST_COLUMNS } from "./unitsList";
export { HALF_YEAR_PERIOD_WORDS, REVIEW_KINDS, TIE_BREAK_KEYS } from "./choices";

export const UNIT_NAME_LABELS = makeLabelSet({ unit: ["Đơn vị", "Unit"] });

export const UNIT_COLUMNS = makeLabelSet({
  code: ["Mã", "Code"],
  name: ["Nội dung", "Tiêu chí", "Criterion"],
  max: ["Điểm tối đa", "Điểm chuẩn", "Thang điểm", "Max points"],
  target: ["Kế hoạch", "Chỉ tiêu", "Target"],
  actual: ["Thực hiện", "Actual"],
  quantity: ["Số lượng", "Quantity"],
  self: ["Tự chấm", "Điểm tự chấm", "Tự đánh giá", "Self score"],
  verified: ["Thẩm định", "Điểm thẩm định", "Verified score"],
  approved: ["Điểm duyệt", "Duyệt", "Approved score"],
  evidence: ["Minh chứng", "Tài liệu kiểm chứng", "Evidence"],
  note: ["Ghi chú thẩm định", "Verification note"],
});
export type UnitColumn =
  "code" | "name" | "max" | "target" | "actual" | "quantity" | "self" | "verified" | "approved" | "evidence" | "note";
export const UNIT_INPUT_COLUMNS: readonly UnitColumn[] = ["target", "actual", "quantity", "self", "verified", "approved"];

export const TOTAL_ROW_LABELS = makeLabelSet({ total: ["Tổng cộng", "Total"] });

/** Yes/no words (spec §1); numbers 1/0 and booleans are handled beside them. */
export const YES_WORDS = ["Đạt", "Có", "Yes", "Y", "X", "1", "TRUE", "Hoàn thành", "Có đạt"] as const;
export const NO_WORDS = ["Không đạt", "Không", "No", "N", "0", "FALSE", "Chưa", "Chưa đạt", "Không có"] as const;

/** The mark of a criterion row that does not apply to the unit (spec §7.1). */
export const NOT_APPLICABLE_MARKS = makeLabelSet({ na: ["Không áp dụng", "KAD", "N/A", "NA"] });

/** Error values Excel shows; text equal to one of them is treated as that error. */
export const EXCEL_ERROR_TEXTS = ["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"] as const;
