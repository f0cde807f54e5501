// The pane's words for bringing sheets in from files (issue 13 §1, §3), Vietnamese and English
// side by side. The plan's own lines come from the engine (src/core/run/importPlan.ts).

export interface ImportStrings {
  heading: string;
  /** Opens the picker for units' files. */
  addUnitFiles: string;
  /** Opens the picker for last period's workbook. */
  previousPeriod: string;
  /** Below ExcelApi 1.13, in place of working buttons. */
  needsNewerExcel: string;
  reading: string;
  importing: string;
  inserting: string;
  planTitle: string;
  planSummary(sheets: number, skipped: number): string;
  confirm(sheets: number): string;
  cancel: string;
  nothingToImport: string;
  importedTitle: string;
  imported(sheets: number): string;
  previousInserted(sheet: string, units: number, keptAs: string[]): string;
  failedTitle: string;
}

export const IMPORT_STRINGS: Record<"vi" | "en", ImportStrings> = {
  vi: {
    heading: "Thêm trang từ tệp",
    addUnitFiles: "Thêm tệp của đơn vị",
    previousPeriod: "Kỳ trước",
    needsNewerExcel: "Thêm trang từ tệp cần Microsoft 365 hoặc Office 2021 trở lên.",
    reading: "Đang đọc các tệp…",
    importing: "Đang thêm các trang của đơn vị…",
    inserting: "Đang thêm trang Kỳ trước…",
    planTitle: "Kế hoạch thêm tệp",
    planSummary: (sheets, skipped) =>
      `Sẽ thêm ${sheets} trang đơn vị${skipped > 0 ? `, bỏ qua ${skipped} dòng` : ""}. Chưa có gì thay đổi.`,
    confirm: (sheets) => `Thêm ${sheets} trang`,
    cancel: "Hủy",
    nothingToImport: "Không có trang nào để thêm. Chưa có gì thay đổi.",
    importedTitle: "Xong",
    imported: (sheets) => `Đã thêm ${sheets} trang đơn vị. Hãy Kiểm tra hoặc Lập bảng tổng hợp.`,
    previousInserted: (sheet, units, keptAs) =>
      `Đã thêm trang '${sheet}' (${units} đơn vị kỳ trước).${keptAs.length > 0 ? ` Trang cũ được giữ lại với tên '${keptAs.join("', '")}'.` : ""}`,
    failedTitle: "Chưa thực hiện được",
  },
  en: {
    heading: "Sheets from files",
    addUnitFiles: "Add units' files",
    previousPeriod: "Previous period",
    needsNewerExcel: "Adding sheets from files needs Microsoft 365 or Office 2021 or later.",
    reading: "Reading the files…",
    importing: "Adding the units' sheets…",
    inserting: "Adding the Previous period sheet…",
    planTitle: "Import plan",
    planSummary: (sheets, skipped) =>
      `${sheets} unit ${sheets === 1 ? "sheet" : "sheets"} to add${skipped > 0 ? `, ${skipped} ${skipped === 1 ? "line" : "lines"} skipped` : ""}. Nothing has changed yet.`,
    confirm: (sheets) => `Add ${sheets} ${sheets === 1 ? "sheet" : "sheets"}`,
    cancel: "Cancel",
    nothingToImport: "There is no sheet to add. Nothing has changed.",
    importedTitle: "Done",
    imported: (sheets) => `Added ${sheets} unit ${sheets === 1 ? "sheet" : "sheets"}. Validate or generate the summary next.`,
    previousInserted: (sheet, units, keptAs) =>
      `Added the '${sheet}' sheet (${units} units last period).${keptAs.length > 0 ? ` The earlier one is kept as '${keptAs.join("', '")}'.` : ""}`,
    failedTitle: "Could not finish",
  },
};
