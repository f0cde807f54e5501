// Browser entry of the e2e host bundle (webpack.e2e.config.js, "e2e-host"), served right after
// office.js. It loads Microsoft's Excel runtime (@microsoft/office-js,
// dist/excel-win32-16.01.debug.js, its source in `window.__thiduaRuntimeSource`) in a hidden frame
// of the page, as the Jest harness (test/office-runtime) does in a jsdom window, and routes the
// runtime's requests to an executor that answers them from the in-memory workbook model
// (test/office-runtime/executor.ts). The runtime's `Excel` and `OfficeExtension`, with the host's
// `Office` (display language, requirement sets), become the page's globals for good (through the
// accessors pin-globals.ts defined before office.js), before the pane's own bundle runs.
//
// The workbook comes from `window.__thiduaSample` (set by the same response, from the Cluster 18
// sample read in Node); the display language from the page's `?lang=` parameter. The test's handle
// is `window.__thiduaHost`: the read-back helpers of the workbook behind the executor, and
// `syncCount`, the requests the runtime sent.
import type { SheetSpec } from "../excel-host";
import { createExcelHost } from "../office-runtime/host";
import { ModelExecutor } from "../office-runtime/executor";
import { routeRequestsToModel, type RuntimeGlobals } from "../office-runtime/route";
import type { PinnedGlobals } from "./pin-globals";

interface E2EWindow {
  __thiduaGlobals?: PinnedGlobals;
  __thiduaSample?: { sheets: SheetSpec[] };
  __thiduaRuntimeSource?: string;
  __thiduaHost?: unknown;
}

/** The frame's id, so the accessibility check can leave out Microsoft's script-only frame. */
const RUNTIME_FRAME_ID = "thidua-office-runtime";

const page = window as unknown as E2EWindow;
const pinned = page.__thiduaGlobals;
const sample = page.__thiduaSample;
const runtimeSource = page.__thiduaRuntimeSource;
if (!pinned) throw new Error("e2e host: pin-globals did not run before office.js.");
if (!sample) throw new Error("e2e host: window.__thiduaSample is not set; the office.js response must set it before this bundle.");
if (!runtimeSource)
  throw new Error("e2e host: window.__thiduaRuntimeSource is not set; the office.js response must set it before this bundle.");
delete page.__thiduaRuntimeSource;

const displayLanguage = new URLSearchParams(window.location.search).get("lang") ?? "en-US";
const created = createExcelHost({ sheets: sample.sheets, displayLanguage });
const executor = new ModelExecutor(created.core);

// The runtime gets a window of its own, as in the Jest harness: it declares `Office`, `OSF` and
// the rest at its top level, which must not meet office.js's in the page. An about:blank frame
// shares the page's origin and event loop; it stays in the document, or its timers would stop.
const frame = document.createElement("iframe");
frame.id = RUNTIME_FRAME_ID;
frame.title = "Excel JavaScript runtime";
frame.hidden = true;
frame.setAttribute("aria-hidden", "true");
frame.tabIndex = -1;
document.documentElement.appendChild(frame);
const runtimeWindow = frame.contentWindow as unknown as RuntimeGlobals & { Office?: unknown; eval(source: string): unknown };
runtimeWindow.eval(runtimeSource);
routeRequestsToModel(runtimeWindow, () => executor);
// The runtime asks `window.Office.context.requirements` which sets the client has.
runtimeWindow.Office = created.Office;

// office.js finishes its own start-up on DOMContentLoaded through the global name `Office` (the
// host's by then) and calls `Office.Promise`; the host's Office has it, as real Office.js does.
pinned.fake.Office = created.Office;
pinned.fake.Excel = runtimeWindow.Excel;
pinned.fake.OfficeExtension = runtimeWindow.OfficeExtension;
page.__thiduaHost = created.host;
