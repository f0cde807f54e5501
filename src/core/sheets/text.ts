// Every word the output and template sheets print, Vietnamese and English side by side, so a
// wording change is made once and both languages stay in step. Labels the engine reads back
// (template headers, keys, type names) are exactly the spec's (workbook.md §2).
import type { SettingsKey } from "../labels";
import type { Award, Classification, CriterionType, GroupKind, Language, RuleId, Severity } from "../types";

export interface OutputSheetNames {
  summary: string;
  details: string;
  issues: string;
}

/** The sheets `thidua` and the pane write; the engine never reads them as input (spec §1). */
export const OUTPUT_SHEET_NAMES: Record<Language, OutputSheetNames> = {
  vi: { summary: "Tổng hợp", details: "Chi tiết", issues: "Kiểm tra" },
  en: { summary: "Summary", details: "Details", issues: "Issues" },
};

export const CLASSIFICATION_WORDS: Record<Language, Record<Classification, string>> = {
  vi: { excellent: "Xuất sắc", good: "Tốt", fair: "Khá", average: "Trung bình", "not-completed": "Không hoàn thành" },
  en: { excellent: "Excellent", good: "Good", fair: "Fair", average: "Average", "not-completed": "Not completed" },
};

/** Award proposals as a provincial committee words them. */
export const AWARD_WORDS: Record<Language, Record<Award, string>> = {
  vi: {
    flag: "Cờ thi đua của UBND tỉnh",
    certificate: "Bằng khen của Chủ tịch UBND tỉnh",
    "vote-flag": "Bỏ phiếu: Cờ thi đua",
    "vote-certificate": "Bỏ phiếu: Bằng khen",
  },
  en: {
    flag: "Emulation Flag",
    certificate: "Certificate of Merit",
    "vote-flag": "Vote: Emulation Flag",
    "vote-certificate": "Vote: Certificate of Merit",
  },
};

export const SEVERITY_WORDS: Record<Language, Record<Severity, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo" },
  en: { error: "Error", warning: "Warning" },
};

/** Short names of the checks, lower-case so they read inside a sentence (`2 lỗi: thiếu minh chứng`). */
export const RULE_NAMES: Record<Language, Record<RuleId, string>> = {
  vi: {
    "missing-sheet": "thiếu trang tính",
    "no-table": "không có bảng chấm điểm",
    "unknown-code": "mã không có trong bảng tiêu chí",
    "duplicate-code": "mã trùng",
    "missing-criterion": "thiếu tiêu chí",
    "empty-score": "chưa nhập điểm",
    "not-a-number": "không phải là số",
    "cell-error": "ô bị lỗi",
    "out-of-range": "ngoài giới hạn cho phép",
    "yesno-value": "sai giá trị Đạt/Không đạt",
    "plan-input": "thiếu số liệu kế hoạch",
    "evidence-missing": "thiếu minh chứng",
    "criteria-invalid": "bảng tiêu chí không hợp lệ",
    "settings-invalid": "thiết lập không hợp lệ",
    "text-number": "số nhập dạng chữ",
    "self-score-mismatch": "tự chấm khác điểm tính được",
    "verification-note-missing": "thiếu ghi chú thẩm định",
    "max-mismatch": "điểm tối đa khác bảng tiêu chí",
    "total-mismatch": "tổng cộng khác điểm tính được",
    "unit-name-mismatch": "tên đơn vị không khớp",
    "unlisted-sheet": "trang tính ngoài danh sách",
  },
  en: {
    "missing-sheet": "missing sheet",
    "no-table": "no scoring table",
    "unknown-code": "code not in the criteria",
    "duplicate-code": "duplicate code",
    "missing-criterion": "missing criterion",
    "empty-score": "no score entered",
    "not-a-number": "not a number",
    "cell-error": "cell error",
    "out-of-range": "out of range",
    "yesno-value": "not yes or no",
    "plan-input": "plan figures missing",
    "evidence-missing": "evidence missing",
    "criteria-invalid": "criteria table invalid",
    "settings-invalid": "settings invalid",
    "text-number": "number typed as text",
    "self-score-mismatch": "self score differs from computed",
    "verification-note-missing": "verification note missing",
    "max-mismatch": "max differs from the criteria",
    "total-mismatch": "own total differs from computed",
    "unit-name-mismatch": "unit name differs",
    "unlisted-sheet": "sheet not in the units list",
  },
};

