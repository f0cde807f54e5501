// The data fingerprint of a run (issue 13): a short hash of every input sheet a run reads, printed
// on the Summary so a later check can tell the summary was made from other data (`summary-stale`),
// and so two printouts can be told apart. Pure and ES5-safe: the ribbon bundle runs it in IE11,
// which has no Math.imul and no crypto, so the hash is a 32-bit FNV-1a built from shifts.
import type { CellAddress, CellValue, SheetSnapshot, WorkbookSnapshot } from "../model/types";
import { nameKey } from "../model/text";
import { sheetNamed } from "../read/sheet";

/** The Summary's names in both languages; a run in English replaces a Vietnamese summary. */
const SUMMARY_SHEET_LABELS = ["Tổng hợp", "Summary"] as const;

/** The words before the fingerprint on the Summary's line, in both languages. */
export const FINGERPRINT_WORDS = { vi: "dấu dữ liệu", en: "data fingerprint" } as const;

/** Eight lower-case hex digits after one of FINGERPRINT_WORDS. */
const RECORDED = /(?:dấu dữ liệu|data fingerprint)\s+([0-9a-f]{8})(?![0-9a-f])/i;

/**
 * FNV-1a over the UTF-16 code units of a text, as eight hex digits. The multiplication by the FNV
 * prime (2^24 + 403) is applied without Math.imul, which IE11 lacks (mixCode).
 * @example fnv1a("") === "811c9dc5"
 */
export function fnv1a(text: string): string {
  return hex(mixText(FNV_OFFSET, text));
}

/** The FNV offset basis, as a signed 32-bit integer (the state is kept signed: see mixCode). */
const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * String.prototype.charCodeAt, called on each text instead of looked up on it: a workbook's texts
 * come in more of V8's string shapes (flat or joined, one- or two-byte, interned) than a look-up
 * site keeps fast, and a generic look-up for every code unit was two thirds of the fingerprint's
 * time at 1,000 units.
 */
const charCodeAt = String.prototype.charCodeAt;

/** The FNV-1a state after `text`'s code units, from `hash`: texts mixed in turn hash as one text joined. */
function mixText(hash: number, text: string): number {
  for (let i = 0, length = text.length; i < length; i++) hash = mixCode(hash, charCodeAt.call(text, i));
  return hash;
}

/**
 * The FNV-1a state after one code unit. The FNV prime is 2^24 + 403: hash × 403 stays below 2^41
 * and the sum below 2^53, so it is exact in a double and `| 0` takes it modulo 2^32, as the shifts
 * and adds of the prime's bits did, in two operations instead of ten. The state stays a signed
 * 32-bit integer, which the engine passes between functions without boxing it; hex() reads it
 * unsigned.
 */
function mixCode(hash: number, code: number): number {
  hash ^= code;
  return (hash * 403 + (hash << 24)) | 0;
}

/**
 * The state after the decimal digits of a whole number 0 ≤ n < 2^31, as String(n) spells them,
 * without making that string: a cell's place and most numbers typed are such numbers, and a
 * string for each was a third of the fingerprint's time at 1,000 units.
 */
function mixDigits(hash: number, n: number): number {
  // Two digits without recursing: the column, and most rows and points, are below 100.
  if (n >= 100) hash = mixDigits(hash, (n / 10) | 0);
  else if (n >= 10) hash = mixCode(hash, 48 + ((n / 10) | 0));
  return mixCode(hash, 48 + (n % 10));
}

/** The state after String(value): digit by digit for a whole number in int32 range (-0 spells "0"). */
function mixNumber(hash: number, value: number): number {
  return (value | 0) === value && value >= 0 ? mixDigits(hash, value) : mixText(hash, String(value));
}

function hex(hash: number): string {
  const digits = (hash >>> 0).toString(16);
  return "00000000".slice(digits.length) + digits;
}

/**
 * The state after a non-blank cell's fingerprint text, its kind tagged so the number 1 and the
 * text "1" differ. The tag and the text are mixed in turn rather than joined (the same hash,
 * without a string per cell).
 */
function mixCell(hash: number, value: Exclude<CellValue, null>): number {
  if (typeof value === "string") return mixText(mixCode(hash, 115 /* s */), value);
  if (typeof value === "number") return mixNumber(mixCode(hash, 110 /* n */), value);
  if (typeof value === "boolean") return mixText(hash, value ? "bT" : "bF");
  if (value.kind === "error") return mixText(mixCode(hash, 101 /* e */), value.code);
  if (value.kind === "date") return mixText(mixCode(hash, 100 /* d */), value.iso);
  return mixText(mixCode(hash, 102 /* f */), value.formula);
}

/**
 * The fingerprint of the sheets a run reads: each sheet's name and its non-blank cells with their
 * places, in the order given. The Excel and ExcelJS readers give the same snapshot, so a summary
 * written by one is checked by the other.
 * @example inputFingerprint([criteriaSheet, settingsSheet, unitSheet]).length === 8
 */
export function inputFingerprint(sheets: readonly SheetSnapshot[]): string {
  // Mixed piece by piece, not joined first: at 1,000 units the joined text was most of the
  // engine's time and garbage; and code by code, with no string per cell (mixCell) nor per
  // place and whole number (mixDigits).
  // The pieces are the same, so the hash is too.
  let hash = FNV_OFFSET;
  for (const sheet of sheets) {
    // Named as every layer compares names, so a rename Excel would call the same sheet (case,
    // spacing, an invisible mark) does not make the summary look stale.
    hash = mixText(hash, `\u0002${nameKey(sheet.name)}`);
    const rows = sheet.cells;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        // Blank (undefined is a hole in a sparse row) is left out with its place, so a cell
        // cleared and a cell never typed agree.
        if (value === null || value === undefined || value === "") continue;
        // "\u0001" r "," c "\u0001", then the cell's text
        const place = mixCode(mixDigits(mixCode(mixDigits(mixCode(hash, 1), r), 44), c), 1);
        // Texts, the most cells, mixed here: the call to mixCell was not inlined.
        hash = typeof value === "string" ? mixText(mixCode(place, 115 /* s */), value) : mixCell(place, value);
      }
    }
  }
  return hex(hash);
}

/** Where a summary recorded the fingerprint of the data it was made from. */
interface RecordedFingerprint {
  sheet: string;
  cell: CellAddress;
  fingerprint: string;
}

/**
 * Reads the fingerprint a Summary sheet recorded, or null when the workbook has no Summary or
 * the summary has no fingerprint line (one made before fingerprints were recorded).
 * @example readRecordedFingerprint(snapshot)?.fingerprint === "1a2b3c4d"
 */
export function readRecordedFingerprint(snapshot: WorkbookSnapshot): RecordedFingerprint | null {
  // Where outputs are marked, a Summary-named sheet without the mark is a unit's, not ours.
  const marked = snapshot.sheets.some((s) => s.outputMark === true);
  for (const sheet of snapshot.sheets) {
    if (!sheetNamed(sheet, SUMMARY_SHEET_LABELS) || (marked && sheet.outputMark !== true)) continue;
    for (let row = sheet.cells.length - 1; row >= 0; row--) {
      const cells = sheet.cells[row];
      for (let col = 0; col < cells.length; col++) {
        const value = cells[col];
        const found = typeof value === "string" ? RECORDED.exec(value) : null;
        if (found) return { sheet: sheet.name, cell: { row, col }, fingerprint: found[1].toLowerCase() };
      }
    }
  }
  return null;
}
