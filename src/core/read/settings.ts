// The Settings sheet (spec §2): key–value rows, then the units list. A bad value stops ranking
// (`settings-invalid`) rather than silently falling back, since thresholds and quotas decide awards.
import {
  HALF_YEAR_PERIOD_WORDS,
  REVIEW_KINDS,
  SETTINGS_KEYS,
  SETTINGS_SHEET_LABELS,
  TIE_BREAK_KEYS,
  UNITS_LIST_COLUMNS,
  type SettingsKey,
} from "../schema/labels";
import { maxTotal } from "../score/score";
import { cellAt, findSheet, IssueList, locateKeys, readHeaderRow, textAt, withMergesBlanked } from "./sheet";
import { codeKey, matchLabel, nameKey, normalizeLabel } from "../model/text";
import type {
  CellValue,
  CriteriaTable,
  Language,
  ReviewKind,
  Settings,
  SheetSnapshot,
  TieBreakKey,
  UnitListing,
  WorkbookSnapshot,
} from "../model/types";
import { isBlank, parseNumberText, readNumber, readYesNo, showValue } from "../model/values";

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
  reviewKind: "year",
  verificationRequired: false,
  flagName: null,
  certificateName: null,
  datePrepared: null,
  voteThreshold: 50,
  units: null,
};

/**
 * The kind of review a period names when `Loại kỳ` is blank (§7.3): half-year when it says
 * `6 tháng`, `sơ kết` or `half`, else year.
 * @example reviewKindOfPeriod("6 tháng đầu năm 2024") === "half-year"
 */
export function reviewKindOfPeriod(period: string | null): ReviewKind {
  if (period === null) return "year";
  const folded = ` ${normalizeLabel(period)} `;
  // Whole words only, so `half` is not found inside another word. No RegExp built at run time:
  // in the IE11 ribbon bundle that pulls in core-js's whole RegExp constructor.
  const isWordChar = (ch: string) => (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9");
  const hasWord = (word: string) => {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      if (!isWordChar(folded.charAt(at - 1)) && !isWordChar(folded.charAt(at + word.length))) return true;
    }
    return false;
  };
  return HALF_YEAR_PERIOD_WORDS.some((word) => hasWord(normalizeLabel(word))) ? "half-year" : "year";
}

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
  const values = locateKeys(sheet, keyRowsEnd, SETTINGS_KEYS);
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
  settings.flagName = text("flagName");
  settings.certificateName = text("certificateName");

  const kind = text("reviewKind");
  if (kind === null) settings.reviewKind = reviewKindOfPeriod(settings.period);
  else {
    const matched = matchLabel(kind, REVIEW_KINDS);
    if (matched === null) invalid("reviewKind", { reason: "review-kind", value: kind });
    else settings.reviewKind = matched;
  }

  if (values.datePrepared) {
    const value = cellAt(sheet, values.datePrepared);
    if (!isBlank(value)) {
      const date = readDate(value);
      if (date === null) invalid("datePrepared", { reason: "date", value: showValue(value) });
      else settings.datePrepared = date;
    }
  }

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

  // A threshold written as a percent (`90%`, or 0.9 from a cell showing 90 %) is a share of the
  // table's scale (§7.3), so a 1,000-point table can say 90% too.
  const scale = maxTotal(criteria);
  const threshold = (key: "excellent" | "good" | "fair" | "average"): number => {
    const address = values[key];
    const value = address ? cellAt(sheet, address) : null;
    const percent = percentText(value);
    if (percent !== null) return (percent * scale) / 100;
    const points = number(key, DEFAULT_SETTINGS.thresholds[key]);
    return points > 0 && points <= 1 && typeof value === "number" ? points * scale : points;
  };
  // Read like the plan floor (§7.7): a value ≤ 1, or a cell showing 50 %, is a fraction.
  const voteAddress = values.voteThreshold;
  const voteValue = voteAddress ? cellAt(sheet, voteAddress) : null;
  const votePercent = percentText(voteValue);
  if (votePercent !== null) settings.voteThreshold = votePercent;
  else {
    const share = number("voteThreshold", DEFAULT_SETTINGS.voteThreshold);
    if (share < 0 || share > 100) invalid("voteThreshold", { reason: "vote-threshold", value: String(share) });
    else settings.voteThreshold = share <= 1 ? share * 100 : share;
  }

  const order: Array<"excellent" | "good" | "fair" | "average"> = ["excellent", "good", "fair", "average"];
  for (const key of order) settings.thresholds[key] = threshold(key);
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

  for (const key of ["excellentRequiresAllTargets", "verificationRequired"] as const) {
    const address = values[key];
    if (!address) continue;
    const reading = readYesNo(cellAt(sheet, address));
    if (reading.kind === "yesno") settings[key] = reading.value;
    else if (reading.kind === "invalid") invalid(key, { reason: "not-yesno", value: reading.shown });
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

/** `90%` or `90 %` typed as text: the percent, read without a warning (§7.7). */
function percentText(value: CellValue): number | null {
  if (typeof value !== "string") return null;
  const match = /^\s*(\S+?)\s*%\s*$/.exec(value);
  return match ? parseNumberText(match[1]) : null;
}

/** A date cell, or text `dd/mm/yyyy` (also with `-` or `.`). */
export function readDate(value: CellValue): { year: number; month: number; day: number } | null {
  let parts: number[] | null = null;
  if (value !== null && typeof value === "object" && value.kind === "date") {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.iso);
    if (match) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
  } else if (typeof value === "string") {
    const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
    if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (!parts) return null;
  const [day, month, year] = parts;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
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
