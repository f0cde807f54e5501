// The host side of an Excel for the runtime harness: the workbook model built from a fixture
// (test/excel-host), the host's `Office` (requirement sets, display language, ribbon actions) and
// the test-side handle — request counters, fault injection (`failAtSync`, `payloadLimitBytes`,
// `cellEditMode`) and the workbook's read-back helpers. `createExcelHost(options)` builds them;
// the executor answers Microsoft's runtime from its `core`. No Node APIs: the e2e page bundles it.
import { buildWorkbook, type SheetSpec } from "../excel-host/fixtures";
import type { WorkbookModel } from "../excel-host/workbookModel";
import { createWorkbookView, type WorkbookView } from "../excel-host/workbookView";
import { DEFAULT_THEME, createOfficeFake, type ActionInvocation, type OfficeThemeOptions } from "./office";

export type { ActionCompletion, ActionInvocation } from "./office";

/** One request the executor answered, as the host's `syncs` list records it. */
export interface SyncRecord {
  /** 1-based request number since the host was created. */
  index: number;
  /** Actions in the request. */
  actionCount: number;
  /** UTF-8 bytes of `JSON.stringify(body)` */
  requestBytes: number;
  /** UTF-8 bytes of `JSON.stringify(response body)` (0 when the request was refused before running). */
  responseBytes: number;
  /** `"ok"` or the error code the request failed with. */
  outcome: string;
  /** The request carried the DelayForCellEdit flag and waited for the edit to end. */
  waitedForCellEdit: boolean;
}

export interface InjectedFailure {
  code: string;
  message?: string;
  /** How many of the request's actions run before the failure. */
  applied: (actions: number) => number;
}

/** The workbook and the counters and switches the test-side handle controls. */
export interface HostCore {
  state: WorkbookModel;
  syncs: SyncRecord[];
  payloadLimitBytes: number;
  /** Excel on the web (`platform` "OfficeOnline"): its documented refusals apply (see executor.ts). */
  web: boolean;
  cellEditMode: boolean;
  /** Each workbook Excel opened from a file (`Excel.createWorkbook`), as the base64 it was given. */
  openedWorkbooks: string[];
  /** Another window of the workbook is active: `activate()` and `select()` fail (see sheetTypes.ts). */
  otherWindowActive: boolean;
  supports(setName: string, version: string): boolean;
  waitForCellEditEnd(): Promise<void>;
  /**
   * The failure injected for request `index` (1-based). The runtime sends its clean-up request
   * beside the next run's first, so a request names its own index.
   */
  takeInjectedFailure(index: number): InjectedFailure | undefined;
}

export interface FailAtSyncOptions {
  /**
   * How many of the failing request's actions are applied before it fails: a number, `"none"`,
   * `"all"`, or `"half"` (default, rounded down). Applied actions stay applied.
   */
  applied?: number | "none" | "half" | "all";
  /** Default: the standard message for `code`. */
  message?: string;
}

export interface ExcelHostOptions {
  /** The workbook, in tab order. Default: one empty "Sheet1". */
  sheets?: SheetSpec[];
  /** The active sheet's name. Default: the first visible sheet. */
  activeSheet?: string;
  /** Requirement sets and their highest version. Default `{ ExcelApi: "1.14" }`; Office 2019 is `{ ExcelApi: "1.7" }`. */
  requirementSets?: Record<string, string>;
  displayLanguage?: string;
  contentLanguage?: string;
  /**
   * `Office.context.platform`; default "PC", or "OfficeOnline" when the environment variable
   * THIDUA_EXCEL_PLATFORM is `web` (`npm run test:excel:web` runs the Excel-layer tests so).
   * "OfficeOnline" turns on what Excel on the web refuses: the 5 MB payloads and inserted files
   * with charts, comments, PivotTables or slicers.
   */
  platform?: string;
  theme?: Partial<OfficeThemeOptions>;
  /** Cap on request and response size (UTF-8 bytes of the JSON). Default: none on the desktop, 5,000,000 on the web. */
  payloadLimitBytes?: number;
  /** Start with the workbook's structure protected. */
  protectedStructure?: boolean;
  /** Start as if the user were editing a cell. */
  cellEditMode?: boolean;
  /** Start with another window of the workbook active (`activate()`/`select()` → InvalidSelection). */
  otherWindowActive?: boolean;
  /** The workbook's default font (Calibri 11 or Aptos Narrow 11 depending on the Excel version). */
  defaultFont?: { name: string; size: number };
}

/** The test-side handle: counters, fault injection and read-back helpers. Not part of Office.js. */
export interface ExcelHostHandle extends WorkbookView {
  /** Requests the executor received (the runtime's clean-up request after `Excel.run` included). */
  readonly syncCount: number;
  /** One record per request, in order. */
  readonly syncs: readonly SyncRecord[];
  /** Sum of `requestBytes` over all requests. */
  readonly bytesSent: number;
  /** Sum of `responseBytes` over all requests. */
  readonly bytesReceived: number;
  /** Forget the recorded requests (the numbering of `failAtSync` restarts too). */
  resetStats(): void;
  /**
   * Make the n-th request from now (1 = the next one) fail with an error of `code`, after
   * applying part of its actions (default: the first half). Nothing is rolled back.
   */
  failAtSync(n: number, code: string, options?: FailAtSyncOptions): void;
  /** Requests or responses longer than this fail with `Request/ResponsePayloadSizeLimitExceeded` and apply nothing. */
  payloadLimitBytes: number;
  /** While true, `activate()` and `select()` fail with InvalidSelection (another window of the workbook is active). */
  otherWindowActive: boolean;
  /**
   * While true, requests fail with `InvalidOperationInCellEditMode` unless they carry the
   * DelayForCellEdit flag; those wait until this is set back to false.
   */
  cellEditMode: boolean;
  /** The workbooks Excel opened from files (`Excel.createWorkbook`), each as the base64 it was given. */
  readonly openedWorkbooks: readonly string[];
  /** Run the function registered with `Office.actions.associate(actionId, fn)`. */
  invokeAction(actionId: string): ActionInvocation;
}

