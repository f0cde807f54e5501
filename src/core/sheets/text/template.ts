// The words of the template a cluster hands out: the Criteria and Settings sheets and each
// unit's self-assessment sheet. Labels the engine reads back (headers, keys, type names) are
// exactly the spec's (workbook.md §2).
import type { SettingsKey, VersionTwoSettingsKey } from "../../labels";
import type { CriterionType, GroupKind, Language } from "../../types";

/** Keys of the Settings sheet the template writes: the engine's own names for them. The version 2
 * keys are left blank (their defaults) until the template writes them (issue 11, templates). */
export type SettingsKeyName = Exclude<SettingsKey, VersionTwoSettingsKey>;

export interface TemplateText {
  criteriaSheet: string;
  settingsSheet: string;
  criteriaTitle: string;
  /** Criteria header, in column order: code, name, type, max, weight, per item, floor, evidence, disqualifies. */
  criteriaHeader: string[];
  typeLabels: Record<GroupKind | CriterionType, string>;
  yes: string;
  no: string;
  settingsTitle: string;
  settingsKeys: Record<SettingsKeyName, string>;
  /** Tie-break words other than group codes. */
  tieBreakWords: { completion: string; deduction: string; bonus: string };
  unitsHeader: [string, string, string];
  unitTitle: string;
  unitLabel: string;
  periodLabel: string;
  legend: string;
  /** The legend's line for criteria that need evidence (marked `(*)`). */
  evidenceLegend: string;
  /** The signature block under a unit's table: date line, title, what to sign with, name line. */
  signatureDate: string;
  signatureTitle: string;
  signatureHint: string;
  signatureName: string;
  /** Unit sheet header: code, name, max, target, actual, quantity, self, verified, evidence, note. */
  unitHeader: string[];
  /** Yes/no answers offered in a drop-down; the first is yes. */
  yesNoChoices: [string, string];
  /**
   * The same for deduction rows, which ask whether something bad happened: answering `Đạt`
   * ("achieved") to "a fatal accident occurred" would read wrongly, so they offer `Có` / `Không`.
   */
  yesNoChoicesDeduction: [string, string];
  prompts: {
    selfScore: (max: string) => string;
    yesNo: string;
    yesNoDeduction: string;
    target: string;
    actual: string;
    quantity: (perItem: string, max: string) => string;
    verified: (max: string) => string;
    evidence: string;
  };
  errors: {
    score: (max: string) => string;
    yesNo: string;
    yesNoDeduction: string;
    nonNegative: string;
  };
}

