// The whole run over a workbook snapshot: criteria, settings, every unit's sheet, scores, ranks,
// awards and the report (spec §2–§6). Pure: the snapshot in, data out; nothing is thrown for bad
// input, every problem is an issue with its place.
import { toA1 } from "./address";
import { indexCriteria, parseCriteria } from "./criteria";
import { CRITERIA_SHEET_LABELS, OUTPUT_SHEET_LABELS, SETTINGS_SHEET_LABELS } from "./labels";
import { issueMessage } from "./messages";
import { rankUnits, type RankInput } from "./rank";
import { completion, isDisqualified, maxTotal, scoreUnit, type UnitScores } from "./score";
import { parseSettings } from "./settings";
import { findSheet, IssueList, sheetNamed, withMergesBlanked, type RawIssue } from "./sheet";
import { codeKey, sameName } from "./text";
import type {
  Evaluation,
  Issue,
  Language,
  Report,
  SheetSnapshot,
  UnitEvaluation,
  UnitListing,
  UnitResult,
  WorkbookSnapshot,
} from "./types";
import { findStatedName, findUnitTable, readUnitSheet, type CriterionEntry } from "./unitSheet";
import { differs, isBlank, readNumber, showValue } from "./values";

/** Options of a run; everything else comes from the workbook. */
export interface EvaluateOptions {
  /** Overrides the Settings sheet's report language. */
  language?: Language;
}

/** One unit while it is being worked out. */
interface UnitWork {
  name: string;
  sheetName: string;
  order: number;
  issues: IssueList;
  entries: Map<string, CriterionEntry>;
  scores: UnitScores | null;
  completionRate: number | null;
  allTargetsMet: boolean;
  disqualified: boolean;
}

/**
 * Reads, checks, scores and ranks every unit of a workbook.
 * @example evaluateWorkbook(snapshot).report.units[0].rank === 1
 */
