// How the model turns typed input into cell contents (what Excel does with a string written to
// `values` or `formulas`), numbers as General shows them, and colours. Input is parsed like en-US
// typing whatever the display language is (Excel would use the user's locale).

/** An Excel error value such as `#DIV/0!`. */
export interface ErrorValue {
  kind: "error";
  code: string;
}

/** What a cell holds once parsed; `""` is an empty cell. */
export type StoredValue = number | string | boolean | ErrorValue;

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && (value as ErrorValue).kind === "error";
}

export const ERROR_CODES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

/** The result of parsing one string written through `values` or `formulas`. */
export interface ParsedInput {
  value?: StoredValue;
  formula?: string;
  quotePrefix?: boolean;
  /** A number format Excel applies when the cell is still "General" (e.g. "0%" for "50%"). */
  autoFormat?: string;
}

const NUMBER_INPUT = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?)(?:[eE]([+-]?\d+))?(%?)$/;
const ISO_DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number typed as text (`"1,234.5"`, `"-3"`, `"50%"`), or null. */
export function parseNumberInput(text: string): { value: number; autoFormat?: string } | null {
  const match = NUMBER_INPUT.exec(text.trim());
  if (!match || !/\d/.test(match[2])) return null;
  const digits = match[2].replace(/,/g, "");
  let value = Number(`${match[1]}${digits}${match[3] !== undefined ? `e${match[3]}` : ""}`);
  if (!Number.isFinite(value)) return null;
  const decimals = digits.includes(".") ? digits.split(".")[1].length : 0;
  if (match[4] === "%") {
    value = value / 100;
    return { value, autoFormat: decimals > 0 ? "0.00%" : "0%" };
  }
  if (match[2].includes(",")) return { value, autoFormat: decimals > 0 ? "#,##0.00" : "#,##0" };
  return { value };
}

/**
 * Parse a string the way Excel parses a value written through `Range.values`:
 * a leading `'` is a hidden prefix (text), a text-formatted (`@`) cell keeps text, `=…` is a
 * formula, number-like text is a number, `+…`/`-…` that is not a number is a formula, TRUE/FALSE
 * are booleans and ISO dates become date serials.
 */
export function parseInput(text: string, numberFormat: string): ParsedInput {
  if (text === "") return { value: "" };
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  const number = parseNumberInput(text);
  if (number) return { value: number.value, autoFormat: number.autoFormat };
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) return { formula: `=${text}` };
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const iso = ISO_DATE_INPUT.exec(text);
  if (iso) {
    const serial = dateToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, autoFormat: "yyyy-mm-dd" };
  }
  return { value: text };
}

/** Excel's serial number of a date (1900 date system; 1 Jan 2000 = 36526). */
export function dateToSerial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

// ---------------------------------------------------------------------------------------------
// Numbers as text (the formula evaluator joins them as Excel shows them)

/** Excel's "General" rendering: up to 11 characters, exponent form for very large/small numbers. */
export function formatGeneral(value: number): string {
  if (Object.is(value, -0) || value === 0) return "0";
  const abs = Math.abs(value);
  if (abs < 1e11 && abs >= 1e-9) {
    // Fast path: JavaScript's shortest form already fits Excel's 11 characters.
    const plain = String(value);
    if (plain.length <= 11 && !plain.includes("e")) return plain;
  }
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (value < 0 ? 1 : 0));
  return value.toFixed(decimals).replace(/\.?0+$/, "");
}

// ---------------------------------------------------------------------------------------------
// Colours

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  maroon: "#800000",
  teal: "#008080",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkblue: "#00008B",
  darkgreen: "#006400",
  darkred: "#8B0000",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
};

/** `"#RRGGBB"` of an HTML colour (`"#abc"`, `"#a1b2c3"`, `"red"`), or null when Excel would reject it. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const text = input.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(text)) {
    return `#${text
      .slice(1)
      .split("")
      .map((ch) => ch + ch)
      .join("")}`.toUpperCase();
  }
  return null;
}