export const TEMPLATE_TEXT: Record<Language, TemplateText> = {
  vi: {
    criteriaSheet: "Tiêu chí",
    settingsSheet: "Thiết lập",
    criteriaTitle: "BẢNG TIÊU CHÍ CHẤM ĐIỂM",
    criteriaHeader: [
      "Mã",
      "Nội dung",
      "Loại",
      "Điểm tối đa",
      "Hệ số",
      "Điểm mỗi đơn vị",
      "Ngưỡng tối thiểu (%)",
      "Cần minh chứng",
      "Loại trừ khen thưởng",
    ],
    typeLabels: {
      group: "Nhóm",
      "bonus-group": "Nhóm thưởng",
      "deduction-group": "Nhóm trừ",
      score: "Chấm điểm",
      yesno: "Đạt/Không đạt",
      plan: "Kế hoạch",
      count: "Đếm",
    },
    yes: "Có",
    no: "Không",
    settingsTitle: "THIẾT LẬP",
    settingsKeys: {
      clusterName: "Tên cụm thi đua",
      period: "Kỳ đánh giá",
      leaderUnit: "Đơn vị trưởng cụm",
      excellent: "Ngưỡng Xuất sắc",
      good: "Ngưỡng Tốt",
      fair: "Ngưỡng Khá",
      average: "Ngưỡng Trung bình",
      excellentRequiresAllTargets: "Xuất sắc phải đạt mọi chỉ tiêu",
      flagQuota: "Số Cờ thi đua",
      certificateQuota: "Số Bằng khen",
      tieBreak: "Thứ tự xét khi bằng điểm",
      language: "Ngôn ngữ báo cáo",
      parentBody: "Cơ quan cấp trên",
      place: "Địa danh",
      preparedBy: "Người lập biểu",
      signedBy: "Người ký",
    },
    tieBreakWords: { completion: "tỷ lệ hoàn thành", deduction: "điểm trừ", bonus: "điểm thưởng" },
    unitsHeader: ["STT", "Tên đơn vị", "Trang tính"],
    unitTitle: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA",
    unitLabel: "Đơn vị:",
    periodLabel: "Kỳ:",
    legend: "Hướng dẫn: đơn vị nhập vào các ô nền vàng; Tổ thẩm định nhập vào các ô nền xanh; các ô khác đã khóa.",
    evidenceLegend: "(*) Tiêu chí cần minh chứng: ghi tên, số hiệu văn bản kiểm chứng vào ô nền cam ở cột Minh chứng.",
    signatureDate: "…………, ngày …… tháng …… năm ……",
    signatureTitle: "THỦ TRƯỞNG ĐƠN VỊ",
    signatureHint: "(Ký, ghi rõ họ tên, đóng dấu)",
    signatureName: "……………………………………",
    unitHeader: [
      "Mã",
      "Nội dung tiêu chí",
      "Điểm tối đa",
      "Kế hoạch",
      "Thực hiện",
      "Số lượng",
      "Tự chấm",
      "Thẩm định",
      "Minh chứng",
      "Ghi chú thẩm định",
    ],
    yesNoChoices: ["Đạt", "Không đạt"],
    yesNoChoicesDeduction: ["Có", "Không"],
    prompts: {
      selfScore: (max) => `Nhập điểm tự chấm, từ 0 đến ${max}.`,
      yesNo: "Chọn Đạt hoặc Không đạt.",
      yesNoDeduction: "Chọn Có nếu việc này đã xảy ra, Không nếu không.",
      target: "Nhập chỉ tiêu kế hoạch (lớn hơn 0).",
      actual: "Nhập kết quả thực hiện.",
      quantity: (perItem, max) => `Nhập số lượng; mỗi đơn vị được ${perItem} điểm, tối đa ${max} điểm.`,
      verified: (max) => `Tổ thẩm định nhập điểm, từ 0 đến ${max}; ghi lý do nếu khác điểm tự chấm.`,
      evidence: "Tiêu chí này cần minh chứng: ghi tên, số hiệu, ngày của văn bản kiểm chứng.",
    },
    errors: {
      score: (max) => `Điểm phải là số từ 0 đến ${max}.`,
      yesNo: "Chỉ được chọn Đạt hoặc Không đạt.",
      yesNoDeduction: "Chỉ được chọn Có hoặc Không.",
      nonNegative: "Phải là số không âm.",
    },
  },
  en: {
    criteriaSheet: "Criteria",
    settingsSheet: "Settings",
    criteriaTitle: "SCORING CRITERIA",
    criteriaHeader: [
      "Code",
      "Criterion",
      "Type",
      "Max points",
      "Weight",
      "Points per item",
      "Plan floor (%)",
      "Evidence required",
      "Disqualifies awards",
    ],
    typeLabels: {
      group: "Group",
      "bonus-group": "Bonus group",
      "deduction-group": "Deduction group",
      score: "Score",
      yesno: "Yes/No",
      plan: "Plan",
      count: "Count",
    },
    yes: "Yes",
    no: "No",
    settingsTitle: "SETTINGS",
    settingsKeys: {
      clusterName: "Cluster name",
      period: "Period",
      leaderUnit: "Leader unit",
      excellent: "Excellent from",
      good: "Good from",
      fair: "Fair from",
      average: "Average from",
      excellentRequiresAllTargets: "Excellent requires all targets",
      flagQuota: "Emulation flags",
      certificateQuota: "Certificates of merit",
      tieBreak: "Tie-break order",
      language: "Report language",
      parentBody: "Parent body",
      place: "Place",
      preparedBy: "Prepared by",
      signedBy: "Signed by",
    },
    tieBreakWords: { completion: "completion", deduction: "deduction", bonus: "bonus" },
    unitsHeader: ["No.", "Unit", "Sheet"],
    unitTitle: "EMULATION SELF-ASSESSMENT",
    unitLabel: "Unit:",
    periodLabel: "Period:",
    legend: "How to fill in: the unit fills the yellow cells; the verification team fills the blue cells; other cells are locked.",
    evidenceLegend: "(*) Evidence required: name the supporting document (title, number) in the orange Evidence cell.",
    signatureDate: "…………, date ……………………",
    signatureTitle: "HEAD OF UNIT",
    signatureHint: "(Signature, full name and seal)",
    signatureName: "……………………………………",
    unitHeader: [
      "Code",
      "Criterion",
      "Max points",
      "Target",
      "Actual",
      "Quantity",
      "Self score",
      "Verified score",
      "Evidence",
      "Verification note",
    ],
    yesNoChoices: ["Yes", "No"],
    yesNoChoicesDeduction: ["Yes", "No"],
    prompts: {
      selfScore: (max) => `Enter the self score, 0 to ${max}.`,
      yesNo: "Choose Yes or No.",
      yesNoDeduction: "Choose Yes if this happened, No if not.",
      target: "Enter the planned target (greater than 0).",
      actual: "Enter the actual result.",
      quantity: (perItem, max) => `Enter the quantity; ${perItem} point(s) each, at most ${max}.`,
      verified: (max) => `Verification team: points 0 to ${max}; add a note when they differ from the self score.`,
      evidence: "This criterion needs evidence: give the supporting document's title, number and date.",
    },
    errors: {
      score: (max) => `Points must be a number from 0 to ${max}.`,
      yesNo: "Choose Yes or No only.",
      yesNoDeduction: "Choose Yes or No only.",
      nonNegative: "Must be a number, 0 or more.",
    },
  },
};
