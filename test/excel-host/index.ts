// An in-memory Excel host with Office.js semantics, for testing add-in code without Excel.
// `createExcelHost(options)` gives `{ Excel, Office, OfficeExtension, host }`; `installExcelHost`
// also puts the three namespaces on a global object, as the real Office.js script does.
// Pure TypeScript with no Node APIs, so it can be bundled into a browser test page.
// See README.md in this folder for the modelling choices.

import { columnLetter, fromA1, toA1 } from "../../src/core/model/address";
import { formatText } from "./cellValues";
import { EXCEL_ENUMS } from "./enums";
import {
  EXCEL_ERROR_CODES,
  MESSAGES,
  OFFICE_EXTENSION_ERROR_CODES,
  OfficeError,
  clientInvalidArgument,
  invalidRequestContext,
} from "./errors";
import { EXCEL_CLASSES, Workbook, sheetId } from "./excelObjects";
import { DEFAULT_THEME, createOfficeFake, type ActionCompletion, type ActionInvocation, type OfficeThemeOptions } from "./office";
import {
  ClientResultImpl,
  HostObject,
  RequestContextImpl,
  TrackedObjectsImpl,
  type HostCore,
  type InjectedFailure,
  type SyncRecord,
} from "./requestContext";
import {
  type AutofitCall,
  type BorderModel,
  type CellBorderSide,
  type CellModel,
  type FontModel,
  type HeaderFooterGroupModel,
  type HyperlinkModel,
  type PageLayoutModel,
  type ProtectionOptionsModel,
  type Rect,
  type SheetModel,
  type WorkbookModel,
  cellKey,
  cellValue,
  defaultProtectionOptions,
  keyCol,
  keyRow,
  newSheet,
  numberFormatAt,
  parseAddress,
  putCell,
  rangeOf,
  rectOf,
  rectToA1,
  resolveFormat,
  usedRect,
  validateSheetName,
  wireValue,
} from "./workbookModel";

export { OfficeError } from "./errors";
export type { HostCore, SyncRecord } from "./requestContext";
export type { ActionCompletion, ActionInvocation } from "./office";

/** A fixture cell: a literal value (strings are stored as typed text, not parsed) or an error. */
export type FixtureCell = number | string | boolean | null | { kind: "error"; code: string };

export interface SheetSpec {
  name: string;
  /** Values anchored at A1 (`cells[0][0]` is A1). */
  cells?: FixtureCell[][];
  /** Merged areas, e.g. `["A1:C1"]`. */
  merges?: string[];
  /** Formulas by A1 address; a value in `cells` at the same address is the cached result. */
  formulas?: Record<string, string>;
  /** Number formats by A1 address. */
  numberFormats?: Record<string, string>;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
  /** `true`, or protection options, to start protected (no password). */
  protected?: boolean | Partial<ProtectionOptionsModel>;
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

export interface FailAtSyncOptions {
  /**
   * How many of the failing sync's queued commands are applied before it rejects: a number,
   * `"none"`, `"all"`, or `"half"` (default, rounded down). Applied commands stay applied.
   */
  applied?: number | "none" | "half" | "all";
  /** Default: the standard message for `code`. */
  message?: string;
}

export interface CellAlignment {
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
}

export interface DataValidationEntry {
  address: string;
  rule: Record<string, unknown>;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks: boolean;
}

/** A deep, JSON-safe copy of everything on a sheet (its tab position and selection excluded). */
export interface SheetSnapshot {
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  cells: Record<string, CellModel>;
  merges: string[];
  layers: { address: string; patch: unknown }[];
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  standardWidth: number;
  standardHeight: number;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutModel;
  protection: { protected: boolean; options: ProtectionOptionsModel; hasPassword: boolean };
  validations: DataValidationEntry[];
  autofits: AutofitCall[];
}

/** A chart as the tests see it; addresses in A1. */
export interface ChartInfo {
  name: string;
  type: string;
  seriesBy: string;
  /** `'Tổng hợp'!B30:H37`-style: the source sheet's current name and the source cells. */
  source: string;
  title: string;
  legend: { position: string; visible: boolean };
  categoryAxis: { reversePlotOrder: boolean; position: string };
  position: string | null;
}

/** The test-side handle: counters, fault injection and read-back helpers. Not part of Office.js. */
export interface ExcelHostHandle {
  /** Round trips: syncs that had queued commands (Office.js sends nothing for an empty queue). */
  readonly syncCount: number;
  /** Every `context.sync()` call, including empty ones and the final sync of `Excel.run`. */
  readonly syncCallCount: number;
  /** One record per round trip, in order. */
  readonly syncs: readonly SyncRecord[];
  /** Sum of `requestBytes` over all round trips. */
  readonly bytesSent: number;
  /** Sum of `responseBytes` over all round trips. */
  readonly bytesReceived: number;
  /** Forget the recorded syncs (the numbering of `failAtSync` restarts too). */
  resetStats(): void;
  /**
   * Make the n-th round trip from now (1 = the next one) reject with an Office error of `code`,
   * after applying part of its queue (default: the first half). Nothing is rolled back.
   */
  failAtSync(n: number, code: string, options?: FailAtSyncOptions): void;
  /** Requests or responses longer than this reject with `Request/ResponsePayloadSizeLimitExceeded` and apply nothing. */
  payloadLimitBytes: number;
  /**
   * While true, round trips reject with `InvalidOperationInCellEditMode` unless the run was
   * started with `{ delayForCellEdit: true }`; those wait until this is set back to false.
   */
  cellEditMode: boolean;

