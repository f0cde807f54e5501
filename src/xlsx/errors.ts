// File problems the xlsx adapter reports as values the CLI turns into one-line messages.
// Only these are expected; anything else thrown is a bug and surfaces as such.

type XlsxFileProblem =
  /** No file at the path. */
  | "not-found"
  /** The path is a directory or something else that is not a regular file. */
  | "not-a-file"
  /** The file exists but cannot be read (permissions, I/O). */
  | "unreadable"
  /** Not a zip-based workbook, or a damaged one. */
  | "not-xlsx"
  /** An old binary .xls, or an .xlsx saved with a password (both are OLE compound files). */
  | "legacy-or-encrypted"
  /** Unpacks to more than the reader can hold, or has more cells or merged areas than it reads. */
  | "too-large"
  /** The output would replace the input. */
  | "same-file"
  /** Writing the output failed; nothing was left at the output path. */
  | "write-failed";

export class XlsxFileError extends Error {
  constructor(
    readonly problem: XlsxFileProblem,
    readonly path: string,
    readonly detail?: string,
  ) {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ""}`);
    this.name = "XlsxFileError";
  }
}

export function isXlsxFileError(error: unknown): error is XlsxFileError {
  return error instanceof XlsxFileError;
}
