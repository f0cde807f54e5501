// What the add-in's Excel layer offers the task pane and the ribbon command. The UI receives an
// object of this shape (`PaneCapabilities`), so its tests pass a fake instead of mocking Office.
import type { Evaluation, Language } from "../core/types";

/** Reported while a run works, so the pane can show where it is. */
export type RunStage = "reading" | "checking" | "writing" | "done";

/** The outcome of Generate: the evaluation and the sheet the summary was written to. */
export interface GenerateResult {
  evaluation: Evaluation;
  summarySheet: string;
  /** Features left out because this Excel lacks them (e.g. "print setup" below ExcelApi 1.9). */
  skipped: string[];
}

/** The outcome of New scoring workbook: the sheets added. */
export interface TemplateResult {
  sheets: string[];
  skipped: string[];
}

/** The outcome of Prepare the conference: the Bình xét sheet, and whether this run added it. */
export interface ConferenceResult {
  sheet: string;
  /** false when the workbook had the sheet already: then nothing was written. */
  added: boolean;
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
  /** Adds the Bình xét sheet for the year-end meeting (§7.4), or names the one the workbook has. */
  prepareConference(): Promise<ConferenceResult>;
  /** Selects a cell (A1) on a sheet and shows it. */
  selectCell(sheet: string, cell: string): Promise<void>;
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
