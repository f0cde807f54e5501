// The hidden sheet-scoped names (worksheet.names, ExcelApi 1.4) on the sheets Generate writes.
// Core's `OUTPUT_MARK` says the add-in made the sheet, so only such sheets are ever replaced.
// `COMPLETE_MARK` says which run's complete contents the sheet holds, and which of that run's
// outputs they are (`="<run id>|<index>|<count>|<rows>|<cols>|<final name>"`, see
// `completeFormula`): it is the last command written to a temporary sheet, and the last one for a
// sheet overwritten in place. From the marks alone a later run or a recovery can tell whether
// leftover temporary sheets make up a complete set, and finish putting them in place.
import { baseOutputName } from "../core";
import { GENERATE_OUTPUTS, isTemporary, type OutputNames } from "./outputSheets";

export const COMPLETE_MARK = "ThiDua_Complete";

/** What a completeness mark says. */
export interface CompleteMark {
  runId: string;
  /** This output's place among the run's outputs, and how many it wrote. */
  index: number;
  count: number;
  /** The written block, from A1: what a promotion copies. */
  rows: number;
  cols: number;
  /** The output's name once in place. */
  final: string;
}

/** The mark's formula: a text constant (a name's text is limited to 255 characters; this is < 100). */
export function completeFormula(mark: CompleteMark): string {
  const text = [mark.runId, mark.index, mark.count, mark.rows, mark.cols, mark.final].join("|");
  return `="${text.replace(/"/g, '""')}"`;
}

/** A completeness mark's value read back, or null when it is missing or not one of ours. */
export function parseCompleteMark(value: unknown): CompleteMark | null {
  if (typeof value !== "string") return null;
  const parts = value.split("|");
  if (parts.length < 6) return null;
  const [runId, index, count, rows, cols] = parts;
  const numbers = [index, count, rows, cols].map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  if (runId === "" || numbers.some((n) => Number.isNaN(n)) || numbers[0] >= numbers[1]) return null;
  return { runId, index: numbers[0], count: numbers[1], rows: numbers[2], cols: numbers[3], final: parts.slice(5).join("|") };
}

/** Hidden name on `sheet`; `formula` is what it holds (`="…"` for text). */
export function addMark(sheet: Excel.Worksheet, name: string, formula: string): void {
  const item = sheet.names.add(name, formula);
  item.visible = false;
}

/** Roughly what a hidden name costs in a request (two actions, two object paths). */
export const MARK_BYTES = 600;

/** The completeness mark queued for one temporary sheet or (possible) output sheet. */
interface QueuedMarks {
  sheet: Excel.Worksheet;
  complete: Excel.NamedItem;
}

/**
 * Queues `COMPLETE_MARK` on every temporary sheet this run may finish (`touchable`, ownership.ts)
 * and every sheet that may be an output (an output's name, or one with ` (2)` after it, given
 * beside a unit's sheet of that name), when temporary sheets of an earlier run are left; none
 * otherwise. Another live run's temporary sheets are not even read: that run may delete them
 * at any moment. (The output mark itself comes with the snapshot, `readSnapshot`.)
 */
export function queueMarks(
  sheets: Excel.Worksheet[],
  withComplete: boolean,
  touchable: (name: string) => boolean,
  family: OutputNames = GENERATE_OUTPUTS,
): QueuedMarks[] {
  if (!withComplete) return [];
  return sheets
    .filter((s) => (isTemporary(s.name) && touchable(s.name)) || family.isOutput(baseOutputName(s.name)))
    .map((sheet) => ({ sheet, complete: sheet.names.getItemOrNullObject(COMPLETE_MARK).load("value") }));
}

/** What the marks say: every completeness mark read. */
interface MarksRead {
  complete: Map<string, CompleteMark | null>;
}

export function marksFrom(queued: QueuedMarks[]): MarksRead {
  const complete = new Map<string, CompleteMark | null>();
  for (const q of queued) complete.set(q.sheet.name, q.complete.isNullObject ? null : parseCompleteMark(q.complete.value));
  return { complete };
}

/**
 * The marks, which normally arrived with the data; when the data was read again in parts (the
 * first read refused as too large) they are read here.
 */
export async function readMarks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  queued: QueuedMarks[],
  withComplete: boolean,
  touchable: (name: string) => boolean,
  family: OutputNames = GENERATE_OUTPUTS,
): Promise<MarksRead> {
  try {
    return marksFrom(queued);
  } catch {
    const again = queueMarks(sheets, withComplete, touchable, family);
    await context.sync();
    return marksFrom(again);
  }
}
