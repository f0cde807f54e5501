// Errors shaped like the ones the Office.js runtime throws (`OfficeExtension.Error`, which the runtime
// builds as `_Internal.RuntimeError`). One class is shared by every host so `instanceof` works even
// when a test builds several hosts.

/** `debugInfo` as the runtime fills it; `toString()` gives its JSON like the real one. */
export interface OfficeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
  innerError?: unknown;
}

export interface OfficeErrorInit {
  code: string;
  message: string;
  httpStatusCode?: number;
  debugInfo?: Partial<OfficeDebugInfo>;
  innerError?: unknown;
  traceMessages?: string[];
}

/** Status codes the runtime assigns when the response gives none (`RuntimeError` constructor). */
const STATUS_BY_CODE: Record<string, number> = {
  AccessDenied: 401,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidOperation: 400,
  InvalidOperationInCellEditMode: 400,
  InvalidRequestContext: 400,
  ItemAlreadyExists: 409,
  ItemNotFound: 404,
  PropertyNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
  RunMustReturnPromise: 400,
  ValueNotLoaded: 400,
};

/**
 * `OfficeExtension.Error`: `name` is `"RichApi.Error"` (as at runtime, although the typings say
 * "OfficeExtension.Error"), `toString()` is `"Code: message"`.
 */
export class OfficeError extends Error {
  code: string;
  traceMessages: string[];
  innerError: unknown;
  debugInfo: OfficeDebugInfo;
  httpStatusCode: number;

  constructor(init: OfficeErrorInit) {
    super(init.message);
    Object.setPrototypeOf(this, OfficeError.prototype);
    this.name = "RichApi.Error";
    this.code = init.code;
    this.message = init.message;
    this.traceMessages = init.traceMessages ?? [];
    this.innerError = init.innerError ?? null;
    const debugInfo: OfficeDebugInfo = { code: init.code, message: init.message, ...(init.debugInfo ?? {}) };
    Object.defineProperty(debugInfo, "toString", {
      value: function (this: OfficeDebugInfo) {
        return JSON.stringify(this);
      },
      enumerable: false,
    });
    this.debugInfo = debugInfo;
    this.httpStatusCode = init.httpStatusCode ?? STATUS_BY_CODE[init.code] ?? 500;
  }

  toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** `Excel.ErrorCodes` (the enum in excel.d.ts: lower-camel keys, Pascal-case values). */
export const EXCEL_ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  dirtySupportingFormula: "DirtySupportingFormula",
  emptyChartSeries: "EmptyChartSeries",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  powerQueryRefreshResourceChallenge: "PowerQueryRefreshResourceChallenge",
  rangeExceedsLimit: "RangeExceedsLimit",
  rangeImageExceedsLimit: "RangeImageExceedsLimit",
  refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedFillType: "UnsupportedFillType",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
} as const;

/** `OfficeExtension.ErrorCodes`: the client-side codes live only here, not in `Excel.ErrorCodes`. */
export const OFFICE_EXTENSION_ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

/** Messages: workbook errors from Microsoft's error-handling page, client errors from office_strings. */
export const MESSAGES = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  SheetNameExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  WrongArraySize: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
} as const;

export function propertyNotLoaded(typeName: string | null, property: string): OfficeError {
  return new OfficeError({
    code: "PropertyNotLoaded",
    httpStatusCode: 400,
    message: `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    debugInfo: { errorLocation: typeName ? `${typeName}.${property}` : property },
  });
}

export function valueNotLoaded(): OfficeError {
  return new OfficeError({
    code: "ValueNotLoaded",
    message: MESSAGES.ValueNotLoaded,
    debugInfo: { errorLocation: "clientResult.value" },
  });
}

export function invalidObjectPath(pathExpression: string): OfficeError {
  return new OfficeError({
    code: "InvalidObjectPath",
    message: `The object path '${pathExpression}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    debugInfo: { errorLocation: pathExpression },
  });
}

export function invalidRequestContext(): OfficeError {
  return new OfficeError({ code: "InvalidRequestContext", message: MESSAGES.InvalidRequestContext });
}

export function apiNotFound(apiFullName: string, setName: string, version: string): OfficeError {
  return new OfficeError({
    code: "ApiNotFound",
    httpStatusCode: 404,
    message: `The method or property ${apiFullName} is part of the ${setName} ${version} requirement set, which is not available in your version of Excel.`,
    debugInfo: { errorLocation: apiFullName },
  });
}

/** An `InvalidArgument` thrown on the client (from `set()` or load options). */
export function clientInvalidArgument(message: string, errorLocation?: string): OfficeError {
  return new OfficeError({
    code: "InvalidArgument",
    message,
    debugInfo: errorLocation ? { errorLocation } : {},
  });
}

/**
 * An error the workbook raises while running a statement; the sync attaches the statement and its
 * location before rejecting.
 */
export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? (MESSAGES as Record<string, string>)[code] ?? MESSAGES.GeneralException);
  }
}

export function fail(code: string, message?: string): never {
  throw new WorkbookError(code, message);
}
