// Issue messages in Vietnamese and English. Rule ids are stable; the wording is for people, so it
// names the value found and what was expected, then says what to do about it (after a colon),
// and the caller adds the sheet and cell.
import { historyGapMessage, historyInvalidMessage, type HistoryProblem } from "./historyMessages";
import type { Language, RuleId } from "../model/types";
import { DECISION_FIELDS } from "../schema/conference";
import { labelsIn } from "../schema/field";
import { settingLabel } from "../schema/settings";
import { EN_LABELS, VI_LABELS } from "./messageLabels";

/** What a message may mention; every field is optional. */
export interface MessageParams {
  /** The value as the cell shows it. */
  value?: string;
  max?: number;
  /** A computed figure the sheet disagrees with. */
  expected?: number;
  /** The sheet's own figure. */
  found?: string;
  /** A name: unit, sheet, listed name. */
  name?: string;
  /** For criteria-invalid / settings-invalid: which problem. */
  reason?: SetupProblem;
  /** The column that is missing, for an input column a row needs. */
  column?: string;
  /** For empty-score: which input of the row is blank (a Count row's quantity, or the self score). */
  blank?: "self" | "quantity";
  /**
   * For missing-sheet: an unlisted sheet whose name is the listed one but for case, diacritics
   * or spacing (`Song Chu` for `Sông Chu`), probably the unit's own. For unlisted-sheet: the
   * listed sheet name it looks like.
   */
  lookalike?: string;
  /** For conference-invalid: what is wrong on the Conference sheet (§7.4). */
  problem?: ConferenceProblem;
  /** For the decision rules: the award decided, the votes, members and limits (§7.4). */
  award?: "flag" | "certificate";
  votes?: number;
  members?: number;
  /** For conference-invalid `members`: the most members there can be, the units in the run. */
  limit?: number;
  threshold?: number;
  quota?: number;
  /** For decision-differs: the score-based proposal, as a word. */
  proposal?: "flag" | "certificate" | "vote-flag" | "vote-certificate" | "none";
  /** Version 2 (spec §7): what a number typed as text was (a lone dash, a number with a note),
   * what a missing evidence does to the row, and why a not-applicable mark is wrong. */
  detail?: MessageDetail;
  /** For history-invalid (§9.2): what cannot be read. */
  historyProblem?: HistoryProblem;
  /** The province's desk (§9.3): the file a finding is about, and the other file or cluster it names. */
  file?: string;
  other?: string;
  cluster?: string;
}

/** The particulars of a version 2 finding, each with its own sentence added to the message. */
type MessageDetail =
  "dash" | "note" | "evidence-zero" | "evidence-as-entered" | "na-not-allowed" | "na-overruled" | "na-not-regular" | "na-whole-group";

/** What makes the Conference sheet unusable (§7.4 `conference-invalid`). */
type ConferenceProblem = "date" | "members" | "members-missing" | "unknown-unit" | "repeated-unit" | "votes" | "decision";

/** The problems that make the Criteria or Settings sheet unusable. */
export type SetupProblem =
  | "no-sheet"
  | "no-header"
  | "no-criteria"
  | "duplicate-code"
  | "unknown-type"
  | "missing-code"
  | "missing-type"
  | "missing-max"
  | "not-positive"
  | "too-large"
  | "not-a-number"
  | "floor-negative"
  | "not-yesno"
  | "before-first-group"
  | "threshold-order"
  | "quota"
  | "tie-break"
  | "language"
  | "duplicate-sheet"
  | "na-column"
  | "review-kind"
  | "date"
  | "vote-threshold";

const fmt = (n: number | undefined) => (n === undefined ? "" : String(Math.round(n * 100) / 100));
const viNumber = (n: number | undefined) => fmt(n).replace(".", ",");

type Builder = (p: MessageParams) => string;
/** A key's English label inside a sentence. */
const lower = (label: string) => label.toLowerCase();

