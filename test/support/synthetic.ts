// Large, plausible workbooks for the benchmark and the size tests: n units × 30 criteria
// (four regular groups of six, a bonus and a deduction group of three), values varying by unit.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/types";
import { CRITERIA_HEADER, settingsSheet, sheet, UNIT_HEADER, type CriteriaRow } from "./workbook";

const TYPES = ["Kế hoạch", "Đạt/Không đạt", "Chấm điểm", "Đếm", "Chấm điểm", "Kế hoạch"] as const;

/** The 30-criterion table. */
export function syntheticCriteria(): CriteriaRow[] {
  const rows: CriteriaRow[] = [];
  for (const g of ["I", "II", "III", "IV"]) {
    rows.push([g, `Nhóm ${g}`, "Nhóm", 24]);
    TYPES.forEach((type, i) => rows.push([`${g}.${i + 1}`, `Tiêu chí ${g}.${i + 1}`, type, 4, 1, type === "Đếm" ? 1 : null, type === "Kế hoạch" ? 80 : null, i === 0 ? "Có" : null]));
  }
  rows.push(["V", "Điểm thưởng", "Nhóm thưởng", 5]);
  for (let i = 1; i <= 3; i++) rows.push([`V.${i}`, `Thưởng ${i}`, "Chấm điểm", 2, 1]);
  rows.push(["VI", "Điểm trừ", "Nhóm trừ"]);
  for (let i = 1; i <= 3; i++) rows.push([`VI.${i}`, `Trừ ${i}`, "Đếm", 4, 1, 1]);
  return rows;
}

/** One unit's sheet for the synthetic table; `seed` varies the scores. */
function syntheticUnitSheet(name: string, criteria: CriteriaRow[], seed: number): SheetSnapshot {
  const rows: CellValue[][] = [["BẢNG TỰ CHẤM ĐIỂM THI ĐUA"], [], ["Đơn vị:", name], ["Kỳ:", "6 tháng đầu năm 2024"], [], [...UNIT_HEADER]];
  criteria.forEach(([code, title, type, max], k) => {
    const row: CellValue[] = [code, title, max ?? null, null, null, null, null, null, null, null];
    const v = (seed * 7 + k * 3) % 9;
    if (type === "Kế hoạch") {
      row[3] = 100;
      row[4] = 92 + v;
      row[8] = "Báo cáo số 12";
    } else if (type === "Đạt/Không đạt") row[6] = v === 0 ? "Không đạt" : "Đạt";
    else if (type === "Chấm điểm") row[6] = code.startsWith("V.") ? (v % 3) * 0.5 : 2 + (v % 5) * 0.5;
    else if (type === "Đếm") row[5] = code.startsWith("VI.") ? (v === 4 ? 1 : 0) : v % 5;
    rows.push(row);
  });
  return sheet(name, rows, ["A1:H1"]);
}

/**
 * A workbook of `units` units × 30 criteria with a units list.
 * @example syntheticWorkbook(200).sheets.length === 202
 */
export function syntheticWorkbook(units: number): WorkbookSnapshot {
  const criteria = syntheticCriteria();
  const names = Array.from({ length: units }, (_, i) => `Đơn vị ${i + 1}`);
  return {
    sheets: [
      sheet("Tiêu chí", [["BẢNG TIÊU CHÍ"], [], CRITERIA_HEADER, ...criteria.map((r) => r.map((v) => (v === undefined ? null : v)))]),
      settingsSheet([["Tên cụm thi đua", "Cụm thử nghiệm"], ["Kỳ đánh giá", "Năm 2024"], ["Số Bằng khen", 5]], names.map((n) => ({ name: n, sheet: n }))),
      ...names.map((n, i) => syntheticUnitSheet(n, criteria, i)),
    ],
  };
}
