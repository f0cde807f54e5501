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
 * prime (2^24 + 2^8 + 0x93) is spelt as shifts so it stays exact in 32 bits without Math.imul.
 * @example fnv1a("") === "811c9dc5"
 */
export function fnv1a(text: string): string {
  return hex(mixText(FNV_OFFSET, text));
}

const FNV_OFFSET = 0x811c9dc5;

/** The FNV-1a state after `text`'s code units, from `hash`: texts mixed in turn hash as one text joined. */
function mixText(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = (hash + (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)) >>> 0;
  }
  return hash;
}

function hex(hash: number): string {
  const digits = hash.toString(16);
  return "00000000".slice(digits.length) + digits;
}

/**
 * One cell as fingerprint text; blank is "" so a cell cleared and a cell never typed agree, and
 * the kind is tagged so the number 1 and the text "1" differ.
 */
function cellText(value: CellValue | undefined): string {
  // undefined: a hole in a sparse row, blank as a null is.
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return `n${value}`;
  if (typeof value === "string") return `s${value}`;
  if (typeof value === "boolean") return value ? "bT" : "bF";
  if (value.kind === "error") return `e${value.code}`;
  if (value.kind === "date") return `d${value.iso}`;
  return `f${value.formula}`;
}

/**
 * The fingerprint of the sheets a run reads: each sheet's name and its non-blank cells with their
 * places, in the order given. The Excel and ExcelJS readers give the same snapshot, so a summary
 * written by one is checked by the other.
 * @example inputFingerprint([criteriaSheet, settingsSheet, unitSheet]).length === 8
 */
export function inputFingerprint(sheets: readonly SheetSnapshot[]): string {
  // Mixed piece by piece, not joined first: at 1,000 units the joined text was most of the
  // engine's time and garbage. The pieces are the same, so the hash is too.
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
        const text = cellText(row[c]);
        if (text === "") continue;
        hash = mixText(hash, "\u0001");
        hash = mixText(hash, String(r));
        hash = mixText(hash, ",");
        hash = mixText(hash, String(c));
        hash = mixText(hash, "\u0001");
        hash = mixText(hash, text);
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
