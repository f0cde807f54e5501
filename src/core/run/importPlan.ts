// Importing units' own files (issue 13 §1): each unit fills in its copy of the template and sends
// it back; this works out, before anything is written, which sheet of which file becomes which
// unit's sheet in the cluster workbook, and what happens to the sheet there now. Pure: the
// command line and the add-in read the files and do the writing, both from the same plan.
import {
  CONFERENCE_SHEET_LABELS,
  CRITERIA_SHEET_LABELS,
  OUTPUT_SHEET_LABELS,
  SETTINGS_SHEET_LABELS,
  UNIT_INPUT_COLUMNS,
} from "../schema/labels";
import { IMPORTED_PREVIOUS_LABELS } from "../read/previous";
import { parseSettings } from "../read/settings";
import { IssueList, sheetNamed, withMergesBlanked } from "../read/sheet";
import { nameKey, sameName } from "../model/text";
import { freeSheetName, sheetNameProblem } from "../model/sheetNames";
import type { Language, SheetSnapshot, WorkbookSnapshot } from "../model/types";
import { findStatedName, findUnitTable } from "../read/unitSheet";
import { isBlank } from "../model/values";

/** One file the secretary picked: its name, and its sheets when it could be read as an .xlsx. */
export interface IncomingFile {
  name: string;
  /** null when the file is not an .xlsx workbook, or could not be read as one. */
  sheets: SheetSnapshot[] | null;
}

/** One unit's sheet to bring in. */
interface ImportEntry {
  /** Index into the files given. */
  file: number;
  fileName: string;
  /** The sheet's name in its file. */
  sourceSheet: string;
  /** The listed unit's name. */
  unit: string;
  /** The name it gets in the cluster workbook: the one the units list gives. */
  target: string;
  /** `new`: no sheet has that name yet; `replace`: the sheet there now makes way. */
  action: "new" | "replace";
  /** The sheet there now, by its current name (`replace` only). */
  existing: string | null;
  /**
   * What the replaced sheet is renamed to and kept as (`Lam Sơn (cũ 1)`); null when nothing
   * would be lost: a new sheet, or a sheet with nothing entered (a blank template sheet).
   */
  keptAs: string | null;
}

type SkipReason =
  /** The file is not an .xlsx workbook (by its name, or it could not be read as one). */
  | { kind: "not-xlsx" }
  /** No sheet of the file has a unit table for a listed unit. */
  | { kind: "no-unit" }
  /** The sheet has a unit table but nothing entered in it. */
  | { kind: "empty"; sheet: string; unit: string }
  /** Two sheets (of one file or two) are for the same unit: neither is taken. */
  | { kind: "unit-twice"; sheet: string; unit: string; otherFile: string; otherSheet: string }
  /** The unit's sheet name is that of a setup or output sheet, which import never touches. */
  | { kind: "protected"; sheet: string; unit: string; target: string }
  /** The units list's sheet name is one Excel refuses (over 31 characters, `: \ / ? * [ ]`). */
  | { kind: "sheet-name"; sheet: string; unit: string; target: string };

/** A file, or one sheet of it, left out, and why. */
interface SkippedLine {
  file: number;
  fileName: string;
  reason: SkipReason;
}

export interface ImportPlan {
  /** In the order of the files, then of their sheets. */
  entries: ImportEntry[];
  skipped: SkippedLine[];
}

/** The suffix a replaced sheet is kept under (`Lam Sơn (cũ 1)`), in the workbook's language. */
const KEPT_SUFFIX: Record<Language, (n: number) => string> = {
  vi: (n) => ` (cũ ${n})`,
  en: (n) => ` (old ${n})`,
};

/** Sheets import never writes, whatever a file holds: setup, conference, last period, outputs. */
const UNTOUCHABLE_LABELS: readonly string[] = [
  ...CRITERIA_SHEET_LABELS,
  ...SETTINGS_SHEET_LABELS,
  ...CONFERENCE_SHEET_LABELS,
  ...IMPORTED_PREVIOUS_LABELS,
  ...OUTPUT_SHEET_LABELS,
];

