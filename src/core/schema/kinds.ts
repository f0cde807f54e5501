// The kinds of value a Settings key holds, each with how its cell is read and how the template
// writes it. A key names its kind in schema/settings.ts; the reader and the template writer loop
// over the keys and call these, so a key of an existing kind needs no code of its own.
import { matchLabel } from "../model/text";
import type { CellValue, CriteriaTable, Language, OutputValue, ReviewKind, TieBreakKey } from "../model/types";
import { cellText, isBlank, readNumber, readYesNo, showValue } from "../model/values";
import type { SetupProblem } from "../words/messages";
import {
  REVIEW_KINDS,
  REVIEW_KIND_FIELDS,
  TIE_BREAK_FIELDS,
  choiceWords,
  defaultTieBreak,
  parseTieBreak,
  reviewKindOfPeriod,
} from "./choices";
import { dayMonthYear, percentFormat, percentText, readDate, thresholdCell, type DayDate } from "./cells";

/** What reading one value may need: the sheet's findings and the facts other keys give. */
export interface ReadContext {
  /** The value is not valid (`settings-invalid` at its cell); the default stays. */
  invalid(reason: SetupProblem, value: string): void;
  /** A number typed as text was read as `value` (`text-number`). */
  textNumber(shown: string, value: number): void;
  criteria: CriteriaTable | null;
  /** The criteria table's maximum: the scale a threshold written as a percent is a share of. */
  scale: number;
  /** The period as read, for a review kind left blank. */
  period: string | null;
}

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
  /** The award names written when the settings give none. */
  awardNames: { flag: string; certificate: string };
  /** The review kind to write: null leaves the cell blank, so it follows the period. */
  writtenReviewKind: ReviewKind | null;
}

/** The kinds, in the order their keys are read (see KIND_READ_ORDER). */
export type KindName =
  "text" | "lines" | "review-kind" | "date" | "vote-percent" | "threshold" | "quota" | "yes-no" | "language" | "tie-break";

/**
 * The order the kinds' keys are read in: text first, as the review kind needs the period; then
 * the order the checks have always come in, so a sheet's issues keep their order.
 */
export const KIND_READ_ORDER: readonly KindName[] = [
  "text",
  "lines",
  "review-kind",
  "date",
  "vote-percent",
  "threshold",
  "quota",
  "yes-no",
  "language",
  "tie-break",
];

export interface SettingKind<V> {
  name: KindName;
  /** The value of a cell (null when the key is absent); undefined keeps the default. */
  read(cell: CellValue, context: ReadContext, fallback: V): V | undefined;
  write(value: V, context: WriteContext): SettingCell;
  /** A drop-down of the words the value may be, with the key's prompt; null for free values. */
  choices?(context: WriteContext): string[];
}

const plain = (value: OutputValue): SettingCell => ({ value });
const textOf = (cell: CellValue): string | null => (cellText(cell) === "" ? null : cellText(cell));

/** Free text; blank is null. */
export const TEXT: SettingKind<string | null> = { name: "text", read: textOf, write: plain };

/**
 * Lines of text, one per line of the cell and also split at `separator` when given; blank lines
 * dropped, and nothing at all is null. The template writes them one per line.
 * @example lines(";").read("A; B\nC", …) → ["A", "B", "C"]
 */
export const lines = (separator?: string): SettingKind<string[] | null> => ({
  name: "lines",
  read(cell) {
    const text = textOf(cell);
    if (text === null) return null;
    const parts = text.split(/\r?\n/).flatMap((line) => (separator ? line.split(separator) : [line]));
    const kept = parts.map((part) => part.trim()).filter((part) => part !== "");
    return kept.length > 0 ? kept : null;
  },
  write: (value) => plain(value === null ? null : value.join("\n")),
});

/** An award's name; the template writes the language's default, so the secretary sees what will be printed. */
export const awardName = (award: "flag" | "certificate"): SettingKind<string | null> => ({
  name: "text",
  read: textOf,
  write: (value, context) => plain(value ?? context.awardNames[award]),
});

/** `Có` / `Không` and the other yes/no words (spec §1). */
export const YES_NO: SettingKind<boolean> = {
  name: "yes-no",
  read(cell, context) {
    const reading = readYesNo(cell);
    if (reading.kind === "invalid") context.invalid("not-yesno", reading.shown);
    return reading.kind === "yesno" ? reading.value : undefined;
  },
  write: (value, context) => plain(context.yesNo[value ? 0 : 1]),
  choices: (context) => [...context.yesNo],
};

