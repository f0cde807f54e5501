// Excel's side of the Office runtime harness (test/office-runtime): the in-memory workbook model,
// the objects of the wire as operations on it (objectModel.ts and the *Types.ts files), the host's
// `Office` (requirement sets, display language, ribbon actions) and the test-side handle.
// `createExcelHost(options)` builds them; test/office-runtime answers Microsoft's runtime from its
// `core`. Pure TypeScript with no Node APIs outside insertFromBase64's reader, so the e2e page
// bundles it. See README.md in this folder.
import { buildWorkbook, type SheetSpec } from "./fixtures";
import { createHandle, type ExcelHostHandle } from "./handle";
import type { HostCore, InjectedFailure } from "./objectModel";
import { DEFAULT_THEME, createOfficeFake, type OfficeThemeOptions } from "./office";

export type { FixtureCell, SheetSpec } from "./fixtures";
export type { ChartInfo, ExcelHostHandle, SheetSnapshot } from "./handle";
export type { HostCore, SyncRecord } from "./objectModel";
export type { ActionCompletion, ActionInvocation } from "./office";

export interface ExcelHostOptions {
  /** The workbook, in tab order. Default: one empty "Sheet1". */
  sheets?: SheetSpec[];
  /** The active sheet's name. Default: the first visible sheet. */
  activeSheet?: string;
  /** Requirement sets and their highest version. Default `{ ExcelApi: "1.14" }`; Office 2019 is `{ ExcelApi: "1.7" }`. */
  requirementSets?: Record<string, string>;
  displayLanguage?: string;
  contentLanguage?: string;
  /** `Office.context.platform`; default "PC". */
  platform?: string;
  theme?: Partial<OfficeThemeOptions>;
  /** Cap on request and response size (JSON characters). Default: no cap (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** Start as if the user were editing a cell. */
  cellEditMode?: boolean;
  /** The workbook's default font (Calibri 11 or Aptos Narrow 11 depending on the Excel version). */
  defaultFont?: { name: string; size: number };
}

export interface ExcelHost {
  /** The host's `Office` namespace (the runtime asks it for requirement sets). */
  Office: typeof Office;
  host: ExcelHostHandle;
  /** The workbook state and counters the executor answers from. */
  core: HostCore;
}

/** Build the host side of an Excel: its workbook, `Office` and test-side handle. */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const office = createOfficeFake({
    requirementSets: options.requirementSets ?? { ExcelApi: "1.14" },
    displayLanguage: options.displayLanguage ?? "en-US",
    contentLanguage: options.contentLanguage ?? options.displayLanguage ?? "en-US",
    platform: options.platform ?? "PC",
    theme: { ...DEFAULT_THEME, ...(options.theme ?? {}) },
  });

  let pendingFailures: { at: number; failure: InjectedFailure }[] = [];
  let cellEditWaiters: (() => void)[] = [];
  let cellEditMode = options.cellEditMode ?? false;

  const core: HostCore = {
    state: buildWorkbook(options),
    syncs: [],
    payloadLimitBytes: options.payloadLimitBytes ?? Infinity,
    get cellEditMode() {
      return cellEditMode;
    },
    set cellEditMode(value: boolean) {
      cellEditMode = value;
    },
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