interface Listed {
  name: string;
  sheet: string;
}

/** A sheet of an incoming file that is some unit's, before duplicates are weeded out. */
interface Candidate {
  file: number;
  sheet: SheetSnapshot;
  unit: number;
  filled: boolean;
}

/**
 * The plan for bringing `files` into the cluster workbook `workbook`.
 * A sheet of a file is a unit's when it has a unit table and the unit name it states (`Đơn vị:`)
 * is a listed unit's, or else its sheet name is a listed sheet's; names are compared as the
 * engine compares them (`nameKey`: composed letters, invisible marks, case, spacing).
 * @example planImport(cluster, [{ name: "lam-son.xlsx", sheets }], "vi").entries[0]
 *   → { unit: "Công ty TNHH Lam Sơn - Thanh Hóa", target: "Lam Sơn", action: "replace", keptAs: "Lam Sơn (cũ 1)", … }
 */
export function planImport(workbook: WorkbookSnapshot, files: readonly IncomingFile[], language: Language): ImportPlan {
  const listed = listedUnits(workbook);
  const skipped: SkippedLine[] = [];
  const candidates = findCandidates(files, listed, skipped);
  const entries = planEntries(workbook, files, listed, candidates, skipped, language);
  skipped.sort((a, b) => a.file - b.file);
  return { entries, skipped };
}

/** The filled sheets of the files that are some listed unit's; a file with none is skipped. */
function findCandidates(files: readonly IncomingFile[], listed: Listed[], skipped: SkippedLine[]): Candidate[] {
  const candidates: Candidate[] = [];
  files.forEach((file, index) => {
    const skip = (reason: SkipReason) => skipped.push({ file: index, fileName: file.name, reason });
    if (file.sheets === null || !/\.xlsx$/i.test(file.name)) {
      skip({ kind: "not-xlsx" });
      return;
    }
    let found = false;
    for (const raw of file.sheets) {
      if (sheetNamed(raw, UNTOUCHABLE_LABELS)) continue;
      const sheet = withMergesBlanked(raw);
      const table = findUnitTable(sheet);
      if (!table) continue;
      const unit = unitOf(sheet, table.headerRow, listed);
      if (unit < 0) continue;
      found = true;
      const filled = hasEntries(sheet, table);
      // A blank copy of the template (a full workbook sent back with only its own sheet filled)
      // must never replace anything.
      if (!filled) skip({ kind: "empty", sheet: raw.name, unit: listed[unit].name });
      else candidates.push({ file: index, sheet: raw, unit, filled });
    }
    if (!found) skip({ kind: "no-unit" });
  });
  return candidates;
}

/**
 * Each candidate's entry: the sheet it replaces (kept under a new name when it holds entries) or
 * a new one. A unit two candidates are for, and a target that is a setup or output sheet, are skipped.
 */
function planEntries(
  workbook: WorkbookSnapshot,
  files: readonly IncomingFile[],
  listed: Listed[],
  candidates: Candidate[],
  skipped: SkippedLine[],
  language: Language,
): ImportEntry[] {
  const existing = new Map(workbook.sheets.map((s) => [nameKey(s.name), s]));
  // A kept sheet's name must not be one an imported sheet is about to take either.
  const taken = new Set([...workbook.sheets.map((s) => s.name), ...listed.map((u) => u.sheet)].map(nameKey));
  const entries: ImportEntry[] = [];
  for (const candidate of candidates) {
    const fileName = files[candidate.file].name;
    const skip = (reason: SkipReason) => skipped.push({ file: candidate.file, fileName, reason });
    const unit = listed[candidate.unit];
    const other = candidates.find((c) => c !== candidate && c.unit === candidate.unit);
    if (other) {
      const otherFile = files[other.file].name;
      skip({ kind: "unit-twice", sheet: candidate.sheet.name, unit: unit.name, otherFile, otherSheet: other.sheet.name });
      continue;
    }
    const target = unit.sheet;
    const there = existing.get(nameKey(target)) ?? null;
    if (sheetNamed({ name: target, cells: [], merges: [] }, UNTOUCHABLE_LABELS) || (there && sheetNamed(there, UNTOUCHABLE_LABELS))) {
      skip({ kind: "protected", sheet: candidate.sheet.name, unit: unit.name, target });
      continue;
    }
    if (!there && sheetNameProblem(target) !== null) {
      skip({ kind: "sheet-name", sheet: candidate.sheet.name, unit: unit.name, target });
      continue;
    }
    let keptAs: string | null = null;
    if (there && hasAnyEntries(there)) {
      keptAs = keptName(there.name, taken, language);
      taken.add(nameKey(keptAs));
    }
    entries.push({
      file: candidate.file,
      fileName,
      sourceSheet: candidate.sheet.name,
      unit: unit.name,
      target: there ? there.name : target,
      action: there ? "replace" : "new",
      existing: there ? there.name : null,
      keptAs,
    });
  }
  return entries;
}

