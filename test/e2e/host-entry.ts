// Browser entry of the e2e host bundle (webpack.e2e.config.js, "e2e-host"), served right after
// office.js. It builds the in-memory Excel host and makes it the page's `Office`, `Excel` and
// `OfficeExtension` (through the accessors pin-globals.ts defined before office.js), before the
// pane's own bundle runs. The workbook comes from `window.__thiduaSample` (set by the same
// response, from the Cluster 18 sample read in Node); the display language from the page's
// `?lang=` parameter. The host's test handle is `window.__thiduaHost`.
import { createExcelHost, type SheetSpec } from "../excel-host";
import type { PinnedGlobals } from "./pin-globals";

interface E2EWindow {
  __thiduaGlobals?: PinnedGlobals;
  __thiduaSample?: { sheets: SheetSpec[] };
  __thiduaHost?: unknown;
}

const page = window as unknown as E2EWindow;
const pinned = page.__thiduaGlobals;
const sample = page.__thiduaSample;
if (!pinned) throw new Error("e2e host: pin-globals did not run before office.js.");
if (!sample) throw new Error("e2e host: window.__thiduaSample is not set; the office.js response must set it before this bundle.");

const displayLanguage = new URLSearchParams(window.location.search).get("lang") ?? "en-US";
const created = createExcelHost({ sheets: sample.sheets, displayLanguage });

// office.js finishes its own start-up on DOMContentLoaded through the global name `Office` (the
// fake by then) and calls `Office.Promise`; the fake has it, as real Office.js does.
pinned.fake.Office = created.Office;
pinned.fake.Excel = created.Excel;
pinned.fake.OfficeExtension = created.OfficeExtension;
page.__thiduaHost = created.host;
