// Which temporary sheets a Generate may finish or delete. In Excel on the web two people can press
// Generate on one shared workbook at once, and an add-in "doesn't automatically know when
// coauthors modify the workbook"
// (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins). So every
// run names its temporary sheets with its run id: when it started (on its own computer's clock),
// which pane or ribbon session started it, and a counter. The rule:
// - a run finishes or deletes its own temporary sheets;
// - another run's only when that run is provably over: it came from this same session and is no
//   longer running (a session runs its actions one at a time), or it started more than
//   `ABANDONED_AFTER_MS` ago (no Generate takes that long; the margin also covers two coauthors'
//   clocks disagreeing by some minutes);
// - a temporary name without a run id (an older version's, or an import's, which lives for one
//   request) is nobody's to wait for.
import { TEMP_SHEET_PREFIX } from "./outputSheets";

/** After this long another session's temporary sheets count as abandoned. */
export const ABANDONED_AFTER_MS = 15 * 60 * 1000;

/** This session (one pane, or the ribbon's runtime): four base-36 characters. */
const SESSION = Math.floor(Math.random() * 36 ** 4)
  .toString(36)
  .padStart(4, "0");
let sequence = 0;
const running = new Set<string>();

/** `<start time, 8 base-36 digits><session, 4><counter, 1>`: 13 characters, so names stay under 31. */
const RUN_ID = /^([0-9a-z]{8})([0-9a-z]{4})[0-9a-z]$/;
/** After TEMP_SHEET_PREFIX (a literal, not a RegExp: IE11's `new RegExp` brings core-js's whole polyfill). */
const TEMP_NAME_REST = /^([0-9a-z]{13})-\d+-\d+$/;

/** A new run's id, marked running until `endRun`. */
export function beginRun(now = Date.now()): string {
  const runId = `${now.toString(36).padStart(8, "0")}${SESSION}${(sequence++ % 36).toString(36)}`;
  running.add(runId);
  return runId;
}

export function endRun(runId: string): void {
  running.delete(runId);
}

/** The run a temporary sheet belongs to, or null for a name without a run id. */
function ownerOf(tempName: string): { runId: string; started: number; session: string } | null {
  const rest = tempName.startsWith(TEMP_SHEET_PREFIX) ? tempName.slice(TEMP_SHEET_PREFIX.length) : "";
  const runId = TEMP_NAME_REST.exec(rest)?.[1];
  const parts = runId === undefined ? null : RUN_ID.exec(runId);
  return parts ? { runId: runId as string, started: parseInt(parts[1], 36), session: parts[2] } : null;
}

/** Whether the run `runId` may finish or delete the temporary sheet `tempName` (the rule above). */
export function mayTouch(tempName: string, runId: string, now = Date.now()): boolean {
  const owner = ownerOf(tempName);
  if (owner === null || owner.runId === runId) return true;
  if (owner.session === SESSION) return !running.has(owner.runId);
  return now - owner.started > ABANDONED_AFTER_MS;
}
