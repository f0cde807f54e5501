// Sheets brought in from files the secretary picks in the pane (issue 13 §1, §3): units' own
// files, and last period's summary. Excel inserts them itself (`insertWorksheetsFromBase64`,
// ExcelApi 1.13), so each sheet arrives with its formats, merges, widths and validations; the
// file is also read here (src/xlsx/base64.ts) to plan which sheet is which unit's. A fixed number
// of syncs per action, none in a loop.
import { IMPORTED_PREVIOUS_LABELS, importPlanLines, keptName, nameKey, planImport, readPreviousSummary, sheetNamed } from "../core";
import type { ImportPlan, IncomingFile, Language } from "../core";
import { hasPartsTheWebRefuses, snapshotFromBase64 } from "../xlsx/base64";
import { INSERT_MESSAGES, officeErrorCode } from "./errors";
import { canInsertSheets, detectFeatures } from "./features";
import { insertBytes, requestGroups, undoInserts, type OriginalSheet } from "./insertBatches";
import { TEMP_SHEET_PREFIX } from "./outputSheets";
import { PAYLOAD_BUDGET_BYTES, readSnapshot } from "./read";
import { loadSheets, run, syncShowing } from "./run";
import { UserFacingError, type ImportPreview, type PickedFile, type PreviousResult } from "./types";

/** The sheet last period's summary is inserted as, in the pane's language. */
const PREVIOUS_SHEET_NAME: Record<Language, string> = { vi: IMPORTED_PREVIOUS_LABELS[0], en: IMPORTED_PREVIOUS_LABELS[1] };

function requireInsert(language: Language): void {
  if (!canInsertSheets()) throw new UserFacingError(INSERT_MESSAGES.insertNeedsNewerExcel[language], "ApiNotFound");
}

/** The picked files as the plan reads them; a file not named .xlsx is not even unpacked. */
async function incomingFiles(files: PickedFile[]): Promise<IncomingFile[]> {
  const incoming: IncomingFile[] = [];
  for (const file of files) {
    const snapshot = file.base64 !== null && /\.xlsx$/i.test(file.name) ? await snapshotFromBase64(file.base64) : null;
    incoming.push({ name: file.name, sheets: snapshot?.sheets ?? null });
  }
  return incoming;
}

/** Syncs 1–2: the workbook's sheets and their data, and the plan against them. */
async function readPlan(context: Excel.RequestContext, incoming: IncomingFile[], language: Language): Promise<ImportPlan> {
  const snapshot = await readSnapshot(context, await loadSheets(context, { language }), detectFeatures());
  return planImport(snapshot, incoming, language);
}

function preview(plan: ImportPlan, language: Language): ImportPreview {
  return { lines: importPlanLines(plan, language), sheets: plan.entries.length, skipped: plan.skipped.length };
}

/** The plan for the picked files against the workbook as it is; writes nothing. Two syncs. */
export async function planUnitFiles(files: PickedFile[], language: Language): Promise<ImportPreview> {
  const incoming = await incomingFiles(files);
  return run(language, async (context) => preview(await readPlan(context, incoming, language), language));
}

type Entry = ImportPlan["entries"][number];

/** A planned insert, with what its request costs and whether Excel on the web may refuse it. */
interface PlannedInsert {
  entry: Entry;
  index: number;
  base64: string;
  bytes: number;
  risky: boolean;
}

/** A file's size from its base64, in MB with one decimal. */
const megabytes = (base64: string) => ((base64.length * 3) / 4 / 1_000_000).toFixed(1);

/** The inserts of a plan; a file too large for any request is refused here, before any change. */
function plannedInserts(plan: ImportPlan, files: PickedFile[], language: Language): PlannedInsert[] {
  const inserts = plan.entries.map((entry, index) => {
    const base64 = files[entry.file].base64 as string;
    return { entry, index, base64, bytes: insertBytes(base64, entry.sourceSheet), risky: hasPartsTheWebRefuses(base64) };
  });
  const tooLarge = inserts.find((insert) => insert.bytes > PAYLOAD_BUDGET_BYTES);
  if (tooLarge) {
    throw new UserFacingError(INSERT_MESSAGES.fileTooLargeToInsert[language](tooLarge.entry.fileName, megabytes(tooLarge.base64)));
  }
  return inserts;
}