const SETUP_VI: Record<SetupProblem, Builder> = {
  // Worded for both hosts: the pane's "new workbook" and `thidua template` make the same sheets.
  "no-sheet": (p) => `Không có trang tính ${p.name ?? "này"}: thêm trang này theo mẫu bảng chấm điểm của Thi Đua`,
  "no-header": () =>
    `Không tìm thấy hàng tiêu đề: trong 30 hàng đầu cần một hàng có cả cột ${VI_LABELS.criteria.code} và cột ${VI_LABELS.criteria.type}`,
  "no-criteria": () => "Bảng tiêu chí không có tiêu chí nào: thêm các hàng tiêu chí dưới hàng tiêu đề",
  "duplicate-code": (p) => `Mã ${p.value} bị trùng: mỗi nhóm, tiêu chí cần một mã riêng`,
  "unknown-type": (p) => `${VI_LABELS.criteria.type} "${p.value}" không hợp lệ: chọn một trong ${VI_LABELS.allTypes}`,
  "missing-code": () => "Thiếu mã tiêu chí: nhập mã (ví dụ I.1)",
  "missing-type": () => `Thiếu loại tiêu chí: nhập loại (${VI_LABELS.commonTypes}…)`,
  "missing-max": (p) => `Thiếu ${p.column ?? "giá trị"}: nhập số lớn hơn 0`,
  "not-positive": (p) => `${p.column ?? "Giá trị"} phải lớn hơn 0 (đang là ${p.value}): nhập số lớn hơn 0`,
  "too-large": (p) => `${p.column ?? "Giá trị"} quá lớn (đang là ${p.value}): nhập số không quá ${viNumber(p.max)}`,
  "not-a-number": (p) => `${p.column ?? "Giá trị"} "${p.value}" không phải là số: nhập một số`,
  "floor-negative": (p) => `${VI_LABELS.criteria.planFloor} không được âm (đang là ${p.value}): nhập 0 hoặc số dương`,
  "not-yesno": (p) => `"${p.value}" không phải là Có/Không: nhập Có hoặc Không`,
  "before-first-group": (p) => `Tiêu chí ${p.value} nằm trên hàng nhóm đầu tiên: chuyển nó xuống dưới một hàng Nhóm`,
  "threshold-order": (p) =>
    `Các ngưỡng xếp loại phải giảm dần (Xuất sắc > Tốt > Khá > Trung bình); ${p.value} không nhỏ hơn ngưỡng trên: sửa lại các ngưỡng`,
  quota: (p) => `Số lượng phải là số nguyên không âm (đang là ${p.value}): nhập 0, 1, 2…`,
  "tie-break": (p) =>
    `Tiêu chí xét bằng điểm "${p.value}" không hợp lệ: dùng mã một nhóm, tỷ lệ hoàn thành, điểm trừ hoặc điểm thưởng, cách nhau bằng dấu ;`,
  language: (p) => `${settingLabel("language", "vi")} "${p.value}" không hợp lệ: nhập vi hoặc en`,
  "duplicate-sheet": (p) => `Trang tính "${p.value}" được khai báo hai lần: mỗi đơn vị cần một trang tính riêng`,
  "na-column": () => `Chỉ tiêu chí thuộc nhóm thường mới có thể không áp dụng: hãy bỏ Có ở cột ${VI_LABELS.criteria.mayBeNotApplicable}`,
  "review-kind": (p) => `${settingLabel("reviewKind", "vi")} "${p.value}" không hợp lệ: ghi 6 tháng, Sơ kết, Năm hoặc Tổng kết`,
  date: (p) => `${settingLabel("datePrepared", "vi")} "${p.value}" không phải là ngày: ghi theo dạng dd/mm/yyyy`,
  "vote-threshold": (p) => `${settingLabel("voteThreshold", "vi")} không hợp lệ (đang là ${p.value}): nhập từ 0 đến 100%`,
};

