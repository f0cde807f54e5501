// What the add-in's Excel layer offers the task pane and the ribbon command. The UI receives an
// object of this shape (`PaneCapabilities`), so its tests pass a fake instead of mocking Office.
import type { CellsBeyondColumns, Evaluation, Language, ProvinceIssue, ProvinceReport } from "../core";

/** Reported while a run works, so the pane can show where it is. */
export type RunStage = "reading" | "checking" | "writing" | "done";

/** The outcome of Generate: the evaluation and the sheet the summary was written to. */
export interface GenerateResult {
  evaluation: Evaluation;
  summarySheet: string;
  /** Features left out because this Excel lacks them (e.g. "print setup" below ExcelApi 1.9). */
  skipped: string[];
  /** Sheets with values right of column IV, which were not read (the command line warns alike). */
  readWarnings?: CellsBeyondColumns[];
}

/** The outcome of New scoring workbook: the sheets added. */
export interface TemplateResult {
  sheets: string[];
  /** The period written on Settings and every unit sheet. */
  period: string;
  skipped: string[];
}

/** The outcome of New scoring workbook › from this workbook: the new workbook Excel opened. */
export interface NextPeriodResult {
  /** The period written on its Settings and unit sheets (this one advanced). */
  period: string;
  /** How many unit sheets it has. */
  units: number;
}

/** A file the secretary picked in the pane: its name and bytes (null when it could not be read). */
export interface PickedFile {
  name: string;
  base64: string | null;
}

/** Units' files as planned (issue 13 §1): one line per sheet brought in or left out. */
export interface ImportPreview {
  /** The plan's lines, in the pane's language, sheets brought in first. */
  lines: string[];
  /** How many unit sheets would be brought in. */
  sheets: number;
  skipped: number;
}

/** Last period's summary brought in as `Kỳ trước` / `Previous period` (issue 13 §3). */
export interface PreviousResult {
  /** The sheet it was inserted as. */
  sheet: string;
  /** Units last period's summary lists. */
  units: number;
  /** Names the earlier `Kỳ trước` sheets were kept under, if any. */
  keptAs: string[];
}

/** The outcome of Prepare the conference: the Bình xét sheet, and whether this run added it. */
export interface ConferenceResult {
  sheet: string;
  /** false when the workbook had the sheet already: then nothing was written. */
  added: boolean;
}

/** The outcome of Add clusters' results (§9.3): the desk's report and the sheets written. */
export interface ProvinceResult {
  report: ProvinceReport;
  /** The report's issues, worded in the pane's language (their sheet names as written). */
  issues: ProvinceIssue[];
  /** The sheets written, in order; none when no cluster's report could be read. */
  sheets: string[];
  /** How many files were picked. */
  files: number;
}

/** Everything the task pane may do; each rejects with a `UserFacingError` whose message is ready to show. */
export interface PaneCapabilities {
  /** The user's language, from Office's display language. */
  language: Language;
  /** Reads the workbook and checks it; writes nothing. */
  validate(onStage?: (stage: RunStage) => void): Promise<Evaluation>;
  /** Reads, checks, scores and writes the Summary, Details and Issues sheets. */
  generate(onStage?: (stage: RunStage) => void): Promise<GenerateResult>;
  /** Adds Criteria, Settings and unit sheets (Cluster 18 defaults) to the current workbook. */
  createTemplate(): Promise<TemplateResult>;
  /** Opens, as a new workbook, the next period's made from this one (§8.5); this one is not changed. */
  createFromWorkbook(): Promise<NextPeriodResult>;
  /** Whether this Excel can open a new workbook from a file (ExcelApi 1.8). */
  canCreateWorkbook: boolean;
  /** Adds the Bình xét sheet for the year-end meeting (§7.4), or names the one the workbook has. */
  prepareConference(): Promise<ConferenceResult>;
  /** Selects a cell (A1) on a sheet and shows it. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Whether this Excel can insert sheets from a file (ExcelApi 1.13: Microsoft 365, Office 2021). */
  canInsertSheets: boolean;
  /** Works out which units' sheets the files hold and what each replaces; writes nothing. */
  planImport(files: PickedFile[]): Promise<ImportPreview>;
  /** Carries the plan out on the workbook as it is now; answers the plan it carried out. */
  importFiles(files: PickedFile[]): Promise<ImportPreview>;
  /** Inserts last period's Summary as `Kỳ trước` / `Previous period`, keeping an earlier one renamed. */
  insertPrevious(file: PickedFile): Promise<PreviousResult>;
  /** The province's desk (§9.3): reads the clusters' summaries and writes `Các cụm`, `Đề nghị`, `Hội đồng`. */
  addClusters(files: PickedFile[]): Promise<ProvinceResult>;
  /** The add-in, the Office client and the last Excel failure, for About's diagnostics line. */
  diagnostics(): Diagnostics;
}

/** The last Excel failure: its code and the command Excel names (`debugInfo.errorLocation`). */
export interface LastExcelError {
  code: string | null;
  location: string | null;
}

/** What a problem report needs about this client (`Office.context.diagnostics` and the ExcelApi sets). */
export interface Diagnostics {
  addInVersion: string;
  /** Office's platform (PC, Mac, OfficeOnline, …), its version and host; null outside Office. */
  platform: string | null;
  officeVersion: string | null;
  host: string | null;
  /** The ExcelApi sets this client has, e.g. "ExcelApi 1.9". */
  apiSets: string[];
  /** Null until an action fails. */
  lastError: LastExcelError | null;
}

/** An error whose message is a sentence for the user, in their language. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    /** The Office error code behind it, when there is one (for logs and tests). */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = "UserFacingError";
    // Keeps instanceof working when TypeScript compiles classes to ES5 (the ribbon bundle).
    Object.setPrototypeOf(this, UserFacingError.prototype);
  }
}
