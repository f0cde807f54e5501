// The Settings sheet (spec §2): key–value rows, then the units list. A bad value stops ranking
// (`settings-invalid`) rather than silently falling back, since thresholds and quotas decide awards.
import { SETTINGS_KEYS, SETTINGS_SHEET_LABELS, TIE_BREAK_KEYS, UNITS_LIST_COLUMNS, type SettingsKey } from "./labels";
import { cellAt, findSheet, IssueList, readHeaderRow, textAt, valueCellRightOf, withMergesBlanked } from "./sheet";
import { codeKey, matchLabel, nameKey } from "./text";
import type { CellAddress, CriteriaTable, Language, Settings, SheetSnapshot, TieBreakKey, UnitListing, WorkbookSnapshot } from "./types";
import { readNumber, readYesNo, showValue } from "./values";

/** Defaults for a blank or missing value (spec §2). */
export const DEFAULT_SETTINGS: Settings = {
  clusterName: null,
  period: null,
  leaderUnit: null,
  thresholds: { excellent: 90, good: 80, fair: 65, average: 50 },
  excellentRequiresAllTargets: true,
  flagQuota: 1,
  certificateQuota: 2,
  tieBreak: [{ kind: "group", code: "I" }, { kind: "completion" }, { kind: "deduction" }, { kind: "bonus" }],
  language: "vi",
  parentBody: null,
  place: null,
  preparedBy: null,
  signedBy: null,
  units: null,
};

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
    settings.tieBreak = defaultTieBreak(criteria);
    return { settings, valid: true };
  }
  const sheet = withMergesBlanked(found);
  const before = issues.errorCount;
  const listHeader = findUnitsListHeader(sheet);
  const keyRowsEnd = listHeader ? listHeader.row : sheet.cells.length;
  const values = locateKeys(sheet, keyRowsEnd);
  const invalid = (key: SettingsKey, reason: Parameters<IssueList["error"]>[4]) =>
    issues.error("settings-invalid", sheet.name, values[key] ?? null, null, reason);

  const text = (key: SettingsKey): string | null => {
    const address = values[key];
    if (!address) return null;
    const t = textAt(sheet, address);
    return t === "" ? null : t;
  };
  settings.clusterName = text("clusterName");
  settings.period = text("period");
  settings.leaderUnit = text("leaderUnit");
  settings.parentBody = text("parentBody");
  settings.place = text("place");
  settings.preparedBy = text("preparedBy");
  settings.signedBy = text("signedBy");

  const number = (key: SettingsKey, fallback: number): number => {
    const address = values[key];
    if (!address) return fallback;
    const value = cellAt(sheet, address);
    const reading = readNumber(value);
    if (reading.kind === "blank") return fallback;
    if (reading.kind === "invalid") {
      invalid(key, { reason: "not-a-number", value: reading.shown });
      return fallback;
    }
    if (reading.fromText) issues.warning("text-number", sheet.name, address, null, { value: showValue(value), expected: reading.value });
    return reading.value;
  };

  const order: Array<"excellent" | "good" | "fair" | "average"> = ["excellent", "good", "fair", "average"];
  for (const key of order) settings.thresholds[key] = number(key, DEFAULT_SETTINGS.thresholds[key]);
  for (let i = 1; i < order.length; i++) {
    if (!(settings.thresholds[order[i]] < settings.thresholds[order[i - 1]])) {
      invalid(order[i], { reason: "threshold-order", value: String(settings.thresholds[order[i]]) });
      break;
    }
  }

  for (const key of ["flagQuota", "certificateQuota"] as const) {
    const quota = number(key, DEFAULT_SETTINGS[key]);
    if (!Number.isInteger(quota) || quota < 0) invalid(key, { reason: "quota", value: String(quota) });
    else settings[key] = quota;
  }

  const requiresAddress = values.excellentRequiresAllTargets;
  if (requiresAddress) {
    const reading = readYesNo(cellAt(sheet, requiresAddress));
    if (reading.kind === "yesno") settings.excellentRequiresAllTargets = reading.value;
    else if (reading.kind === "invalid") invalid("excellentRequiresAllTargets", { reason: "not-yesno", value: reading.shown });
  }

  const language = text("language");
  if (language !== null) {
    const lang = language.trim().toLowerCase();
    if (lang === "vi" || lang === "en") settings.language = lang as Language;
    else invalid("language", { reason: "language", value: language });
  }

  const tieBreak = text("tieBreak");
  settings.tieBreak =
    tieBreak === null
      ? defaultTieBreak(criteria)
      : parseTieBreak(tieBreak, criteria, (value) => invalid("tieBreak", { reason: "tie-break", value }));

  if (listHeader) settings.units = readUnitsList(sheet, listHeader.row, listHeader.columns, issues);
  return { settings, valid: issues.errorCount === before };
}

