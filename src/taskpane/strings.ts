// Every word the task pane shows, Vietnamese and English side by side, so a wording change is
// made once and the two languages stay in step. Issue messages and notes themselves come from the
// engine, worded in the pane's language (issueMessageIn, unitNotes); the pane only adds the words
// around them. Rule, severity,
// classification and award words are the output sheets' own, so the pane and the Summary and
// Issues sheets never word the same thing two ways.
import {
  CLASSIFICATION_WORDS,
  PROVINCE_RULE_NAMES,
  RULE_NAMES,
  SEVERITY_WORDS,
  SUMMARY_TEXT,
  awardName,
  capitalize,
  CONFERENCE_COLUMN_FIELDS,
  decisionName,
  formatNumber,
  labelIn,
  settingLabel,
} from "../core";
import type { Award, Classification, Decision, Language, ProvinceRuleId, RuleId, Settings, Severity, Votes } from "../core";
import type { Diagnostics, RunStage } from "../excel/types";

/** What the pane can be asked to do; a run is one of these. */
/** `fromWorkbook`: New scoring workbook › from this workbook, the next period's (§8.5). */
export type PaneAction = "validate" | "generate" | "template" | "fromWorkbook" | "conference";

/** The Settings' own award names (§7.3); the language's defaults where blank. */
type AwardNames = Pick<Settings, "flagName" | "certificateName">;

export interface PaneStrings {
  /** The pane's language: the engine's notes and issue messages are worded in it too. */
  language: Language;
  appTitle: string;
  /** Before the first run, in place of the cluster, period and unit count. */
  startHint: string;
  clusterLabel: string;
  periodLabel: string;
  unitsLabel: string;
  /** Shown for a cluster or period the Settings sheet leaves blank. */
  notSet: string;

  actionsHeading: string;
  actions: Record<PaneAction, string>;
  /** The progress text before the first stage is reported. */
  starting: Record<PaneAction, string>;
  stages: Record<RunStage, string>;

  failedTitle: string;
  unexpectedError: string;
  selectFailedTitle: string;
  doneTitle: string;
  validatedClean(units: number): string;
  validatedWithIssues(errors: number, warnings: number): string;
  summaryWritten(sheet: string): string;
  /** A check found the Summary made from other data than the workbook now holds (`summary-stale`). */
  summaryStale: string;
  /** The button beside it that generates the summary again. */
  generateAgain: string;
  templateCreated(sheets: string[], period: string): string;
  /** The next period's workbook is open in Excel, not yet saved; this one is unchanged. */
  nextPeriodOpened(period: string, units: number): string;
  /** Under the buttons when this Excel cannot open a new workbook (ExcelApi 1.8): what to use instead. */
  fromWorkbookNeedsNewerExcel: string;
  /** Beside the Prepare the conference button, after a Generate at a year review. */
  conferenceOffer: string;
  /** Prepare the conference added `sheet`; what the secretary does next. */
  conferenceAdded(sheet: string): string;
  /** The workbook had `sheet` already, so nothing was added; what the secretary does next. */
  conferenceExists(sheet: string): string;
  skippedTitle: string;
  /** Above the warning for values right of column IV (worded by the engine, as the command line's). */
  readWarningTitle: string;
  /** The features this Excel had to leave out; `features` are already in this language (see `featureName`). */
  skipped(features: string[]): string;
  /** Names of the features the Excel layer may report as skipped, by the id it reports. */
  features: Record<string, string>;

  issuesHeading: string;
  noIssues: string;
  workbookGroup: string;
  /** The group of the Conference sheet's issues (its decision errors and warnings, §7.4). */
  conferenceGroup: string;
  /** The province's desk's issues (§9.3): the files' and the nominations'. */
  provinceGroup: string;
  sheetLabel: string;
  counts(errors: number, warnings: number): string;
  severity: Record<Severity, string>;
  /** A check's name standing alone, e.g. "Out of range"; the province's desk's checks too (§9.3). */
  rule(id: RuleId | ProvinceRuleId): string;
  criterion(code: string): string;
  /** The accessible description of an issue link. */
  goToCell(sheet: string, cell: string): string;

