// The kinds of value a Settings key holds, each with how its cell is read. A key names its kind in
// schema/settings.ts; the reader loops over the keys and calls these, so a key of an existing kind
// needs no code of its own. How the template writes each kind is the template's
// (sheets/templateSettings.ts, by the kind's name): the ribbon reads Settings but never writes a
// template, so its bundle leaves the writing out.
import { matchLabel } from "../model/text";
import type { CellValue, CriteriaTable, Language, ReviewKind, TieBreakKey } from "../model/types";
import { cellText, isBlank, readNumber, readYesNo, showValue } from "../model/values";
import type { SetupProblem } from "../words/messages";
import { REVIEW_KINDS, defaultTieBreak, parseTieBreak, reviewKindOfPeriod } from "./choices";
import { percentText, readDate, type DayDate } from "./cells";

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
}

const textOf = (cell: CellValue): string | null => (cellText(cell) === "" ? null : cellText(cell));

/** Free text; blank is null. */
export const TEXT: SettingKind<string | null> = { name: "text", read: textOf };

/**
 * Lines of text, one per line of the cell and also split at `separator` when given; blank lines
 * dropped, and nothing at all is null.
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
});

/** `Có` / `Không` and the other yes/no words (spec §1). */
export const YES_NO: SettingKind<boolean> = {
  name: "yes-no",
  read(cell, context) {
    const reading = readYesNo(cell);
    if (reading.kind === "invalid") context.invalid("not-yesno", reading.shown);
    return reading.kind === "yesno" ? reading.value : undefined;
  },
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
};

/** Group codes and the words of TIE_BREAK_KEYS, separated by `;` or `,`; blank is the default order. */
export const TIE_BREAK: SettingKind<TieBreakKey[]> = {
  name: "tie-break",
  read(cell, context, fallback) {
    const text = textOf(cell);
    if (text === null) return defaultTieBreak(fallback, context.criteria);
    return parseTieBreak(text, context.criteria, (value) => context.invalid("tie-break", value));
  },
};