export interface ExcelHost {
  /** The host's `Office` namespace (the runtime asks it for requirement sets). */
  Office: typeof Office;
  host: ExcelHostHandle;
  /** The workbook state and counters the executor answers from. */
  core: HostCore;
}

/**
 * Excel on the web's payload limit: "5MB" for requests and responses (learn.microsoft.com,
 * office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * ASSUMED: 5 MB read as 5,000,000 bytes (the smaller reading) of the JSON's UTF-8 encoding;
 * Microsoft does not say how it counts.
 */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

/** The platform a test gets when it names none: the web under THIDUA_EXCEL_PLATFORM=web. */
function defaultPlatform(): string {
  const wanted = typeof process !== "undefined" ? process.env?.THIDUA_EXCEL_PLATFORM : undefined;
  return wanted === "web" ? "OfficeOnline" : "PC";
}

/** Build the host side of an Excel: its workbook, `Office` and test-side handle. */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const platform = options.platform ?? defaultPlatform();
  const web = platform === "OfficeOnline";
  const office = createOfficeFake({
    requirementSets: options.requirementSets ?? { ExcelApi: "1.14" },
    displayLanguage: options.displayLanguage ?? "en-US",
    contentLanguage: options.contentLanguage ?? options.displayLanguage ?? "en-US",
    platform,
    theme: { ...DEFAULT_THEME, ...(options.theme ?? {}) },
  });

  let pendingFailures: { at: number; failure: InjectedFailure }[] = [];
  let cellEditWaiters: (() => void)[] = [];
  let cellEditMode = options.cellEditMode ?? false;

  const core: HostCore = {
    state: buildWorkbook(options),
    syncs: [],
    payloadLimitBytes: options.payloadLimitBytes ?? (web ? WEB_PAYLOAD_LIMIT_BYTES : Infinity),
    web,
    otherWindowActive: options.otherWindowActive ?? false,
    get cellEditMode() {
      return cellEditMode;
    },
    set cellEditMode(value: boolean) {
      cellEditMode = value;
    },
    openedWorkbooks: [],
    supports: (setName, version) => office.isSetSupported(setName, version),
    waitForCellEditEnd: () => (cellEditMode ? new Promise<void>((resolve) => cellEditWaiters.push(resolve)) : Promise.resolve()),
    takeInjectedFailure(index) {
      const found = pendingFailures.find((f) => f.at === index);
      if (!found) return undefined;
      pendingFailures = pendingFailures.filter((f) => f !== found);
      return found.failure;
    },
  };

  const host = createHandle(core, office, {
    addFailure: (at, failure) => pendingFailures.push({ at, failure }),
    resetFailures: () => {
      pendingFailures = [];
    },
    setCellEditMode: (value) => {
      cellEditMode = value;
      if (!value) {
        const waiters = cellEditWaiters;
        cellEditWaiters = [];
        for (const resume of waiters) resume();
      }
    },
  });

  return { Office: office.Office as unknown as typeof Office, host, core };
}

/** What the handle needs of the host beyond its core: failures to inject, the cell-edit switch. */
interface HandleControls {
  addFailure(at: number, failure: InjectedFailure): void;
  resetFailures(): void;
  setCellEditMode(value: boolean): void;
}

/** The handle on `core`: its counters and switches, and the view of its workbook. */
function createHandle(core: HostCore, office: ReturnType<typeof createOfficeFake>, controls: HandleControls): ExcelHostHandle {
  const handle = {
    get syncCount() {
      return core.syncs.length;
    },
    get syncs() {
      return core.syncs.slice();
    },
    get bytesSent() {
      return core.syncs.reduce((n, s) => n + s.requestBytes, 0);
    },
    get bytesReceived() {
      return core.syncs.reduce((n, s) => n + s.responseBytes, 0);
    },
    resetStats() {
      core.syncs = [];
      controls.resetFailures();
    },
    failAtSync(n: number, code: string, failOptions: FailAtSyncOptions = {}) {
      if (!Number.isInteger(n) || n < 1) throw new Error("failAtSync: n is 1 for the next round trip, 2 for the one after, …");
      const applied = failOptions.applied ?? "half";
      controls.addFailure(core.syncs.length + n, {
        code,
        message: failOptions.message,
        applied: (queued: number) => {
          if (applied === "none") return 0;
          if (applied === "all") return queued;
          if (applied === "half") return Math.floor(queued / 2);
          return applied;
        },
      });
    },
    get payloadLimitBytes() {
      return core.payloadLimitBytes;
    },
    set payloadLimitBytes(value: number) {
      core.payloadLimitBytes = value;
    },
    get otherWindowActive() {
      return core.otherWindowActive;
    },
    set otherWindowActive(value: boolean) {
      core.otherWindowActive = value;
    },
    get cellEditMode() {
      return core.cellEditMode;
    },
    set cellEditMode(value: boolean) {
      controls.setCellEditMode(value);
    },

    get openedWorkbooks() {
      return core.openedWorkbooks.slice();
    },
    invokeAction: (actionId: string) => office.invokeAction(actionId),
  };
  return Object.assign(handle, createWorkbookView(core));
}
