// The way into Excel for every user action: one Excel.run that waits out cell-edit mode and turns
// any failure into a sentence in the user's language (errors.ts). Each action is one run: the
// sheet names (sync 1), every sheet's data (sync 2), then all writes (sync 3, from `Writes`).
import type { Language } from "../core";
import { MESSAGES, officeErrorCode, toUserFacingError } from "./errors";
import { UserFacingError, type LastExcelError } from "./types";

/** The user's language: Vietnamese when Office's display language is, English otherwise. */
export function officeLanguage(): Language {
  try {
    const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof language === "string" && language.toLowerCase().indexOf("vi") === 0 ? "vi" : "en";
  } catch {
    return "en";
  }
}

// Kept for the pane's diagnostics line (About), so a user can report what a real Excel answered.
let lastError: LastExcelError | null = null;

/** The last failure any action met, for the pane's diagnostics line; null when none yet. */
export function lastExcelError(): LastExcelError | null {
  return lastError;
}

/** Runs one batch; waits out cell-edit mode instead of failing, and turns errors into sentences. */
export async function run<T>(language: Language, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (error) {
    const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
    lastError = { code: officeErrorCode(error), location: typeof location === "string" ? location : null };
    throw toUserFacingError(error, language);
  }
}

/**
 * Where an action queues its writes: a request context of its own, sent by `send` through
 * `Excel.run` (RunOptions.previousObjects: "any changes applied to the object will be picked up by
 * context.sync()", https://learn.microsoft.com/javascript/api/office/officeextension.runoptions),
 * so the writes wait out cell-edit mode as every request of the action does. Why not the run's own
 * context: office.js tracks each range made inside `Excel.run` for the run's clean-up and sends it
 * twice (made, then kept), an untracked one too; a range made on a context outside any run is sent
 * once (test/office-runtime/measure.test.ts). Ranges and formats are made between the sends, never
 * inside one, so none is tracked.
 */
export class Writes {
  readonly context = new Excel.RequestContext();

  /** Sends what is queued; `showing`: its last command shows a sheet or cell (`syncShowing`). */
  send(showing = false): Promise<void> {
    return Excel.run({ delayForCellEdit: true, previousObjects: this.context }, (context) =>
      showing ? syncShowing(context) : context.sync(),
    );
  }
}

/**
 * What an action that changes the workbook checks in sync 1, before it queues any write: that the
 * workbook's structure is not protected (it adds, renames or deletes sheets), and that no sheet it
 * will write to (`writes`) is protected. Excel would refuse those commands part-way through the
 * last request; found here, the run stops with the workbook as it was.
 */
export interface WriteCheck {
  language: Language;
  writes?: (sheetName: string) => boolean;
}

/** Sync 1: every sheet's name, in tab order (with the protection a writing action checks). */
export async function loadSheets(context: Excel.RequestContext, check?: WriteCheck): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  // workbook.protection is ExcelApi 1.7, which the manifest requires; sheet protection is 1.2.
  worksheets.load(check ? "items/name,items/protection/protected" : "items/name");
  const structure = check ? context.workbook.protection.load("protected") : null;
  await context.sync();
  if (check && structure?.protected) throw new UserFacingError(MESSAGES.structureProtected[check.language], "AccessDenied");
  const locked = check?.writes ? worksheets.items.filter((s) => check.writes?.(s.name) && s.protection.protected) : [];
  if (check && locked.length > 0) {
    throw new UserFacingError(MESSAGES.sheetProtected[check.language](locked.map((s) => `“${s.name}”`).join(", ")), "AccessDenied");
  }
  return worksheets.items;
}

/**
 * The last sync of an action whose last queued command shows a sheet or a cell (`activate`,
 * `select`). Excel refuses those with InvalidSelection when another window of the workbook is
 * active; every command before it is applied by then (a failing command leaves the earlier ones
 * applied), so the work is done and only the showing failed: not worth an error. Any command
 * queued after the showing would be lost, hence "last"; Excel's `errorLocation` tells the showing
 * from any other command.
 */
export async function syncShowing(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    // Only the showing itself: the same code from any other command is a real failure.
    const showing = /\.(activate|select)$/.test(String((error as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation));
    if (officeErrorCode(error) !== "InvalidSelection" || !showing) throw error;
  }
}