/** Queues one request's renames and inserts: each replaced sheet makes way, its new one goes before it. */
function queueInserts(context: Excel.RequestContext, group: PlannedInsert[], originals: OriginalSheet[], blanks: string[]) {
  return group.map(({ entry, index, base64 }) => {
    let position: Excel.InsertWorksheetOptions = { positionType: "End" };
    if (entry.existing !== null) {
      // A temporary name is one no file's sheet has, so Excel inserts the new sheet under its own.
      const moved = entry.keptAs ?? `${TEMP_SHEET_PREFIX}import-${index}`;
      if (entry.keptAs === null) blanks.push(moved);
      const original = originals.find((o) => nameKey(o.name) === nameKey(entry.existing as string));
      (original ? original.sheet : context.workbook.worksheets.getItem(entry.existing)).name = moved;
      position = { positionType: "Before", relativeTo: moved };
    }
    return context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: [entry.sourceSheet], ...position });
  });
}

/** What may be left after an undo that failed, in the user's language. */
function changesSoFar(done: PlannedInsert[], language: Language): string {
  const renamed = done
    .filter((i) => i.entry.existing !== null)
    .map((i) => `${i.entry.existing} → ${i.entry.keptAs ?? `${TEMP_SHEET_PREFIX}import-${i.index}`}`);
  const files = done.map((i) => i.entry.fileName).filter((name, k, all) => all.indexOf(name) === k);
  return language === "vi"
    ? `đổi tên ${renamed.join(", ") || "(không)"}; thêm trang từ ${files.join(", ")}`
    : `renamed ${renamed.join(", ") || "(none)"}; sheets added from ${files.join(", ")}`;
}

/**
 * Carries the plan out on the workbook as it is now (planned again, in case it changed since the
 * preview), in requests under the payload budget: each replaced sheet with entries is renamed to
 * its kept name first, a blank one to a temporary name, and its unit's sheet is inserted from its
 * file in its place (or at the end). If Excel refuses an insert, what this run renamed or added is
 * put back and the file is named. Then the blank ones are deleted and the new sheets take their
 * target names. Four syncs while the files fit one request; one more per further request.
 */
export async function importUnitFiles(files: PickedFile[], language: Language): Promise<ImportPreview> {
  requireInsert(language);
  const incoming = await incomingFiles(files);
  return run(language, async (context) => {
    const sheets = await loadSheets(context, { language });
    const originals = sheets.map((sheet) => ({ sheet, name: sheet.name }));
    const plan = planImport(await readSnapshot(context, sheets, detectFeatures()), incoming, language);
    if (plan.entries.length === 0) return preview(plan, language);
    const inserts = plannedInserts(plan, files, language);
    const groups = requestGroups(
      inserts,
      (i) => i.bytes,
      PAYLOAD_BUDGET_BYTES,
      (i) => i.risky,
    );
    const blanks: string[] = [];
    const ids: string[] = [];
    for (let g = 0; g < groups.length; g++) {
      const results = queueInserts(context, groups[g], originals, blanks);
      try {
        // One request per group is the point: each must stay under the payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        const done = ([] as PlannedInsert[]).concat(...groups.slice(0, g + 1));
        const undone = await undoInserts(
          context,
          originals,
          ids,
          done.map((i) => i.entry.sourceSheet),
        );
        const names = groups[g]
          .map((i) => i.entry.fileName)
          .filter((name, k, all) => all.indexOf(name) === k)
          .join(", ");
        const code = officeErrorCode(error) ?? "GeneralException";
        throw new UserFacingError(INSERT_MESSAGES.insertRefused[language](names, code, undone, changesSoFar(done, language)), code);
      }
      for (const result of results) ids.push(result.value[0]);
    }
    const worksheets = context.workbook.worksheets;
    for (const name of blanks) worksheets.getItem(name).delete();
    // Through temporary names: a sheet just inserted may hold another's target name.
    ids.forEach((id, i) => (worksheets.getItem(id).name = `${TEMP_SHEET_PREFIX}imported-${i}`));
    ids.forEach((id, i) => (worksheets.getItem(id).name = plan.entries[i].target));
    worksheets.getItem(ids[0]).activate();
    const sources = inserts.map((i) => i.entry.sourceSheet);
    await syncFinish(context, () => undoInserts(context, originals, ids, sources), changesSoFar(inserts, language), language);
    return preview(plan, language);
  });
}

