// Reading one cell's value as a number or a yes/no answer (spec §1).
import { EXCEL_ERROR_TEXTS, NO_WORDS, NOT_APPLICABLE_MARKS, YES_WORDS } from "../schema/labels";
import { makeLabelSet, matchLabel } from "./text";
import type { CellValue } from "./types";

/** The outcome of reading a cell where a number belongs. */
type NumberReading =
  | { kind: "blank" }
  | { kind: "number"; value: number; fromText: boolean }
  /** `cell-error` (an Excel error or a formula never calculated) or `not-a-number`. */
  | { kind: "invalid"; rule: "cell-error" | "not-a-number"; shown: string };

type YesNoReading =
  { kind: "blank" } | { kind: "yesno"; value: boolean } | { kind: "invalid"; rule: "cell-error" | "yesno-value"; shown: string };

const ERROR_TEXTS = new Set<string>(EXCEL_ERROR_TEXTS);
/** Every error text starts with `#` (so other texts need no upper-case copy to be looked up). */
const ERROR_TEXTS_START_WITH_HASH = EXCEL_ERROR_TEXTS.every((text) => text.charAt(0) === "#");
// Yes/no values are labels (spec §7.6): `Không đạt (…)` is no, and the longest label wins, so
// `Có đạt` is yes and `Không có` is no.
const YES_NO_LABELS = makeLabelSet({ yes: YES_WORDS, no: NO_WORDS });

/**
 * How a cell value reads for a person, for messages.
 * @example showValue({ kind: "error", code: "#REF!" }) === "#REF!"
 */
export function showValue(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value.kind === "error") return value.code;
  if (value.kind === "date") return value.iso;
  return value.formula;
}

/** Whether a cell holds nothing: blank, or text that is only white space. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Whether a cell holds an Excel error, as an error value, as its text, or a never-calculated formula. */
function isErrorValue(value: CellValue): boolean {
  if (value === null || typeof value === "number" || typeof value === "boolean") return false;
  if (typeof value === "string") {
    const text = value.trim();
    // Yes/no words and evidence are read on every row: most texts are ruled out by their first character.
    if (ERROR_TEXTS_START_WITH_HASH && text.charAt(0) !== "#") return false;
    return ERROR_TEXTS.has(text.toUpperCase());
  }
  return value.kind === "error" || value.kind === "uncalculated";
}

// Vietnamese writing: `.` groups thousands, `,` is the decimal mark (`1.234.567`, `1.234,5`).
const VI_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
// English writing with `,` grouping: `1,234.5` or `1,234,567` (a single `,` alone is Vietnamese decimal).
const EN_GROUPED = /^[+-]?\d{1,3}(,\d{3})+\.\d+$|^[+-]?\d{1,3}(,\d{3}){2,}$/;
const VI_DECIMAL = /^[+-]?\d+(,\d+)?$/;
const EN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The number a text spells, Vietnamese or English style; null when it spells none.
 * @example parseNumberText("8,5") === 8.5; parseNumberText("1.000") === 1000; parseNumberText(" 7.25 ") === 7.25
 */
export function parseNumberText(text: string): number | null {
  // No look-behind here: IE11 (Office 2019) cannot parse it.
  const t = text.replace(/[\s\u00a0]+/g, " ").trim();
  let canonical: string | null = null;
  if (VI_GROUPED.test(t)) canonical = t.replace(/\./g, "").replace(",", ".");
  else if (EN_GROUPED.test(t)) canonical = t.replace(/,/g, "");
  else if (VI_DECIMAL.test(t)) canonical = t.replace(",", ".");
  else if (EN_DECIMAL.test(t)) canonical = t;
  if (canonical === null) return null;
  const n = Number(canonical);
  return Number.isFinite(n) ? n : null;
}

// Readings that carry nothing of their own are shared: a 1,000-unit workbook reads 36,000 cells.
const BLANK = Object.freeze({ kind: "blank" as const });
const YES = Object.freeze({ kind: "yesno" as const, value: true });
const NO = Object.freeze({ kind: "yesno" as const, value: false });

/**
 * Reads a cell where a number belongs.
 * @example readNumber("8,5") → { kind: "number", value: 8.5, fromText: true }
 */
export function readNumber(value: CellValue): NumberReading {
  if (isBlank(value)) return BLANK;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value, fromText: false }
      : { kind: "invalid", rule: "not-a-number", shown: String(value) };
  }
  if (isErrorValue(value)) return { kind: "invalid", rule: "cell-error", shown: showValue(value) };
  if (typeof value === "string") {
    const n = parseNumberText(value);
    if (n !== null) return { kind: "number", value: n, fromText: true };
  }
  return { kind: "invalid", rule: "not-a-number", shown: showValue(value) };
}

