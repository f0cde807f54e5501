// The Settings sheet (spec §2): key–value rows, then the units list. A bad value stops ranking
// (`settings-invalid`) rather than silently falling back, since thresholds and quotas decide awards.
// Each key is read by its kind (schema/kinds.ts), as schema/settings.ts says.
import { SETTINGS_SHEET_LABELS } from "../schema/labels";
import {
  DEFAULT_SETTINGS,
  SETTINGS_FIELDS,
  SETTINGS_KEYS,
  THRESHOLD_KEYS,
  type SettingField,
  type SettingsKey,
  type ThresholdKey,
} from "../schema/settings";
import { KIND_READ_ORDER, type KindName, type ReadContext } from "../schema/kinds";
import { UNITS_LIST_COLUMNS, type UnitsListColumn } from "../schema/unitsList";
import { defaultTieBreak } from "../schema/choices";
import { maxTotal } from "../score/score";
import { cellAt, findSheet, IssueList, locateKeys, readHeaderRow, textAt, withMergesBlanked, type HeaderColumns } from "./sheet";
import { nameKey } from "../model/text";
import type { CellAddress, CriteriaTable, Settings, SheetSnapshot, UnitListing, WorkbookSnapshot } from "../model/types";
import { readNumber } from "../model/values";

export { DEFAULT_SETTINGS } from "../schema/settings";
export { parseTieBreak, reviewKindOfPeriod } from "../schema/choices";
export { readDate } from "../schema/cells";

/** The keys of each kind, in the schema's order. */
const KEYS_BY_KIND = (kind: KindName): SettingsKey[] =>
  (Object.keys(SETTINGS_FIELDS) as SettingsKey[]).filter((key) => SETTINGS_FIELDS[key].kind.name === kind);

/**
 * Reads the Settings sheet. Tie-break group codes are checked against the criteria when given.
 * @example parseSettings(workbook, criteria, issues).settings.flagQuota === 1
 */
export function parseSettings(
  workbook: WorkbookSnapshot,
  criteria: CriteriaTable | null,
  issues: IssueList,
): { settings: Settings; valid: boolean } {
  const settings: Settings = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds } };
  const found = findSheet(workbook, SETTINGS_SHEET_LABELS);
  if (!found) {
    settings.tieBreak = defaultTieBreak(DEFAULT_SETTINGS.tieBreak, criteria);
    return { settings, valid: true };
  }
  const sheet = withMergesBlanked(found);
  const before = issues.errorCount;
  const listHeader = findUnitsListHeader(sheet);
  const values = locateKeys(sheet, listHeader ? listHeader.row : sheet.cells.length, SETTINGS_KEYS);
  const scale = maxTotal(criteria);
  const invalidOrder = (key: ThresholdKey, value: string) =>
    issues.error("settings-invalid", sheet.name, values[key] ?? null, null, { reason: "threshold-order", value });
  for (const kind of KIND_READ_ORDER) {
    for (const key of KEYS_BY_KIND(kind)) {
      const address = values[key] ?? null;
      const context = readContext(sheet.name, address, issues, criteria, scale, settings.period);
      const field = SETTINGS_FIELDS[key] as SettingField<unknown>;
      const value = field.kind.read(address ? cellAt(sheet, address) : null, context, field.default);
      if (value !== undefined) setValue(settings, key, value);
    }
    if (kind === "threshold") checkThresholdOrder(settings.thresholds, invalidOrder);
  }
  if (listHeader) settings.units = readUnitsList(sheet, listHeader.row, listHeader.columns, issues);
  return { settings, valid: issues.errorCount === before };
}

function readContext(
  sheet: string,
  address: CellAddress | null,
  issues: IssueList,
  criteria: CriteriaTable | null,
  scale: number,
  period: string | null,
): ReadContext {
  return {
    invalid: (reason, value) => issues.error("settings-invalid", sheet, address, null, { reason, value }),
    textNumber: (value, expected) => issues.warning("text-number", sheet, address, null, { value, expected }),
    criteria,
    scale,
    period,
  };
}

/** A key's value into the settings; the thresholds go together. */
function setValue(settings: Settings, key: SettingsKey, value: unknown): void {
  if ((THRESHOLD_KEYS as readonly string[]).includes(key)) settings.thresholds[key as ThresholdKey] = value as number;
  else (settings as unknown as Record<string, unknown>)[key] = value;
}

/** The thresholds must descend strictly (spec §2): the first one that does not is invalid. */
function checkThresholdOrder(thresholds: Settings["thresholds"], invalid: (key: ThresholdKey, value: string) => void): void {
  for (let i = 1; i < THRESHOLD_KEYS.length; i++) {
    const [key, above] = [THRESHOLD_KEYS[i], THRESHOLD_KEYS[i - 1]];
    if (!(thresholds[key] < thresholds[above])) {
      invalid(key, String(thresholds[key]));
      return;
    }
  }
}

function findUnitsListHeader(sheet: SheetSnapshot): { row: number; columns: HeaderColumns<UnitsListColumn> } | null {
  for (let row = 0; row < sheet.cells.length; row++) {
    const columns = readHeaderRow(sheet, row, UNITS_LIST_COLUMNS);
    if (columns.name !== undefined && columns.sheet !== undefined) return { row, columns };
  }
  return null;
}

function readUnitsList(sheet: SheetSnapshot, headerRow: number, columns: HeaderColumns<UnitsListColumn>, issues: IssueList): UnitListing[] {
  const units: UnitListing[] = [];
  const seen = new Set<string>();
  for (let row = headerRow + 1; row < sheet.cells.length; row++) {
    const sheetCell = { row, col: columns.sheet as number };
    const name = textAt(sheet, { row, col: columns.name as number });
    const sheetName = textAt(sheet, sheetCell);
    if (name === "" && sheetName === "") continue;
    const key = nameKey(sheetName);
    // A second row for one sheet is an error, but its unit stays listed: a report that silently
    // drops a unit hides it from the cluster (issue 19 §8).
    const repeats = sheetName !== "" && seen.has(key);
    if (repeats) issues.error("settings-invalid", sheet.name, sheetCell, null, { reason: "duplicate-sheet", value: sheetName });
    seen.add(key);
    let no: number | null = null;
    if (columns.no !== undefined) {
      const reading = readNumber(cellAt(sheet, { row, col: columns.no }));
      if (reading.kind === "number") no = reading.value;
    }
    const shortName = columns.shortName === undefined ? "" : textAt(sheet, { row, col: columns.shortName });
    units.push({
      no,
      name,
      sheet: sheetName,
      ...(shortName === "" ? {} : { shortName }),
      sheetCell,
      ...(repeats ? { repeatsSheet: true as const } : {}),
    });
  }
  return units;
}