/**
 * Inserts the Summary of last period's workbook as `Kỳ trước` / `Previous period`, at the end.
 * An earlier sheet of either name is kept, renamed (`Kỳ trước (cũ 1)`), so the engine reads the
 * new one. Three syncs. If Excel refuses the file, the renames are undone and the file is named.
 */
export async function insertPreviousSummary(file: PickedFile, language: Language): Promise<PreviousResult> {
  requireInsert(language);
  const snapshot = file.base64 === null ? null : await snapshotFromBase64(file.base64);
  const period = snapshot ? readPreviousSummary(snapshot) : null;
  if (!period) throw new UserFacingError(INSERT_MESSAGES.noPreviousSummary[language](file.name));
  const target = PREVIOUS_SHEET_NAME[language];
  const base64 = file.base64 as string;
  if (insertBytes(base64, period.sheet) > PAYLOAD_BUDGET_BYTES)
    throw new UserFacingError(INSERT_MESSAGES.fileTooLargeToInsert[language](file.name, megabytes(base64)));
  return run(language, async (context) => {
    const sheets = await loadSheets(context, { language });
    const names = sheets.map((s) => s.name);
    const taken = new Set(names.map(nameKey));
    const keptAs: string[] = [];
    for (const sheet of sheets) {
      if (!sheetNamed({ name: sheet.name, cells: [], merges: [] }, IMPORTED_PREVIOUS_LABELS)) continue;
      const kept = keptName(sheet.name, taken, language);
      taken.add(nameKey(kept));
      keptAs.push(kept);
      sheet.name = kept;
    }
    const originals = sheets.map((sheet, i) => ({ sheet, name: names[i] }));
    const inserted = context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: [period.sheet], positionType: "End" });
    try {
      await context.sync();
    } catch (error) {
      // A summary written by thidua has a chart, which Excel on the web does not insert.
      const undone = await undoInserts(context, originals, [], [period.sheet]);
      const code = officeErrorCode(error) ?? "GeneralException";
      const changes = keptAs.length > 0 ? keptAs.join(", ") : file.name;
      throw new UserFacingError(INSERT_MESSAGES.insertRefused[language](file.name, code, undone, changes), code);
    }
    context.workbook.worksheets.getItem(inserted.value[0]).name = target;
    const id = inserted.value[0];
    await syncFinish(context, () => undoInserts(context, originals, [id], [period.sheet]), [...keptAs, file.name].join(", "), language);
    return { sheet: target, units: period.units.length, keptAs };
  });
}

/**
 * The last request of an import, after every insert went in (deletes, names, showing the first
 * sheet). If Excel refuses it, the run's sheets are taken out and the renamed ones named back
 * (`undo`), and the message says whether that worked or what may be left: never "nothing changed"
 * unless it is so. Excel refusing only to show the sheet loses nothing (`syncShowing`).
 */
async function syncFinish(context: Excel.RequestContext, undo: () => Promise<boolean>, changes: string, language: Language): Promise<void> {
  try {
    await syncShowing(context);
  } catch (error) {
    const undone = await undo();
    const code = officeErrorCode(error) ?? "GeneralException";
    throw new UserFacingError(INSERT_MESSAGES.finishRefused[language](code, undone, changes), code);
  }
}