/**
 * The units a file's sheet may be for: the units list, or without one every unit sheet of the
 * workbook (named as its sheet states, else by its sheet's name).
 */
function listedUnits(workbook: WorkbookSnapshot): Listed[] {
  const sheets = workbook.sheets.filter((s) => !sheetNamed(s, OUTPUT_SHEET_LABELS)).map(withMergesBlanked);
  const { settings } = parseSettings({ sheets }, null, new IssueList());
  // A row repeating an earlier row's sheet (settings-invalid) brings in nothing of its own.
  if (settings.units)
    return settings.units
      .filter((u) => !u.repeatsSheet)
      .map((u) => ({ name: u.name || u.sheet, sheet: u.sheet || u.name }))
      .filter((u) => u.sheet !== "");
  const units: Listed[] = [];
  for (const sheet of sheets) {
    if (sheetNamed(sheet, UNTOUCHABLE_LABELS)) continue;
    const table = findUnitTable(sheet);
    if (!table) continue;
    units.push({ name: findStatedName(sheet, table.headerRow)?.name ?? sheet.name, sheet: sheet.name });
  }
  return units;
}

/** The listed unit a sheet is for: by the name it states, else by its sheet name; -1 for none. */
function unitOf(sheet: SheetSnapshot, headerRow: number, listed: Listed[]): number {
  const stated = findStatedName(sheet, headerRow);
  if (stated) {
    const byName = listed.findIndex((u) => sameName(u.name, stated.name));
    if (byName >= 0) return byName;
  }
  return listed.findIndex((u) => nameKey(u.sheet) === nameKey(sheet.name));
}

/** Whether anything is entered in the table's input columns (targets, results, scores, reviews). */
function hasEntries(sheet: SheetSnapshot, table: NonNullable<ReturnType<typeof findUnitTable>>): boolean {
  const columns = UNIT_INPUT_COLUMNS.map((key) => table.columns[key]).filter((c): c is number => c !== undefined);
  const codeCol = table.columns.code as number;
  for (let row = table.lastHeaderRow + 1; row < sheet.cells.length; row++) {
    const cells = sheet.cells[row] ?? [];
    // Criterion rows only: the signature block below the table sits in the same columns.
    if (isBlank(cells[codeCol] ?? null)) continue;
    for (const col of columns) if (!isBlank(cells[col] ?? null)) return true;
  }
  return false;
}

/** Whether a sheet of the cluster workbook holds anything that would be lost by replacing it. */
function hasAnyEntries(sheet: SheetSnapshot): boolean {
  const blanked = withMergesBlanked(sheet);
  const table = findUnitTable(blanked);
  // A sheet without a unit table is someone's own: kept, whatever it holds.
  return table ? hasEntries(blanked, table) : true;
}

/**
 * A free name for a replaced sheet: `Lam Sơn (cũ 1)`, `(cũ 2)`…, the base shortened so the whole
 * stays within Excel's 31 characters (`freeSheetName`).
 */
export function keptName(name: string, taken: ReadonlySet<string>, language: Language): string {
  return freeSheetName(name, taken, KEPT_SUFFIX[language]);
}

