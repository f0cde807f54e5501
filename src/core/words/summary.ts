// The words of the Summary sheet: its heading, columns, notes, scale line and signature blocks,
// and the place-and-date line under the national heading.
import type { CalendarDate } from "../model/dates";
import type { Language } from "../model/types";
import { FINGERPRINT_WORDS } from "../run/fingerprint";
import { capitalize, formatNumber } from "./common";

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
/** 24-hour clock, as both languages print it on official papers. */
const clock = (t: { hour: number; minute: number }) => `${pad(t.hour)}:${pad(t.minute)}`;

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
export function dateLine(language: Language, place: string | null, date: CalendarDate): string {
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
interface ScaleFacts {
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

interface SummaryText {
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
    converted: string;
    selfTotal: string;
    difference: string;
    rank: string;
    /** `Hạng kỳ trước` and `Thay đổi`: only when last period's summary is given (issue 13). */
    previousRank: string;
    change: string;
    classification: string;
    award: string;
    /** `Kết quả bình xét`: only when the conference took some decision (§7.4). */
    decision: string;
    /** `Đủ điều kiện đề nghị`: the higher awards a unit's history meets, when there are rules (§9.2). */
    eligible: string;
    notes: string;
  };
  notRanked: string;
  /** The change of a unit last period did not list. */
  newUnit: string;
  tied: string;
  excludedFromAwards: string;
  targetsNotMet: string;
  errors: (count: number) => string;
  /** After a not-ranked unit's first error: how many more it has (§7.6). */
  otherErrors: (count: number) => string;
  /** The line under the title at a half-year review (§7.3). */
  halfYear: string;
  /** The bold line under the title when some unit is not ranked (§7.6). */
  provisional: (notRanked: number) => string;
  /** A unit whose points were converted: earned of its applicable maximum (§7.1). */
  convertedFrom: (earned: string, applicableMax: string) => string;
  /** An award proposed on scores not all verified, when verification is required (§7.2). */
  awaitingVerification: string;
  /** An Excellent unit left without an award because the quotas ran out (§7.6). */
  quotaUsed: string;
  /** Before the conference's decision with its votes (§8.2). */
  decided: string;
  /** After a decision that differs from the score-based proposal (§8.2). */
  notProposed: string;
  /** Why a unit without errors of its own is not ranked. */
  setupInvalid: string;
  preparedByTitle: string;
  leaderTitle: string;
  /** The small line under the signatures: when the summary was made and its data fingerprint. */
  madeAt: (date: CalendarDate, time: { hour: number; minute: number } | null, fingerprint: string) => string;
  signatureNote: string;
  /** The bar chart of totals by unit and the block of cells it is drawn from (issue 13). */
  chart: { title: string; dataHeading: string; conversion: string };
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
      converted: "Điểm quy đổi",
      selfTotal: "Tự chấm",
      difference: "Chênh lệch",
      rank: "Xếp hạng",
      previousRank: "Hạng kỳ trước",
      change: "Thay đổi",
      classification: "Xếp loại",
      award: "Đề nghị khen thưởng",
      decision: "Kết quả bình xét",
      eligible: "Đủ điều kiện đề nghị",
      notes: "Ghi chú",
    },
    notRanked: "Không xếp hạng",
    newUnit: "mới",
    tied: "Đồng hạng",
    excludedFromAwards: "Vi phạm tiêu chí loại trừ khen thưởng",
    targetsNotMet: "Đủ điểm Xuất sắc nhưng chưa đạt mọi chỉ tiêu kế hoạch",
    errors: (count) => `${count} lỗi`,
    otherErrors: (count) => `${count} lỗi khác`,
    halfYear: "SƠ KẾT 6 THÁNG",
    provisional: (n) => `KẾT QUẢ TẠM THỜI — ${n} đơn vị chưa được xếp hạng`,
    convertedFrom: (earned, max) => `quy đổi từ ${earned}/${max} điểm`,
    awaitingVerification: "chờ thẩm định",
    quotaUsed: "hết chỉ tiêu khen thưởng",
    decided: "Hội nghị quyết định",
    notProposed: "khác đề nghị theo điểm",
    setupInvalid: "Bảng tiêu chí hoặc thiết lập chưa hợp lệ (xem trang Kiểm tra)",
    preparedByTitle: "NGƯỜI LẬP BIỂU",
    madeAt: (d, t, f) => `Lập lúc ${t ? `${clock(t)} ` : ""}ngày ${pad(d.day)}/${pad(d.month)}/${d.year}, ${FINGERPRINT_WORDS.vi} ${f}`,
    leaderTitle: "TRƯỞNG CỤM THI ĐUA",
    signatureNote: "(Ký, ghi rõ họ tên)",
    chart: {
      title: "Điểm của các đơn vị theo nhóm tiêu chí",
      dataHeading: "Số liệu của biểu đồ (điểm trừ ghi số âm)",
      conversion: "Quy đổi",
    },
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
      converted: "Converted",
      selfTotal: "Self total",
      difference: "Difference",
      rank: "Rank",
      previousRank: "Previous rank",
      change: "Change",
      classification: "Classification",
      award: "Proposed award",
      decision: "Conference decision",
      eligible: "Eligible for",
      notes: "Notes",
    },
    notRanked: "Not ranked",
    newUnit: "new",
    tied: "Tied",
    excludedFromAwards: "Breaches a criterion that excludes awards",
    targetsNotMet: "Excellent on points, but not every plan target was met",
    errors: (count) => `${count} ${count === 1 ? "error" : "errors"}`,
    otherErrors: (count) => `${count} other ${count === 1 ? "error" : "errors"}`,
    halfYear: "HALF-YEAR REVIEW",
    provisional: (n) => `PROVISIONAL — ${n} ${n === 1 ? "unit" : "units"} not ranked`,
    convertedFrom: (earned, max) => `converted from ${earned}/${max} points`,
    awaitingVerification: "awaiting verification",
    quotaUsed: "award quota used",
    decided: "Conference decided",
    notProposed: "not the score-based proposal",
    setupInvalid: "The criteria or settings are invalid (see the Issues sheet)",
    preparedByTitle: "PREPARED BY",
    madeAt: (d, t, f) =>
      `Made ${t ? `at ${clock(t)} ` : ""}on ${d.day} ${ENGLISH_MONTHS[d.month - 1]} ${d.year}, ${FINGERPRINT_WORDS.en} ${f}`,
    leaderTitle: "CLUSTER LEADER",
    signatureNote: "(Signature and full name)",
    chart: {
      title: "Units' points by criteria group",
      dataHeading: "Chart data (deductions as negative numbers)",
      conversion: "Conversion",
    },
  },
};