const SETUP_EN: Record<SetupProblem, Builder> = {
  "no-sheet": (p) => `There is no ${p.name ?? "such"} sheet: add one as in Thi Đua's scoring workbook template`,
  "no-header": () =>
    `No header row found: one of the first 30 rows needs both a ${EN_LABELS.criteria.code} and a ${EN_LABELS.criteria.type} column`,
  "no-criteria": () => "The criteria table has no criteria: add criterion rows under the header",
  "duplicate-code": (p) => `Code ${p.value} appears twice: give each group and criterion a code of its own`,
  "unknown-type": (p) => `Unknown type "${p.value}": use one of ${EN_LABELS.allTypes}`,
  "missing-code": () => "The code is missing: enter one (for example I.1)",
  "missing-type": () => `The type is missing: enter one (${EN_LABELS.commonTypes}…)`,
  "missing-max": (p) => `${p.column ?? "A value"} is missing: enter a number greater than 0`,
  "not-positive": (p) => `${p.column ?? "The value"} must be greater than 0 (it is ${p.value}): enter a number greater than 0`,
  "too-large": (p) => `${p.column ?? "The value"} is too large (it is ${p.value}): enter a number up to ${fmt(p.max)}`,
  "not-a-number": (p) => `${p.column ?? "The value"} "${p.value}" is not a number: enter a number`,
  "floor-negative": (p) => `The plan floor cannot be negative (it is ${p.value}): enter 0 or more`,
  "not-yesno": (p) => `"${p.value}" is not yes or no: enter Yes or No`,
  "before-first-group": (p) => `Criterion ${p.value} is above the first group row: move it below a Group row`,
  "threshold-order": (p) =>
    `Thresholds must descend (Excellent > Good > Fair > Average); ${p.value} is not below the one above: correct the thresholds`,
  quota: (p) => `A quota must be a whole number, 0 or more (it is ${p.value}): enter 0, 1, 2…`,
  "tie-break": (p) => `Unknown tie-break key "${p.value}": use a group code, completion, deduction or bonus, separated by ;`,
  language: (p) => `Unknown ${lower(settingLabel("language", "en"))} "${p.value}": enter vi or en`,
  "duplicate-sheet": (p) => `Sheet "${p.value}" is listed twice: each unit needs a sheet of its own`,
  "na-column": () =>
    `Only a regular group's criterion may be not applicable: clear Yes in the ${EN_LABELS.criteria.mayBeNotApplicable} column`,
  "review-kind": (p) => `Unknown ${lower(settingLabel("reviewKind", "en"))} "${p.value}": write half-year or year`,
  date: (p) => `${settingLabel("datePrepared", "en")} "${p.value}" is not a date: write it as dd/mm/yyyy`,
  "vote-threshold": (p) => `The ${lower(settingLabel("voteThreshold", "en"))} is not valid (it is ${p.value}): enter 0 to 100%`,
};

const { flag, certificate } = labelsIn(DECISION_FIELDS, "vi");
const AWARD_VI = { flag, certificate };
const AWARD_EN = { flag: "flag", certificate: "certificate" } as const;
const PROPOSAL_VI = {
  ...AWARD_VI,
  "vote-flag": `bỏ phiếu ${AWARD_VI.flag}`,
  "vote-certificate": `bỏ phiếu ${AWARD_VI.certificate}`,
  none: "không khen thưởng",
} as const;
const PROPOSAL_EN = {
  flag: "flag",
  certificate: "certificate",
  "vote-flag": "flag to vote",
  "vote-certificate": "certificate to vote",
  none: "no award",
} as const;

/** Why a unit cannot have an award (§7.4): not ranked, disqualified, or its classification. */
const INELIGIBLE_VI: Record<string, string> = {
  "not-ranked": "chưa được xếp hạng",
  disqualified: "có tiêu chí loại trừ khen thưởng",
  good: "xếp loại Tốt",
  fair: "xếp loại Khá",
  average: "xếp loại Trung bình",
  "not-completed": "xếp loại Không hoàn thành",
};
const INELIGIBLE_EN: Record<string, string> = {
  "not-ranked": "not ranked",
  disqualified: "a criterion disqualifies it from awards",
  good: "classed Good",
  fair: "classed Fair",
  average: "classed Average",
  "not-completed": "classed Not completed",
};

const CONFERENCE_VI: Record<ConferenceProblem, Builder> = {
  date: (p) => `${VI_LABELS.conference.date} "${p.value}" không phải là ngày (dd/mm/yyyy)`,
  members: (p) => `${VI_LABELS.conference.members} "${p.value}" phải là số nguyên từ 1 đến số đơn vị của cụm (${p.limit})`,
  "members-missing": () => `Có kết quả bình xét nhưng chưa nhập ${VI_LABELS.conference.members}`,
  "unknown-unit": (p) => `"${p.value}" không phải là đơn vị trong danh sách (ghi tên hoặc tên trang tính của đơn vị)`,
  "repeated-unit": (p) => `Đơn vị "${p.value}" xuất hiện hai lần`,
  votes: (p) => `Số phiếu "${p.value}" phải là số nguyên từ 0 đến số thành viên dự họp${p.members === undefined ? "" : ` (${p.members})`}`,
  decision: (p) => `Kết quả "${p.value}" không hợp lệ (${VI_LABELS.decisions}, hoặc để trống)`,
};

