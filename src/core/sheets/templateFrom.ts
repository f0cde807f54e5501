// The next period's workbook made from this one (spec §8.5), as both hosts make it: `thidua
// template --from` and the pane's *New scoring workbook › from this workbook*. Its Criteria, every
// Settings value and the units list are kept, the unit sheets are laid out blank by today's
// Criteria, the period advances, and the award history gains this period's rows (§9.2). The hosts word the refusals; this file only finds them.
import { nextPeriod } from "../schema/period";
import { reviewKindOfPeriod } from "../schema/choices";
import { findStatedName, findUnitTable } from "../read/unitTable";
import { readSetup, type Setup } from "../run/setup";
import { evaluateWorkbook } from "../run/evaluate";
import type { Issue, Language, ReviewKind, Settings, SheetLayout, UnitListing, WorkbookSnapshot } from "../model/types";
import { buildTemplateSheets } from "./template";
import { carriedHistory } from "./templateHistory";

export interface FromWorkbookRequest {
  /** The sheets' language; null = the workbook's report language. */
  language: Language | null;
  /** The new period; null = the workbook's advanced (`Năm 2025` → `6 tháng đầu năm 2026`). */
  period: string | null;
  reviewKind: ReviewKind | null;
  /** Keep the period and its kind (the entries are carried over by the host). */
  keepEntries: boolean;
}

/** What came of it: the layouts, or why there are none. */
export type FromWorkbookPlan =
  | { kind: "ready"; language: Language; setup: Setup; settings: Settings; layouts: SheetLayout[] }
  /** The Criteria or Settings cannot be read: their issues, the first one first. */
  | { kind: "setup-invalid"; language: Language; issues: Issue[] }
  /** The Settings' period is blank or not one the engine can advance. */
  | { kind: "no-period"; language: Language; oldPeriod: string | null }
  /** A year review asked for with a half-year period. */
  | { kind: "kind-disagrees"; language: Language; period: string }
  /** The layouts cannot be made (e.g. a units list over what a workbook holds): the engine's words. */
  | { kind: "too-large"; language: Language; message: string };

/**
 * Lays out the next period's workbook from `snapshot`; nothing is written.
 * @example planFromWorkbook(snapshot, { language: null, period: null, reviewKind: null, keepEntries: false }).kind === "ready"
 */
export function planFromWorkbook(snapshot: WorkbookSnapshot, request: FromWorkbookRequest): FromWorkbookPlan {
  const setup = readSetup(snapshot, request.language ?? undefined);
  const language = request.language ?? setup.settings.language;
  if (setup.criteria === null || !setup.settingsValid) return { kind: "setup-invalid", language, issues: setupIssues(snapshot, language) };
  const old = setup.settings;
  const period = request.keepEntries ? old.period : (request.period ?? nextPeriod(old.period, language));
  // Kept entries keep the period, blank or not; a new period needs one to advance.
  if (period === null && !request.keepEntries) return { kind: "no-period", language, oldPeriod: old.period };
  const reviewKind = request.keepEntries ? old.reviewKind : (request.reviewKind ?? reviewKindOfPeriod(period));
  if (period !== null && !request.keepEntries && reviewKind === "year" && reviewKindOfPeriod(period) === "half-year") {
    return { kind: "kind-disagrees", language, period };
  }
  // Every Settings value as read, the report language included; only the period and its kind move.
  const settings: Settings = { ...old, period, reviewKind, units: old.units ?? unitsInTabOrder(setup.unitSheetCandidates) };
  // The award history goes on with this period's rows (§9.2); kept entries keep the sheets as they are.
  const history = request.keepEntries ? {} : carriedHistory(setup.workbook, evaluateWorkbook(snapshot, { language }), language);
  try {
    const layouts = buildTemplateSheets({
      criteria: setup.criteria,
      settings,
      language,
      ...history,
      ...(request.reviewKind === null ? {} : { reviewKind: request.reviewKind }),
    });
    return { kind: "ready", language, setup, settings, layouts };
  } catch (error) {
    if (error instanceof RangeError) return { kind: "too-large", language, message: error.message };
    throw error;
  }
}

/** The workbook's Criteria and Settings problems, worded in `language`, each naming its cell. */
function setupIssues(snapshot: WorkbookSnapshot, language: Language): Issue[] {
  return evaluateWorkbook(snapshot, { language }).report.issues.filter(
    (issue) => issue.rule === "criteria-invalid" || issue.rule === "settings-invalid",
  );
}

/** Without a units list, the unit sheets the engine would read, in tab order, by their stated names. */
function unitsInTabOrder(candidates: WorkbookSnapshot["sheets"]): UnitListing[] {
  const units: UnitListing[] = [];
  for (const sheet of candidates) {
    const table = findUnitTable(sheet);
    if (table === null) continue;
    const name = findStatedName(sheet, table.headerRow)?.name ?? sheet.name;
    units.push({ no: units.length + 1, name, sheet: sheet.name, sheetCell: { row: 0, col: 0 } });
  }
  return units;
}