export function evaluateWorkbook(snapshot: WorkbookSnapshot, options: EvaluateOptions = {}): Evaluation {
  // Output sheets are never input, so a second run reads exactly what the first one read.
  const workbook: WorkbookSnapshot = {
    sheets: snapshot.sheets.filter((s) => !sheetNamed(s, OUTPUT_SHEET_LABELS)).map(withMergesBlanked),
  };
  const setupIssues = new IssueList();
  const criteria = parseCriteria(workbook, setupIssues);
  const { settings, valid: settingsValid } = parseSettings(workbook, criteria, setupIssues);
  const language = options.language ?? settings.language;

  const setupSheets = [findSheet(workbook, CRITERIA_SHEET_LABELS), findSheet(workbook, SETTINGS_SHEET_LABELS)];
  const candidates = workbook.sheets.filter((s) => !setupSheets.includes(s));
  const index = criteria ? indexCriteria(criteria) : null;
  const settingsSheetName = setupSheets[1]?.name ?? null;

  const units: UnitWork[] = [];
  const unlisted = new IssueList();
  const readUnit = (sheet: SheetSnapshot | null, listing: UnitListing | null, order: number): void => {
    const issues = new IssueList();
    const work: UnitWork = {
      name: listing?.name || sheet?.name || listing?.sheet || "",
      sheetName: sheet?.name ?? listing?.sheet ?? "",
      order,
      issues,
      entries: new Map(),
      scores: null,
      completionRate: null,
      allTargetsMet: false,
      disqualified: false,
    };
    units.push(work);
    if (!sheet) {
      issues.error("missing-sheet", settingsSheetName, listing?.sheetCell ?? null, null, { name: listing?.sheet || listing?.name || "" });
      return;
    }
    const table = findUnitTable(sheet);
    if (!table) {
      issues.error("no-table", sheet.name, null, null);
      return;
    }
    const stated = findStatedName(sheet, table.headerRow);
    if (!listing?.name && stated) work.name = stated.name;
    if (listing?.name && stated && !sameName(listing.name, stated.name)) {
      issues.warning("unit-name-mismatch", sheet.name, stated.cell, null, { found: stated.name, name: listing.name });
    }
    if (!criteria || !index) return;
    const reading = readUnitSheet(sheet, table, index, issues);
    work.entries = reading.entries;
    if (reading.ownTotal && !isBlank(reading.ownTotal.value)) {
      const own = reading.ownTotal;
      const selfScores = scoreUnit(criteria, reading.entries, "selfPoints");
      if (selfScores) {
        const value = readNumber(own.value);
        if (value.kind !== "number" || differs(value.value, selfScores.total)) {
          issues.warning("total-mismatch", sheet.name, own.cell, null, { found: showValue(own.value), expected: selfScores.total });
        } else if (value.fromText) {
          issues.warning("text-number", sheet.name, own.cell, null, { value: showValue(own.value), expected: value.value });
        }
      }
    }
    const rates = completion(reading.entries);
    work.completionRate = rates.completionRate;
    work.allTargetsMet = rates.allTargetsMet;
    work.disqualified = isDisqualified(reading.entries);
    if (settingsValid && issues.errorCount === 0) work.scores = scoreUnit(criteria, reading.entries, "points");
  };

  if (settings.units) {
    const listed = new Set<SheetSnapshot>();
    const byName = sheetsByName(candidates);
    settings.units.forEach((listing, order) => {
      const sheet = listing.sheet === "" ? null : (byName.get(listing.sheet.trim().toLowerCase()) ?? null);
      if (sheet) listed.add(sheet);
      readUnit(sheet, listing, order);
    });
    for (const sheet of candidates) {
      if (!listed.has(sheet) && findUnitTable(sheet)) unlisted.warning("unlisted-sheet", sheet.name, null, null);
    }
  } else {
    candidates.filter((s) => findUnitTable(s) !== null).forEach((sheet, order) => readUnit(sheet, null, order));
  }

  const ranked = units.filter((u) => u.scores !== null);
  const rankInputs: RankInput[] = ranked.map((u) => ({
    order: u.order,
    total: (u.scores as UnitScores).total,
    groups: (u.scores as UnitScores).groups,
    bonus: (u.scores as UnitScores).bonus,
    deduction: (u.scores as UnitScores).deduction,
    completionRate: u.completionRate,
    allTargetsMet: u.allTargetsMet,
    disqualified: u.disqualified,
  }));
  const { outcomes, order } = rankUnits(rankInputs, settings);

  const localize = (raw: RawIssue): Issue => ({
    severity: raw.severity,
    rule: raw.rule,
    sheet: raw.sheet,
    cell: raw.cell ? toA1(raw.cell) : null,
    criterion: raw.criterion,
    message: issueMessage(raw.rule, raw.params, language),
  });

  const criterionKeys: Array<[string, string]> = [];
  for (const group of criteria?.groups ?? []) for (const c of group.criteria) criterionKeys.push([c.code, codeKey(c.code)]);
  const evaluations: UnitEvaluation[] = [];
  const toEvaluation = (u: UnitWork, rankIndex: number | null): UnitEvaluation => {
    const unitIssues = u.issues.items.map(localize);
    const outcome = rankIndex === null ? null : outcomes[rankIndex];
    const result: UnitResult = {
      unit: u.name,
      sheet: u.sheetName,
      status: outcome ? "ranked" : "not-ranked",
      errors: unitIssues.filter((i) => i.severity === "error").length,
      warnings: unitIssues.filter((i) => i.severity === "warning").length,
      groups: outcome && u.scores ? { ...u.scores.groups } : null,
      bonus: outcome && u.scores ? u.scores.bonus : null,
      deduction: outcome && u.scores ? u.scores.deduction : null,
      total: outcome && u.scores ? u.scores.total : null,
      completionRate: u.completionRate,
      allTargetsMet: u.allTargetsMet,
      disqualified: u.disqualified,
      rank: outcome ? outcome.rank : null,
      tied: outcome ? outcome.tied : false,
      classification: outcome ? outcome.classification : null,
      award: outcome ? outcome.award : null,
    };
    const points: Record<string, number | null> = {};
    for (const [code, key] of criterionKeys) points[code] = u.entries.get(key)?.points ?? null;
    return { result, points, issues: unitIssues };
  };
  for (const k of order) evaluations.push(toEvaluation(ranked[k], k));
  for (const u of units) if (u.scores === null) evaluations.push(toEvaluation(u, null));

  const issues: Issue[] = [...setupIssues.items.map(localize)];
  // Loops, not push(...items): spreading 130,000 issues as arguments overflows the call stack.
  for (const u of units) for (const item of u.issues.items) issues.push(localize(item));
  for (const item of unlisted.items) issues.push(localize(item));

  const report: Report = {
    schemaVersion: 1,
    cluster: settings.clusterName,
    period: settings.period,
    language,
    maxTotal: maxTotal(criteria),
    units: evaluations.map((e) => e.result),
    issues,
  };
  return { report, criteria, settings, units: evaluations };
}

/** Excel sheet names are unique ignoring case; a listed name is matched the same way. */
function sheetsByName(sheets: SheetSnapshot[]): Map<string, SheetSnapshot> {
  const byName = new Map<string, SheetSnapshot>();
  for (const sheet of sheets) {
    const key = sheet.name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, sheet);
  }
  return byName;
}
