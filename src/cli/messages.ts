// Every sentence the command line prints, English and Vietnamese side by side. Errors are one
// line each, naming the file and what to do; the engine's own issue messages come localised
// from the core and are not repeated here.
import * as path from "path";
import { beyondColumnsWarning } from "../core";
import type { Language, ReviewKind } from "../core";
import type { CommandName, UsageProblem } from "./args";
import { helpText } from "./help";
import type { UnitsTsvProblem } from "./tsv";
import type { XlsxFileError } from "../xlsx/errors";
import type { ReadWarning } from "../xlsx/read";

/**
 * The absolute path a relative one was looked for at, in brackets: `npm run thidua` and a typo
 * in a folder name both make "cannot find x.xlsx" ambiguous without it.
 */
function lookedFor(file: string, words: string): string {
  const absolute = path.resolve(file);
  return absolute === file ? "" : ` (${words} ${absolute})`;
}

/** What a file is to the command, so a message can say "the criteria file …". */
export type FileRole = "workbook" | "output" | "json" | "criteria" | "units" | "previous" | "unit-file";

export interface CliText {
  help(topic: CommandName | null, version: string): string;
  usage(problem: UsageProblem): string;
  file(error: XlsxFileError, role: FileRole): string;
  jsonIsInput(path: string): string;
  outputIsInput(path: string): string;
  setupFileInvalid(role: "criteria" | "units" | "workbook", path: string, where: string | null, message: string, more: number): string;
  /** `--from` a workbook whose period names no year to advance. */
  noPeriodToAdvance(path: string, period: string | null): string;
  /** `--keep-entries`: an entry the new layout has no place for (`sheet!cell`), so nothing is written. */
  entryNotCarried(path: string, place: string, reason: "no-row" | "no-column" | "not-a-value", more: number): string;
  templateFailed(detail: string): string;
  /** `--kind year` for a period that names a half-year review. */
  kindDisagrees(period: string): string;
  unitsProblem(problem: UnitsTsvProblem): string;
  internal(detail: string): string;
  /** A warning printed before the results: values the reader left out. */
  readWarning(warning: Extract<ReadWarning, { kind: "cells-beyond-columns" }>): string;
  /** Summarizing an .xlsm: the copy is an .xlsx, without the macros. */
  macrosDropped(input: string, output: string): string;
  /** `--previous` names a workbook with no summary to read ranks from. */
  noPreviousSummary(path: string): string;
  wrote(path: string): string;
  counts(errors: number, warnings: number): string;
  columns: { rank: string; unit: string; total: string; classification: string; award: string };
  notRanked(errors: number): string;
  setupIssues: string;
  noIssues: string;
  /** `summarize` after the ranking (§8.2): the decisions' heading, the papers written, the
   * Conference sheet's errors (which void every decision). */
  decisions: string;
  papers(names: readonly string[]): string;
  conferenceErrors(sheet: string): string;
  templateMade(units: number): string;
  /** `template --from`: the new period's workbook; `--keep-entries`: the rules rewritten. */
  nextPeriodMade(period: string, units: number): string;
  rulesRefreshed(units: number): string;
  /** The period and kind the template was written for; with no --period, `other` is another to give. */
  templatePeriod(period: string, kind: ReviewKind, other: string | null): string;
  /** `thidua conference`: the sheet added, or why nothing was. */
  conferenceAdded(sheet: string, units: number): string;
  conferenceExists(sheet: string): string;
  conferenceNotReady(reason: "half-year" | "incomplete"): string;
  /** `thidua import`: the plan's heading, and what was done. */
  importPlanHeading: string;
  imported(sheets: number, skipped: number): string;
  nothingToImport: string;
  /** A unit file that is the cluster workbook itself: refused, by name. */
  unitFileIsWorkbook(path: string): string;
  /** A unit file given twice (or two paths to one file): read once. */
  unitFileTwice(path: string): string;
  /** `thidua province` (§9.3): what was read, and when nothing was. */
  provinceRead(clusters: number, nominations: number, files: number): string;
  provinceNothingRead: string;
  /**
   * `--previous` looks like another cluster's: it matched no unit of the run (`matchedNone`), or
   * its cluster's name (`otherCluster`, null when the same or blank) is not this workbook's.
   */
  previousMismatch(path: string, otherCluster: string | null, matchedNone: boolean): string;
  /** A sheet name Excel refuses (over 31 characters, `: \ / ? * [ ]`): never written. */
  unwritableSheetName(path: string, sheet: string): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: CliText = {
  help: (topic, version) => helpText("en", topic, version),
  usage: (p) => {
    switch (p.code) {
      case "no-command":
        return "no command given; run `thidua --help` to see the commands";
      case "unknown-command":
        return `unknown command "${p.command}"; the commands are summarize, validate, template, conference and import`;
      case "unknown-option":
        return p.command
          ? `unknown option ${p.option} for ${p.command}; run \`thidua ${p.command} --help\``
          : `unknown option ${p.option}; run \`thidua --help\``;
      case "missing-value":
        return `option ${p.option} needs a value`;
      case "repeated-option":
        return `option ${p.option} is given twice`;
      case "bad-language":
        return `--lang must be vi or en, not "${p.value}"`;
      case "bad-kind":
        return `--kind must be year or half-year, not "${p.value}"`;
      case "missing-workbook":
        return `${p.command} needs a workbook: thidua ${p.command} <workbook.xlsx>`;
      case "extra-argument":
        return `unexpected argument "${p.argument}": ${p.command} ${p.command === "template" ? "takes only options" : "takes one workbook"}`;
      case "missing-out":
        return `${p.command ?? "template"} needs --out <file.xlsx>`;
      case "missing-unit-files":
        return "import needs the cluster workbook and at least one unit's file: thidua import <cluster.xlsx> <unit.xlsx…> --out <file.xlsx>";
      case "out-not-xlsx":
        return `the output must be an .xlsx file, not "${p.path}"`;
      case "options-conflict":
        return p.other === "--from"
          ? `${p.option} cannot go with --from: the new workbook takes the Criteria and units of the --from workbook`
          : `${p.option} cannot go with --keep-entries: it keeps the period and the kind of review as they are`;
      case "needs-option":
        return `${p.option} needs ${p.needs} <workbook.xlsx>: thidua template --from <workbook.xlsx> --keep-entries --out <new.xlsx>`;
    }
  },
  file: (e, role) => {
    const what = {
      workbook: "workbook",
      output: "output",
      json: "report file",
      criteria: "criteria file",
      units: "units file",
      previous: "previous period's workbook",
      "unit-file": "unit's file",
    }[role];
    switch (e.problem) {
      case "not-found":
        return `cannot find the ${what} ${e.path}${lookedFor(e.path, "looked for")}`;
      case "not-a-file":
        return `the ${what} ${e.path} is not a file`;
      case "unreadable":
        return `cannot read the ${what} ${e.path} (${e.detail ?? "no access"})`;
      case "not-xlsx":
        return `${e.path} is not an .xlsx workbook (open it in Excel and save it as .xlsx)`;
      case "legacy-or-encrypted":
        return `${e.path} is an old .xls file or has a password; open it in Excel and save it as .xlsx without a password`;
      case "too-large":
        return `${e.path} is too large to read: ${e.detail ?? "too large"}; delete unused rows, columns and merged areas far from the tables, or split the workbook`;
      case "same-file":
        return `will not overwrite the input workbook ${e.path}; choose another --out`;
      case "write-failed":
        return `cannot write ${e.path} (${e.detail ?? "write failed"}); nothing was written there`;
    }
  },
  jsonIsInput: (path) => `will not overwrite ${path} with the JSON report: it is an input or the output workbook`,
  outputIsInput: (path) => `will not overwrite ${path}: it is one of the inputs; choose another --out`,
  setupFileInvalid: (role, path, where, message, more) =>
    `the ${role === "workbook" ? "workbook" : `${role} file`} ${path} cannot be used: ${where ? `${where}: ` : ""}${message}${more > 0 ? ` (and ${plural(more, "more problem", "more problems")})` : ""}`,
  noPeriodToAdvance: (path, period) =>
    `the period of ${path} ${period === null ? "is blank" : `("${period}") names no year`}, so the next one is not known; give it with --period, e.g. --period "Năm 2025"`,
  entryNotCarried: (path, place, reason, more) =>
    `${place} of ${path} ${
      reason === "no-row"
        ? "is an entry on a criterion the Criteria no longer have"
        : reason === "no-column"
          ? "is an entry in a column the new sheet does not have"
          : "holds an error, a date or an uncalculated formula"
    }; clear or fix it in Excel and run again${more > 0 ? ` (and ${plural(more, "more entry", "more entries")})` : ""}; nothing was written`,
  templateFailed: (detail) => `cannot make the template: ${detail}`,
  kindDisagrees: (period) =>
    `the period "${period}" names a half-year review, not a year; give the year's with --period, e.g. --period "Năm 2025"`,
  unitsProblem: (p) => {
    switch (p.code) {
      case "no-columns":
        return "line 1 must name the columns unit and sheet (and optionally no)";
      case "no-units":
        return "it lists no units";
      case "missing-name":
        return `line ${p.line}: the unit's name is blank`;
      case "missing-sheet":
        return `line ${p.line}: the sheet name is blank`;
      case "bad-sheet-name":
        return `line ${p.line}: "${p.sheet}" cannot be a sheet name (at most 31 characters, none of [ ] : * ? / \\, no ' at either end)`;
      case "duplicate-sheet":
        return `line ${p.line}: the sheet "${p.sheet}" is listed twice`;
      case "reserved-sheet":
        return `line ${p.line}: "${p.sheet}" is the name of a sheet thidua makes itself`;
    }
  },
  internal: (detail) => `internal error: ${detail} (please report this with the workbook)`,
  readWarning: (w) => `warning: ${beyondColumnsWarning(w, "en")}`,
  macrosDropped: (input, output) =>
    `warning: ${input} has macros; the copy ${output} is an .xlsx workbook without them (the input keeps them)`,
  noPreviousSummary: (path) =>
    `${path} has no summary to compare with: --previous needs a workbook with a Summary (or Previous period) sheet whose table has Unit and Rank columns`,
  wrote: (path) => `Wrote ${path}`,
  provinceRead: (clusters, nominations, files) => `Read ${clusters} cluster(s) of ${files} file(s): ${nominations} nomination(s)`,
  provinceNothingRead: "no cluster's report was read (every file is named above): nothing written",
  counts: (errors, warnings) => `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}.`,
  columns: { rank: "Rank", unit: "Unit", total: "Total", classification: "Classification", award: "Proposed award" },
  notRanked: (errors) => `not ranked: ${plural(errors, "error", "errors")}`,
  setupIssues: "Criteria, settings and other sheets",
  noIssues: "no problems",
  decisions: "Conference decisions:",
  papers: (names) => `Papers written: ${names.join(", ")}`,
  conferenceErrors: (sheet) => `Errors on the "${sheet}" sheet:`,
  templateMade: (units) => `Template with ${plural(units, "unit sheet", "unit sheets")}.`,
  nextPeriodMade: (period, units) =>
    `Workbook for ${period} with ${plural(units, "blank unit sheet", "blank unit sheets")}; every Settings value kept.`,
  rulesRefreshed: (units) => `Input rules rewritten from the Criteria on ${plural(units, "unit sheet", "unit sheets")}; every entry kept.`,
  templatePeriod: (period, kind, other) =>
    `Period: ${period} (${kind === "year" ? "a year review, which proposes awards" : "a half-year review: ranked and classified, no awards"})` +
    (other === null ? "." : `, this year's, as no --period was given; for another, e.g. --period "${other}".`),
  conferenceAdded: (sheet, units) => `Added the "${sheet}" sheet with ${plural(units, "ranked unit", "ranked units")} to vote on.`,
  conferenceExists: (sheet) => `The workbook already has a "${sheet}" sheet; nothing added.`,
  conferenceNotReady: (reason) =>
    reason === "half-year"
      ? "a half-year review has no conference vote; nothing added"
      : "some units are not ranked yet; fix their errors (thidua validate) before preparing the conference; nothing added",
  importPlanHeading: "Import plan:",
  imported: (sheets, skipped) =>
    `Imported ${plural(sheets, "unit sheet", "unit sheets")}${skipped > 0 ? `; ${plural(skipped, "line", "lines")} skipped (see above)` : ""}.`,
  nothingToImport: "nothing imported: every file was skipped, for the reason on its line above; nothing written",
  unitFileIsWorkbook: (path) => `skipped ${path}: it is the cluster workbook itself, not a unit's file; give the files the units sent back`,
  unitFileTwice: (path) => `warning: ${path} is given more than once; it is read once`,
  previousMismatch: (path, cluster, none) =>
    `warning: ${none ? `no unit of this workbook is in the summary ${path}, so no previous rank is shown` : `the summary ${path} is another cluster's`}${cluster === null ? "" : ` (its cluster is "${cluster}")`}; give --previous this cluster's summary of last period${none ? ", or check that the unit names match" : ""}`,
  unwritableSheetName: (path, sheet) =>
    `the sheet "${sheet}" of ${path} has a name Excel does not accept (over 31 characters, or one of : \\ / ? * [ ]), and Excel would repair the copy; rename it (and its row in the units list) and run again; nothing written`,
};

const VI: CliText = {
  help: (topic, version) => helpText("vi", topic, version),
  usage: (p) => {
    switch (p.code) {
      case "no-command":
        return "chưa có lệnh; chạy `thidua --help` để xem các lệnh";
      case "unknown-command":
        return `không có lệnh "${p.command}"; các lệnh là summarize, validate, template, conference và import`;
      case "unknown-option":
        return p.command
          ? `lệnh ${p.command} không có tùy chọn ${p.option}; chạy \`thidua ${p.command} --help\``
          : `không có tùy chọn ${p.option}; chạy \`thidua --help\``;
      case "missing-value":
        return `tùy chọn ${p.option} cần một giá trị`;
      case "repeated-option":
        return `tùy chọn ${p.option} bị nhập hai lần`;
      case "bad-language":
        return `--lang phải là vi hoặc en, không phải "${p.value}"`;
      case "bad-kind":
        return `--kind phải là year (tổng kết năm) hoặc half-year (sơ kết 6 tháng), không phải "${p.value}"`;
      case "missing-workbook":
        return `lệnh ${p.command} cần một sổ tính: thidua ${p.command} <tệp.xlsx>`;
      case "extra-argument":
        return `thừa tham số "${p.argument}": lệnh ${p.command} ${p.command === "template" ? "chỉ nhận tùy chọn" : "nhận một sổ tính"}`;
      case "missing-out":
        return `lệnh ${p.command ?? "template"} cần --out <tệp.xlsx>`;
      case "missing-unit-files":
        return "lệnh import cần sổ tính của cụm và ít nhất một tệp của đơn vị: thidua import <sổ-tính-cụm.xlsx> <tệp-đơn-vị.xlsx…> --out <tệp.xlsx>";
      case "out-not-xlsx":
        return `tệp kết quả phải là tệp .xlsx, không phải "${p.path}"`;
      case "options-conflict":
        return p.other === "--from"
          ? `không dùng ${p.option} cùng --from: sổ tính mới lấy tiêu chí và danh sách đơn vị của sổ tính --from`
          : `không dùng ${p.option} cùng --keep-entries: tùy chọn này giữ nguyên kỳ đánh giá và loại kỳ`;
      case "needs-option":
        return `${p.option} cần ${p.needs} <sổ-tính.xlsx>: thidua template --from <sổ-tính.xlsx> --keep-entries --out <tệp-mới.xlsx>`;
    }
  },
  file: (e, role) => {
    const what = {
      workbook: "sổ tính",
      output: "tệp kết quả",
      json: "tệp báo cáo",
      criteria: "tệp tiêu chí",
      units: "tệp đơn vị",
      previous: "sổ tính kỳ trước",
      "unit-file": "tệp của đơn vị",
    }[role];
    switch (e.problem) {
      case "not-found":
        return `không tìm thấy ${what} ${e.path}${lookedFor(e.path, "đã tìm ở")}`;
      case "not-a-file":
        return `${what} ${e.path} không phải là một tệp`;
      case "unreadable":
        return `không đọc được ${what} ${e.path} (${e.detail ?? "không có quyền"})`;
      case "not-xlsx":
        return `${e.path} không phải sổ tính .xlsx (mở bằng Excel rồi lưu dưới dạng .xlsx)`;
      case "legacy-or-encrypted":
        return `${e.path} là tệp .xls cũ hoặc có mật khẩu; mở bằng Excel rồi lưu thành .xlsx không mật khẩu`;
      case "too-large":
        return `${e.path} quá lớn để đọc: ${e.detail ?? "quá lớn"}; hãy xóa các hàng, cột và vùng gộp ô không dùng ở xa các bảng, hoặc tách sổ tính`;
      case "same-file":
        return `không ghi đè lên sổ tính gốc ${e.path}; hãy chọn --out khác`;
      case "write-failed":
        return `không ghi được ${e.path} (${e.detail ?? "lỗi ghi"}); không có gì được ghi ở đó`;
    }
  },
  jsonIsInput: (path) => `không ghi báo cáo JSON đè lên ${path}: đó là tệp đầu vào hoặc tệp kết quả`,
  outputIsInput: (path) => `không ghi đè lên ${path}: đó là tệp đầu vào; hãy chọn --out khác`,
  setupFileInvalid: (role, path, where, message, more) =>
    `không dùng được ${role === "criteria" ? "tệp tiêu chí" : role === "units" ? "tệp đơn vị" : "sổ tính"} ${path}: ${where ? `${where}: ` : ""}${message}${more > 0 ? ` (và ${more} vấn đề khác)` : ""}`,
  noPeriodToAdvance: (path, period) =>
    `kỳ đánh giá của ${path} ${period === null ? "còn trống" : `("${period}") không có năm`} nên không biết kỳ sau; hãy cho kỳ mới bằng --period, ví dụ --period "Năm 2025"`,
  entryNotCarried: (path, place, reason, more) =>
    `ô ${place} của ${path} ${
      reason === "no-row"
        ? "có số liệu ở tiêu chí không còn trong trang Tiêu chí"
        : reason === "no-column"
          ? "có số liệu ở cột mà trang mới không có"
          : "chứa lỗi, ngày tháng hoặc công thức chưa được tính"
    }; hãy xóa hoặc sửa trong Excel rồi chạy lại${more > 0 ? ` (và ${more} ô khác)` : ""}; không ghi gì`,
  templateFailed: (detail) => `không tạo được mẫu: ${detail}`,
  kindDisagrees: (period) =>
    `kỳ đánh giá "${period}" là kỳ sơ kết 6 tháng, không phải tổng kết năm; cho kỳ của năm bằng --period, ví dụ --period "Năm 2025"`,
  unitsProblem: (p) => {
    switch (p.code) {
      case "no-columns":
        return "dòng 1 phải có tên các cột unit và sheet (có thể thêm no)";
      case "no-units":
        return "không có đơn vị nào";
      case "missing-name":
        return `dòng ${p.line}: thiếu tên đơn vị`;
      case "missing-sheet":
        return `dòng ${p.line}: thiếu tên trang tính`;
      case "bad-sheet-name":
        return `dòng ${p.line}: "${p.sheet}" không dùng được làm tên trang tính (tối đa 31 ký tự, không có [ ] : * ? / \\, không bắt đầu hay kết thúc bằng ')`;
      case "duplicate-sheet":
        return `dòng ${p.line}: trang tính "${p.sheet}" bị liệt kê hai lần`;
      case "reserved-sheet":
        return `dòng ${p.line}: "${p.sheet}" là tên trang tính do thidua tự tạo`;
    }
  },
  internal: (detail) => `lỗi nội bộ: ${detail} (vui lòng báo lỗi kèm sổ tính)`,
  readWarning: (w) => `cảnh báo: ${beyondColumnsWarning(w, "vi")}`,
  macrosDropped: (input, output) =>
    `cảnh báo: ${input} có macro; bản sao ${output} là sổ tính .xlsx không có macro (tệp gốc vẫn giữ macro)`,
  noPreviousSummary: (path) =>
    `${path} không có bảng tổng hợp để so sánh: --previous cần sổ tính có trang Tổng hợp (hoặc Kỳ trước) với bảng có cột Đơn vị và Xếp hạng`,
  wrote: (path) => `Đã ghi ${path}`,
  provinceRead: (clusters, nominations, files) => `Đã đọc ${clusters} cụm trong ${files} tệp: ${nominations} đề nghị khen thưởng`,
  provinceNothingRead: "không đọc được báo cáo của cụm nào (các tệp được nêu ở trên): không ghi gì",
  counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo.`,
  columns: { rank: "Hạng", unit: "Đơn vị", total: "Tổng điểm", classification: "Xếp loại", award: "Đề nghị khen thưởng" },
  notRanked: (errors) => `không xếp hạng: ${errors} lỗi`,
  setupIssues: "Tiêu chí, thiết lập và các trang khác",
  noIssues: "không có vấn đề",
  decisions: "Kết quả bình xét:",
  papers: (names) => `Giấy tờ đã lập: ${names.join(", ")}`,
  conferenceErrors: (sheet) => `Lỗi trên trang "${sheet}":`,
  templateMade: (units) => `Mẫu có ${units} trang đơn vị.`,
  nextPeriodMade: (period, units) => `Sổ tính cho ${period} với ${units} trang đơn vị trống; giữ mọi giá trị Thiết lập.`,
  rulesRefreshed: (units) => `Đã ghi lại quy tắc nhập theo trang Tiêu chí trên ${units} trang đơn vị; giữ nguyên mọi số liệu.`,
  templatePeriod: (period, kind, other) =>
    `Kỳ đánh giá: ${period} (${kind === "year" ? "tổng kết năm, có đề nghị khen thưởng" : "sơ kết 6 tháng: xếp hạng, xếp loại, không đề nghị khen thưởng"})` +
    (other === null ? "." : `, của năm nay vì không có --period; kỳ khác thì cho --period, ví dụ --period "${other}".`),
  conferenceAdded: (sheet, units) => `Đã thêm trang "${sheet}" với ${units} đơn vị đã xếp hạng để bỏ phiếu.`,
  conferenceExists: (sheet) => `Sổ tính đã có trang "${sheet}"; không thêm gì.`,
  conferenceNotReady: (reason) =>
    reason === "half-year"
      ? "kỳ sơ kết 6 tháng không bình xét, bỏ phiếu; không thêm gì"
      : "còn đơn vị chưa được xếp hạng; hãy sửa lỗi (thidua validate) trước khi chuẩn bị bình xét; không thêm gì",
  importPlanHeading: "Kế hoạch thêm tệp:",
  imported: (sheets, skipped) => `Đã thêm ${sheets} trang đơn vị${skipped > 0 ? `; bỏ qua ${skipped} dòng (xem trên)` : ""}.`,
  nothingToImport: "không thêm được gì: mọi tệp đều bị bỏ qua, lý do ghi ở từng dòng trên; không ghi gì",
  unitFileIsWorkbook: (path) =>
    `bỏ qua ${path}: đây chính là sổ tính của cụm, không phải tệp của một đơn vị; hãy cho các tệp các đơn vị gửi lại`,
  unitFileTwice: (path) => `cảnh báo: ${path} được cho nhiều lần; chỉ đọc một lần`,
  previousMismatch: (path, cluster, none) =>
    `cảnh báo: ${none ? `không đơn vị nào của sổ tính này có trong bảng tổng hợp ${path} nên không có hạng kỳ trước` : `bảng tổng hợp ${path} là của cụm khác`}${cluster === null ? "" : ` (cụm "${cluster}")`}; hãy cho --previous bảng tổng hợp kỳ trước của chính cụm này${none ? ", hoặc kiểm tra tên đơn vị" : ""}`,
  unwritableSheetName: (path, sheet) =>
    `trang "${sheet}" của ${path} có tên Excel không nhận (quá 31 ký tự, hoặc có : \\ / ? * [ ]) và Excel sẽ phải sửa bản sao; hãy đổi tên trang (và dòng của nó trong danh sách đơn vị) rồi chạy lại; không ghi gì`,
};

export const CLI_TEXT: Record<Language, CliText> = { en: EN, vi: VI };