/** A number, or a number typed as text (with a warning); not a number keeps the default. */
function readNumberSetting(cell: CellValue, context: ReadContext, fallback: number): number {
  const reading = readNumber(cell);
  if (reading.kind === "blank") return fallback;
  if (reading.kind === "invalid") {
    context.invalid("not-a-number", reading.shown);
    return fallback;
  }
  if (reading.fromText) context.textNumber(showValue(cell), reading.value);
  return reading.value;
}

/** A whole number of awards, 0 or more. */
export const QUOTA: SettingKind<number> = {
  name: "quota",
  read(cell, context, fallback) {
    const quota = readNumberSetting(cell, context, fallback);
    if (Number.isInteger(quota) && quota >= 0) return quota;
    context.invalid("quota", String(quota));
    return undefined;
  },
  write: plain,
};

/**
 * A threshold in points. One written as a percent (`90%`, or 0.9 from a cell showing 90 %) is a
 * share of the table's scale (§7.3), so a 1,000-point table can say 90% too.
 */
export const THRESHOLD: SettingKind<number> = {
  name: "threshold",
  read(cell, context, fallback) {
    const percent = percentText(cell);
    if (percent !== null) return (percent * context.scale) / 100;
    const points = readNumberSetting(cell, context, fallback);
    return points > 0 && points <= 1 && typeof cell === "number" ? points * context.scale : points;
  },
  write: (points, context) => thresholdCell(points, context.scale),
};

/** A share of votes in percent, read like the plan floor (§7.7): a value ≤ 1, or a cell showing 50 %, is a fraction. */
export const VOTE_PERCENT: SettingKind<number> = {
  name: "vote-percent",
  read(cell, context, fallback) {
    const percent = percentText(cell);
    if (percent !== null) return percent;
    const share = readNumberSetting(cell, context, fallback);
    if (share >= 0 && share <= 100) return share <= 1 ? share * 100 : share;
    context.invalid("vote-threshold", String(share));
    return undefined;
  },
  // A fraction shown as a percent, read back like the plan floor (spec §7.7).
  write: (percent) => ({ value: percent / 100, numberFormat: percentFormat(percent) }),
};

/** A date cell, or text `dd/mm/yyyy`. */
export const DATE: SettingKind<DayDate | null> = {
  name: "date",
  read(cell, context) {
    if (isBlank(cell)) return undefined;
    const date = readDate(cell);
    if (date === null) context.invalid("date", showValue(cell));
    return date ?? undefined;
  },
  // Text, not a date cell: the reader takes `dd/mm/yyyy` as it is, whatever the machine's locale.
  write: (date) => plain(date === null ? null : dayMonthYear(date)),
};

/** `vi` or `en`; the template writes its own language: an English template reports in English. */
export const LANGUAGE: SettingKind<Language> = {
  name: "language",
  read(cell, context) {
    const text = textOf(cell);
    if (text === null) return undefined;
    const language = text.trim().toLowerCase();
    if (language === "vi" || language === "en") return language;
    context.invalid("language", text);
    return undefined;
  },
  write: (_value, context) => plain(context.language),
};

/** Half-year or year (§7.3); blank follows the period. */
export const REVIEW_KIND: SettingKind<ReviewKind> = {
  name: "review-kind",
  read(cell, context) {
    const text = textOf(cell);
    if (text === null) return reviewKindOfPeriod(context.period);
    const kind = matchLabel(text, REVIEW_KINDS);
    if (kind === null) context.invalid("review-kind", text);
    return kind ?? undefined;
  },
  write: (_value, context) =>
    plain(context.writtenReviewKind === null ? null : reviewKindWords(context.language)[context.writtenReviewKind]),
  choices: (context) => [reviewKindWords(context.language)["half-year"], reviewKindWords(context.language).year],
};

/** Group codes and the words of TIE_BREAK_KEYS, separated by `;` or `,`; blank is the default order. */
export const TIE_BREAK: SettingKind<TieBreakKey[]> = {
  name: "tie-break",
  read(cell, context, fallback) {
    const text = textOf(cell);
    if (text === null) return defaultTieBreak(fallback, context.criteria);
    return parseTieBreak(text, context.criteria, (value) => context.invalid("tie-break", value));
  },
  write: (keys, context) =>
    plain(keys.map((key) => (key.kind === "group" ? key.code : tieBreakWords(context.language)[key.kind])).join("; ")),
};

const reviewKindWords = (language: Language) => choiceWords(REVIEW_KIND_FIELDS, language);
const tieBreakWords = (language: Language) => choiceWords(TIE_BREAK_FIELDS, language);
