// The tab-separated files `thidua template` takes (samples/cluster18/criteria.tsv, units.tsv).
// The criteria become a Criteria sheet in the spec's labels, so the engine itself reads and
// checks them exactly as it reads a workbook; only the units list's sheet names, which Excel
// itself restricts, are checked here. Pure: text in, data out.
import {
  CRITERIA_FIELDS,
  CRITERIA_SHEET_LABELS,
  labelIn,
  nameKey,
  normalizeLabel,
  OUTPUT_SHEET_NAMES,
  SETTINGS_SHEET_LABELS,
  settingsUnitSheetCell,
  TEMPLATE_TEXT,
} from "../core";
import type { CellValue, SheetSnapshot, UnitListing } from "../core";

/** Rows of trimmed cells. Accepts UTF-8 (with or without BOM) and Excel's "Unicode Text" (UTF-16). */
export function parseTsv(data: Buffer | string): string[][] {
  let text: string;
  if (typeof data === "string") text = data;
  else if (data[0] === 0xff && data[1] === 0xfe) text = data.subarray(2).toString("utf16le");
  else text = data.toString("utf8");
  text = text.replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  return lines.map((line) => line.split("\t").map(unquote));
}

/** Excel quotes a field that holds a quote or a tab: `"say ""yes"""`. */
function unquote(field: string): string {
  const trimmed = field.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1).replace(/""/g, '"').trim();
  return trimmed;
}

/** TSV keys (samples/README.md) → the Criteria sheet's labels; other headers pass through as labels. */
const criteriaLabel = (column: keyof typeof CRITERIA_FIELDS) => labelIn(CRITERIA_FIELDS[column], "vi");
const CRITERIA_HEADERS: Record<string, string> = {
  code: criteriaLabel("code"),
  type: criteriaLabel("type"),
  name: criteriaLabel("name"),
  name_vi: criteriaLabel("name"),
  max: criteriaLabel("max"),
  weight: criteriaLabel("weight"),
  per_item: criteriaLabel("perItem"),
  plan_floor: criteriaLabel("planFloor"),
  evidence: criteriaLabel("evidence"),
  disqualifies: criteriaLabel("disqualifies"),
  may_be_na: criteriaLabel("mayBeNotApplicable"),
};
/** Columns whose cells are numbers; a TSV holds only text. */
const NUMERIC_KEYS = new Set(["max", "weight", "per_item", "plan_floor"]);
/** The TSV's short type keys (`plan`, `bonus-group` …) become the labels a Criteria sheet writes. */
const TYPE_LABELS: Record<string, string> = TEMPLATE_TEXT.vi.typeLabels;

interface CriteriaTsv {
  /** A Criteria sheet whose row n is line n of the file. */
  sheet: SheetSnapshot;
  /** English names by code, from a `name_en` column. */
  namesEn: Record<string, string> | undefined;
  /** The TSV's own header of a zero-based column, to say where a problem is. */
  headers: string[];
}

/**
 * The criteria TSV as a Criteria sheet for the engine: keys become the spec's labels, type keys
 * its type names, numbers numbers (`0,5` too).
 * @example criteriaSheetFromTsv("code\ttype\tmax\nI\tgroup\t50").sheet.cells[1] → ["I", "Nhóm", 50]
 */