  sheetNames(): string[];
  visibleSheetNames(): string[];
  activeSheet(): string;
  /** `"Sheet1!B2:C3"` of the active sheet's selection. */
  selectedRange(): string;
  sheetInfo(sheet: string): { name: string; position: number; visibility: string; tabColor: string; showGridlines: boolean };
  /** Values as `Range.values` reads them. Without an address: from A1 to the end of the used range ([] when blank). */
  values(sheet: string, address?: string): (string | number | boolean)[][];
  formulas(sheet: string, address?: string): (string | number | boolean)[][];
  numberFormats(sheet: string, address?: string): string[][];
  texts(sheet: string, address?: string): string[][];
  fonts(sheet: string, address?: string): FontModel[][];
  /** Fill colours, null where there is no fill. */
  fills(sheet: string, address?: string): (string | null)[][];
  borders(sheet: string, address?: string): Record<CellBorderSide, BorderModel | null>[][];
  alignment(sheet: string, address?: string): CellAlignment[][];
  locked(sheet: string, address?: string): boolean[][];
  merges(sheet: string): string[];
  /** Widths in points of the columns that have one set, by letter. */
  columnWidths(sheet: string): Record<string, number>;
  /** Heights in points of the rows that have one set, by 1-based row number. */
  rowHeights(sheet: string): Record<string, number>;
  frozen(sheet: string): { rows: number; columns: number };
  pageLayout(sheet: string): PageLayoutModel;
  printTitles(sheet: string): { rows: string | null; columns: string | null };
  headerFooter(sheet: string): HeaderFooterGroupModel;
  hyperlinks(sheet: string): Record<string, HyperlinkModel>;
  dataValidations(sheet: string): DataValidationEntry[];
  protection(sheet: string): { protected: boolean; options: ProtectionOptionsModel };
  autofitCalls(sheet: string): AutofitCall[];
  snapshotSheet(sheet: string): SheetSnapshot;
  /** The sheet's charts in the order they were added: type, source (`Sheet!A1:B2`, by the source sheet's name now), position. */
  charts(sheet: string): ChartInfo[];
  /** Zero-based rows with a manual page break above them. */
  rowBreaks(sheet: string): number[];