/** How an input number was written, when it was not a plain number (spec §1, §7.6). */
type InputNumberReading = NumberReading | { kind: "number"; value: number; fromText: true; how: "dash" | "note" };

// A lone dash means none (§7.6): hyphen, en dash, em dash.
const DASH = /^[-\u2013\u2014]$/;
// A number, then a space and a note that starts with `(`, `-`, `;` or a letter (§7.6).
// Letters as a range, not \p{L}: the ribbon runs this in IE11, which has no Unicode property escapes.
const NUMBER_THEN_NOTE = /^(\S+) ([(;\-\u2013\u2014]|[A-Za-z\u00c0-\u024f\u1e00-\u1eff])/;

/**
 * Reads a unit's numeric input cell (target, actual, quantity, self, verified or approved score):
 * as readNumber, and also a lone dash as 0 and a number followed by a note (`4 (có biên bản)`)
 * as that number, each with a `text-number` warning by the caller. A note with another digit
 * (`4 (BB số 12)`) stays not a number: the figure would be a guess.
 * @example readInputNumber("-") → { kind: "number", value: 0, fromText: true, how: "dash" }
 * @example readInputNumber("8,5 - đạt") → { kind: "number", value: 8.5, fromText: true, how: "note" }
 */
export function readInputNumber(value: CellValue): InputNumberReading {
  const reading = readNumber(value);
  if (reading.kind !== "invalid" || typeof value !== "string" || reading.rule !== "not-a-number") return reading;
  const text = value.replace(/[\s\u00a0]+/g, " ").trim();
  if (DASH.test(text)) return { kind: "number", value: 0, fromText: true, how: "dash" };
  const match = NUMBER_THEN_NOTE.exec(text);
  if (match) {
    const n = parseNumberText(match[1]);
    const rest = text.slice(match[1].length);
    if (n !== null && !/\d/.test(rest)) return { kind: "number", value: n, fromText: true, how: "note" };
  }
  return reading;
}

/**
 * Whether a cell holds the not-applicable mark (`Không áp dụng`, `KAD`, `N/A`, `NA`; spec §7.1).
 * @example isNotApplicableMark("N/A") === true
 */
export function isNotApplicableMark(value: CellValue): boolean {
  return typeof value === "string" && matchLabel(value, NOT_APPLICABLE_MARKS) !== null;
}

/**
 * Reads a yes/no cell: `Đạt`, `Có`, `Yes`, `Y`, `X`, `1`, TRUE are yes; `Không đạt`, `Không`,
 * `No`, `N`, `0`, FALSE are no.
 * @example readYesNo("Không đạt") → { kind: "yesno", value: false }
 */
export function readYesNo(value: CellValue): YesNoReading {
  if (isBlank(value)) return BLANK;
  if (typeof value === "boolean") return value ? YES : NO;
  if (typeof value === "number") {
    if (value === 1) return YES;
    if (value === 0) return NO;
    return { kind: "invalid", rule: "yesno-value", shown: String(value) };
  }
  if (isErrorValue(value)) return { kind: "invalid", rule: "cell-error", shown: showValue(value) };
  if (typeof value === "string") {
    const word = matchLabel(value, YES_NO_LABELS);
    if (word === "yes") return YES;
    if (word === "no") return NO;
  }
  return { kind: "invalid", rule: "yesno-value", shown: showValue(value) };
}

/**
 * The text of a label or name cell (numbers as written, other kinds as shown), trimmed.
 * @example cellText(12) === "12"
 */
export function cellText(value: CellValue): string {
  return showValue(value).trim();
}

/**
 * Rounds half away from zero to `places` decimals, after clearing binary noise
 * (so 1.005 rounds to 1.01, as a person computing by hand expects).
 * @example roundHalfAway(2.345) === 2.35; roundHalfAway(-2.345) === -2.35
 */
export function roundHalfAway(value: number, places = 2): number {
  const factor = Math.pow(10, places);
  const scaled = Math.abs(value) * factor;
  // Beyond 2^53 a double has no decimals left to round (and × factor may overflow to Infinity).
  if (!(scaled < Number.MAX_SAFE_INTEGER)) return value;
  const floor = Math.floor(scaled);
  // 1.005 × 100 is 100.49999999999999 in binary; a difference that small from .5 is noise.
  const half = Math.abs(scaled - floor - 0.5) <= 1e-9 * Math.max(1, scaled);
  const rounded = (half ? floor + 1 : Math.round(scaled)) / factor;
  return value < 0 ? -rounded : rounded === 0 ? 0 : rounded;
}

/** Two checked values agree unless they differ by more than 0.005 (spec §3). */
export function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > 0.005 + 1e-9;
}