/**
 * The first letter in upper case, for a rule name standing alone in a cell.
 * @example capitalize("thiếu minh chứng") === "Thiếu minh chứng"
 */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * A number as people in that language write it: at most two decimals, no trailing zeros,
 * a decimal comma in Vietnamese.
 * @example formatNumber(12.5, "vi") === "12,5"; formatNumber(12.5, "en") === "12.5"
 */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Math.round(value * 100) / 100;
  const text = String(rounded === 0 ? 0 : rounded);
  return language === "vi" ? text.replace(".", ",") : text;
}

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The place-and-date line under the national heading. In Vietnamese, days below 10 and the
 * months 1 and 2 take a leading zero (Decree 30/2020, appendix I), so a date cannot be altered
 * by adding a digit.
 * @example dateLine("vi", "Thanh Hóa", { year: 2024, month: 7, day: 24 }) === "Thanh Hóa, ngày 24 tháng 7 năm 2024"
 * @example dateLine("en", "Thanh Hóa", { year: 2024, month: 7, day: 4 }) === "Thanh Hóa, 4 July 2024"
 */
export function dateLine(language: Language, place: string | null, date: { year: number; month: number; day: number }): string {
  const { year, month, day } = date;
  const valid =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (!valid) throw new RangeError(`not a date: ${year}-${month}-${day}`);
  const where = place !== null && place.trim() !== "" ? place.trim() : null;
  if (language === "vi") {
    const dd = day < 10 ? `0${day}` : String(day);
    const mm = month <= 2 ? `0${month}` : String(month);
    const when = `ngày ${dd} tháng ${mm} năm ${year}`;
    return where ? `${where}, ${when}` : capitalize(when);
  }
  const when = `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
  return where ? `${where}, ${when}` : when;
}

/** What the scale line under the summary table states. */
export interface ScaleFacts {
  maxTotal: number;
  /** null when there is no bonus group (or the criteria are unknown). */
  bonusMax: number | null;
  thresholds: { excellent: number; good: number; fair: number; average: number };
  excellentRequiresAllTargets: boolean;
}

/**
 * The one line under the summary table that lets the printed page explain itself.
 * @example scaleLine("en", { maxTotal: 100, bonusMax: 10, thresholds, excellentRequiresAllTargets: false })
 *   === "Scale 100; bonus up to 10. Classification: Excellent from 90, Good from 80, Fair from 65, Average from 50."
 */
export function scaleLine(language: Language, facts: ScaleFacts): string {
  const n = (value: number) => formatNumber(value, language);
  const { thresholds: t } = facts;
  if (language === "vi") {
    const bonus = facts.bonusMax !== null ? `; điểm thưởng tối đa ${n(facts.bonusMax)}` : "";
    const targets = facts.excellentRequiresAllTargets ? " và đạt mọi chỉ tiêu kế hoạch" : "";
    return (
      `Thang điểm ${n(facts.maxTotal)}${bonus}. Xếp loại: Xuất sắc từ ${n(t.excellent)}${targets}, ` +
      `Tốt từ ${n(t.good)}, Khá từ ${n(t.fair)}, Trung bình từ ${n(t.average)}.`
    );
  }
  const bonus = facts.bonusMax !== null ? `; bonus up to ${n(facts.bonusMax)}` : "";
  const targets = facts.excellentRequiresAllTargets ? " with all plan targets met" : "";
  return (
    `Scale ${n(facts.maxTotal)}${bonus}. Classification: Excellent from ${n(t.excellent)}${targets}, ` +
    `Good from ${n(t.good)}, Fair from ${n(t.fair)}, Average from ${n(t.average)}.`
  );
}

export interface SummaryText {
  /** The national heading (Vietnamese documents only). */
  nationalHeading: { country: string; motto: string } | null;
  title: string;
  groupsHeading: string;
  columns: {
    no: string;
    unit: string;
    bonus: string;
    deduction: string;
    total: string;
    rank: string;
    classification: string;
    award: string;
    notes: string;
  };
  notRanked: string;
  tied: string;
  excludedFromAwards: string;
  targetsNotMet: string;
  errors: (count: number) => string;
  warnings: (count: number) => string;
  /** Why a unit without errors of its own is not ranked. */
  setupInvalid: string;
  preparedByTitle: string;
  leaderTitle: string;
  signatureNote: string;
}

export const SUMMARY_TEXT: Record<Language, SummaryText> = {
  vi: {
    nationalHeading: { country: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto: "Độc lập - Tự do - Hạnh phúc" },
    title: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA",
    groupsHeading: "Điểm theo nhóm tiêu chí",
    columns: {
      no: "STT",
      unit: "Đơn vị",
      bonus: "Điểm thưởng",
      deduction: "Điểm trừ",
      total: "Tổng điểm",
      rank: "Xếp hạng",
      classification: "Xếp loại",
      award: "Đề nghị khen thưởng",
      notes: "Ghi chú",
    },
    notRanked: "Không xếp hạng",
    tied: "Đồng hạng",
    excludedFromAwards: "Vi phạm tiêu chí loại trừ khen thưởng",
    targetsNotMet: "Đủ điểm Xuất sắc nhưng chưa đạt mọi chỉ tiêu kế hoạch",
    errors: (count) => `${count} lỗi`,
    warnings: (count) => `${count} cảnh báo`,
    setupInvalid: "Bảng tiêu chí hoặc thiết lập chưa hợp lệ (xem trang Kiểm tra)",
    preparedByTitle: "NGƯỜI LẬP BIỂU",
    leaderTitle: "TRƯỞNG CỤM THI ĐUA",
    signatureNote: "(Ký, ghi rõ họ tên)",
  },
  en: {
    nationalHeading: null,
    title: "EMULATION SCORING SUMMARY",
    groupsHeading: "Points by criteria group",
    columns: {
      no: "No.",
      unit: "Unit",
      bonus: "Bonus",
      deduction: "Deduction",
      total: "Total",
      rank: "Rank",
      classification: "Classification",
      award: "Proposed award",
      notes: "Notes",
    },
    notRanked: "Not ranked",
    tied: "Tied",
    excludedFromAwards: "Breaches a criterion that excludes awards",
    targetsNotMet: "Excellent on points, but not every plan target was met",
    errors: (count) => `${count} ${count === 1 ? "error" : "errors"}`,
    warnings: (count) => `${count} ${count === 1 ? "warning" : "warnings"}`,
    setupInvalid: "The criteria or settings are invalid (see the Issues sheet)",
    preparedByTitle: "PREPARED BY",
    leaderTitle: "CLUSTER LEADER",
    signatureNote: "(Signature and full name)",
  },
};

export interface DetailsText {
  title: string;
  columns: { code: string; name: string; max: string; weight: string };
  bonus: string;
  deduction: string;
  total: string;
  rank: string;
  notRanked: string;
  explanation: string;
  noCriteria: string;
}

export const DETAILS_TEXT: Record<Language, DetailsText> = {
  vi: {
    title: "BẢNG ĐIỂM CHI TIẾT THEO TIÊU CHÍ",
    columns: { code: "Mã", name: "Nội dung tiêu chí", max: "Điểm tối đa", weight: "Hệ số" },
    bonus: "Điểm thưởng",
    deduction: "Điểm trừ",
    total: "Tổng điểm",
    rank: "Xếp hạng",
    notRanked: "Không xếp hạng",
    explanation:
      "Hàng tiêu chí: điểm được tính (chưa nhân hệ số); hàng nhóm: điểm của nhóm (đã nhân hệ số, không vượt mức tối đa của nhóm). Ô trống: không đọc được điểm.",
    noCriteria: "Không lập được bảng điểm chi tiết vì bảng tiêu chí chưa hợp lệ; xem trang Kiểm tra.",
  },
  en: {
    title: "POINTS BY CRITERION",
    columns: { code: "Code", name: "Criterion", max: "Max points", weight: "Weight" },
    bonus: "Bonus",
    deduction: "Deduction",
    total: "Total",
    rank: "Rank",
    notRanked: "Not ranked",
    explanation:
      "Criterion rows: points counted (before weight); group rows: the group's subtotal (weighted, capped at the group's max). Blank: no usable points.",
    noCriteria: "No details: the criteria table is invalid; see the Issues sheet.",
  },
};

export interface IssuesText {
  title: string;
  columns: {
    no: string;
    severity: string;
    unit: string;
    sheet: string;
    cell: string;
    criterion: string;
    rule: string;
    message: string;
  };
  counts: (errors: number, warnings: number) => string;
  none: string;
}

export const ISSUES_TEXT: Record<Language, IssuesText> = {
  vi: {
    title: "DANH SÁCH LỖI VÀ CẢNH BÁO",
    columns: {
      no: "STT",
      severity: "Mức độ",
      unit: "Đơn vị",
      sheet: "Trang tính",
      cell: "Ô",
      criterion: "Tiêu chí",
      rule: "Loại kiểm tra",
      message: "Nội dung",
    },
    counts: (errors, warnings) =>
      `${errors} lỗi, ${warnings} cảnh báo. Đơn vị có lỗi chưa được xếp hạng; cảnh báo chỉ cần kiểm tra lại. Bấm vào ô để đến chỗ cần sửa.`,
    none: "Không có lỗi hay cảnh báo nào.",
  },
  en: {
    title: "ERRORS AND WARNINGS",
    columns: {
      no: "No.",
      severity: "Severity",
      unit: "Unit",
      sheet: "Sheet",
      cell: "Cell",
      criterion: "Criterion",
      rule: "Check",
      message: "Message",
    },
    counts: (errors, warnings) =>
      `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}. ` +
      "A unit with an error is not ranked; a warning only asks for a second look. Click a cell to go to it.",
    none: "No errors or warnings.",
  },
};

/** Keys of the Settings sheet: the engine's own names for them. */
export type SettingsKeyName = SettingsKey;

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
    },
    errors: {
      score: (max) => `Points must be a number from 0 to ${max}.`,
      yesNo: "Choose Yes or No only.",
      yesNoDeduction: "Choose Yes or No only.",
      nonNegative: "Must be a number, 0 or more.",
    },
  },
};
