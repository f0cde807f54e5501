// A cluster workbook as another office would make it by hand in Excel: English labels, columns in
// their own order, a title merged over the table, a two-row header with "Points" over "Self
// score" and "Verified score", formulas, an error cell, a number typed as text `8,5`, a notes
// sheet, and a unit listed in Settings whose sheet is missing. Written with ExcelJS directly.
import * as ExcelJS from "exceljs";
import { putRows } from "./xlsxWorkbooks";

export function foreignWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();

  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "How to fill in: self scores in column C, evidence in column H.";
  notes.getCell("A2").value = { richText: [{ text: "Deadline: ", font: { bold: true } }, { text: "15 July" }] };

  const criteria = workbook.addWorksheet("Criteria");
  criteria.getCell("A1").value = "SCORING TABLE 2024";
  criteria.mergeCells("A1:F1");
  putRows(criteria, "A3", [
    ["Type", "Code", "Max points", "Criterion", "Points per item", "Evidence required"],
    ["Group", "I", 20, "Business", null, null],
    ["Score", "I.1", 10, "Service quality", null, null],
    ["Plan", "I.2", 10, "Revenue against plan", null, "Yes"],
    ["Group", "II", 10, "Compliance", null, null],
    ["Yes/No", "II.1", 5, "Reports on time", null, null],
    ["Count", "II.2", 5, "Initiatives (1 point each)", 1, null],
    ["Bonus group", "B", 2, "Bonus", null, null],
    ["Score", "B.1", 2, "Provincial model", null, "Yes"],
    ["Deduction group", "D", null, "Deductions", null, null],
    ["Count", "D.1", 6, "Late reports (2 points each)", 2, null],
  ]);

  const settings = workbook.addWorksheet("Settings");
  putRows(settings, "A1", [
    ["Cluster name", "Cluster 7"],
    ["Period", "Year 2024"],
    ["Excellent from", 24],
    ["Good from", 20],
    ["Fair from", 15],
    ["Average from", 10],
    ["Emulation flags", 1],
    ["Certificates of merit", 1],
    ["Report language", "en"],
    [],
    ["No.", "Unit", "Sheet"],
    [1, "Alpha Company", "Alpha"],
    [2, "Beta Company", "Beta"],
    [3, "Delta Company", "Delta"],
    [4, "Gamma Company", "Gamma"],
  ]);

  unitSheet(workbook, "Alpha", "Alpha Company", {
    "I.1": { self: 8 },
    "I.2": { target: 100, actual: { formula: "E9*1.02", result: 102 }, evidence: "Audit 2024" },
    "II.1": { self: "Yes" },
    "II.2": { quantity: 3 },
    "D.1": { quantity: 1 },
  });
  unitSheet(workbook, "Beta", "Beta Company", {
    "I.1": { self: "8,5" },
    "I.2": { target: 100, actual: 95, evidence: "Audit 2024" },
    "II.1": { self: "No" },
    "II.2": { quantity: { formula: "2+3", result: 5 } },
    "B.1": { self: 2, evidence: "Decision 12/QĐ" },
  });
  unitSheet(workbook, "Delta", "Delta Company", {
    "I.1": { self: 9 },
    "I.2": { target: 100, actual: { formula: "E9*1.1" }, evidence: "Audit 2024" },
    "II.1": { self: "Yes" },
    "II.2": { quantity: { error: "#REF!" } },
  });
  return workbook;
}

type Entry = Partial<Record<"target" | "actual" | "quantity" | "self" | "verified" | "evidence", ExcelJS.CellValue>>;

/** Columns: A code, B criterion, C–D "Points" (self, verified), E target, F actual, G quantity, H evidence. */
export const FOREIGN_ROWS: Record<string, number> = { I: 7, "I.1": 8, "I.2": 9, II: 10, "II.1": 11, "II.2": 12, B: 13, "B.1": 14, D: 15, "D.1": 16 };

function unitSheet(workbook: ExcelJS.Workbook, sheetName: string, unitName: string, entries: Record<string, Entry>): void {
  const sheet = workbook.addWorksheet(sheetName);
  sheet.getCell("A1").value = "SELF-ASSESSMENT";
  sheet.mergeCells("A1:H1");
  sheet.getCell("A2").value = "Unit:";
  sheet.getCell("B2").value = unitName;
  putRows(sheet, "A5", [
    ["Code", "Criterion", "Points", null, "Target", "Actual", "Quantity", "Evidence"],
    [null, null, "Self score", "Verified score", null, null, null, null],
  ]);
  for (const col of ["A", "B", "E", "F", "G", "H"]) sheet.mergeCells(`${col}5:${col}6`);
  sheet.mergeCells("C5:D5");
  const column = { self: "C", verified: "D", target: "E", actual: "F", quantity: "G", evidence: "H" } as const;
  for (const [code, row] of Object.entries(FOREIGN_ROWS)) {
    sheet.getCell(`A${row}`).value = code;
    for (const [field, value] of Object.entries(entries[code] ?? {})) {
      sheet.getCell(`${column[field as keyof Entry]}${row}`).value = value as ExcelJS.CellValue;
    }
  }
  // The unit's own total ends the table; the signature under it is not read.
  sheet.getCell("B17").value = "Total";
  sheet.getCell("A19").value = "Signed: director";
}
