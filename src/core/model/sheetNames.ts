// Sheet names Excel accepts (issue 19 §8). Excel refuses a name longer than 31 characters, one
// with `: \ / ? * [ ]`, a blank one, and one starting or ending with an apostrophe; a file that
// holds one anyway is "repaired" when opened, its sheet renamed or dropped. Every writer in both
// hosts names sheets through here, and the command line checks the sheets it copies.
import { nameKey } from "./text";

/** The longest sheet name Excel takes, in UTF-16 units (as Excel counts). */
export const MAX_SHEET_NAME = 31;

/** The characters Excel refuses in a sheet name: to test for (one), and to replace (all). */
const FORBIDDEN_ONE = /[:\\/?*[\]]/;
const FORBIDDEN_ALL = /[:\\/?*[\]]/g;

/** Why Excel would refuse a sheet name, or null when it takes it. */
export type SheetNameProblem = "blank" | "too-long" | "character" | "apostrophe";

/**
 * Why Excel would refuse `name` as a sheet name; null when it would take it.
 * @example sheetNameProblem("Tổng hợp") === null; sheetNameProblem("A/B") === "character"
 */
export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.trim() === "") return "blank";
  if (name.length > MAX_SHEET_NAME) return "too-long";
  if (FORBIDDEN_ONE.test(name)) return "character";
  if (/^'|'$/.test(name)) return "apostrophe";
  return null;
}

/**
 * `base + suffix` cut so the whole fits in 31 characters: the base is shortened (never splitting
 * a surrogate pair), the suffix kept whole.
 * @example fitSheetName("Công ty TNHH MTV Thủy lợi Nam Sông Mã", " (cũ 1)") === "Công ty TNHH MTV Thủy lợi (cũ 1)"
 */
export function fitSheetName(base: string, suffix: string): string {
  let cleaned = base.replace(FORBIDDEN_ALL, "-").replace(/^'+|'+$/g, "");
  if (cleaned.length + suffix.length > MAX_SHEET_NAME) {
    // Not trimEnd: the ribbon runs in IE11, and its polyfill would weigh more than this function.
    cleaned = cleaned
      .slice(0, MAX_SHEET_NAME - suffix.length)
      .replace(/[\ud800-\udbff]$/, "")
      .replace(/[\s']+$/, "");
  }
  const whole = cleaned + suffix;
  return /\S/.test(whole) ? whole : "-";
}

/**
 * A sheet name Excel takes and no sheet of `taken` has (compared as Excel does, see `nameKey`):
 * `wanted` itself when it can be, else cleaned and shortened, then `wanted (2)`, `(3)`… within 31
 * characters; `suffix(n)` words the numbering when another form is wanted (`Lam Sơn (cũ 1)`).
 * @example freeSheetName("Details", new Set([nameKey("Details")])) === "Details (2)"
 */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>, suffix?: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = fitSheetName(wanted, suffix ? suffix(n) : n > 1 ? ` (${n})` : "");
    if (!taken.has(nameKey(name))) return name;
  }
}
