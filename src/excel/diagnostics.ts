// What the pane's About shows for a problem report: the add-in's version, the Office client, the
// ExcelApi sets it has and the last Excel failure. Pane-only (reached from capabilities.ts), so
// the ribbon's bundle carries none of it; the last failure itself is kept by run.ts.
import { version as addInVersion } from "../../package.json";
import { supported } from "./features";
import { lastExcelError } from "./run";
import type { Diagnostics } from "./types";

/**
 * The sets the product checks for (features.ts, capabilities.ts): 1.7 the manifest's minimum,
 * 1.8/1.9/1.13 the optional features; 1.14 to tell a newer client from one that just has 1.13.
 */
const API_SETS = ["1.7", "1.8", "1.9", "1.13", "1.14"];

/** Office's own report of the client, guarded as everything that reads the Office global. */
function officeClient(): { platform: string | null; officeVersion: string | null; host: string | null } {
  try {
    const info = typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
    return {
      platform: info?.platform != null ? String(info.platform) : null,
      officeVersion: info?.version ?? null,
      host: info?.host != null ? String(info.host) : null,
    };
  } catch {
    return { platform: null, officeVersion: null, host: null };
  }
}

/** The diagnostics as they are now (the last error changes as the user works). */
export function readDiagnostics(): Diagnostics {
  return {
    addInVersion,
    ...officeClient(),
    apiSets: API_SETS.filter(supported).map((set) => `ExcelApi ${set}`),
    lastError: lastExcelError(),
  };
}
