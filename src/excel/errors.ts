// Office errors become one plain sentence in the user's language, here and nowhere else. The
// mapping goes by `error.code`, never by the localised `message`.
import type { Language } from "../core";
import { UserFacingError } from "./types";

type Sentences = Record<Language, string>;

const BY_CODE: Record<string, Sentences> = {
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Tab để kết thúc việc sửa ô rồi thử lại.",
    en: "Excel is in cell-editing mode. Press Enter or Tab to finish editing the cell, then try again.",
  },
  AccessDenied: {
    vi: "Excel không cho phép ghi: một trang tính hoặc sổ làm việc đang được bảo vệ. Hãy bỏ bảo vệ rồi thử lại.",
    en: "Excel refused the change: a sheet or the workbook is protected. Unprotect it and try again.",
  },
  ItemAlreadyExists: {
    vi: "Đã có một trang tính trùng tên với trang cần tạo. Hãy đổi tên hoặc xóa trang đó rồi thử lại.",
    en: "A sheet with the name to be created already exists. Rename or delete it and try again.",
  },
  ItemNotFound: {
    vi: "Một trang tính đã bị xóa hoặc đổi tên trong lúc xử lý. Hãy thử lại.",
    en: "A sheet was deleted or renamed while the add-in was working. Please try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Sổ làm việc quá lớn để gửi trong một lần. Hãy thử lại; nếu vẫn lỗi, hãy dùng lệnh thidua trên máy tính.",
    en: "The workbook is too large to send in one request. Try again; if it still fails, use the thidua command line.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Sổ làm việc quá lớn để đọc trong một lần. Hãy thử lại; nếu vẫn lỗi, hãy dùng lệnh thidua trên máy tính.",
    en: "The workbook is too large to read in one request. Try again; if it still fails, use the thidua command line.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này thiếu một chức năng cần thiết. Hãy cập nhật Office.",
    en: "This version of Excel lacks a feature the add-in needs. Please update Office.",
  },
  InvalidArgument: {
    vi: "Excel từ chối dữ liệu cần ghi (tham số không hợp lệ). Hãy báo lỗi này cho bộ phận hỗ trợ.",
    en: "Excel rejected the data to write (invalid argument). Please report this to support.",
  },
};

/**
 * For a code without its own sentence. It claims nothing about the workbook: the error may come
 * after some of a run's requests were applied (a template written in several requests, the last
 * request of an import). An action that knows what it left says so in its own sentence.
 */
const GENERIC: Sentences = {
  vi: "Đã có lỗi khi làm việc với Excel. Hãy thử lại.",
  en: "Something went wrong while working with Excel. Please try again.",
};

