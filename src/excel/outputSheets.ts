// Which sheets are the add-in's outputs, going by their names: the output names in both
// languages, the temporary names a replacement writes under, and which existing sheet an output
// replaces. Sheet names are compared as Excel does, ignoring case, through core's `nameKey`.
import { baseOutputName, nameKey, OUTPUT_SHEET_NAMES } from "../core";
import type { Evaluation, SheetLayout, WorkbookSnapshot } from "../core";

/** Sheets this add-in writes under a temporary name while replacing the summary. */
export const TEMP_SHEET_PREFIX = "thidua-tmp-";

export const isTemporary = (name: string) => name.indexOf(TEMP_SHEET_PREFIX) === 0;

/**
 * A temporary name no sheet has (`taken` holds name keys), so writing never touches an existing
 * sheet; it carries the run's id, which says whose it is (ownership.ts).
 */
export function temporaryName(taken: Set<string>, runId: string, index: number): string {
  let name = "";
  for (let n = 0; name === "" || taken.has(nameKey(name)); n++) name = `${TEMP_SHEET_PREFIX}${runId}-${index}-${n}`;
  taken.add(nameKey(name));
  return name;
}

/** Every kind of output sheet, the conference's papers included (§7.5). */
const OUTPUT_KINDS = Object.keys(OUTPUT_SHEET_NAMES.vi) as Array<keyof typeof OUTPUT_SHEET_NAMES.vi>;

/** The output sheet names in both languages that stand for the same sheet as `name`. */
function outputNamesLike(name: string): string[] {
  for (const kind of OUTPUT_KINDS) {
    const names = [OUTPUT_SHEET_NAMES.vi[kind], OUTPUT_SHEET_NAMES.en[kind]];
    if (names.includes(name)) return names;
  }
  return [name];
}

export function isOutputName(name: string): boolean {
  const key = nameKey(name);
  for (const language of ["vi", "en"] as const) {
    for (const kind of OUTPUT_KINDS) if (nameKey(OUTPUT_SHEET_NAMES[language][kind]) === key) return true;
  }
  return false;
}

/** A sheet Generate may write to: an output (or one named beside a unit's, ` (2)`) or a temporary sheet. */
export function writtenByGenerate(name: string): boolean {
  return isTemporary(name) || isOutputName(name) || isOutputName(baseOutputName(name));
}

/**
 * Sheets with an output's name but without the output mark: a unit's sheet when the units list
 * names it (kept), else a sheet the user made (foreign), which the add-in never overwrites.
 */
export function unmarkedOutputSheets(snapshot: WorkbookSnapshot, evaluation: Evaluation): { unitSheets: string[]; foreign: string[] } {
  const listed = new Set(evaluation.report.units.map((unit) => nameKey(unit.sheet)));
  const unmarked = snapshot.sheets.filter((sheet) => sheet.outputMark !== true && isOutputName(sheet.name)).map((sheet) => sheet.name);
  return {
    unitSheets: unmarked.filter((name) => listed.has(nameKey(name))),
    foreign: unmarked.filter((name) => !listed.has(nameKey(name))),
  };
}

/** The add-in's existing sheet for an output, under its name or the other language's, among `names`. */
export function existingOutput(final: string, names: Set<string>): string | null {
  return [final, ...outputNamesLike(final)].find((n) => names.has(n)) ?? null;
}

/** The layout of the output named `final` (or its other language's name), or null. */
export function layoutFor(final: string, layouts: SheetLayout[]): SheetLayout | null {
  const names = outputNamesLike(final);
  return layouts.find((l) => l.name === final) ?? layouts.find((l) => names.includes(l.name)) ?? null;
}
