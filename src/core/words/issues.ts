// The words of the Issues sheet (errors and warnings).
import type { Language } from "../model/types";

interface IssuesText {
  title: string;
  columns: {
    no: string;
    severity: string;
    unit: string;
    sheet: string;
    cell: string;
    criterion: string;
    rule: string;
    message: string;
    /** The check's stable id, as the JSON report and the docs have it. */
    id: string;
  };
  counts: (errors: number, warnings: number) => string;
  none: string;
  /** The last line when the sheet lists only the first issues of a very long list. */
  more: (count: number) => string;
}

export const ISSUES_TEXT: Record<Language, IssuesText> = {
  vi: {
    title: "DANH SÁCH LỖI VÀ CẢNH BÁO",
    columns: {
      no: "STT",
      severity: "Mức độ",
      unit: "Đơn vị",
      sheet: "Trang tính",
      cell: "Ô",
      criterion: "Tiêu chí",
      rule: "Loại kiểm tra",
      message: "Nội dung",
      id: "Mã kiểm tra",
    },
    counts: (errors, warnings) =>
      `${errors} lỗi, ${warnings} cảnh báo. Đơn vị có lỗi chưa được xếp hạng; cảnh báo chỉ cần kiểm tra lại. Bấm vào ô để đến chỗ cần sửa.`,
    none: "Không có lỗi hay cảnh báo nào.",
    more: (count) =>
      `… và ${count} lỗi, cảnh báo khác không ghi ở đây: sửa những lỗi trên rồi lập lại bảng tổng hợp (báo cáo JSON của thidua có đủ danh sách).`,
  },
  en: {
    title: "ERRORS AND WARNINGS",
    columns: {
      no: "No.",
      severity: "Severity",
      unit: "Unit",
      sheet: "Sheet",
      cell: "Cell",
      criterion: "Criterion",
      rule: "Check",
      message: "Message",
      id: "Check id",
    },
    counts: (errors, warnings) =>
      `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}. ` +
      "A unit with an error is not ranked; a warning only asks for a second look. Click a cell to go to it.",
    none: "No errors or warnings.",
    more: (count) =>
      `… and ${count} more errors and warnings not listed here: fix the ones above and generate again (thidua's JSON report has the full list).`,
  },
};