const CONFERENCE_EN: Record<ConferenceProblem, Builder> = {
  date: (p) => `The date "${p.value}" is not a date (dd/mm/yyyy)`,
  members: (p) => `${EN_LABELS.conference.members} "${p.value}" must be a whole number from 1 to the cluster's units (${p.limit})`,
  "members-missing": () => `Decisions are given but ${EN_LABELS.conference.members} is not`,
  "unknown-unit": (p) => `"${p.value}" is not a unit of the list (write the unit's name or its sheet's name)`,
  "repeated-unit": (p) => `Unit "${p.value}" appears twice`,
  votes: (p) =>
    `Votes "${p.value}" must be a whole number from 0 to the members present${p.members === undefined ? "" : ` (${p.members})`}`,
  decision: (p) => `Unknown decision "${p.value}" (${EN_LABELS.decisions}, or blank)`,
};

const VI: Record<RuleId, Builder> = {
  "missing-sheet": (p) =>
    p.lookalike
      ? `Không có trang tính "${p.name}" của đơn vị này, nhưng trang tính "${p.lookalike}" có vẻ là của đơn vị: đổi tên trang tính thành "${p.name}", hoặc sửa ô này thành "${p.lookalike}"`
      : `Không có trang tính "${p.name}" của đơn vị này: đổi tên trang tính của đơn vị cho giống tên ở ô này, hoặc sửa ô này theo tên trang tính`,
  "no-table": () =>
    `Trang tính không có bảng chấm điểm: cần một hàng tiêu đề có cột ${VI_LABELS.unit.code} và ít nhất một cột nhập điểm (${VI_LABELS.inputColumns})`,
  "unknown-code": (p) => `Mã "${p.value}" không có trong bảng tiêu chí: sửa mã theo trang ${VI_LABELS.criteriaSheet}, hoặc xóa hàng này`,
  "duplicate-code": (p) => `Mã ${p.value} xuất hiện lần thứ hai nên hàng này không được tính: xóa hàng trùng hoặc sửa mã`,
  "missing-criterion": () => "Thiếu hàng của tiêu chí này: thêm một hàng có mã tiêu chí vào bảng chấm điểm",
  "empty-score": (p) =>
    p.column
      ? `Thiếu cột ${p.column} để chấm tiêu chí này: thêm cột đó vào hàng tiêu đề của bảng`
      : p.blank === "quantity"
        ? "Chưa nhập số lượng: nhập số lượng (0 nếu không có)"
        : "Chưa nhập điểm tự chấm: nhập điểm, hoặc Đạt/Không đạt với tiêu chí đạt/không đạt",
  "not-a-number": (p) => `"${p.value}" không phải là số: nhập một số (ví dụ 8,5); ghi chú đưa sang cột ${VI_LABELS.unit.evidence}`,
  "cell-error": (p) =>
    p.value && p.value.startsWith("=")
      ? `Công thức chưa được tính (${p.value}): hãy mở tệp trong Excel, tính lại và lưu`
      : `Ô có lỗi ${p.value}: sửa công thức hoặc nhập giá trị`,
  "out-of-range": (p) =>
    p.max === undefined
      ? `${viNumber(Number(p.value))} không được âm: nhập số từ 0 trở lên`
      : `${p.value} nằm ngoài khoảng 0 – ${viNumber(p.max)}: nhập điểm từ 0 đến ${viNumber(p.max)}`,
  "yesno-value": (p) => `"${p.value}" không phải là Đạt/Không đạt: chọn Đạt hoặc Không đạt (Có hoặc Không)`,
  "plan-input": (p) =>
    p.column === "target"
      ? p.value
        ? `Kế hoạch phải lớn hơn 0 (đang là ${p.value}): nhập chỉ tiêu được giao`
        : `Thiếu số kế hoạch: nhập chỉ tiêu được giao vào cột ${VI_LABELS.unit.target} (lớn hơn 0)`
      : `Thiếu số thực hiện: nhập kết quả vào cột ${VI_LABELS.unit.actual} (0 nếu chưa thực hiện)`,
  "evidence-missing": () =>
    `Tiêu chí cần minh chứng nhưng chưa ghi tài liệu kiểm chứng: ghi tên, số hiệu văn bản vào cột ${VI_LABELS.unit.evidence}`,
  "criteria-invalid": (p) => `Bảng tiêu chí: ${p.reason ? SETUP_VI[p.reason](p) : ""}. Chưa thể xếp hạng đơn vị nào cho đến khi sửa`,
  "settings-invalid": (p) =>
    `${VI_LABELS.settingsSheet}: ${p.reason ? SETUP_VI[p.reason](p) : ""}. Chưa thể xếp hạng đơn vị nào cho đến khi sửa`,
  "text-number": (p) =>
    `Số được nhập dưới dạng chữ "${p.value}", đã đọc là ${viNumber(p.expected)}: nhập lại dưới dạng số nếu đúng, ghi chú đưa sang cột ${VI_LABELS.unit.evidence}`,
  "self-score-mismatch": (p) =>
    `Điểm tự chấm ${p.found} khác điểm tính được ${viNumber(p.expected)}: sửa điểm tự chấm, hoặc kiểm tra lại các số đã nhập`,
  "verification-note-missing": () =>
    `Điểm thẩm định khác điểm tự chấm nhưng chưa có ghi chú thẩm định: ghi lý do vào cột ${VI_LABELS.unit.note}`,
  "max-mismatch": (p) =>
    `${VI_LABELS.unit.max} trên trang tính (${p.found}) khác bảng tiêu chí (${viNumber(p.expected)}): sửa cho giống trang ${VI_LABELS.criteriaSheet}`,
  "total-mismatch": (p) =>
    `Tổng tự chấm trên trang tính (${p.found}) khác tổng tính được ${viNumber(p.expected)}: kiểm tra lại công thức tổng và các điểm tự chấm`,
  "unit-name-mismatch": (p) =>
    `Tên đơn vị trên trang tính "${p.found}" khác tên trong danh sách "${p.name}": sửa một trong hai cho giống nhau`,
  "unlisted-sheet": () =>
    `Trang tính có bảng chấm điểm nhưng không có trong danh sách đơn vị nên không được tính: thêm đơn vị vào danh sách ở trang ${VI_LABELS.settingsSheet} nếu cần`,
  "not-applicable": () => "Dấu không áp dụng không hợp lệ ở hàng này: xóa dấu và nhập điểm hoặc số liệu",
  "not-verified": () => "Đơn vị có tiêu chí chưa được thẩm định: nhập điểm thẩm định trước khi đề nghị khen thưởng",
  "summary-stale": (p) =>
    `Bảng tổng hợp đã cũ, dữ liệu đã thay đổi sau lần lập (dấu dữ liệu ${p.found}, hiện là ${p.value}): hãy lập lại bảng tổng hợp`,
  "conference-invalid": (p) =>
    `${VI_LABELS.conferenceSheet}: ${p.problem ? CONFERENCE_VI[p.problem](p) : ""}. Chưa có kết quả bình xét nào được ghi nhận: hãy sửa ô này`,
  "decision-below-threshold": (p) =>
    `${AWARD_VI[p.award ?? "flag"]} cần số phiếu trên ${viNumber(p.threshold)}% số thành viên dự họp, mới có ${p.votes}/${p.members} phiếu, nên mọi kết quả bình xét chưa được ghi nhận: hãy sửa kết quả hoặc số phiếu`,
  "decision-over-quota": (p) =>
    `Vượt số ${AWARD_VI[p.award ?? "flag"]} được xét (${p.quota}), nên mọi kết quả bình xét chưa được ghi nhận: hãy bớt một kết quả`,
  "decision-ineligible": (p) =>
    `Đơn vị không đủ điều kiện nhận ${AWARD_VI[p.award ?? "flag"]} (${INELIGIBLE_VI[p.value ?? ""] ?? p.value}), nên mọi kết quả bình xét chưa được ghi nhận: hãy sửa kết quả`,
  "decision-differs": (p) =>
    `Kết quả bình xét khác đề nghị theo điểm (${PROPOSAL_VI[p.proposal ?? "none"]}): hãy kiểm tra lại nếu không phải chủ ý`,
  "history-invalid": (p) => historyInvalidMessage(p, "vi"),
  "history-gap": (p) => historyGapMessage(p, "vi"),
};

