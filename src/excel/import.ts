// Sheets brought in from files the secretary picks in the pane (issue 13 §1, §3): units' own
// files, and last period's summary. Excel inserts them itself (`insertWorksheetsFromBase64`,
// ExcelApi 1.13), so each sheet arrives with its formats, merges, widths and validations; the
// file is also read here (src/xlsx/base64.ts) to plan which sheet is which unit's. A fixed number
// of syncs per action, none in a loop.
import { IMPORTED_PREVIOUS_LABELS, importPlanLines, keptName, nameKey, planImport, readPreviousSummary, sheetNamed } from "../core";
import type { ImportPlan, IncomingFile, Language } from "../core";
import { snapshotFromBase64 } from "../xlsx/base64";
import { MESSAGES } from "./errors";
import { canInsertSheets, detectFeatures } from "./features";
import { TEMP_SHEET_PREFIX } from "./outputSheets";
import { readSnapshot } from "./read";
import { loadSheets, run } from "./run";
import { UserFacingError, type ImportPreview, type PickedFile, type PreviousResult } from "./types";

/** The sheet last period's summary is inserted as, in the pane's language. */
const PREVIOUS_SHEET_NAME: Record<Language, string> = { vi: IMPORTED_PREVIOUS_LABELS[0], en: IMPORTED_PREVIOUS_LABELS[1] };

function requireInsert(language: Language): void {
  if (!canInsertSheets()) throw new UserFacingError(MESSAGES.insertNeedsNewerExcel[language], "ApiNotFound");
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

/**
 * Carries the plan out on the workbook as it is now (planned again, in case it changed since the
 * preview): each replaced sheet with entries is renamed to its kept name first, a blank one to a
 * temporary name; each unit's sheet is inserted from its file in the old one's place (or at the
 * end); then the blank ones are deleted and the new sheets take their target names. Four syncs.
 */
export async function importUnitFiles(files: PickedFile[], language: Language): Promise<ImportPreview> {
  requireInsert(language);
  const incoming = await incomingFiles(files);
  return run(language, async (context) => {
    const plan = await readPlan(context, incoming, language);
    if (plan.entries.length === 0) return preview(plan, language);
    const workbook = context.workbook;
    const worksheets = workbook.worksheets;
    const blanks: string[] = [];
    const inserted = plan.entries.map((entry, i) => {
      let position: Excel.InsertWorksheetOptions = { positionType: "End" };
      if (entry.existing !== null) {
        // A temporary name is one no file's sheet has, so Excel inserts the new sheet under its own.
        const moved = entry.keptAs ?? `${TEMP_SHEET_PREFIX}import-${i}`;
        if (entry.keptAs === null) blanks.push(moved);
        worksheets.getItem(entry.existing).name = moved;
        position = { positionType: "Before", relativeTo: moved };
      }
      return workbook.insertWorksheetsFromBase64(files[entry.file].base64 as string, {
        sheetNamesToInsert: [entry.sourceSheet],
        ...position,
      });
    });
    await context.sync();
    for (const name of blanks) worksheets.getItem(name).delete();
    const ids = inserted.map((result) => result.value[0]);
    // Through temporary names: a sheet just inserted may hold another's target name.
    ids.forEach((id, i) => (worksheets.getItem(id).name = `${TEMP_SHEET_PREFIX}imported-${i}`));
    ids.forEach((id, i) => (worksheets.getItem(id).name = plan.entries[i].target));
    worksheets.getItem(ids[0]).activate();
    await context.sync();
    return preview(plan, language);
  });
}

/**
 * Inserts the Summary of last period's workbook as `Kỳ trước` / `Previous period`, at the end.
 * An earlier sheet of either name is kept, renamed (`Kỳ trước (cũ 1)`), so the engine reads the
 * new one. Three syncs.
 */
export async function insertPreviousSummary(file: PickedFile, language: Language): Promise<PreviousResult> {
  requireInsert(language);
  const snapshot = file.base64 === null ? null : await snapshotFromBase64(file.base64);
  const period = snapshot ? readPreviousSummary(snapshot) : null;
  if (!period) throw new UserFacingError(MESSAGES.noPreviousSummary[language](file.name));
  const target = PREVIOUS_SHEET_NAME[language];
  return run(language, async (context) => {
    const sheets = await loadSheets(context, { language });
    const taken = new Set(sheets.map((s) => nameKey(s.name)));
    const keptAs: string[] = [];
    for (const sheet of sheets) {
      if (!sheetNamed({ name: sheet.name, cells: [], merges: [] }, IMPORTED_PREVIOUS_LABELS)) continue;
      const kept = keptName(sheet.name, taken, language);
      taken.add(nameKey(kept));
      keptAs.push(kept);
      sheet.name = kept;
    }
    const inserted = context.workbook.insertWorksheetsFromBase64(file.base64 as string, {
      sheetNamesToInsert: [period.sheet],
      positionType: "End",
    });
    await context.sync();
    context.workbook.worksheets.getItem(inserted.value[0]).name = target;
    await context.sync();
    return { sheet: target, units: period.units.length, keptAs };
  });
}
