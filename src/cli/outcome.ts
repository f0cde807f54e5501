// What every command shares: where it prints, how it ends (exit codes, a worded failure), and
// the language its messages are in.
import { sheetNameProblem } from "../core";
import type { CalendarDate, Language, WorkbookSnapshot } from "../core";
import type { CliText } from "./messages";

/** Where the command line prints, and what "today" is; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The date printed on the summary; defaults to today on the local clock. */
  today?: () => CalendarDate;
  /** The time printed beside the data fingerprint; tests that pass `today` and not this print none. */
  now?: () => { hour: number; minute: number };
}

export const EXIT_OK = 0;
/** Done, but some unit (or the Criteria or Settings sheet) has errors. */
export const EXIT_ERRORS = 1;
/** Nothing done: bad usage or a file that cannot be read or written. */
export const EXIT_NOTHING_DONE = 2;

/** A failure already worded for the user: one line on stderr and exit 2. */
export class Failure extends Error {}

/** The language a run's messages are in, known for certain only once the workbook is read. */
export interface Spoken {
  language: Language;
}

/**
 * Stops a command that copies `snapshot`'s sheets when one has a name Excel refuses (a file not
 * made by Excel can hold one): the copy would be "repaired" on opening. Renaming it in the copy
 * would part it from its row in the units list, so the user renames it.
 */
export function refuseUnwritableSheetNames(snapshot: WorkbookSnapshot, file: string, text: CliText): void {
  const bad = snapshot.sheets.find((sheet) => sheetNameProblem(sheet.name) !== null);
  if (bad) throw new Failure(text.unwritableSheetName(file, bad.name));
}

/** The date a command prints: the tests' fixed day, else today on the local clock. */
export function today(io: CliIo): CalendarDate {
  if (io.today) return io.today();
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