function locateKeys(sheet: SheetSnapshot, endRow: number): Partial<Record<SettingsKey, CellAddress>> {
  const values: Partial<Record<SettingsKey, CellAddress>> = {};
  for (let row = 0; row < endRow; row++) {
    const cells = sheet.cells[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      if (typeof value !== "string") continue;
      const key = matchLabel(value, SETTINGS_KEYS);
      if (key !== null && values[key] === undefined) values[key] = valueCellRightOf(sheet, { row, col });
    }
  }
  return values;
}

/** The default order skips group codes the table does not have (spec §2). */
function defaultTieBreak(criteria: CriteriaTable | null): TieBreakKey[] {
  return DEFAULT_SETTINGS.tieBreak.filter(
    (key) =>
      key.kind !== "group" ||
      (criteria !== null && criteria.groups.some((g) => g.kind === "group" && codeKey(g.code) === codeKey(key.code))),
  );
}

/**
 * Reads a tie-break order such as `I; tỷ lệ hoàn thành; điểm trừ; điểm thưởng`.
 * Group codes are kept as the criteria table writes them.
 */
export function parseTieBreak(text: string, criteria: CriteriaTable | null, onUnknown: (key: string) => void): TieBreakKey[] {
  const keys: TieBreakKey[] = [];
  for (const part of text.split(/[;,]/)) {
    const word = part.trim();
    if (word === "") continue;
    const named = matchLabel(word, TIE_BREAK_KEYS);
    if (named !== null) {
      keys.push({ kind: named });
      continue;
    }
    // Without a usable criteria table no unit is ranked anyway, so a group code cannot be judged.
    const group = criteria?.groups.find((g) => g.kind === "group" && codeKey(g.code) === codeKey(word));
    if (group) keys.push({ kind: "group", code: group.code });
    else if (criteria === null) keys.push({ kind: "group", code: word });
    else onUnknown(word);
  }
  return keys;
}

function findUnitsListHeader(
  sheet: SheetSnapshot,
): { row: number; columns: ReturnType<typeof readHeaderRow<"no" | "name" | "sheet">> } | null {
  for (let row = 0; row < sheet.cells.length; row++) {
    const columns = readHeaderRow(sheet, row, UNITS_LIST_COLUMNS);
    if (columns.name !== undefined && columns.sheet !== undefined) return { row, columns };
  }
  return null;
}

function readUnitsList(
  sheet: SheetSnapshot,
  headerRow: number,
  columns: Partial<Record<"no" | "name" | "sheet", number>>,
  issues: IssueList,
): UnitListing[] {
  const units: UnitListing[] = [];
  const seen = new Set<string>();
  for (let row = headerRow + 1; row < sheet.cells.length; row++) {
    const sheetCell = { row, col: columns.sheet as number };
    const name = textAt(sheet, { row, col: columns.name as number });
    const sheetName = textAt(sheet, sheetCell);
    if (name === "" && sheetName === "") continue;
    const key = nameKey(sheetName);
    if (sheetName !== "" && seen.has(key)) {
      issues.error("settings-invalid", sheet.name, sheetCell, null, { reason: "duplicate-sheet", value: sheetName });
      continue;
    }
    seen.add(key);
    let no: number | null = null;
    if (columns.no !== undefined) {
      const reading = readNumber(cellAt(sheet, { row, col: columns.no }));
      if (reading.kind === "number") no = reading.value;
    }
    units.push({ no, name, sheet: sheetName, sheetCell });
  }
  return units;
}
