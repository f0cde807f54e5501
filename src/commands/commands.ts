/* global Office, window, console */
// The ribbon's one-click "Generate summary": validate, score and write the summary with no pane.
// This bundle runs in Office 2019's IE11 webview, so it is transpiled to ES5 with core-js and must
// stay free of React and Fluent; keep to plain DOM and Office.js here and in what it imports.
import type { Language } from "../core";
import { officeLanguage, runGenerate, showMessageInWorkbook } from "../excel";
import { UserFacingError } from "../excel/types";

const GENERIC_FAILURE: Record<Language, string> = {
  vi: "Không tạo được bảng tổng hợp vì một lỗi không lường trước. Hãy thử lại; nếu vẫn lỗi, mở ngăn tác vụ Thi Đua để xem chi tiết.",
  en: "The summary could not be generated because of an unexpected error. Try again; if it fails again, open the Thi Đua pane for details.",
};

/** Longest query string handed to the dialog: IE11 caps a URL at 2,083 characters. */
const MAX_QUERY = 1600;

/** The sentence to show for a failed run: a `UserFacingError` speaks for itself, anything else gets a generic line. */
function failureMessage(error: unknown, language: Language): string {
  if (error instanceof UserFacingError && error.message !== "") return error.message;
  return GENERIC_FAILURE[language];
}

/**
 * The dialog page's address next to this page, with the message in its query string, shortened
 * (with "…") so the URL stays within IE11's limit; Vietnamese letters take up to 9 characters
 * once encoded.
 */
function dialogUrl(pageUrl: string, message: string, language: Language): string {
  const base = pageUrl.replace(/[?#].*$/, "").replace(/[^/]*$/, "dialog.html");
  let text = message;
  let query = "?lang=" + language + "&msg=" + encodeURIComponent(text);
  while (query.length > MAX_QUERY && text.length > 0) {
    text = text.slice(0, Math.floor(text.length * 0.9));
    query = "?lang=" + language + "&msg=" + encodeURIComponent(text + "…");
  }
  return base + query;
}

function dialogSupported(): boolean {
  try {
    return typeof Office.context.ui.displayDialogAsync === "function" && Office.context.requirements.isSetSupported("DialogApi", "1.1");
  } catch {
    return false;
  }
}

/**
 * Shows a message in a small dialog and resolves once it is closed (or could not open). The
 * command waits for this before `event.completed()`, because completing a function command may
 * unload its page and with it the dialog it opened.
 */
function showMessage(message: string, language: Language): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!dialogSupported()) {
      resolve();
      return;
    }
    const url = dialogUrl(window.location.href, message, language);
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 40, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      // Any message from the page means "close"; a dialog event means it was closed or failed to load.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** How long the command waits for the user to finish editing a cell before it gives up. */
export const CELL_EDIT_WAIT = { attempts: 60, intervalMs: 1000 };

function isCellEditError(error: unknown): boolean {
  return error instanceof UserFacingError && error.code === "InvalidOperationInCellEditMode";
}

function delay(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs Generate; where Excel refuses because a cell is being edited and no dialog can say so
 * (no DialogApi 1.1, so Office 2019 builds that also lack DelayForCellEdit), tries again each
 * second until the user presses Enter, for up to a minute.
 */
async function generateWaitingForCellEdit(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runGenerate();
      return;
    } catch (error) {
      if (!isCellEditError(error) || dialogSupported() || attempt >= CELL_EDIT_WAIT.attempts) throw error;
    }
    // Each attempt waits for the previous one and a pause.
    await delay(CELL_EDIT_WAIT.intervalMs);
  }
}

/**
 * The ribbon handler: runs the same pipeline as the pane (the Excel layer activates the summary;
 * units with errors appear there as not ranked). A fatal problem is shown in a dialog; where the
 * client has no DialogApi 1.1, in A1 of the add-in's message sheet, which is activated.
 */
async function generateSummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await generateWaitingForCellEdit();
  } catch (error) {
    // Kept for F12 tools; the user sees the dialog or the message sheet.
    console.error(error);
    try {
      const language = officeLanguage();
      const message = failureMessage(error, language);
      if (dialogSupported()) await showMessage(message, language);
      else await showMessageInWorkbook(message, language);
    } catch (shownError) {
      console.error(shownError);
    }
  } finally {
    event.completed();
  }
}

// Lets office.js finish starting the page; older Office versions wait for this (or Office.initialize).
Office.onReady(() => undefined);

// Registered as soon as the bundle runs, as the official template does, rather than inside the
// onReady callback: Office dispatches ribbon clicks as soon as it has initialised, and a click
// that finds no handler fails. office.js is loaded synchronously before this bundle.
// The name is the manifest's <FunctionName>; test/build/manifest.test.ts reads it from this line.
Office.actions.associate("generateSummary", generateSummary);
