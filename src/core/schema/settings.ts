// The Settings sheet's schema (spec §2, §7.2–§7.4): one entry per key, in the order the template
// writes them. An entry holds the key's labels, the kind of value (schema/kinds.ts: how it is read;
// sheets/templateSettings.ts: how the template writes it), its default and the hint the template
// writes beside it (a drop-down's words follow its kind: words/template.ts). The reader, the
// template, the Settings type, the defaults and the docs' table all come from here: a new key is
// one entry.
import type { Language, ReviewKind, Settings, TieBreakKey } from "../model/types";
import { labelIn, labelSetOf, type Field, type Words } from "./field";
import { DATE, LANGUAGE, QUOTA, REVIEW_KIND, TEXT, THRESHOLD, TIE_BREAK, VOTE_PERCENT, YES_NO, lines, type SettingKind } from "./kinds";
import type { DayDate } from "./cells";

export interface SettingField<V> extends Field {
  kind: SettingKind<V>;
  /** The value of a blank or missing key (spec §2). */
  default: V;
  /** What the template writes right of the value: for keys a secretary may not know. None starts with a key's label. */
  hint?: Words;
}

const field = <V>(vi: string, en: string, kind: SettingKind<V>, value: V, more: Partial<SettingField<V>> = {}): SettingField<V> => ({
  labels: { vi: [vi], en: [en] },
  kind,
  default: value,
  ...more,
});

const AWARD_NAME_HINT = {
  vi: "Tên giải thưởng in trên bảng tổng hợp và các văn bản.",
  en: "The award's name as the summary and the papers print it.",
};

