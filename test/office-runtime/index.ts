// Microsoft's Excel JavaScript runtime (@microsoft/office-js) in a jsdom window, with its request
// executor answered from the in-memory workbook model. `installOfficeRuntime(globalThis, options)`
// puts the runtime's `Excel` and `OfficeExtension` and the host's `Office` on the global object, as
// office.js does in a task pane; `host` reads the workbook back, counts requests and injects failures.
// See README.md in this folder for what is modelled.
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import { createExcelHost, type ExcelHostHandle, type ExcelHostOptions, type HostCore } from "./host";
import { ModelExecutor, type WireRequest } from "./executor";
import { routeRequestsToModel, type RuntimeGlobals } from "./route";

export type { WireRequest } from "./executor";

/** The Excel build for Windows desktop (the debug build: same code, readable). */
const RUNTIME_FILE = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist", "excel-win32-16.01.debug.js");

interface RuntimeWindow extends RuntimeGlobals {
  Office?: unknown;
  eval(source: string): unknown;
}

let runtimeWindow: RuntimeWindow | null = null;
let currentExecutor: ModelExecutor | null = null;
/** What installOfficeRuntime put in last, until it is uninstalled. */
let lastInstall: OfficeRuntimeInstall | null = null;

/**
 * The runtime, loaded once per test file (evaluating 3 MB of script takes a while). Every request
 * context it creates sends its requests to the executor of the workbook installed last.
 */
export function loadRuntime(): RuntimeWindow {
  if (runtimeWindow) return runtimeWindow;
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost:3000/taskpane.html",
  });
  const window = dom.window as unknown as RuntimeWindow;
  window.eval(fs.readFileSync(RUNTIME_FILE, "utf8"));
  routeRequestsToModel(window, () => currentExecutor);
  runtimeWindow = window;
  return window;
}

export interface OfficeRuntimeInstall {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  host: ExcelHostHandle;
  core: HostCore;
  executor: ModelExecutor;
  /** Every request the runtime sent since install (or `host.resetStats()`), with its size. */
  readonly requests: readonly WireRequest[];
  /** Resolves once no request is in flight (the runtime cleans up after `Excel.run` without waiting). */
  settled(): Promise<void>;
  uninstall(): void;
}

/** A workbook (the host's options) answered by Microsoft's runtime, installed on `globalObject`. */
export function installOfficeRuntime(globalObject: object, options: ExcelHostOptions = {}): OfficeRuntimeInstall {
  const window = loadRuntime();
  const created = createExcelHost(options);
  const executor = new ModelExecutor(created.core);
  currentExecutor = executor;
  // The runtime asks `window.Office.context.requirements` which sets this client has
  // (DelayForCellEdit among them); the host's Office answers from `requirementSets`.
  window.Office = created.Office;
  const target = globalObject as Record<string, unknown>;
  const names = ["Excel", "Office", "OfficeExtension"] as const;
  const saved = names.map((name) => [name, Object.prototype.hasOwnProperty.call(target, name), target[name]] as const);
  target.Excel = window.Excel;
  target.Office = created.Office;
  target.OfficeExtension = window.OfficeExtension;
  const resetStats = created.host.resetStats.bind(created.host);
  let firstRequest = 0;
  created.host.resetStats = () => {
    resetStats();
    firstRequest = executor.requests.length;
  };
  const install: OfficeRuntimeInstall = {
    Excel: window.Excel,
    Office: created.Office,
    OfficeExtension: window.OfficeExtension,
    host: created.host,
    core: created.core,
    executor,
    get requests() {
      return executor.requests.slice(firstRequest);
    },
    async settled() {
      // Each request answers after a macrotask; a few turns let a follow-up request start.
      for (let quiet = 0; quiet < 3;) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        quiet = executor.pending === 0 ? quiet + 1 : 0;
      }
    },
    uninstall() {
      for (const [name, had, value] of saved) {
        if (had) target[name] = value;
        else delete target[name];
      }
      if (currentExecutor === executor) currentExecutor = null;
      if (lastInstall === install) lastInstall = null;
    },
  };
  lastInstall = install;
  return install;
}

/**
 * Takes out the runtime installed last, if it is still in: `afterEach(uninstallOfficeRuntime)`, so
 * no test leaves its Office globals (or its workbook) to the next.
 */
export function uninstallOfficeRuntime(): void {
  lastInstall?.uninstall();
}