/**
 * The plan as lines for people, in the given language: one per sheet brought in, then one per
 * file or sheet left out.
 * @example importPlanLines(plan, "en")[0] === "lam-son.xlsx › Lam Sơn → “Lam Sơn”: replaces the sheet there, kept as “Lam Sơn (old 1)”"
 */
export function importPlanLines(plan: ImportPlan, language: Language): string[] {
  return [...plan.entries.map((e) => importEntryText(e, language)), ...plan.skipped.map((s) => skippedText(s, language))];
}

/** One sheet brought in, as a sentence. */
function importEntryText(entry: ImportEntry, language: Language): string {
  const from = `${entry.fileName} › ${entry.sourceSheet} → “${entry.target}”`;
  if (language === "vi") {
    if (entry.action === "new") return `${from}: trang mới cho ${entry.unit}`;
    if (entry.keptAs === null) return `${from}: thay trang trống hiện có của ${entry.unit}`;
    return `${from}: thay trang hiện có của ${entry.unit}; trang cũ được giữ lại, đổi tên thành “${entry.keptAs}”`;
  }
  if (entry.action === "new") return `${from}: new sheet for ${entry.unit}`;
  if (entry.keptAs === null) return `${from}: replaces ${entry.unit}'s blank sheet`;
  return `${from}: replaces ${entry.unit}'s sheet; the old one is kept, renamed “${entry.keptAs}”`;
}

/** One file or sheet left out, as a sentence that says what to do. */
function skippedText(line: SkippedLine, language: Language): string {
  const r = line.reason;
  const vi = language === "vi";
  switch (r.kind) {
    case "not-xlsx":
      return vi
        ? `${line.fileName}: bỏ qua — không phải sổ tính .xlsx; hãy lưu lại dưới dạng Excel Workbook (.xlsx)`
        : `${line.fileName}: skipped — not an .xlsx workbook; save it as an Excel Workbook (.xlsx)`;
    case "no-unit":
      return vi
        ? `${line.fileName}: bỏ qua — không có trang nào có bảng chấm điểm của một đơn vị trong danh sách; kiểm tra tên đơn vị (Đơn vị:) hoặc tên trang`
        : `${line.fileName}: skipped — no sheet has a unit table for a listed unit; check the unit's name (Unit:) or the sheet's name`;
    case "empty":
      return vi
        ? `${line.fileName} › ${r.sheet}: bỏ qua — trang của ${r.unit} chưa nhập gì`
        : `${line.fileName} › ${r.sheet}: skipped — ${r.unit}'s sheet has nothing entered`;
    case "unit-twice":
      return vi
        ? `${line.fileName} › ${r.sheet}: bỏ qua — ${r.unit} cũng có ở ${r.otherFile} › ${r.otherSheet}; chỉ chọn một tệp cho mỗi đơn vị`
        : `${line.fileName} › ${r.sheet}: skipped — ${r.unit} is also in ${r.otherFile} › ${r.otherSheet}; pick one file per unit`;
    case "protected":
      return vi
        ? `${line.fileName} › ${r.sheet}: bỏ qua — trang “${r.target}” của ${r.unit} trùng tên một trang thiết lập hoặc trang kết quả, không được thay; đổi tên trang trong danh sách đơn vị`
        : `${line.fileName} › ${r.sheet}: skipped — ${r.unit}'s sheet “${r.target}” has the name of a setup or output sheet, which is never replaced; rename it in the units list`;
    case "sheet-name":
      return vi
        ? `${line.fileName} › ${r.sheet}: bỏ qua — tên trang “${r.target}” của ${r.unit} trong danh sách đơn vị không dùng được trong Excel (quá 31 ký tự, hoặc có : \\ / ? * [ ]); hãy sửa tên trang trong danh sách đơn vị`
        : `${line.fileName} › ${r.sheet}: skipped — ${r.unit}'s sheet name “${r.target}” in the units list is not one Excel accepts (over 31 characters, or one of : \\ / ? * [ ]); shorten it in the units list`;
  }
}
