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
  return lower
    .replace(INVISIBLE, "")
    .replace(COMBINING, "")
    .replace(NON_ASCII_ALL, (ch) => FOLD_MAP[ch] ?? ch);
}

/**
 * Characters that show nothing but make two equal-looking texts differ: zero-width space, joiners
 * and the byte-order mark (U+200B–U+200D, U+2060, U+FEFF), the soft hyphen (U+00AD), the
 * Mongolian vowel separator (U+180E), invisible operators (U+2061–U+2064), and the bidirectional
 * marks and embeddings that web pages and some editors leave behind (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069).
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

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
 * Compares two names as people see them: ignoring case, surrounding and repeated white space,
 * invisible characters (zero-width and bidirectional marks) and whether the letters were typed
 * composed (NFC) or decomposed (NFD, as some Mac and web tools write). Diacritics still count:
 * `Sông Chu` is not `Song Chu`.
 * @example sameName("Công ty  TNHH A", "công ty tnhh a") === true
 */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * A name's comparable form, for sheet names and unit names alike (see `sameName`).
 * @example nameKey(" Sông\u200b Chu ") === "sông chu"
 */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    if (NAME_KEYS.size >= NORMALIZED_LIMIT) NAME_KEYS.clear();
    key = composeForComparison(name.replace(INVISIBLE, ""))
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
    NAME_KEYS.set(name, key);
  }
  return key;
}

/** Names repeat on every lookup of a sheet; their keys are remembered like labels'. */
const NAME_KEYS = new Map<string, string>();

/**
 * The text with its Vietnamese letters composed, as NFC would. Not String.prototype.normalize: the
 * ribbon command runs the engine in IE11, which lacks it, and core-js does not polyfill it (its
 * tables would outweigh the engine). The table below covers the letters these workbooks meet, and
 * gives every host the same answer.
 */
function composeForComparison(text: string): string {
  return COMBINING_ANY.test(text) ? composeVietnamese(text) : text;
}

const COMBINING_ANY = /[\u0300-\u036f]/;

/** Vowel marks: breve, circumflex, horn. */
const VOWEL_MARKS: Record<string, Record<string, string>> = {
  "\u0306": { a: "ă", A: "Ă" },
  "\u0302": { a: "â", A: "Â", e: "ê", E: "Ê", o: "ô", O: "Ô" },
  "\u031b": { o: "ơ", O: "Ơ", u: "ư", U: "Ư" },
};

/** Tone marks in the order the rows of TONED list them: grave, acute, hook above, tilde, dot below. */
const TONE_MARKS = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

/** Each row: a letter without tone, then with each tone of TONE_MARKS in order. */
const TONED = [
  "aàáảãạ",
  "ăằắẳẵặ",
  "âầấẩẫậ",
  "eèéẻẽẹ",
  "êềếểễệ",
  "iìíỉĩị",
  "oòóỏõọ",
  "ôồốổỗộ",
  "ơờớởỡợ",
  "uùúủũụ",
  "ưừứửữự",
  "yỳýỷỹỵ",
  "AÀÁẢÃẠ",
  "ĂẰẮẲẴẶ",
  "ÂẦẤẨẪẬ",
  "EÈÉẺẼẸ",
  "ÊỀẾỂỄỆ",
  "IÌÍỈĨỊ",
  "OÒÓỎÕỌ",
  "ÔỒỐỔỖỘ",
  "ƠỜỚỞỠỢ",
  "UÙÚỦŨỤ",
  "ƯỪỨỬỮỰ",
  "YỲÝỶỸỴ",
];
const TONE_OF: Record<string, string[]> = {};
for (const row of TONED) TONE_OF[row.charAt(0)] = row.split("").slice(1);

/**
 * Composes Vietnamese letters written as a base letter followed by combining marks, in any order
 * (NFD puts the dot below before the circumflex, some tools the other way round). Marks that do
 * not make a Vietnamese letter are left as they are.
 * @example composeVietnamese("So\u0302ng") === "Sông"
 */
export function composeVietnamese(text: string): string {
  return text.replace(/([A-Za-z\u00c0-\u1ef9])([\u0300-\u036f]+)/g, (whole: string, base: string, marks: string) => {
    let letter = base;
    let tone = -1;
    let rest = "";
    for (const mark of marks.split("")) {
      const withVowelMark = VOWEL_MARKS[mark]?.[letter];
      const toneIndex = TONE_MARKS.indexOf(mark);
      if (withVowelMark !== undefined) letter = withVowelMark;
      else if (toneIndex >= 0 && tone < 0) tone = toneIndex;
      else rest += mark;
    }
    const toned = tone < 0 ? letter : TONE_OF[letter]?.[tone];
    if (toned === undefined) return whole;
    return toned + rest;
  });
}

/**
 * A criterion code's comparable form: upper-cased, without invisible characters (as `nameKey`)
 * and without white space of any kind (a no-break space copied from a document inside `I.1`):
 * codes are short marks like `II.3` that no one tells apart by their spaces.
 * @example codeKey(" i.\u200b1 ") === "I.1"
 */
export function codeKey(code: string): string {
  let key = CODE_KEYS.get(code);
  if (key === undefined) {
    if (CODE_KEYS.size >= NORMALIZED_LIMIT) CODE_KEYS.clear();
    CODE_KEYS.set(
      code,
      (key = code
        .replace(INVISIBLE, "")
        .replace(/[\s\u00a0]+/g, "")
        .toUpperCase()),
    );
  }
  return key;
}

/** Codes repeat on every unit's sheet, like labels. */
const CODE_KEYS = new Map<string, string>();

/**
 * Each group's criteria's code keys, in table order (`keys[g][i]` is codeKey of
 * `groups[g].criteria[i].code`). Worked out once a table: each unit is scored and checked in
 * about eight passes over its criteria, and a codeKey per criterion per pass was 300,000 look-ups
 * at 1,000 units.
 * @example criterionKeys(table)[0][0] === "I.1"
 */
export function criterionKeys(table: { groups: ReadonlyArray<{ criteria: ReadonlyArray<{ code: string }> }> }): string[][] {
  let keys = CRITERION_KEYS.get(table);
  if (keys === undefined) {
    keys = table.groups.map((group) => group.criteria.map((criterion) => codeKey(criterion.code)));
    CRITERION_KEYS.set(table, keys);
  }
  return keys;
}

/** By table: a table is not changed once read, and a WeakMap keeps nothing alive past its run. */
const CRITERION_KEYS = new WeakMap<object, string[][]>();

/**
 * The name a screen with little room shows for a unit (§8.2: the pane's ranking, the chart's
 * categories): the units list's `Tên ngắn` / `Short name`, else its sheet's name, else (no sheet)
 * its name. The papers and the Summary's table keep the full name.
 * @example unitShortName({ unit: "Công ty TNHH Lam Sơn - Thanh Hóa", sheet: "Lam Sơn" }) === "Lam Sơn"
 */
export function unitShortName(result: { unit: string; sheet: string; shortName?: string }): string {
  return result.shortName ?? (result.sheet || result.unit);
}
