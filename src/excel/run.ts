// The way into Excel for every user action: one Excel.run that waits out cell-edit mode and turns
// any failure into a sentence in the user's language (errors.ts). Each action is one run: the
// sheet names (sync 1), every sheet's data (sync 2), then all writes (sync 3).
import type { Language } from "../core";
import { toUserFacingError } from "./errors";

/** The user's language: Vietnamese when Office's display language is, English otherwise. */
export function officeLanguage(): Language {
  try {
    const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof language === "string" && language.toLowerCase().indexOf("vi") === 0 ? "vi" : "en";
  } catch {
    return "en";
  }
}

/** Runs one batch; waits out cell-edit mode instead of failing, and turns errors into sentences. */
export async function run<T>(language: Language, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (error) {
    throw toUserFacingError(error, language);
  }
}

/** Sync 1: every sheet's name, in tab order. */
export async function loadSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items;
}
