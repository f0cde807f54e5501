// Step 2 of a run (spec §2 "Unit sheets", §3): which sheets are the units', and what each holds.
import { IssueList, type RawIssue } from "../read/sheet";
import { nameKey, normalizeLabel, sameName } from "../model/text";
import type { SheetSnapshot, UnitListing } from "../model/types";
import { findStatedName, findUnitTable, readUnitSheet, type UnitSheetReading } from "../read/unitSheet";
import type { Setup } from "./setup";

/** One unit as its sheet reads, before any score. */
export interface UnitRead {
  /** The listed name; without one, the name its sheet states, else the sheet's name. */
  name: string;
  sheetName: string;
  /** The list's short name (§8.2), absent when it gives none. */
  shortName?: string;
  /** Place in the units list (tab order without a list); tied units keep it (§5). */
  order: number;
  /** null when there is no sheet, no unit table, or no criteria to read it by. */
  reading: UnitSheetReading | null;
  /** Issues on the unit's sheet (or its `missing-sheet` line), in the order found. */
  issues: RawIssue[];
}

interface UnitsRead {
  /** In list order, or tab order without a list. */
  units: UnitRead[];
  /** `unlisted-sheet` warnings: unit tables on sheets the list leaves out. They count for no unit. */
  unlistedIssues: RawIssue[];
}

/**
 * Finds the unit sheets (exactly the listed ones, or every sheet with a unit table in tab order)
 * and reads each against the criteria.
 * @example readUnits(readSetup(snapshot)).units.map((u) => u.name)
 */
export function readUnits(
  setup: Pick<Setup, "criteria" | "criteriaIndex" | "settings" | "settingsSheetName" | "unitSheetCandidates">,
): UnitsRead {
  const units: UnitRead[] = [];
  const unlisted = new IssueList();
  const candidates = setup.unitSheetCandidates;
  if (setup.settings.units) {
    const byName = sheetsByName(candidates);
    const listings = setup.settings.units;
    const sheets = listings.map((listing) =>
      listing.sheet === "" || listing.repeatsSheet ? null : (byName.get(nameKey(listing.sheet)) ?? null),
    );
    // A set, not sheets.includes: that was a pass over the list for each of a thousand sheets.
    const listed = new Set(sheets);
    const unlistedSheets = candidates.filter((sheet) => !listed.has(sheet) && findUnitTable(sheet) !== null);
    // A listed sheet that is missing and an unlisted one with the same name but for diacritics
    // (`Song Chu` for `Sông Chu`) are one mistake: said once, at the list, naming both.
    const lookalikes: Array<SheetSnapshot | null> = listings.map(() => null);
    listings.forEach((listing, index) => {
      if (sheets[index] !== null || listing.sheet === "" || listing.repeatsSheet) return;
      const folded = normalizeLabel(listing.sheet);
      const match = unlistedSheets.find((sheet) => normalizeLabel(sheet.name) === folded && !lookalikes.includes(sheet));
      if (match) lookalikes[index] = match;
    });
    listings.forEach((listing, order) => units.push(readUnit(setup, sheets[order], listing, order, lookalikes[order]?.name)));
    for (const sheet of unlistedSheets) {
      if (!lookalikes.includes(sheet)) unlisted.warning("unlisted-sheet", sheet.name, null, null);
    }
  } else {
    candidates.filter((s) => findUnitTable(s) !== null).forEach((sheet, order) => units.push(readUnit(setup, sheet, null, order)));
  }
  return { units, unlistedIssues: unlisted.items };
}

function readUnit(
  setup: Pick<Setup, "criteria" | "criteriaIndex" | "settingsSheetName">,
  sheet: SheetSnapshot | null,
  listing: UnitListing | null,
  order: number,
  lookalike?: string,
): UnitRead {
  const issues = new IssueList();
  const unit: UnitRead = {
    name: listing?.name || sheet?.name || listing?.sheet || "",
    sheetName: sheet?.name ?? listing?.sheet ?? "",
    ...(listing?.shortName === undefined ? {} : { shortName: listing.shortName }),
    order,
    reading: null,
    issues: issues.items,
  };
  // A row repeating an earlier row's sheet has its settings-invalid already, on the Settings sheet.
  if (listing?.repeatsSheet) return unit;
  if (!sheet) {
    issues.error("missing-sheet", setup.settingsSheetName, listing?.sheetCell ?? null, null, {
      name: listing?.sheet || listing?.name || "",
      ...(lookalike === undefined ? {} : { lookalike }),
    });
    return unit;
  }
  const table = findUnitTable(sheet);
  if (!table) {
    issues.error("no-table", sheet.name, null, null);
    return unit;
  }
  const stated = findStatedName(sheet, table.headerRow);
  if (!listing?.name && stated) unit.name = stated.name;
  if (listing?.name && stated && !sameName(listing.name, stated.name)) {
    issues.warning("unit-name-mismatch", sheet.name, stated.cell, null, { found: stated.name, name: listing.name });
  }
  if (setup.criteria && setup.criteriaIndex) unit.reading = readUnitSheet(sheet, table, setup.criteriaIndex, issues);
  return unit;
}

/**
 * Excel sheet names are unique ignoring case; a listed name is matched the way people see it
 * (`nameKey`: also ignoring invisible marks and composed or decomposed letters).
 */
function sheetsByName(sheets: SheetSnapshot[]): Map<string, SheetSnapshot> {
  const byName = new Map<string, SheetSnapshot>();
  for (const sheet of sheets) {
    const key = nameKey(sheet.name);
    if (!byName.has(key)) byName.set(key, sheet);
  }
  return byName;
}