  /** Simulate the user typing literal values (not parsed) starting at `topLeft`. */
  setCells(sheet: string, topLeft: string, cells: FixtureCell[][]): void;
  /** Simulate the user selecting a range (activates its sheet). */
  select(sheet: string, address: string): void;
  /** Run the function registered with `Office.actions.associate(actionId, fn)`. */
  invokeAction(actionId: string): ActionInvocation;
  /** Every `event.completed()` call, in order. */
  readonly actionCompletions: readonly ActionCompletion[];
}

export interface ExcelHost {
  /** The `Excel` namespace (typed as the real one; only the documented subset exists). */
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  host: ExcelHostHandle;
  /** The workbook state and counters, for another front end (test/office-runtime answers Microsoft's runtime from it). */
  core: HostCore;
}

function buildSheet(spec: SheetSpec, id: string): SheetModel {
  const sheet = newSheet(id, spec.name);
  if (spec.visibility) sheet.visibility = spec.visibility;
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  (spec.cells ?? []).forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === "") return;
      sheet.cells.set(cellKey(r, c), { value: typeof value === "object" ? { kind: "error", code: value.code } : value });
    });
  });
  for (const [a1, formula] of Object.entries(spec.formulas ?? {})) {
    const { row, col } = fromA1(a1);
    const cell = sheet.cells.get(cellKey(row, col)) ?? {};
    sheet.cells.set(cellKey(row, col), { ...cell, formula: formula.startsWith("=") ? formula : `=${formula}` });
  }
  for (const [a1, numberFormat] of Object.entries(spec.numberFormats ?? {})) {
    const { row, col } = fromA1(a1);
    const cell = sheet.cells.get(cellKey(row, col)) ?? {};
    sheet.cells.set(cellKey(row, col), { ...cell, format: { ...cell.format, numberFormat } });
  }
  sheet.merges = (spec.merges ?? []).map((a1) => rangeOf(parseAddress(a1).rect));
  if (spec.protected) {
    sheet.protection = {
      protected: true,
      options: { ...defaultProtectionOptions(), ...(spec.protected === true ? {} : spec.protected) },
      password: null,
    };
  }
  return sheet;
}

