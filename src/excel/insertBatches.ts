// Inserting sheets from picked files (`insertWorksheetsFromBase64`) within Excel's limits: each
// request carries whole files' base64, so the inserts are grouped into requests under the payload
// budget (Excel on the web refuses a request over 5 MB); a file too large for any request is
// refused by name before anything changes; and an insert Excel refuses (on the web, a file with a
// chart, comment, PivotTable or slicer: `UnsupportedFeature`) is undone: the sheets this run
// renamed get their names back and those it added are deleted, so the workbook is as it was.
import { utf8Bytes } from "./wireBytes";

/** A request's cost besides the base64: the insert's options, a rename, the runtime's envelope. */
const INSERT_OVERHEAD_BYTES = 2_000;

/** What one insert sends: its file's base64 and the few commands around it. */
export function insertBytes(base64: string, sheetName: string): number {
  // Base64 is ASCII, one byte a character.
  return base64.length + utf8Bytes(sheetName) + INSERT_OVERHEAD_BYTES;
}

/**
 * Groups items, in order, into requests of at most `budget` bytes each; an item alone over the
 * budget is the caller's to refuse first. `alone` items (a file Excel may refuse) get a request of
 * their own, so a refusal names one file.
 * @example requestGroups([3, 3, 1], (n) => n, 5) → [[3], [3, 1]]
 */
export function requestGroups<T>(
  items: readonly T[],
  bytes: (item: T) => number,
  budget: number,
  alone: (item: T) => boolean = () => false,
): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let pending = 0;
  for (const item of items) {
    const size = bytes(item);
    if (group.length > 0 && (pending + size > budget || alone(item) || alone(group[0]))) {
      groups.push(group);
      group = [];
      pending = 0;
    }
    group.push(item);
    pending += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** A sheet there before the run, and the name it had. */
export interface OriginalSheet {
  sheet: Excel.Worksheet;
  name: string;
}

/**
 * Puts the sheet list back after a failed insert: deletes the sheets the run added (those whose
 * ids it got back, and any other new sheet named after a file's sheet — Excel names an inserted
 * sheet after its source, ` (2)` on a clash) and gives the run's renamed sheets their names back.
 * Two syncs. Never throws: answers whether the workbook is back as it was.
 */
export async function undoInserts(
  context: Excel.RequestContext,
  originals: OriginalSheet[],
  insertedIds: string[],
  sourceNames: string[],
): Promise<boolean> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id, items/name");
    for (const original of originals) original.sheet.load("id, name");
    await context.sync();
    const originalIds = new Set(originals.map((o) => o.sheet.id));
    const fromFile = (name: string) => sourceNames.some((source) => name === source || name.indexOf(`${source} (`) === 0);
    const added = worksheets.items.filter((s) => !originalIds.has(s.id) && (insertedIds.indexOf(s.id) >= 0 || fromFile(s.name)));
    // Deleted first: an added sheet may hold the name a renamed one takes back.
    for (const sheet of added) sheet.delete();
    for (const original of originals) if (original.sheet.name !== original.name) original.sheet.name = original.name;
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