  rankingHeading: string;
  rankColumn: string;
  unitColumn: string;
  /** The scale the totals are on, under the ranking's heading. */
  outOf(maxTotal: number): string;
  /** The ranking's headers are one short word each: a row and its header stay one line at 320 px. */
  totalShort: string;
  /** What a unit's line comes to: its award, else its classification. */
  resultShort: string;
  /** The same column once the conference decided (§8.2), and the decision's line in the details. */
  decisionShort: string;
  /** A tied rank, marked in a few characters: `1=`. */
  tiedRank(rank: number): string;
  classificationColumn: string;
  /** The regular points scaled to the common maximum (§7.1), when some unit has a criterion that does not apply. */
  convertedColumn: string;
  /** The total from the units' own scores and its difference (§7.2), when some score was reviewed. */
  selfTotalColumn: string;
  differenceColumn: string;
  /** The label of the proposed award in a unit's details. */
  proposedLabel: string;
  /** The label of the conference's decision in a unit's details, as the Summary's column. */
  decisionLabel: string;
  /** The label of the Summary's notes in a unit's details. */
  notesLabel: string;
  tied: string;
  /** Why a unit is not ranked: its own errors, or none (then Criteria or Settings stopped every unit). */
  notRanked(errors: number): string;
  classifications: Record<Classification, string>;
  /** An award under the Settings' names (as the Summary writes it). */
  award(award: Award, names?: AwardNames): string;
  /** A decision with its votes, e.g. "Provincial Emulation Flag (6/7 votes)". */
  decision(decision: Decision, votes: Votes | null, names?: AwardNames): string;
  /** A total as people write it in that language, always two decimals: 97,50 / 97.50. */
  total(value: number): string;
  /** A difference with its sign: +1,50 / -0,25 / 0,00. */
  difference(value: number): string;
  aboutHeading: string;
  /** The one line a problem report pastes: add-in, Office, API sets, last error. */
  diagnosticsLine(diagnostics: Diagnostics): string;
  copyDiagnostics: string;
  copied: string;
  /** When the clipboard refuses: the line is selected in its field for the user's own copy. */
  copyByHand: string;
}

const list = (items: string[]) => items.join(", ");
/** The diagnostics line's parts, the same in both languages but for the last error's words. */
const diagnosticsLine = (d: Diagnostics, lastError: string) =>
  [
    `Thi Đua ${d.addInVersion}`,
    `Office ${d.platform ?? "?"} ${d.officeVersion ?? "?"} (${d.host ?? "?"})`,
    d.apiSets.length > 0 ? list(d.apiSets) : "ExcelApi ?",
    lastError,
  ].join(" · ");
/** Two decimals with the sign written out; a difference that rounds to nothing has none. */
const signed = (value: number) => {
  const text = Math.abs(value).toFixed(2);
  return text === "0.00" ? text : `${value > 0 ? "+" : "-"}${text}`;
};