function buildWorkbook(options: ExcelHostOptions): WorkbookModel {
  const specs = options.sheets ?? [{ name: "Sheet1" }];
  const sheets: SheetModel[] = [];
  specs.forEach((spec, i) => {
    validateSheetName(spec.name, sheets);
    sheets.push(buildSheet(spec, sheetId(i + 1)));
  });
  const visible = sheets.filter((s) => s.visibility === "Visible");
  if (visible.length === 0) throw new Error("A workbook needs at least one visible sheet.");
  const active = options.activeSheet ? sheets.find((s) => s.name.toLowerCase() === options.activeSheet!.toLowerCase()) : visible[0];
  if (!active) throw new Error(`No sheet named "${options.activeSheet}".`);
  return {
    sheets,
    activeSheetId: active.id,
    calculationMode: "Automatic",
    nextSheetId: sheets.length + 1,
    defaultFont: options.defaultFont ?? { name: "Calibri", size: 11 },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  // A plain object from another realm (a bundle run in a vm context, an iframe) counts too: its
  // prototype is that realm's Object.prototype, whose own prototype is null.
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Build an in-memory Excel host. */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const requirementSets = options.requirementSets ?? { ExcelApi: "1.14" };
  const office = createOfficeFake({
    requirementSets,
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
    syncCalls: 0,
    payloadLimitBytes: options.payloadLimitBytes ?? Infinity,
    get cellEditMode() {
      return cellEditMode;
    },
    set cellEditMode(value: boolean) {
      cellEditMode = value;
    },
    supports: (setName, version) => office.isSetSupported(setName, version),
    waitForCellEditEnd: () => (cellEditMode ? new Promise<void>((resolve) => cellEditWaiters.push(resolve)) : Promise.resolve()),
    takeInjectedFailure(index = core.syncs.length) {
      const found = pendingFailures.find((f) => f.at === index);
      if (!found) return undefined;
      pendingFailures = pendingFailures.filter((f) => f !== found);
      return found.failure;
    },
    createWorkbook: (context) => new Workbook(context, null, "workbook", () => ({ kind: "workbook" })),
  };

  // Excel.RequestContext is bound to this host; the shared base class keeps instanceof working.
  const RequestContext = class RequestContext extends RequestContextImpl {
    constructor() {
      super(core);
    }
  };

  function run(...args: unknown[]): Promise<unknown> {
    return Promise.resolve().then(async () => {
      let batch: unknown;
      let previous: unknown = null;
      let runOptions: Record<string, unknown> = {};
      if (args.length === 1) batch = args[0];
      else if (args.length === 2) {
        batch = args[1];
        if (isPlainObject(args[0])) {
          runOptions = args[0];
          previous = runOptions.previousObjects ?? null;
        } else previous = args[0];
      } else throw clientInvalidArgument(MESSAGES.InvalidArgument, "Excel.run");
      if (typeof batch !== "function") throw clientInvalidArgument(MESSAGES.InvalidArgument, "Excel.run");

      let context: RequestContextImpl;
      if (previous === null || previous === undefined) context = new RequestContext();
      else if (previous instanceof RequestContextImpl) context = previous;
      else if (previous instanceof HostObject) context = previous._context;
      else if (Array.isArray(previous) && previous.length > 0 && previous.every((o) => o instanceof HostObject)) {
        context = (previous[0] as HostObject)._context;
        if (previous.some((o: HostObject) => o._context !== context)) throw invalidRequestContext();
      } else throw clientInvalidArgument(MESSAGES.InvalidArgument, "Excel.run");
      if (context._core !== core) throw invalidRequestContext();

      const savedDelay = context._delayForCellEdit;
      context._delayForCellEdit = runOptions.delayForCellEdit === true;
      try {
        const returned = (batch as (ctx: RequestContextImpl) => unknown)(context);
        if (returned === null || typeof returned !== "object" || typeof (returned as { then?: unknown }).then !== "function") {
          throw new OfficeError({
            code: "RunMustReturnPromise",
            message: MESSAGES.RunMustReturnPromise,
            debugInfo: { errorLocation: "Excel.run" },
          });
        }
        const result = await returned;
        await context.sync();
        return result;
      } finally {
        context._delayForCellEdit = savedDelay;
        context._endRun();
      }
    });
  }

  const ExcelNamespace = {
    run,
    RequestContext,
    ErrorCodes: EXCEL_ERROR_CODES,
    ...EXCEL_ENUMS,
    ...EXCEL_CLASSES,
  };

  const OfficeExtensionNamespace = {
    Error: OfficeError,
    ErrorCodes: OFFICE_EXTENSION_ERROR_CODES,
    ClientObject: HostObject,
    ClientRequestContext: RequestContextImpl,
    ClientResult: ClientResultImpl,
    TrackedObjects: TrackedObjectsImpl,
    Promise,
    config: { extendedErrorLogging: false },
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

  return {
    Excel: ExcelNamespace as unknown as typeof Excel,
    Office: office.Office as unknown as typeof Office,
    OfficeExtension: OfficeExtensionNamespace as unknown as typeof OfficeExtension,
    host,
    core,
  };
}

/**
 * Build a host and assign `Excel`, `Office` and `OfficeExtension` onto `globalObject` (for code
 * that uses the globals). `uninstall()` puts back whatever was there before.
 */
export function installExcelHost(globalObject: object, options: ExcelHostOptions = {}): ExcelHost & { uninstall(): void } {
  const created = createExcelHost(options);
  const target = globalObject as Record<string, unknown>;
  const names = ["Excel", "Office", "OfficeExtension"] as const;
  const saved = names.map((name) => [name, Object.prototype.hasOwnProperty.call(target, name), target[name]] as const);
  target.Excel = created.Excel;
  target.Office = created.Office;
  target.OfficeExtension = created.OfficeExtension;
  return {
    ...created,
    uninstall() {
      for (const [name, had, value] of saved) {
        if (had) target[name] = value;
        else delete target[name];
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The test-side handle

interface HandleControls {
  addFailure(at: number, failure: InjectedFailure): void;
  resetFailures(): void;
  setCellEditMode(value: boolean): void;
}

function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function createHandle(core: HostCore, office: ReturnType<typeof createOfficeFake>, controls: HandleControls): ExcelHostHandle {
  const sheetNamed = (name: string): SheetModel => {
    const lower = name.toLowerCase();
    const sheet = core.state.sheets.find((s) => s.name.toLowerCase() === lower);
    if (!sheet) throw new Error(`No sheet named "${name}". Sheets: ${core.state.sheets.map((s) => s.name).join(", ")}`);
    return sheet;
  };

  const rectFor = (sheet: SheetModel, address?: string): Rect | null => {
    if (address !== undefined) return parseAddress(address).rect;
    const used = usedRect(sheet, false);
    return used ? { r0: 0, c0: 0, r1: used.r1, c1: used.c1 } : null;
  };

  function grid<T>(name: string, address: string | undefined, read: (sheet: SheetModel, row: number, col: number) => T): T[][] {
    const sheet = sheetNamed(name);
    const rect = rectFor(sheet, address);
    if (!rect) return [];
    const rows: T[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: T[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(read(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }

  const format = (sheet: SheetModel, r: number, c: number) => resolveFormat(core.state, sheet, r, c);

  const validationsOf = (sheet: SheetModel): DataValidationEntry[] =>
    sheet.validations.map((v) =>
      deepCopy({
        address: rectToA1(rectOf(v.range)),
        rule: v.rule,
        prompt: v.prompt,
        errorAlert: v.errorAlert,
        ignoreBlanks: v.ignoreBlanks,
      }),
    );

  const handle: ExcelHostHandle = {
    get syncCount() {
      return core.syncs.length;
    },
    get syncCallCount() {
      return core.syncCalls;
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
      core.syncCalls = 0;
      controls.resetFailures();
    },
    failAtSync(n, code, failOptions = {}) {
      if (!Number.isInteger(n) || n < 1) throw new Error("failAtSync: n is 1 for the next round trip, 2 for the one after, …");
      const applied = failOptions.applied ?? "half";
      controls.addFailure(core.syncs.length + n, {
        code,
        message: failOptions.message,
        applied: (queued) => {
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
    get cellEditMode() {
      return core.cellEditMode;
    },
    set cellEditMode(value: boolean) {
      controls.setCellEditMode(value);
    },

    sheetNames: () => core.state.sheets.map((s) => s.name),
    visibleSheetNames: () => core.state.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
    activeSheet: () => core.state.sheets.find((s) => s.id === core.state.activeSheetId)!.name,
    selectedRange() {
      const sheet = core.state.sheets.find((s) => s.id === core.state.activeSheetId)!;
      return `${sheet.name}!${rectToA1(rectOf(sheet.selection))}`;
    },
    sheetInfo(name) {
      const sheet = sheetNamed(name);
      return {
        name: sheet.name,
        position: core.state.sheets.indexOf(sheet),
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
      };
    },
    values: (name, address) => grid(name, address, (sheet, r, c) => wireValue(cellValue(core.state, sheet, r, c))),
    formulas: (name, address) =>
      grid(name, address, (sheet, r, c) => {
        const cell = sheet.cells.get(cellKey(r, c));
        return cell?.formula ?? wireValue(cellValue(core.state, sheet, r, c));
      }),
    numberFormats: (name, address) => grid(name, address, (sheet, r, c) => numberFormatAt(sheet, r, c)),
    texts: (name, address) =>
      grid(name, address, (sheet, r, c) => formatText(cellValue(core.state, sheet, r, c), numberFormatAt(sheet, r, c))),
    fonts: (name, address) => grid(name, address, (sheet, r, c) => format(sheet, r, c).font),
    fills: (name, address) => grid(name, address, (sheet, r, c) => format(sheet, r, c).fill),
    borders: (name, address) => grid(name, address, (sheet, r, c) => format(sheet, r, c).borders),
    alignment: (name, address) =>
      grid(name, address, (sheet, r, c) => {
        const f = format(sheet, r, c);
        return {
          horizontalAlignment: f.horizontalAlignment,
          verticalAlignment: f.verticalAlignment,
          wrapText: f.wrapText,
          indentLevel: f.indentLevel,
        };
      }),
    locked: (name, address) => grid(name, address, (sheet, r, c) => format(sheet, r, c).locked),
    merges: (name) => sheetNamed(name).merges.map((m) => rectToA1(rectOf(m))),
    columnWidths: (name) =>
      Object.fromEntries([...sheetNamed(name).columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetter(c), w])),
    rowHeights: (name) =>
      Object.fromEntries([...sheetNamed(name).rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])),
    frozen: (name) => ({ ...sheetNamed(name).freeze }),
    pageLayout: (name) => deepCopy(sheetNamed(name).pageLayout),
    printTitles: (name) => ({ rows: sheetNamed(name).pageLayout.printTitleRows, columns: sheetNamed(name).pageLayout.printTitleColumns }),
    headerFooter: (name) => deepCopy(sheetNamed(name).pageLayout.headersFooters),
    hyperlinks(name) {
      const out: Record<string, HyperlinkModel> = {};
      const sheet = sheetNamed(name);
      for (const key of [...sheet.cells.keys()].sort((a, b) => a - b)) {
        const link = sheet.cells.get(key)!.hyperlink;
        if (link) out[toA1({ row: keyRow(key), col: keyCol(key) })] = { ...link };
      }
      return out;
    },
    dataValidations: (name) => validationsOf(sheetNamed(name)),
    protection: (name) => ({ protected: sheetNamed(name).protection.protected, options: { ...sheetNamed(name).protection.options } }),
    autofitCalls: (name) => sheetNamed(name).autofits.map((a) => ({ ...a })),
    rowBreaks: (name) => [...(sheetNamed(name).rowBreaks ?? [])],
    charts: (name) =>
      (sheetNamed(name).charts ?? []).map((chart) => {
        const sourceSheet = core.state.sheets.find((s) => s.id === chart.source.sheetId);
        return {
          name: chart.name,
          type: chart.type,
          seriesBy: chart.seriesBy,
          source: `${sourceSheet ? sourceSheet.name : "#REF"}!${rectToA1(chart.source.rect)}`,
          title: chart.title,
          legend: { ...chart.legend },
          categoryAxis: { ...chart.categoryAxis },
          position: chart.position ? rectToA1(chart.position) : null,
        };
      }),
    snapshotSheet(name) {
      const sheet = sheetNamed(name);
      const cells: Record<string, CellModel> = {};
      for (const key of [...sheet.cells.keys()].sort((a, b) => a - b)) {
        cells[toA1({ row: keyRow(key), col: keyCol(key) })] = deepCopy(sheet.cells.get(key)!);
      }
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
        cells,
        merges: sheet.merges.map((m) => rectToA1(rectOf(m))),
        layers: sheet.layers.map((l) => ({ address: rectToA1(rectOf(l.range)), patch: deepCopy(l.patch) })),
        columnWidths: handle.columnWidths(name),
        rowHeights: handle.rowHeights(name),
        standardWidth: sheet.standardWidth,
        standardHeight: sheet.standardHeight,
        freeze: { ...sheet.freeze },
        pageLayout: deepCopy(sheet.pageLayout),
        protection: {
          protected: sheet.protection.protected,
          options: { ...sheet.protection.options },
          hasPassword: sheet.protection.password !== null,
        },
        validations: validationsOf(sheet),
        autofits: sheet.autofits.map((a) => ({ ...a })),
      };
    },

    setCells(name, topLeft, cells) {
      const index = core.state.sheets.indexOf(sheetNamed(name));
      const copy = { ...sheetNamed(name), cells: new Map(sheetNamed(name).cells) };
      const origin = fromA1(topLeft);
      cells.forEach((row, r) =>
        row.forEach((value, c) => {
          const existing = copy.cells.get(cellKey(origin.row + r, origin.col + c));
          const next: CellModel = { format: existing?.format, hyperlink: existing?.hyperlink };
          if (value !== null && value !== "") next.value = typeof value === "object" ? { kind: "error", code: value.code } : value;
          if (next.format === undefined) delete next.format;
          if (next.hyperlink === undefined) delete next.hyperlink;
          putCell(copy, origin.row + r, origin.col + c, next);
        }),
      );
      const sheets = core.state.sheets.slice();
      sheets[index] = copy;
      core.state = { ...core.state, sheets };
    },
    select(name, address) {
      const sheet = sheetNamed(name);
      const index = core.state.sheets.indexOf(sheet);
      const sheets = core.state.sheets.slice();
      sheets[index] = { ...sheet, selection: rangeOf(parseAddress(address).rect) };
      core.state = { ...core.state, sheets, activeSheetId: sheet.id };
    },
    invokeAction: (actionId) => office.invokeAction(actionId),
    get actionCompletions() {
      return office.completions.slice();
    },
  };
  return handle;
}
