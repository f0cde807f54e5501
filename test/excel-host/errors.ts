// The errors the workbook raises while the executor runs a request's actions. The runtime turns
// the response's `Error { Code, Message }` into its own `OfficeExtension.Error`; these are Excel's
// side of it: a code and the message Excel sends with it.

/** Messages from Microsoft's error-handling page, as Excel sends them. */
export const MESSAGES = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  WrongArraySize: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  RangeExceedsLimit:
    'The cell count in the range has exceeded the maximum supported number. See the "Resource limits and performance optimization for Office Add-ins" article for more information.',
  InvalidSelection: "The current selection is invalid for this operation.",
  UnsupportedFeature: "The operation failed because the source worksheet contains one or more unsupported features.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
} as const;

/** The message Excel sends with `code` (the general one for a code without its own). */
export function messageFor(code: string): string {
  return (MESSAGES as Record<string, string>)[code] ?? MESSAGES.GeneralException;
}

/** An error the workbook raises while running an action; the executor answers it as the request's error. */
export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? messageFor(code));
  }
}

export function fail(code: string, message?: string): never {
  throw new WorkbookError(code, message);
}

/** A member above the client's requirement sets, with the message Office.js gives for it. */
export function apiNotFound(apiFullName: string, setName: string, version: string): WorkbookError {
  return new WorkbookError(
    "ApiNotFound",
    `The method or property ${apiFullName} is part of the ${setName} ${version} requirement set, which is not available in your version of Excel.`,
  );
}
