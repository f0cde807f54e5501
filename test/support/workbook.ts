// Small builders for workbook snapshots laid out as a person would by hand, so each test states
// only what it is about: `unitSheet("A", { "I.3": { self: 6 } })`.
import { rangeFromA1 } from "../../src/core/model/address";
import { readSetup } from "../../src/core";
import type { CellValue, Settings, SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/types";

export type Row = CellValue[];

/** A criteria row: code, name, type, max, weight, per item, floor, evidence, disqualifies, (v2) may be N/A. */
export type CriteriaRow = [string, string, string, CellValue?, CellValue?, CellValue?, CellValue?, CellValue?, CellValue?, CellValue?];

/**
 * A small table with every kind of row: regular groups I (capped at 20) and II (no max),
 * a capped bonus group V and a deduction group VI whose VI.2 disqualifies.
 */
export const SMALL_CRITERIA: CriteriaRow[] = [
  ["I", "Sản xuất kinh doanh", "Nhóm", 20],
  ["I.1", "Doanh thu", "Kế hoạch", 10, 1, null, 80, "Có"],
  ["I.2", "Bảo toàn vốn", "Đạt/Không đạt", 5, 1],
  ["I.3", "An toàn lao động", "Chấm điểm", 5, 1],
  ["II", "Quản trị", "Nhóm", null],
  ["II.1", "Sáng kiến", "Đếm", 4, 1, 1],
  ["II.2", "Tiết kiệm", "Chấm điểm", 3, 2],
  ["V", "Điểm thưởng", "Nhóm thưởng", 5],
  ["V.1", "Bằng khen", "Đạt/Không đạt", 3, 1, null, null, "Có"],
  ["V.2", "Mô hình", "Chấm điểm", 4, 1],
  ["VI", "Điểm trừ", "Nhóm trừ"],
  ["VI.1", "Báo cáo chậm", "Đếm", 6, 1, 2],
  ["VI.2", "Tai nạn lao động", "Đạt/Không đạt", 3, 1, null, null, null, "Có"],
];

export const CRITERIA_HEADER: Row = [
  "Mã",
  "Nội dung",
  "Loại",
  "Điểm tối đa",
  "Hệ số",
  "Điểm mỗi đơn vị",
  "Ngưỡng tối thiểu (%)",
  "Cần minh chứng",
  "Loại trừ khen thưởng",
];

/** The Criteria sheet: a title, a blank row, the header on row 3 (A3), then the rows. */
export function criteriaSheet(rows: CriteriaRow[] = SMALL_CRITERIA, header: Row = CRITERIA_HEADER): SheetSnapshot {
  return sheet("Tiêu chí", [["BẢNG TIÊU CHÍ CHẤM ĐIỂM"], [], header, ...rows.map((r) => r.map((v) => (v === undefined ? null : v)))]);
}

export interface UnitListingRow {
  name: string;
  sheet: string;
}

/** Settings: key rows from A3 (values in B), a blank row, then the units list. */
export function settingsSheet(keys: Array<[string, CellValue]>, units: UnitListingRow[] | null): SheetSnapshot {
  const rows: Row[] = [["THIẾT LẬP"], [], ...keys.map(([k, v]) => [k, v])];
  if (units) {
    rows.push([], ["STT", "Tên đơn vị", "Trang tính"]);
    units.forEach((u, i) => rows.push([i + 1, u.name, u.sheet]));
  }
  return sheet("Thiết lập", rows);
}

export const DEFAULT_KEYS: Array<[string, CellValue]> = [
  ["Tên cụm thi đua", "Cụm thi đua số 18"],
  ["Kỳ đánh giá", "6 tháng đầu năm 2024"],
];

/** Inputs of one criterion row; a missing field leaves the cell blank. */
export interface Entry {
  max?: CellValue;
  target?: CellValue;
  actual?: CellValue;
  quantity?: CellValue;
  self?: CellValue;
  verified?: CellValue;
  /** Only written when the columns include `Điểm duyệt` (spec §7.2). */
  approved?: CellValue;
  evidence?: CellValue;
  note?: CellValue;
}

/** The unit sheet's columns, in the order the examples use (A…J). */
export const UNIT_HEADER = [
  "Mã",
  "Nội dung tiêu chí",
  "Điểm tối đa",
  "Kế hoạch",
  "Thực hiện",
  "Số lượng",
  "Tự chấm",
  "Thẩm định",
  "Minh chứng",
  "Ghi chú thẩm định",
] as const;
const FIELD_OF: Record<string, keyof Entry | null> = {
  Mã: null,
  "Nội dung tiêu chí": null,
  "Điểm tối đa": "max",
  "Kế hoạch": "target",
  "Thực hiện": "actual",
  "Số lượng": "quantity",
  "Tự chấm": "self",
  "Thẩm định": "verified",
  "Minh chứng": "evidence",
  "Ghi chú thẩm định": "note",
  "Điểm duyệt": "approved",
};

/** A full, clean set of entries for SMALL_CRITERIA: total 20 + 9 + 3 − 2 = 30… see `cleanEntries`. */
export function cleanEntries(): Record<string, Entry> {
  return {
    "I.1": { target: 100, actual: 100, evidence: "VB 1" },
    "I.2": { self: "Đạt" },
    "I.3": { self: 4 },
    "II.1": { quantity: 3 },
    "II.2": { self: 2.5 },
  };
}

export interface UnitSheetOptions {
  /** Name written beside `Đơn vị:` (default: the sheet name). null leaves the label out. */
  statedName?: string | null;
  /** Column labels to use; default UNIT_HEADER. Reorder or drop to test other layouts. */
  columns?: readonly string[];
  /** Extra rows written in the table after the entries (e.g. unknown codes, a total row). */
  extraRows?: Array<Record<string, CellValue>>;
  /** Include group rows (default true). */
  groupRows?: boolean;
}

/** Codes of SMALL_CRITERIA in table order, with group rows marked. */
const SMALL_ORDER = SMALL_CRITERIA.map((r) => ({ code: r[0], name: r[1], isGroup: /^Nhóm/.test(r[2]), max: r[3] ?? null }));

/**
 * A unit's sheet: title, `Đơn vị:` + name on row 3, header on row 6 (like the examples), then
 * one row per criterion of SMALL_CRITERIA in order (a code absent from `entries` gets no row only
 * when `entries[code] === undefined` and it is listed in `omit`).
 */
export function unitSheet(
  name: string,
  entries: Record<string, Entry> = cleanEntries(),
  options: UnitSheetOptions & { omit?: string[] } = {},
): SheetSnapshot {
  const columns = options.columns ?? UNIT_HEADER;
  const stated = options.statedName === undefined ? name : options.statedName;
  const rows: Row[] = [
    ["BẢNG TỰ CHẤM ĐIỂM THI ĐUA"],
    [],
    stated === null ? [] : ["Đơn vị:", stated],
    ["Kỳ:", "6 tháng đầu năm 2024"],
    [],
    [...columns],
  ];
  const rowFor = (code: string, title: string, entry: Entry | null, max: CellValue) =>
    columns.map((label) => {
      if (label === "Mã" || label === "Code") return code;
      if (/^(Nội dung|Criterion)/.test(label)) return title;
      const field = FIELD_OF[label] ?? ENGLISH_FIELD_OF[label] ?? null;
      if (field === "max") return entry?.max !== undefined ? entry.max : max;
      return field && entry && entry[field] !== undefined ? (entry[field] as CellValue) : null;
    });
  for (const item of SMALL_ORDER) {
    if (options.omit?.includes(item.code)) continue;
    if (item.isGroup) {
      if (options.groupRows !== false) rows.push(rowFor(item.code, item.name, null, item.max));
      continue;
    }
    rows.push(rowFor(item.code, item.name, entries[item.code] ?? {}, item.max));
  }
  for (const extra of options.extraRows ?? []) rows.push(columns.map((label) => (extra[label] === undefined ? null : extra[label])));
  return sheet(name, rows);
}

const ENGLISH_FIELD_OF: Record<string, keyof Entry> = {
  "Max points": "max",
  Target: "target",
  Actual: "actual",
  Quantity: "quantity",
  "Self score": "self",
  "Verified score": "verified",
  Evidence: "evidence",
  "Verification note": "note",
};

/** A sheet from rows, with merged areas given in A1. */
export function sheet(name: string, rows: Row[], merges: string[] = []): SheetSnapshot {
  return { name, cells: rows.map((r) => [...r]), merges: merges.map(rangeFromA1) };
}

/**
 * A workbook: criteria, settings listing the given units, and one sheet per unit.
 * @example workbook({ A: cleanEntries(), B: { ...cleanEntries(), "I.3": { self: 5 } } })
 */
export function workbook(
  units: Record<string, Record<string, Entry>>,
  options: {
    keys?: Array<[string, CellValue]>;
    list?: boolean;
    criteria?: CriteriaRow[];
    criteriaHeader?: Row;
    unitColumns?: readonly string[];
  } = {},
): WorkbookSnapshot {
  const names = Object.keys(units);
  const listing = options.list === false ? null : names.map((n) => ({ name: n, sheet: n }));
  return {
    sheets: [
      criteriaSheet(options.criteria, options.criteriaHeader),
      settingsSheet(options.keys ?? DEFAULT_KEYS, listing),
      ...names.map((n) => unitSheet(n, units[n], options.unitColumns ? { columns: options.unitColumns } : {})),
    ],
  };
}

/** Replaces one sheet of a workbook (by name) and returns the workbook. */
export function withSheet(book: WorkbookSnapshot, replacement: SheetSnapshot): WorkbookSnapshot {
  return { sheets: book.sheets.map((s) => (s.name === replacement.name ? replacement : s)) };
}

/**
 * Every Settings value a next period's workbook carries: all but the period, its kind and where
 * the units list sits (what the pane's and the command line's `--from` tests compare).
 */
export function settingsCarried(snapshot: WorkbookSnapshot): Partial<Settings> {
  const settings: Partial<Settings> = { ...readSetup(snapshot).settings };
  delete settings.period;
  delete settings.reviewKind;
  settings.units = (settings.units ?? []).map((unit) => ({ ...unit, sheetCell: { row: 0, col: 0 } }));
  return settings;
}
