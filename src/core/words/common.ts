// Words more than one sheet prints (and the pane shows): the output sheets' names, the
// classifications, awards, severities and check names, and how numbers are written.
import type { Award, Classification, Decision, Language, RuleId, Settings, Severity, Votes } from "../model/types";

interface OutputSheetNames {
  summary: string;
  details: string;
  issues: string;
  /** The conference's papers (§7.5), written only when they apply. */
  minutes: string;
  nominations: string;
  /** The submission letter sent with them (§8.1), when decisions are taken. */
  submission: string;
}

/** The sheets `thidua` and the pane write; the engine never reads them as input (spec §1). */
export const OUTPUT_SHEET_NAMES: Record<Language, OutputSheetNames> = {
  vi: {
    summary: "Tổng hợp",
    details: "Chi tiết",
    issues: "Kiểm tra",
    minutes: "Biên bản",
    nominations: "Đề nghị khen thưởng",
    submission: "Tờ trình",
  },
  en: {
    summary: "Summary",
    details: "Details",
    issues: "Issues",
    minutes: "Minutes",
    nominations: "Nominations",
    submission: "Submission",
  },
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
    flag: "Provincial Emulation Flag",
    certificate: "Certificate of Merit of the Provincial Chairman",
    "vote-flag": "Vote: Provincial Emulation Flag",
    "vote-certificate": "Vote: Certificate of Merit of the Provincial Chairman",
  },
};

const VOTE_WORDS: Record<Language, string> = { vi: "Bỏ phiếu", en: "Vote" };

/**
 * An award as written out, under the Settings' own names (`Tên Cờ thi đua`, `Tên Bằng khen`,
 * spec §7.3) when set, else the language's default.
 * @example awardName("vote-flag", "vi", { flagName: "Cờ thi đua của UBND tỉnh Thanh Hóa", … }) === "Bỏ phiếu: Cờ thi đua của UBND tỉnh Thanh Hóa"
 */
export function awardName(award: Award, language: Language, settings?: Pick<Settings, "flagName" | "certificateName">): string {
  const isFlag = award === "flag" || award === "vote-flag";
  const own = settings ? (isFlag ? settings.flagName : settings.certificateName) : null;
  if (own === null || own === undefined || own.trim() === "") return AWARD_WORDS[language][award];
  return award.startsWith("vote-") ? `${VOTE_WORDS[language]}: ${own.trim()}` : own.trim();
}

/** `Không` as a decision reads as no award (§7.4). */
const NO_AWARD_WORDS: Record<Language, string> = { vi: "Không", en: "None" };
const VOTES_WORD: Record<Language, string> = { vi: "phiếu", en: "votes" };

/**
 * A conference decision with the votes it had, as the summary and the papers print it (§7.4). A
 * `Không` shows votes only when told which award's to count (the Notes and the terminal, §8.2).
 * @example decisionName("flag", { flag: 6, certificate: 0, members: 7 }, "vi", settings) === "Cờ thi đua của UBND tỉnh (6/7 phiếu)"
 * @example decisionName("none", { flag: 0, certificate: 2, members: 7 }, "vi", settings, "certificate") === "Không (2/7 phiếu)"
 */
export function decisionName(
  decision: Decision,
  votes: Votes | null,
  language: Language,
  settings?: Pick<Settings, "flagName" | "certificateName">,
  counted = decision === "none" ? null : decision,
): string {
  const name = decision === "none" ? NO_AWARD_WORDS[language] : awardName(decision, language, settings);
  return votes && counted ? name + " (" + votes[counted] + "/" + votes.members + " " + VOTES_WORD[language] + ")" : name;
}

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
    "empty-score": "chưa nhập số liệu",
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
    "not-applicable": "đánh dấu không áp dụng sai",
    "not-verified": "chưa thẩm định",
    "summary-stale": "bảng tổng hợp đã cũ",
    "conference-invalid": "trang bình xét không hợp lệ",
    "decision-below-threshold": "không đủ số phiếu",
    "decision-over-quota": "vượt số lượng khen thưởng",
    "decision-ineligible": "không đủ điều kiện khen thưởng",
    "decision-differs": "kết quả bình xét khác đề nghị",
  },
  en: {
    "missing-sheet": "missing sheet",
    "no-table": "no scoring table",
    "unknown-code": "code not in the criteria",
    "duplicate-code": "duplicate code",
    "missing-criterion": "missing criterion",
    "empty-score": "input missing",
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
    "not-applicable": "wrong not-applicable mark",
    "not-verified": "not verified",
    "summary-stale": "summary out of date",
    "conference-invalid": "conference sheet invalid",
    "decision-below-threshold": "votes below the threshold",
    "decision-over-quota": "award quota exceeded",
    "decision-ineligible": "unit not eligible",
    "decision-differs": "decision differs from the proposal",
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
