// The Settings sheet's schema (spec §2, §7.2–§7.4): one entry per key, in the order the template
// writes them. An entry holds the key's labels, the kind of value (schema/kinds.ts: how it is read;
// sheets/templateSettings.ts: how the template writes it) and its default. The reader, the
// template, the Settings type, the defaults and the docs' table all come from here: a new key is
// one entry. The template's own words about a key, the hint beside it and its drop-down's prompt,
// are in words/template.ts: the ribbon reads this schema but never writes a template, so its
// bundle leaves them out.
import type { Language, ReviewKind, Settings, TieBreakKey } from "../model/types";
import { labelIn, labelSetOf, type Field } from "./field";
import { DATE, LANGUAGE, QUOTA, REVIEW_KIND, TEXT, THRESHOLD, TIE_BREAK, VOTE_PERCENT, YES_NO, lines, type SettingKind } from "./kinds";
import type { DayDate } from "./cells";

export interface SettingField<V> extends Field {
  kind: SettingKind<V>;
  /** The value of a blank or missing key (spec §2). */
  default: V;
}

const field = <V>(vi: string, en: string, kind: SettingKind<V>, value: V): SettingField<V> => ({
  labels: { vi: [vi], en: [en] },
  kind,
  default: value,
});

export const SETTINGS_FIELDS = {
  clusterName: field("Tên cụm thi đua", "Cluster name", TEXT, null),
  period: field("Kỳ đánh giá", "Period", TEXT, null),
  // Under the period it goes with. At a year review only are awards proposed.
  reviewKind: field<ReviewKind>("Loại kỳ", "Review kind", REVIEW_KIND, "year"),
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
  verificationRequired: field("Yêu cầu thẩm định", "Verification required", YES_NO, false),
  // The award names written out wherever an award is shown (§7.3); null = the language's default.
  flagName: field("Tên Cờ thi đua", "Flag name", TEXT, null),
  certificateName: field("Tên Bằng khen", "Certificate name", TEXT, null),
  // The date of the date line when set (§7.4).
  datePrepared: field<DayDate | null>("Ngày lập", "Date prepared", DATE, null),
  // In percent (§7.4): an award decided needs its votes above it.
  voteThreshold: field("Tỷ lệ phiếu tối thiểu", "Vote threshold", VOTE_PERCENT, 50),
  // Version 2.1 (spec §8.1): for the papers in the state's format. Blank leaves each paper its own default.
  recipients: field("Nơi nhận", "Recipients", lines(";"), null),
  addressee: field("Kính gửi", "To", TEXT, null),
  legalBases: field("Căn cứ", "Grounds", lines(), null),
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