const EN: Record<RuleId, Builder> = {
  "missing-sheet": (p) =>
    p.lookalike
      ? `There is no sheet "${p.name}" for this unit, but sheet "${p.lookalike}" looks like the unit's: rename that sheet "${p.name}", or change this cell to "${p.lookalike}"`
      : `There is no sheet "${p.name}" for this unit: rename the unit's sheet as this cell says, or correct this cell`,
  "no-table": () =>
    `The sheet has no scoring table: it needs a header row with a ${EN_LABELS.unit.code} column and at least one input column (${EN_LABELS.inputColumns})`,
  "unknown-code": (p) =>
    `Code "${p.value}" is not in the criteria table: correct it from the ${EN_LABELS.criteriaSheet} sheet, or delete the row`,
  "duplicate-code": (p) =>
    `Code ${p.value} appears a second time, so this row is not counted: delete the duplicate row or correct its code`,
  "missing-criterion": () => "The row for this criterion is missing: add a row with its code to the scoring table",
  "empty-score": (p) =>
    p.column
      ? `The ${p.column} column this criterion needs is missing: add it to the table's header row`
      : p.blank === "quantity"
        ? "No quantity entered: enter the quantity (0 if none)"
        : "No self score entered: enter the points, or Yes/No on a yes/no criterion",
  "not-a-number": (p) =>
    `"${p.value}" is not a number: enter a number (for example 8.5); put notes in the ${EN_LABELS.unit.evidence} column`,
  "cell-error": (p) =>
    p.value && p.value.startsWith("=")
      ? `The formula was never calculated (${p.value}): open the file in Excel, recalculate and save`
      : `The cell holds the error ${p.value}: correct the formula or enter a value`,
  "out-of-range": (p) =>
    p.max === undefined
      ? `${p.value} cannot be negative: enter 0 or more`
      : `${p.value} is outside 0 – ${fmt(p.max)}: enter points from 0 to ${fmt(p.max)}`,
  "yesno-value": (p) => `"${p.value}" is not yes or no: choose Yes or No`,
  "plan-input": (p) =>
    p.column === "target"
      ? p.value
        ? `The target must be greater than 0 (it is ${p.value}): enter the target set for the unit`
        : `The target is missing: enter the target in the ${EN_LABELS.unit.target} column (greater than 0)`
      : `The actual is missing: enter the result in the ${EN_LABELS.unit.actual} column (0 if nothing was done)`,
  "evidence-missing": () =>
    `This criterion needs evidence, and none is given: name the supporting document in the ${EN_LABELS.unit.evidence} column`,
  "criteria-invalid": (p) =>
    `${EN_LABELS.criteriaSheet}: ${p.reason ? SETUP_EN[p.reason](p) : ""}. No unit can be ranked until this is fixed`,
  "settings-invalid": (p) =>
    `${EN_LABELS.settingsSheet}: ${p.reason ? SETUP_EN[p.reason](p) : ""}. No unit can be ranked until this is fixed`,
  "text-number": (p) =>
    `A number typed as text "${p.value}", read as ${fmt(p.expected)}: retype it as a number if that is right; put notes in the ${EN_LABELS.unit.evidence} column`,
  "self-score-mismatch": (p) =>
    `The self score ${p.found} differs from the computed ${fmt(p.expected)}: correct the self score, or check the figures entered`,
  "verification-note-missing": () =>
    `The verified score differs from the self score and there is no verification note: give the reason in the ${EN_LABELS.unit.note} column`,
  "max-mismatch": (p) =>
    `The sheet's max (${p.found}) differs from the criteria table (${fmt(p.expected)}): copy it from the ${EN_LABELS.criteriaSheet} sheet`,
  "total-mismatch": (p) =>
    `The sheet's own total (${p.found}) differs from the computed ${fmt(p.expected)}: check the total's formula and the self scores`,
  "unit-name-mismatch": (p) => `The sheet names the unit "${p.found}", the units list "${p.name}": make the two the same`,
  "unlisted-sheet": () =>
    `A scoring table on a sheet that is not in the units list, so it is not counted: add the unit to the list on the ${EN_LABELS.settingsSheet} sheet if it belongs there`,
  "not-applicable": () => "The not-applicable mark is not allowed on this row: remove it and enter the score or figures",
  "not-verified": () => "Some criteria of this unit are not verified: enter the verified scores before proposing awards",
  "summary-stale": (p) =>
    `The summary is out of date, the data changed after it was made (data fingerprint ${p.found}, now ${p.value}): generate it again`,
  "conference-invalid": (p) =>
    `${EN_LABELS.conferenceSheet}: ${p.problem ? CONFERENCE_EN[p.problem](p) : ""}. No decision is taken: fix this cell`,
  "decision-below-threshold": (p) =>
    `A ${AWARD_EN[p.award ?? "flag"]} needs votes above ${fmt(p.threshold)}% of the members present, it has ${p.votes}/${p.members}, so no decision is taken: correct the decision or the votes`,
  "decision-over-quota": (p) =>
    `More ${AWARD_EN[p.award ?? "flag"]}s decided than the quota (${p.quota}), so no decision is taken: remove one`,
  "decision-ineligible": (p) =>
    `The unit cannot receive a ${AWARD_EN[p.award ?? "flag"]} (${INELIGIBLE_EN[p.value ?? ""] ?? p.value}), so no decision is taken: correct the decision`,
  "decision-differs": (p) =>
    `The decision differs from the score-based proposal (${PROPOSAL_EN[p.proposal ?? "none"]}): check it if this is not intended`,
  "history-invalid": (p) => historyInvalidMessage(p, "en"),
  "history-gap": (p) => historyGapMessage(p, "en"),
};

