// The template's Settings rows: each key's label, its value as its kind writes it, its hint and
// its drop-down. A kind is read back by schema/kinds.ts; its writing is here, by the kind's name,
// because the ribbon's bundle carries the kinds (it reads Settings) but never writes a template.
import { cellRange } from "../model/address";
import type { Language, OutputValue, ReviewKind, Settings, TieBreakKey } from "../model/types";
import { maxTotal } from "../score/score";
import { dayMonthYear, percentFormat, thresholdCell, type DayDate } from "../schema/cells";
import { REVIEW_KIND_FIELDS, TIE_BREAK_FIELDS, choiceWords, reviewKindOfPeriod } from "../schema/choices";
import { labelIn } from "../schema/field";
import type { KindName } from "../schema/kinds";
import { SETTINGS_FIELDS, THRESHOLD_KEYS, type SettingField, type SettingsKey, type ThresholdKey } from "../schema/settings";
import { AWARD_WORDS, type TemplateText } from "../words";
import { SETTINGS_DROP_DOWNS } from "../words/template";
import { numberFormat as inLanguage } from "./sheet";
import { InputSheetDraft } from "./inputSheet";
import type { TemplateInput } from "./templateParts";

/** A value as the template writes it, and for one written as a percent, the format that shows it so. */
interface SettingCell {
  value: OutputValue;
  numberFormat?: string;
}

/** What the template's words and facts give the writer. */
export interface WriteContext {
  language: Language;
  scale: number;
  yesNo: readonly [string, string];
  /** The review kind to write: null leaves the cell blank, so it follows the period. */
  writtenReviewKind: ReviewKind | null;
}

/**
 * How a value of a kind is written, and for a kind with a drop-down, the words it offers. Each
 * writer takes its kind's type of value: schema/settings.ts gives every key a value of its kind's
 * type, so the row writer, which goes over keys of all kinds, hands each writer its key's value.
 */
interface KindWriter {
  write(value: never, context: WriteContext): SettingCell;
  choices?(context: WriteContext): string[];
}

const plain = (value: OutputValue): SettingCell => ({ value });
const reviewKindWords = (language: Language) => choiceWords(REVIEW_KIND_FIELDS, language);
const tieBreakWords = (language: Language) => choiceWords(TIE_BREAK_FIELDS, language);

const KIND_WRITERS: Record<KindName, KindWriter> = {
  text: { write: (value: string | null) => plain(value) },
  // One per line.
  lines: { write: (value: string[] | null) => plain(value === null ? null : value.join("\n")) },
  "yes-no": { write: (value: boolean, context) => plain(context.yesNo[value ? 0 : 1]), choices: (context) => [...context.yesNo] },
  quota: { write: (value: number) => plain(value) },
  threshold: { write: (points: number, context) => thresholdCell(points, context.scale) },
  // A fraction shown as a percent, read back like the plan floor (spec §7.7).
  "vote-percent": { write: (percent: number) => ({ value: percent / 100, numberFormat: percentFormat(percent) }) },
  // Text, not a date cell: the reader takes `dd/mm/yyyy` as it is, whatever the machine's locale.
  date: { write: (date: DayDate | null) => plain(date === null ? null : dayMonthYear(date)) },
  // The template's own language: an English template reports in English.
  language: { write: (_value: Language, context) => plain(context.language) },
  "review-kind": {
    write: (_value: ReviewKind, context) =>
      plain(context.writtenReviewKind === null ? null : reviewKindWords(context.language)[context.writtenReviewKind]),
    choices: (context) => [reviewKindWords(context.language)["half-year"], reviewKindWords(context.language).year],
  },
  "tie-break": {
    write: (keys: TieBreakKey[], context) =>
      plain(keys.map((key) => (key.kind === "group" ? key.code : tieBreakWords(context.language)[key.kind])).join("; ")),
  },
};

/** The award names' keys: left blank, the template writes the language's default, so the secretary sees what will be printed. */
const AWARD_NAME_KEYS: Partial<Record<SettingsKey, "flag" | "certificate">> = { flagName: "flag", certificateName: "certificate" };

/** A key's value as the template writes it: the thresholds are gathered in `Settings.thresholds`. */
function writtenValue(settings: Settings, key: SettingsKey, language: Language): unknown {
  if ((THRESHOLD_KEYS as readonly string[]).includes(key)) return settings.thresholds[key as ThresholdKey];
  const value = settings[key as keyof Settings];
  const award = AWARD_NAME_KEYS[key];
  return award ? (value ?? AWARD_WORDS[language][award]) : value;
}

export function settingsWriteContext(input: TemplateInput, text: TemplateText): WriteContext {
  const settings = input.settings;
  return {
    language: input.language,
    scale: maxTotal(input.criteria),
    yesNo: [text.yes, text.no],
    writtenReviewKind: input.reviewKind ?? (settings.reviewKind === reviewKindOfPeriod(settings.period) ? null : settings.reviewKind),
  };
}

/** One key's row: its label, its value as its kind writes it, its hint, and its drop-down if any. */
export function writeSettingRow(draft: InputSheetDraft, row: number, key: SettingsKey, settings: Settings, context: WriteContext): void {
  const field = SETTINGS_FIELDS[key] as SettingField<unknown>;
  const language = context.language;
  const writer = KIND_WRITERS[field.kind.name];
  const { value, numberFormat } = writer.write(writtenValue(settings, key, language) as never, context);
  draft.set(row, 0, labelIn(field, language), { bold: true });
  draft.set(row, 1, value, {
    horizontal: "left",
    wrap: true,
    ...(numberFormat ? { numberFormat: inLanguage(numberFormat, language) } : {}),
  });
  const hint = field.hint;
  if (hint) draft.set(row, 2, hint[language], { italic: true, wrap: true, fontSize: 11 });
  const choices = writer.choices?.(context);
  const dropDown = SETTINGS_DROP_DOWNS[field.kind.name];
  if (choices && dropDown) {
    draft.validate(cellRange(row, 1), {
      kind: "list",
      values: choices,
      prompt: dropDown.prompt[language],
      error: dropDown.error[language],
    });
  }
}
