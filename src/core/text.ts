// Label matching (spec §1). The ribbon command runs this code in Office 2019's IE11 webview, which
// has no String.prototype.normalize (and core-js does not polyfill it), so Vietnamese diacritics
// are folded with an explicit table instead of NFD decomposition.

const FOLDS: Array<[string, string]> = [
  ["aàáảãạăằắẳẵặâầấẩẫậ", "a"],
  ["eèéẻẽẹêềếểễệ", "e"],
  ["iìíỉĩị", "i"],
  ["oòóỏõọôồốổỗộơờớởỡợ", "o"],
  ["uùúủũụưừứửữự", "u"],
  ["yỳýỷỹỵ", "y"],
  ["dđ", "d"],
];

const FOLD_MAP: Record<string, string> = {};
for (const [letters, base] of FOLDS) {
  for (const letter of letters) FOLD_MAP[letter] = base;
}

/** Combining marks (U+0300–U+036F) left over from text typed in decomposed form. */
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Folds Vietnamese letters to plain Latin, lower-cased.
 * @example foldDiacritics("Đạt") === "dat"
 */
export function foldDiacritics(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(COMBINING, "").replace(NON_ASCII_ALL, (ch) => FOLD_MAP[ch] ?? ch);
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;

/** Labels repeat on every unit's sheet; remembering their normal form saves most of the work. */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 20000;

/**
 * A label's comparable form: trimmed, lower-cased, diacritics removed, white space collapsed,
 * one trailing `:` dropped.
 * @example normalizeLabel("  Đơn vị : ") === "don vi"
 */
export function normalizeLabel(text: string): string {
  const known = NORMALIZED.get(text);
  if (known !== undefined) return known;
  let folded = foldDiacritics(text)
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  if (folded.endsWith(":")) folded = folded.slice(0, -1).trim();
  if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
  NORMALIZED.set(text, folded);
  return folded;
}

/**
 * Whether a normalised cell text is the normalised label, or starts with it followed by a space
 * or `(`. Both arguments must already be normalised.
 * @example labelMatches("nguong toi thieu (%)", "nguong toi thieu") === true
 */
export function labelMatches(cell: string, label: string): boolean {
  if (cell === label) return true;
  if (!cell.startsWith(label)) return false;
  const next = cell.charAt(label.length);
  return next === " " || next === "(";
}

/** Labels of several fields, prepared once for repeated matching. */
export interface LabelSet<K extends string> {
  entries: Array<{ key: K; label: string }>;
}

/**
 * Prepares a table of field → labels (Vietnamese and English) for `matchLabel`.
 * @example makeLabelSet({ code: ["Mã", "Code"] })
 */
export function makeLabelSet<K extends string>(table: Record<K, readonly string[]>): LabelSet<K> {
  const entries: Array<{ key: K; label: string }> = [];
  for (const key of Object.keys(table) as K[]) {
    for (const label of table[key]) entries.push({ key, label: normalizeLabel(label) });
  }
  // Longest first, so `Loại trừ khen thưởng` wins over `Loại`.
  entries.sort((a, b) => b.label.length - a.label.length);
  return { entries };
}

/**
 * The field whose label a cell text matches, the longest label winning; null when none.
 * @example matchLabel("Loại trừ khen thưởng", criteriaLabels) === "disqualifies"
 */
export function matchLabel<K extends string>(text: string, set: LabelSet<K>): K | null {
  const cell = normalizeLabel(text);
  if (cell === "") return null;
  for (const entry of set.entries) {
    if (labelMatches(cell, entry.label)) return entry.key;
  }
  return null;
}

/**
 * Compares two names ignoring case, diacritic-insensitive spacing differences and surrounding space.
 * Diacritics still count: `Sông Chu` is not `Song Chu`.
 * @example sameName("Công ty  TNHH A", "công ty tnhh a") === true
 */
export function sameName(a: string, b: string): boolean {
  const squash = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
  return squash(a) === squash(b);
}

/**
 * A criterion code's comparable form: trimmed and upper-cased.
 * @example codeKey(" i.1 ") === "I.1"
 */
export function codeKey(code: string): string {
  let key = CODE_KEYS.get(code);
  if (key === undefined) {
    if (CODE_KEYS.size >= NORMALIZED_LIMIT) CODE_KEYS.clear();
    CODE_KEYS.set(code, (key = code.trim().toUpperCase()));
  }
  return key;
}

/** Codes repeat on every unit's sheet, like labels. */
const CODE_KEYS = new Map<string, string>();