const DETAIL_VI: Record<MessageDetail, string> = {
  dash: "dấu gạch được hiểu là 0",
  note: `hãy ghi phần ghi chú vào cột ${VI_LABELS.unit.evidence}`,
  "evidence-zero": "hàng này được tính 0 điểm cho đến khi có minh chứng",
  "evidence-as-entered": "điểm trừ vẫn được tính như đã nhập",
  "na-not-allowed": `tiêu chí này không được đánh dấu không áp dụng (xem cột ${VI_LABELS.criteria.mayBeNotApplicable}); hãy nhập điểm`,
  "na-overruled": "dấu không áp dụng bị bỏ qua vì cấp trên đã chấm điểm",
  "na-not-regular": "điểm thưởng và điểm trừ không thể không áp dụng; hãy để trống hoặc nhập 0",
  "na-whole-group": "mọi tiêu chí của nhóm đều không áp dụng; nhóm phải có ít nhất một tiêu chí được chấm",
};

const DETAIL_EN: Record<MessageDetail, string> = {
  dash: "the dash is read as 0",
  note: `put notes in the ${EN_LABELS.unit.evidence} column`,
  "evidence-zero": "the row counts 0 points until evidence is given",
  "evidence-as-entered": "the deduction still counts as entered",
  "na-not-allowed": `this criterion may not be marked not applicable (see the ${EN_LABELS.criteria.mayBeNotApplicable} column); enter a score`,
  "na-overruled": "the mark is ignored because a higher level scored the row",
  "na-not-regular": "bonus and deduction rows cannot be not applicable; leave them blank or enter 0",
  "na-whole-group": "every criterion of the group is not applicable; a group needs at least one scored criterion",
};

/**
 * The message of an issue in the report language.
 * @example issueMessage("out-of-range", { value: "4", max: 3 }, "en") === "4 is outside 0 – 3"
 */
export function issueMessage(rule: RuleId, params: MessageParams, language: Language): string {
  const message = (language === "vi" ? VI : EN)[rule](params);
  if (!params.detail) return message;
  return `${message}; ${(language === "vi" ? DETAIL_VI : DETAIL_EN)[params.detail]}`;
}