/** The code of an Office error (RichApi.Error), or null for anything else. */
export function officeErrorCode(error: unknown): string | null {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

/**
 * Any failure as a sentence for the user. Cell-edit mode has two codes in the wild (the runtime
 * says InvalidOperationInCellEditMode, some docs InvalidOperation with a cell-edit message).
 * @example toUserFacingError({ code: "AccessDenied" }, "en").message // "Excel refused the change: …"
 */
export function toUserFacingError(error: unknown, language: Language): UserFacingError {
  if (error instanceof UserFacingError) return error;
  let code = officeErrorCode(error);
  const message = error instanceof Error ? error.message : "";
  if (code === "InvalidOperation" && /cell[- ]?edit/i.test(message)) code = "InvalidOperationInCellEditMode";
  const sentences = (code && BY_CODE[code]) || GENERIC;
  return new UserFacingError(sentences[language], code);
}

/** Sentences the layer itself raises. */
export const MESSAGES = {
  foreignOutputSheet: {
    vi: (names: string) =>
      `Sổ làm việc có trang ${names} không do Thi Đua tạo ra. Để không ghi đè lên dữ liệu của bạn, hãy đổi tên trang đó rồi thử lại.`,
    en: (names: string) =>
      `The workbook has a sheet ${names} that Thi Đua did not create. So as not to overwrite your data, rename that sheet and try again.`,
  },
  structureProtected: {
    vi: "Cấu trúc sổ làm việc đang được bảo vệ: hãy bỏ bảo vệ sổ làm việc rồi thử lại. Chưa có gì bị thay đổi.",
    en: "The workbook's structure is protected: unprotect the workbook and try again. Nothing was changed.",
  },
  sheetProtected: {
    vi: (names: string) => `Trang ${names} đang được bảo vệ: hãy bỏ bảo vệ trang đó rồi thử lại. Chưa có gì bị thay đổi.`,
    en: (names: string) => `The sheet ${names} is protected: unprotect it and try again. Nothing was changed.`,
  },
} as const;

/**
 * Sentences of inserting sheets from files (import.ts), apart from MESSAGES so that the ribbon's
 * bundle, which never imports, leaves them out.
 */
export const INSERT_MESSAGES = {
  insertNeedsNewerExcel: {
    vi: "Thêm trang từ tệp cần Microsoft 365 hoặc Office 2021 trở lên. Với phiên bản Excel này, hãy dùng lệnh thidua import, hoặc chép trang bằng tay (chuột phải vào thẻ trang › Di chuyển hoặc Sao chép).",
    en: "Adding sheets from a file needs Microsoft 365 or Office 2021 or later. With this Excel, use the thidua import command, or copy the sheet by hand (right-click the sheet tab › Move or Copy).",
  },
  noPreviousSummary: {
    vi: (file: string) =>
      `${file} không có bảng tổng hợp để so sánh: cần trang Tổng hợp (hoặc Kỳ trước) có bảng với cột Đơn vị và Xếp hạng.`,
    en: (file: string) =>
      `${file} has no summary to compare with: it needs a Summary (or Previous period) sheet whose table has Unit and Rank columns.`,
  },
  fileTooLargeToInsert: {
    vi: (file: string, mb: string) =>
      `Tệp ${file} quá lớn để Excel thêm trang (${mb} MB; mỗi lần gửi, Excel trên web nhận tối đa 5 MB). Sổ làm việc chưa bị thay đổi. Hãy dùng lệnh thidua import trên máy tính, hoặc lưu tệp đó nhỏ hơn (bỏ hình ảnh, các trang không cần).`,
    en: (file: string, mb: string) =>
      `${file} is too large for Excel to insert its sheets (${mb} MB; Excel on the web takes at most 5 MB at a time). Nothing was changed. Use the thidua import command on a computer, or save that file smaller (without pictures or unneeded sheets).`,
  },
  finishRefused: {
    vi: (code: string, undone: boolean, changes: string) =>
      `Excel đã thêm trang từ tệp nhưng từ chối bước cuối (đặt tên, xóa trang cũ; mã lỗi ${code}).` +
      (undone
        ? " Các trang vừa thêm đã được gỡ ra: sổ làm việc như trước khi nhập."
        : ` Sổ làm việc có thể đã bị thay đổi dở dang: ${changes}. Hãy kiểm tra các trang đó.`) +
      " Hãy thử lại; nếu vẫn lỗi, hãy dùng lệnh thidua import trên máy tính.",
    en: (code: string, undone: boolean, changes: string) =>
      `Excel inserted the files' sheets but refused the last step (naming them, removing the old ones; error ${code}).` +
      (undone
        ? " The sheets added were taken out again: the workbook is as it was before the import."
        : ` The workbook may be left part-changed: ${changes}. Check those sheets.`) +
      " Try again; if it fails again, use the thidua import command on a computer.",
  },
  insertRefused: {
    vi: (files: string, code: string, undone: boolean, changes: string) =>
      (code === "UnsupportedFeature"
        ? `Excel không thêm được trang từ ${files}: tệp có biểu đồ, chú thích, PivotTable hoặc slicer, mà Excel trên web không nhận khi thêm trang.`
        : `Excel từ chối thêm trang từ ${files} (mã lỗi ${code}).`) +
      (undone ? " Sổ làm việc chưa bị thay đổi." : ` Sổ làm việc có thể đã bị thay đổi dở dang: ${changes}. Hãy kiểm tra các trang đó.`) +
      " Hãy lưu tệp của đơn vị không có biểu đồ, chú thích, PivotTable, slicer rồi thử lại, hoặc dùng lệnh thidua import trên máy tính.",
    en: (files: string, code: string, undone: boolean, changes: string) =>
      (code === "UnsupportedFeature"
        ? `Excel could not insert the sheets of ${files}: the file has a chart, comment, PivotTable or slicer, which Excel on the web does not insert.`
        : `Excel refused to insert the sheets of ${files} (error ${code}).`) +
      (undone ? " Nothing was changed." : ` The workbook may be left part-changed: ${changes}. Check those sheets.`) +
      " Save the unit's file without charts, comments, PivotTables or slicers and try again, or use the thidua import command on a computer.",
  },
} as const;

/** Sentences of the pane's other writing actions (template.ts, conference.ts), apart for the same reason. */
export const PANE_MESSAGES = {
  conferenceNotReady: {
    vi: (halfYear: boolean) =>
      halfYear ? "Kỳ sơ kết 6 tháng không bình xét, bỏ phiếu." : "Còn đơn vị chưa được xếp hạng. Hãy sửa các lỗi rồi chuẩn bị bình xét.",
    en: (halfYear: boolean) =>
      halfYear
        ? "A half-year review has no conference vote."
        : "Some units are not ranked yet. Fix their errors, then prepare the conference.",
  },
  templateExists: {
    vi: (names: string) => `Sổ làm việc đã có trang ${names}. Hãy dùng một sổ làm việc mới để tạo bảng chấm điểm.`,
    en: (names: string) => `The workbook already has the sheet(s) ${names}. Use a new workbook to create a scoring workbook.`,
  },
} as const;