const vi: PaneStrings = {
  language: "vi",
  appTitle: "Thi đua",
  startHint: "Nhấn Kiểm tra để đọc và kiểm tra bảng tính của cụm.",
  clusterLabel: "Cụm",
  periodLabel: settingLabel("period", "vi"),
  unitsLabel: "Số đơn vị",
  notSet: "chưa ghi trong Thiết lập",

  actionsHeading: "Thao tác",
  actions: {
    validate: "Kiểm tra",
    generate: "Lập bảng tổng hợp",
    template: "Tạo bảng chấm điểm mới",
    fromWorkbook: "Từ sổ này, cho kỳ sau",
    conference: "Chuẩn bị bình xét",
  },
  starting: {
    validate: "Đang kiểm tra bảng tính…",
    generate: "Đang lập bảng tổng hợp…",
    template: "Đang thêm các trang tính mẫu…",
    fromWorkbook: "Đang tạo sổ làm việc kỳ sau…",
    conference: "Đang thêm trang tính Bình xét…",
  },
  stages: {
    reading: "Đang đọc bảng tính…",
    checking: "Đang kiểm tra và tính điểm…",
    writing: "Đang ghi bảng tổng hợp…",
    done: "Sắp xong…",
  },

  failedTitle: "Chưa thực hiện được",
  unexpectedError: "Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn Thi đua.",
  selectFailedTitle: "Không chọn được ô",
  doneTitle: "Xong",
  validatedClean: (units) => `Đã kiểm tra ${units} đơn vị, không có vấn đề nào.`,
  validatedWithIssues: (errors, warnings) => `Phát hiện ${errors} lỗi và ${warnings} cảnh báo. Đơn vị còn lỗi sẽ không được xếp hạng.`,
  summaryWritten: (sheet) => `Đã ghi bảng tổng hợp vào trang tính '${sheet}'.`,
  summaryStale: "Bảng tổng hợp đã cũ — dữ liệu đã thay đổi sau lần lập.",
  generateAgain: "Lập lại bảng tổng hợp",
  templateCreated: (sheets, period) => `Đã thêm các trang tính: ${list(sheets)}, cho kỳ ${period} (đổi ở trang Thiết lập nếu cần).`,
  nextPeriodOpened: (period, units) =>
    `Đã mở sổ làm việc mới cho kỳ ${period}, với ${units} trang đơn vị để trống: hãy lưu sổ đó với tên mới. Sổ này không thay đổi.`,
  fromWorkbookNeedsNewerExcel:
    "Tạo bảng chấm điểm kỳ sau từ sổ này cần Excel 2019, Microsoft 365 hoặc Excel trên web. Với phiên bản Excel này, hãy dùng lệnh thidua template --from <tệp này> --out <tệp mới>.",
  conferenceOffer: "Kết quả đã sẵn sàng để họp bình xét cuối năm. Thêm trang tính Bình xét để ghi số phiếu và kết quả.",
  conferenceAdded: (sheet) =>
    `Đã thêm trang tính '${sheet}'. Trong cuộc họp, nhập số phiếu và kết quả bình xét vào đó, rồi nhấn ${vi.actions.generate} lần nữa.`,
  conferenceExists: (sheet) =>
    `Bảng tính đã có trang tính '${sheet}' nên không thêm gì. Nhập số phiếu và kết quả bình xét vào đó, rồi nhấn ${vi.actions.generate} lần nữa.`,
  skippedTitle: "Một số phần bị bỏ qua",
  readWarningTitle: "Có giá trị không được đọc",
  skipped: (features) => `Phiên bản Excel này quá cũ nên không thực hiện được: ${list(features)}.`,
  features: {
    "print setup": "thiết lập trang in (A4 ngang, vừa một trang)",
    "data validation": "kiểm tra dữ liệu nhập",
    "merged areas": "đọc ô gộp ở hàng tiêu đề",
  },

  issuesHeading: "Các vấn đề",
  noIssues: "Không có vấn đề nào.",
  workbookGroup: "Tiêu chí, Thiết lập và trang tính khác",
  conferenceGroup: "Bình xét thi đua",
  provinceGroup: "Các tệp của cụm và đề nghị",
  sheetLabel: "Trang tính",
  counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
  severity: SEVERITY_WORDS.vi,
  rule: (id) => capitalize((RULE_NAMES.vi as Record<string, string>)[id] ?? PROVINCE_RULE_NAMES.vi[id as ProvinceRuleId]),
  criterion: (code) => `Tiêu chí ${code}`,
  goToCell: (sheet, cell) => `Chọn ô ${cell} trên trang tính ${sheet}`,

  rankingHeading: "Xếp hạng",
  rankColumn: "Hạng",
  unitColumn: "Đơn vị",
  outOf: (maxTotal) => `Thang điểm ${formatNumber(maxTotal, "vi")}, chưa kể điểm thưởng và điểm trừ`,
  totalShort: "Điểm",
  resultShort: "Kết luận",
  // The Conference sheet's own word for the column the secretary typed the decisions in.
  decisionShort: labelIn(CONFERENCE_COLUMN_FIELDS.decision, "vi"),
  tiedRank: (rank) => `${rank}=`,
  classificationColumn: SUMMARY_TEXT.vi.columns.classification,
  convertedColumn: SUMMARY_TEXT.vi.columns.converted,
  selfTotalColumn: SUMMARY_TEXT.vi.columns.selfTotal,
  differenceColumn: SUMMARY_TEXT.vi.columns.difference,
  proposedLabel: "Đề nghị",
  decisionLabel: SUMMARY_TEXT.vi.columns.decision,
  notesLabel: SUMMARY_TEXT.vi.columns.notes,
  tied: "đồng hạng",
  notRanked: (errors) => (errors > 0 ? `Không xếp hạng (${errors} lỗi)` : "Không xếp hạng (bảng tiêu chí hoặc thiết lập có lỗi)"),
  classifications: CLASSIFICATION_WORDS.vi,
  award: (award, names) => awardName(award, "vi", names),
  decision: (decision, votes, names) => decisionName(decision, votes, "vi", names),
  total: (value) => value.toFixed(2).replace(".", ","),
  difference: (value) => signed(value).replace(".", ","),
  aboutHeading: "Giới thiệu",
  diagnosticsLine: (d) =>
    diagnosticsLine(d, d.lastError ? `lỗi gần nhất ${d.lastError.code ?? "?"} tại ${d.lastError.location ?? "?"}` : "chưa có lỗi"),
  copyDiagnostics: "Chép dòng chẩn đoán",
  copied: "Đã chép",
  copyByHand: "Không chép tự động được: dòng đã được chọn, hãy nhấn Ctrl+C.",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: PaneStrings = {
  language: "en",
  appTitle: "Thi Đua scoring",
  startHint: "Press Validate to read and check the cluster's workbook.",
  clusterLabel: "Cluster",
  periodLabel: settingLabel("period", "en"),
  unitsLabel: "Units",
  notSet: "not set in Settings",

  actionsHeading: "Actions",
  actions: {
    validate: "Validate",
    generate: "Generate summary",
    template: "New scoring workbook",
    fromWorkbook: "From this workbook, next period",
    conference: "Prepare the conference",
  },
  starting: {
    validate: "Validating the workbook…",
    generate: "Generating the summary…",
    template: "Adding the template sheets…",
    fromWorkbook: "Making the next period's workbook…",
    conference: "Adding the Conference sheet…",
  },
  stages: {
    reading: "Reading the workbook…",
    checking: "Checking and scoring…",
    writing: "Writing the summary…",
    done: "Finishing…",
  },

  failedTitle: "Could not finish",
  unexpectedError: "Something went wrong. Try again; if it keeps happening, close and reopen the Thi Đua pane.",
  selectFailedTitle: "Could not select the cell",
  doneTitle: "Done",
  validatedClean: (units) => `Checked ${plural(units, "unit", "units")}: no problems found.`,
  validatedWithIssues: (errors, warnings) =>
    `Found ${plural(errors, "error", "errors")} and ${plural(warnings, "warning", "warnings")}. Units with errors are not ranked.`,
  summaryWritten: (sheet) => `Summary written to sheet '${sheet}'.`,
  summaryStale: "The summary is out of date — the data changed after it was made.",
  generateAgain: "Generate again",
  templateCreated: (sheets, period) =>
    `Sheets added: ${list(sheets)}, for the period ${period} (change it on the Settings sheet if need be).`,
  nextPeriodOpened: (period, units) =>
    `A new workbook for ${period} is open, with ${plural(units, "blank unit sheet", "blank unit sheets")}: save it under a new name. This workbook was not changed.`,
  fromWorkbookNeedsNewerExcel:
    "Making the next period's scoring workbook from this one needs Excel 2019, Microsoft 365 or Excel on the web. With this Excel, use the command line: thidua template --from <this file> --out <new file>.",
  conferenceOffer: "The ranking is ready for the year-end conference. Add a Conference sheet to record the votes and decisions.",
  conferenceAdded: (sheet) =>
    `Sheet '${sheet}' added. During the meeting, type the votes and decisions there, then press ${en.actions.generate} again.`,
  conferenceExists: (sheet) =>
    `The workbook already has the sheet '${sheet}', so nothing was added. Type the votes and decisions there, then press ${en.actions.generate} again.`,
  skippedTitle: "Some parts were left out",
  readWarningTitle: "Some values were not read",
  skipped: (features) => `This version of Excel is too old for: ${list(features)}.`,
  features: {
    "print setup": "print setup (A4 landscape, one page wide)",
    "data validation": "data validation",
    "merged areas": "reading merged header cells",
  },

  issuesHeading: "Issues",
  noIssues: "No problems found.",
  workbookGroup: "Criteria, Settings and other sheets",
  conferenceGroup: "Conference",
  provinceGroup: "Clusters' files and nominations",
  sheetLabel: "Sheet",
  counts: (errors, warnings) => `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}`,
  severity: SEVERITY_WORDS.en,
  rule: (id) => capitalize((RULE_NAMES.en as Record<string, string>)[id] ?? PROVINCE_RULE_NAMES.en[id as ProvinceRuleId]),
  criterion: (code) => `Criterion ${code}`,
  goToCell: (sheet, cell) => `Select cell ${cell} on sheet ${sheet}`,

  rankingHeading: "Ranking",
  rankColumn: "Rank",
  unitColumn: "Unit",
  outOf: (maxTotal) => `Scale of ${formatNumber(maxTotal, "en")} points, before bonus and deductions`,
  totalShort: "Total",
  resultShort: "Outcome",
  decisionShort: labelIn(CONFERENCE_COLUMN_FIELDS.decision, "en"),
  tiedRank: (rank) => `${rank}=`,
  classificationColumn: SUMMARY_TEXT.en.columns.classification,
  convertedColumn: SUMMARY_TEXT.en.columns.converted,
  selfTotalColumn: SUMMARY_TEXT.en.columns.selfTotal,
  differenceColumn: SUMMARY_TEXT.en.columns.difference,
  proposedLabel: "Proposed",
  decisionLabel: SUMMARY_TEXT.en.columns.decision,
  notesLabel: SUMMARY_TEXT.en.columns.notes,
  tied: "tied",
  notRanked: (errors) =>
    errors > 0 ? `Not ranked (${plural(errors, "error", "errors")})` : "Not ranked (the Criteria or Settings sheet has errors)",
  classifications: CLASSIFICATION_WORDS.en,
  award: (award, names) => awardName(award, "en", names),
  decision: (decision, votes, names) => decisionName(decision, votes, "en", names),
  total: (value) => value.toFixed(2),
  difference: (value) => signed(value),
  aboutHeading: "About",
  diagnosticsLine: (d) =>
    diagnosticsLine(d, d.lastError ? `last error ${d.lastError.code ?? "?"} at ${d.lastError.location ?? "?"}` : "no error yet"),
  copyDiagnostics: "Copy the diagnostics line",
  copied: "Copied",
  copyByHand: "Could not copy by itself: the line is selected, press Ctrl+C.",
};

export const STRINGS: Record<Language, PaneStrings> = { vi, en };

/**
 * A skipped feature as the user reads it. The Excel layer reports ids in English
 * (`"print setup"`); an id the pane does not know is shown as it came.
 */
export function featureName(strings: PaneStrings, feature: string): string {
  return Object.prototype.hasOwnProperty.call(strings.features, feature) ? strings.features[feature] : feature;
}