export const SETTINGS_FIELDS = {
  clusterName: field("Tên cụm thi đua", "Cluster name", TEXT, null),
  period: field("Kỳ đánh giá", "Period", TEXT, null),
  // Under the period it goes with. At a year review only are awards proposed.
  reviewKind: field<ReviewKind>("Loại kỳ", "Review kind", REVIEW_KIND, "year", {
    hint: {
      vi: "Sơ kết 6 tháng: xếp hạng, xếp loại, không đề nghị khen thưởng. Tổng kết năm: đề nghị Cờ thi đua, Bằng khen. Để trống: theo Kỳ đánh giá.",
      en: "half-year: ranks and classifies, proposes no award. year: proposes the Emulation Flag and Certificates of Merit. Blank: as the Period says.",
    },
  }),
  leaderUnit: field("Đơn vị trưởng cụm", "Leader unit", TEXT, null),
  // Points on the table's scale; the four together are Settings' `thresholds`.
  excellent: field("Ngưỡng Xuất sắc", "Excellent from", THRESHOLD, 90),
  good: field("Ngưỡng Tốt", "Good from", THRESHOLD, 80),
  fair: field("Ngưỡng Khá", "Fair from", THRESHOLD, 65),
  average: field("Ngưỡng Trung bình", "Average from", THRESHOLD, 50),
  excellentRequiresAllTargets: field("Xuất sắc phải đạt mọi chỉ tiêu", "Excellent requires all targets", YES_NO, true),
  flagQuota: field("Số Cờ thi đua", "Emulation flags", QUOTA, 1),
  certificateQuota: field("Số Bằng khen", "Certificates of merit", QUOTA, 2),
  tieBreak: field<TieBreakKey[]>("Thứ tự xét khi bằng điểm", "Tie-break order", TIE_BREAK, [
    { kind: "group", code: "I" },
    { kind: "completion" },
    { kind: "deduction" },
    { kind: "bonus" },
  ]),
  language: field<Language>("Ngôn ngữ báo cáo", "Report language", LANGUAGE, "vi"),
  parentBody: field("Cơ quan cấp trên", "Parent body", TEXT, null),
  place: field("Địa danh", "Place", TEXT, null),
  preparedBy: field("Người lập biểu", "Prepared by", TEXT, null),
  signedBy: field("Người ký", "Signed by", TEXT, null),
  // Version 2 (spec §7.2–§7.4). `Yêu cầu thẩm định` changes only the Notes.
  verificationRequired: field("Yêu cầu thẩm định", "Verification required", YES_NO, false, {
    hint: {
      vi: "Có: đơn vị còn tiêu chí chưa có điểm thẩm định hay điểm duyệt được ghi chờ thẩm định bên cạnh đề nghị khen thưởng.",
      en: "Yes: a unit with criteria that have neither a verified nor an approved score is noted as awaiting verification beside its award.",
    },
  }),
  // The award names written out wherever an award is shown (§7.3); null = the language's default.
  flagName: field("Tên Cờ thi đua", "Flag name", TEXT, null, { hint: AWARD_NAME_HINT }),
  certificateName: field("Tên Bằng khen", "Certificate name", TEXT, null, { hint: AWARD_NAME_HINT }),
  // The date of the date line when set (§7.4).
  datePrepared: field<DayDate | null>("Ngày lập", "Date prepared", DATE, null, {
    hint: {
      vi: "Ngày ở dòng địa danh, ngày tháng (dd/mm/yyyy). Để trống: ngày họp bình xét, nếu không có thì ngày lập bảng tổng hợp.",
      en: "The date of the date line (dd/mm/yyyy). Blank: the conference's date, else the day the summary is made.",
    },
  }),
  // In percent (§7.4): an award decided needs its votes above it.
  voteThreshold: field("Tỷ lệ phiếu tối thiểu", "Vote threshold", VOTE_PERCENT, 50, {
    hint: {
      vi: "Giải thưởng hội nghị bình xét quyết phải có tỷ lệ phiếu đồng ý trên mức này.",
      en: "An award the conference decides needs a share of the votes above this.",
    },
  }),
  // Version 2.1 (spec §8.1): for the papers in the state's format. Blank leaves each paper its own default.
  recipients: field("Nơi nhận", "Recipients", lines(";"), null, {
    hint: {
      vi: "Gửi biên bản và tờ trình đến: mỗi nơi một dòng, hoặc cách nhau bằng dấu ;.",
      en: "Where the minutes and the submission are sent: one per line, or separated by ;.",
    },
  }),
  addressee: field("Kính gửi", "To", TEXT, null, {
    hint: { vi: "Người nhận tờ trình đề nghị khen thưởng.", en: "Whom the submission proposing the awards is addressed to." },
  }),
  legalBases: field("Căn cứ", "Grounds", lines(), null, {
    hint: {
      vi: "Các văn bản làm căn cứ của tờ trình, mỗi văn bản một dòng.",
      en: "The documents the submission is grounded on, one per line.",
    },
  }),
};

export type SettingsKey = keyof typeof SETTINGS_FIELDS;
export type ThresholdKey = "excellent" | "good" | "fair" | "average";
/** The thresholds in the order they must descend. */
export const THRESHOLD_KEYS: readonly ThresholdKey[] = ["excellent", "good", "fair", "average"];

/** One value per key, of its kind's type; the thresholds are gathered in `Settings.thresholds`. */
export type SettingsValues = {
  -readonly [K in Exclude<SettingsKey, ThresholdKey>]: (typeof SETTINGS_FIELDS)[K] extends SettingField<infer V> ? V : never;
};

export const SETTINGS_KEYS = labelSetOf(SETTINGS_FIELDS);

/** A key's label in a language, as messages name it. */
export const settingLabel = (key: SettingsKey, language: Language): string => labelIn(SETTINGS_FIELDS[key], language);

/** The settings of a blank or missing value for every key (spec §2), and no units list. */
export const DEFAULT_SETTINGS: Settings = defaultSettings();

function defaultSettings(): Settings {
  const values: Record<string, unknown> = {};
  const thresholds = {} as Record<ThresholdKey, number>;
  for (const key of Object.keys(SETTINGS_FIELDS) as SettingsKey[]) {
    const value = SETTINGS_FIELDS[key].default;
    if ((THRESHOLD_KEYS as readonly string[]).includes(key)) thresholds[key as ThresholdKey] = value as number;
    else values[key] = value;
  }
  return { ...(values as SettingsValues), thresholds, units: null };
}
