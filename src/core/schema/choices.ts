// The words a Settings value may be: the kinds of review and the tie-break keys. The first label
// of each language (or its `written` form) is what the template writes.
import { codeKey, matchLabel, normalizeLabel } from "../model/text";
import type { CriteriaTable, Language, ReviewKind, TieBreakKey } from "../model/types";
import { labelSetOf, writtenLabel, type Field } from "./field";

/** `Loại kỳ` values (spec §7.3, §7.7). */
export const REVIEW_KIND_FIELDS: Record<ReviewKind, Field> = {
  "half-year": { labels: { vi: ["6 tháng", "Sơ kết"], en: ["half-year"] }, written: { vi: "Sơ kết 6 tháng" } },
  year: { labels: { vi: ["Tổng kết năm", "Năm", "Tổng kết", "Cả năm"], en: ["year"] } },
};
export const REVIEW_KINDS = labelSetOf(REVIEW_KIND_FIELDS);

/** Tie-break words other than group codes (spec §2). */
export const TIE_BREAK_FIELDS: Record<"completion" | "deduction" | "bonus", Field> = {
  completion: { labels: { vi: ["tỷ lệ hoàn thành"], en: ["completion"] } },
  deduction: { labels: { vi: ["điểm trừ"], en: ["deduction"] } },
  bonus: { labels: { vi: ["điểm thưởng"], en: ["bonus"] } },
};
export const TIE_BREAK_KEYS = labelSetOf(TIE_BREAK_FIELDS);

/** Words in a period that say it is a half-year review, when `Loại kỳ` is blank. */
export const HALF_YEAR_PERIOD_WORDS = ["6 tháng", "sơ kết", "half"] as const;

/** The words the template writes for each choice, in a language. */
export function choiceWords<K extends string>(fields: Record<K, Field>, language: Language): Record<K, string> {
  const words = {} as Record<K, string>;
  for (const key of Object.keys(fields) as K[]) words[key] = writtenLabel(fields[key], language);
  return words;
}

/**
 * The kind of review a period names when `Loại kỳ` is blank (§7.3): half-year when it says
 * `6 tháng`, `sơ kết` or `half`, else year.
 * @example reviewKindOfPeriod("6 tháng đầu năm 2024") === "half-year"
 */
export function reviewKindOfPeriod(period: string | null): ReviewKind {
  if (period === null) return "year";
  const folded = ` ${normalizeLabel(period)} `;
  // Whole words only, so `half` is not found inside another word. No RegExp built at run time:
  // in the IE11 ribbon bundle that pulls in core-js's whole RegExp constructor.
  const isWordChar = (ch: string) => (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9");
  const hasWord = (word: string) => {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      if (!isWordChar(folded.charAt(at - 1)) && !isWordChar(folded.charAt(at + word.length))) return true;
    }
    return false;
  };
  return HALF_YEAR_PERIOD_WORDS.some((word) => hasWord(normalizeLabel(word))) ? "half-year" : "year";
}

/**
 * How a period of a kind is written, for a new scoring workbook (spec §8.5): with no period given,
 * the year review of the year the host says it is (core reads no clock), never a fixed year.
 * @example periodName("year", 2025) === "Năm 2025"
 * @example periodName("half-year", 2025) === "6 tháng đầu năm 2025"
 */
export function periodName(kind: ReviewKind, year: number): string {
  return `${kind === "year" ? "Năm" : "6 tháng đầu năm"} ${year}`;
}

/** The default order skips group codes the table does not have (spec §2). */
export function defaultTieBreak(order: TieBreakKey[], criteria: CriteriaTable | null): TieBreakKey[] {
  return order.filter(
    (key) =>
      key.kind !== "group" ||
      (criteria !== null && criteria.groups.some((g) => g.kind === "group" && codeKey(g.code) === codeKey(key.code))),
  );
}

/**
 * Reads a tie-break order such as `I; tỷ lệ hoàn thành; điểm trừ; điểm thưởng`.
 * Group codes are kept as the criteria table writes them.
 */
export function parseTieBreak(text: string, criteria: CriteriaTable | null, onUnknown: (key: string) => void): TieBreakKey[] {
  const keys: TieBreakKey[] = [];
  for (const part of text.split(/[;,]/)) {
    const word = part.trim();
    if (word === "") continue;
    const named = matchLabel(word, TIE_BREAK_KEYS);
    if (named !== null) {
      keys.push({ kind: named });
      continue;
    }
    // Without a usable criteria table no unit is ranked anyway, so a group code cannot be judged.
    const group = criteria?.groups.find((g) => g.kind === "group" && codeKey(g.code) === codeKey(word));
    if (group) keys.push({ kind: "group", code: group.code });
    else if (criteria === null) keys.push({ kind: "group", code: word });
    else onUnknown(word);
  }
  return keys;
}
