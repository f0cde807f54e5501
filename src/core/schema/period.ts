// The words a period is written with when the next period's workbook is made from this one
// (spec §8.5): a half-year review is followed by the year it belongs to, a year by the first half
// of the next year. Pure, so both hosts advance a period the same way.
import { foldDiacritics } from "../model/text";
import type { Language, ReviewKind } from "../model/types";
import { reviewKindOfPeriod } from "./choices";

/** A period as the template writes it, by kind and language. */
export const PERIOD_WORDS: Record<Language, { halfYear: (year: number) => string; year: (year: number) => string }> = {
  vi: { halfYear: (year) => `6 tháng đầu năm ${year}`, year: (year) => `Năm ${year}` },
  en: { halfYear: (year) => `First half of ${year}`, year: (year) => `Year ${year}` },
};

/**
 * How a period of a kind is written, for a new scoring workbook (spec §8.5): with no period given,
 * the year review of the year the host says it is (core reads no clock), never a fixed year.
 * @example periodName("year", 2025) === "Năm 2025"
 * @example periodName("half-year", 2025, "en") === "First half of 2025"
 */
export function periodName(kind: ReviewKind, year: number, language: Language = "vi"): string {
  const words = PERIOD_WORDS[language];
  return kind === "year" ? words.year(year) : words.halfYear(year);
}

/** Words that show a period is Vietnamese when it is written without diacritics (`nam 2025`). */
const VIETNAMESE_PERIOD_WORDS = ["nam", "thang", "so ket", "tong ket", "ca nam"];

/**
 * The period after `period`: `6 tháng đầu năm 2025` → `Năm 2025` → `6 tháng đầu năm 2026`, and in
 * English `First half of 2025` → `Year 2025` → `First half of 2026`. The kind is the one the
 * period names (§7.3); the year is its last four-digit number; the words are in the period's own
 * language, else in `language` (a period of digits only). null when the period names no year.
 * @example nextPeriod("Năm 2025", "vi") === "6 tháng đầu năm 2026"
 */
export function nextPeriod(period: string | null, language: Language): string | null {
  const year = periodYear(period);
  if (year === null || period === null) return null;
  const words = PERIOD_WORDS[periodLanguage(period, language)];
  return reviewKindOfPeriod(period) === "half-year" ? words.year(year) : words.halfYear(year + 1);
}

/**
 * The year a period names: its last four-digit number; null when it names none. The award
 * history's current year (§9.2) and the next period's both come from here.
 * @example periodYear("6 tháng đầu năm 2025") === 2025
 */
export function periodYear(period: string | null): number | null {
  if (period === null) return null;
  // No look-behind: the ribbon's IE11 engine cannot parse one.
  const years = period.match(/(^|\D)\d{4}(?!\d)/g);
  return years === null ? null : Number(years[years.length - 1].slice(-4));
}

/** The language a period is written in: Vietnamese by its words, English by its letters, else `language`. */
function periodLanguage(period: string, language: Language): Language {
  if (/[^ -~]/.test(period)) return "vi";
  const words = ` ${foldDiacritics(period).replace(/[^a-z0-9]+/g, " ")} `;
  if (VIETNAMESE_PERIOD_WORDS.some((word) => words.includes(` ${word} `))) return "vi";
  return /[a-z]/.test(words) ? "en" : language;
}
