// Number formats in the workbook's language (§8.3): numbers print by format, never as text.
import type { CellStyle, Language } from "../model/types";

/**
 * A number format code that prints in the workbook's language. Format codes are always written
 * with `.` for the decimal point; what a reader shows for it is its own locale's separator, unless
 * the code names a locale: LibreOffice then prints the code in that locale (`[$-42A]0.00` →
 * `103,00`, `[$-409]0.00` → `103.00`), while Excel keeps the separators of the computer it runs
 * on and uses the tag only for dates and currency (docs/workbook.md, §8.3).
 * @example numberFormat("0.00", "vi") === "[$-42A]0.00"
 */
export function numberFormat(code: string, language: Language): string {
  return `${language === "vi" ? "[$-42A]" : "[$-409]"}${code}`;
}

/** Points with two decimals, the way every output sheet prints a score. */
export function scoreFormat(language: Language): string {
  return numberFormat("0.00", language);
}

/** A share of votes as a percent with two decimals, as a score prints (`85,71%` in Vietnamese). */
export function percentFormat(language: Language): string {
  return numberFormat("0.00%", language);
}

/**
 * A score cell's style (scoreFormat, centred), one object per language: SheetDraft knows a style
 * it met lately by identity, where a fresh literal per cell is compared property by property.
 */
export function scoreCellStyle(language: Language): CellStyle {
  return SCORE_CELL_STYLES[language];
}

const SCORE_CELL_STYLES: Record<Language, CellStyle> = {
  vi: { numberFormat: scoreFormat("vi"), horizontal: "center" },
  en: { numberFormat: scoreFormat("en"), horizontal: "center" },
};
