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

/**
 * Which sheets are one writer's outputs, by name: Generate's (Summary, Details, Issues, the
 * conference's papers) or the province's desk's (`Các cụm`, `Đề nghị`, `Hội đồng`, the council's
 * papers). The two are kept apart: `Nominations` is a sheet of each, and neither writer replaces
 * or removes the other's sheets.
 */
export interface OutputNames {
  isOutput(name: string): boolean;
  /** The names in both languages that stand for the same sheet as `name` (itself when none). */
  namesLike(name: string): string[];
}

/** An output family from its sheets' names in both languages. */
export function outputNames(pairs: Array<[string, string]>): OutputNames {
  // No flatMap: the ribbon's ES5 bundle runs in IE11.
  const keys = new Set<string>();
  for (const pair of pairs) for (const name of pair) keys.add(nameKey(name));
  return {
    isOutput: (name) => keys.has(nameKey(name)),
    namesLike: (name) => pairs.find((pair) => pair.includes(name)) ?? [name],
  };
}

/** Generate's outputs, the conference's papers included (§7.5). */
export const GENERATE_OUTPUTS = outputNames(
  (Object.keys(OUTPUT_SHEET_NAMES.vi) as Array<keyof typeof OUTPUT_SHEET_NAMES.vi>).map((kind) => [
    OUTPUT_SHEET_NAMES.vi[kind],
    OUTPUT_SHEET_NAMES.en[kind],
  ]),
);

export const isOutputName = GENERATE_OUTPUTS.isOutput;

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
export function existingOutput(final: string, names: Set<string>, family: OutputNames = GENERATE_OUTPUTS): string | null {
  return [final, ...family.namesLike(final)].find((n) => names.has(n)) ?? null;
}

/** The layout of the output named `final` (or its other language's name), or null. */
export function layoutFor(final: string, layouts: SheetLayout[], family: OutputNames = GENERATE_OUTPUTS): SheetLayout | null {
  const names = family.namesLike(final);
  return layouts.find((l) => l.name === final) ?? layouts.find((l) => names.includes(l.name)) ?? null;
}
