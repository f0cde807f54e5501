// Output sheets beside sheets that keep their names: a unit's sheet named like an output
// (`Details`, `Kiểm tra`) is input and stays, so the output takes the next free name. Both hosts
// name their outputs this way, and the mark they carry (not the name) tells later runs they are
// outputs.
import { freeSheetName } from "../model/sheetNames";
import { nameKey } from "../model/text";
import type { SheetLayout } from "../model/types";

/**
 * Excel compares sheet names ignoring case; `nameKey` also folds composed and decomposed letters
 * without `String.normalize`, which the ribbon's IE11 runtime lacks.
 */
const foldName = nameKey;

/**
 * The layouts with any name already taken by a kept sheet changed to the next free `Name (2)`
 * (and any name Excel would refuse made one it takes: `freeSheetName`), and every link to a
 * renamed layout changed with it.
 * @example layoutsClearOf(layouts, ["Details"]).map((l) => l.name) → ["Summary", "Details (2)", "Issues"]
 */
export function layoutsClearOf(layouts: SheetLayout[], taken: readonly string[]): SheetLayout[] {
  const used = new Set(taken.map(foldName));
  const renames = new Map<string, string>();
  // forEach, not for…of: the ribbon's ES5 build wraps a for…of in an iterator helper.
  layouts.forEach((layout) => {
    const free = freeSheetName(layout.name, used);
    if (free !== layout.name) renames.set(layout.name, free);
    used.add(foldName(free));
  });
  if (renames.size === 0) return layouts;
  return layouts.map((layout) => ({
    ...layout,
    name: renames.get(layout.name) ?? layout.name,
    links: layout.links.map((link) => (renames.has(link.sheet) ? { ...link, sheet: renames.get(link.sheet) as string } : link)),
  }));
}

/** The output name a sheet was given beside a kept sheet: `Details (2)` → `Details`. */
export function baseOutputName(name: string): string {
  return name.replace(/ \(\d+\)$/, "");
}