export function criteriaSheetFromTsv(data: Buffer | string, sheetName = CRITERIA_SHEET_LABELS[0]): CriteriaTsv {
  const rows = parseTsv(data);
  const headers = rows[0] ?? [];
  const keys = headers.map((header) => header.toLowerCase());
  const nameEnColumn = keys.indexOf("name_en");
  const codeColumn = keys.indexOf("code");
  const kept = headers.map((_, col) => col).filter((col) => col !== nameEnColumn);

  const cells: CellValue[][] = rows.map((row, line) =>
    kept.map((col) => {
      const text = row[col] ?? "";
      if (line === 0) return CRITERIA_HEADERS[keys[col]] ?? text;
      if (text === "") return null;
      if (keys[col] === "type") return TYPE_LABELS[text.toLowerCase()] ?? text;
      if (NUMERIC_KEYS.has(keys[col]) && /^[-+]?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(",", "."));
      return text;
    }),
  );
  let namesEn: Record<string, string> | undefined;
  if (nameEnColumn >= 0 && codeColumn >= 0) {
    namesEn = {};
    for (const row of rows.slice(1)) {
      const code = row[codeColumn] ?? "";
      const name = row[nameEnColumn] ?? "";
      if (code !== "" && name !== "") namesEn[code] = name;
    }
  }
  return { sheet: { name: sheetName, cells, merges: [] }, namesEn, headers: kept.map((col) => headers[col]) };
}

export type UnitsTsvProblem =
  | { code: "no-columns"; line: 1 }
  | { code: "no-units"; line: number }
  | { code: "missing-name"; line: number }
  | { code: "missing-sheet"; line: number }
  | { code: "bad-sheet-name"; line: number; sheet: string }
  | { code: "duplicate-sheet"; line: number; sheet: string }
  | { code: "reserved-sheet"; line: number; sheet: string };

const UNIT_HEADERS: Record<string, "no" | "name" | "sheet"> = {
  no: "no",
  "no.": "no",
  stt: "no",
  unit: "name",
  "ten don vi": "name",
  "don vi": "name",
  sheet: "sheet",
  "trang tinh": "sheet",
};

/** Sheets the template makes itself or the outputs take; a unit's sheet cannot have these names. */
const RESERVED_SHEETS = [
  ...CRITERIA_SHEET_LABELS,
  ...SETTINGS_SHEET_LABELS,
  "History",
  ...Object.values(OUTPUT_SHEET_NAMES.vi),
  ...Object.values(OUTPUT_SHEET_NAMES.en),
];

/**
 * The units list of a units TSV (`no`, `unit`, `sheet` columns, or the spec's labels), with
 * every problem and its line; sheet names follow Excel's rules.
 */
export function unitsFromTsv(data: Buffer | string): { units: UnitListing[]; problems: UnitsTsvProblem[] } {
  const rows = parseTsv(data);
  const columns: Partial<Record<"no" | "name" | "sheet", number>> = {};
  (rows[0] ?? []).forEach((header, col) => {
    const key = UNIT_HEADERS[normalizeLabel(header)];
    if (key && columns[key] === undefined) columns[key] = col;
  });
  if (columns.name === undefined || columns.sheet === undefined) return { units: [], problems: [{ code: "no-columns", line: 1 }] };

  const units: UnitListing[] = [];
  const problems: UnitsTsvProblem[] = [];
  const seen = new Set<string>();
  const reserved = new Set(RESERVED_SHEETS.map(nameKey));
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row.every((cell) => cell === "")) return;
    const name = row[columns.name!] ?? "";
    const sheet = row[columns.sheet!] ?? "";
    const noText = columns.no === undefined ? "" : (row[columns.no] ?? "");
    if (name === "") problems.push({ code: "missing-name", line });
    if (sheet === "") {
      problems.push({ code: "missing-sheet", line });
      return;
    }
    if (sheet.length > 31 || /[[\]:*?/\\]/.test(sheet) || sheet.startsWith("'") || sheet.endsWith("'")) {
      problems.push({ code: "bad-sheet-name", line, sheet });
    } else if (reserved.has(nameKey(sheet))) {
      problems.push({ code: "reserved-sheet", line, sheet });
    } else if (seen.has(nameKey(sheet))) {
      problems.push({ code: "duplicate-sheet", line, sheet });
    }
    seen.add(nameKey(sheet));
    const no = /^\d+$/.test(noText) ? Number(noText) : null;
    units.push({ no, name, sheet, sheetCell: settingsUnitSheetCell(units.length) });
  });
  if (units.length === 0 && problems.length === 0) problems.push({ code: "no-units", line: rows.length + 1 });
  return { units, problems };
}
