// The steps of a run, in the contract's order: the setup (criteria, settings and units list,
// spec §1–§2) → the units (their sheets found and read, §2–§3) → their scores (§4) → ranks,
// classifications and awards (§5) → the report (§6). Each step is pure and takes what the ones
// before it made; evaluateWorkbook (evaluate.ts) only calls them in turn. Issues stay raw (rule,
// place, parameters) until the report, the first step that knows the language for certain.
import { toA1 } from "../model/address";
import { indexCriteria, parseCriteria, type CriteriaIndex } from "../read/criteria";
import { decideAwards, readConference, type ConferenceOutcome, type ConferenceUnit } from "../score/conference";
import { CONFERENCE_SHEET_LABELS, CRITERIA_SHEET_LABELS, OUTPUT_SHEET_LABELS, SETTINGS_SHEET_LABELS } from "../schema/labels";
import { issueMessage } from "../words/messages";
import { rankUnits, type RankInput, type RankOutcome } from "../score/rank";
import { applicableMax, completion, isDisqualified, maxTotal, scoreUnit, type UnitScores } from "../score/score";
import { parseSettings } from "../read/settings";
import { findSheet, IssueList, sheetNamed, withMergesBlanked, type RawIssue } from "../read/sheet";
import { codeKey, nameKey, normalizeLabel, sameName } from "../model/text";
import type {
  CriteriaTable,
  Evaluation,
  Issue,
  Language,
  Report,
  ReviewLevel,
  Settings,
  SheetSnapshot,
  UnitEvaluation,
  UnitListing,
  UnitResult,
  WorkbookSnapshot,
} from "../model/types";
import { findStatedName, findUnitTable, readUnitSheet, type CriterionEntry, type UnitSheetReading } from "../read/unitSheet";
import { differs, isBlank, readNumber, showValue } from "../model/values";

// ---- 1. Setup: criteria, settings and the units list (spec §1, §2) ----

/** What the rest of the run is read by. */
export interface Setup {
  /** The sheets read as input: not the output sheets, and merged cells as their top-left cell (§1). */
  workbook: WorkbookSnapshot;
  /** null when the Criteria sheet is unusable (`criteria-invalid`): then no unit is ranked. */
  criteria: CriteriaTable | null;
  /** The criteria by code; null with them. */
  criteriaIndex: CriteriaIndex | null;
  settings: Settings;
  /** false after a `settings-invalid` error: then no unit is ranked. */
  settingsValid: boolean;
  /** The report's language: the caller's choice, else the Settings sheet's. */
  language: Language;
  /** The Settings sheet's name, where a listed unit's `missing-sheet` points; null without one. */
  settingsSheetName: string | null;
  /** Input sheets other than Criteria, Settings and Conference, in tab order: where unit sheets can be. */
  unitSheetCandidates: SheetSnapshot[];
  /** The `Bình xét` sheet (§7.4), read after the ranking; null without one. */
  conferenceSheet: SheetSnapshot | null;
  /** Issues on the Criteria and Settings sheets, in the order found. */
  issues: RawIssue[];
}

/**
 * Reads the Criteria and Settings sheets (with its units list) of a workbook snapshot.
 * @example readSetup(snapshot).settings.flagQuota === 1
 */
export function readSetup(snapshot: WorkbookSnapshot, language?: Language): Setup {
  // Output sheets are never input, so a second run reads exactly what the first one read. An
  // output is known by its mark, so a unit sheet named `Details` or `Kiểm tra` is still read.
  const unmarked: WorkbookSnapshot = { sheets: snapshot.sheets.filter((s) => s.outputMark !== true).map(withMergesBlanked) };
  const issues = new IssueList();
  const criteria = parseCriteria(unmarked, issues);
  const { settings, valid } = parseSettings(unmarked, criteria, issues);
  // Outputs written before they were marked carry no mark: a sheet with an output's name is one
  // of those unless the units list names it as a unit's sheet.
  const listed = new Set((settings.units ?? []).map((listing) => nameKey(listing.sheet)));
  const workbook: WorkbookSnapshot = {
    sheets: unmarked.sheets.filter((s) => !sheetNamed(s, OUTPUT_SHEET_LABELS) || listed.has(nameKey(s.name))),
  };
  const conferenceSheet = findSheet(workbook, CONFERENCE_SHEET_LABELS);
  // The Conference sheet is not a unit sheet, whether or not this review reads it.
  const setupSheets = [findSheet(workbook, CRITERIA_SHEET_LABELS), findSheet(workbook, SETTINGS_SHEET_LABELS), conferenceSheet];
  return {
    workbook,
    criteria,
    criteriaIndex: criteria ? indexCriteria(criteria) : null,
    settings,
    settingsValid: valid,
    language: language ?? settings.language,
    settingsSheetName: setupSheets[1]?.name ?? null,
    unitSheetCandidates: workbook.sheets.filter((s) => !setupSheets.includes(s)),
    conferenceSheet,
    issues: issues.items,
  };
}

// ---- 2. Units: which sheets, and what each holds (spec §2 "Unit sheets", §3) ----

/** One unit as its sheet reads, before any score. */
export interface UnitRead {
  /** The listed name; without one, the name its sheet states, else the sheet's name. */
  name: string;
  sheetName: string;
  /** Place in the units list (tab order without a list); tied units keep it (§5). */
  order: number;
  /** null when there is no sheet, no unit table, or no criteria to read it by. */
  reading: UnitSheetReading | null;
  /** Issues on the unit's sheet (or its `missing-sheet` line), in the order found. */
  issues: RawIssue[];
}

export interface UnitsRead {
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
    const sheets = listings.map((listing) => (listing.sheet === "" ? null : (byName.get(nameKey(listing.sheet)) ?? null)));
    const unlistedSheets = candidates.filter((sheet) => !sheets.includes(sheet) && findUnitTable(sheet) !== null);
    // A listed sheet that is missing and an unlisted one with the same name but for diacritics
    // (`Song Chu` for `Sông Chu`) are one mistake: said once, at the list, naming both.
    const lookalikes: Array<SheetSnapshot | null> = listings.map(() => null);
    listings.forEach((listing, index) => {
      if (sheets[index] !== null || listing.sheet === "") return;
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
    order,
    reading: null,
    issues: issues.items,
  };
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

// ---- 3. Scores: points, subtotals, total, completion (spec §4) ----

/** One unit with what its points add up to. */
export interface ScoredUnit {
  name: string;
  sheetName: string;
  order: number;
  /** The criterion rows read, by code key; empty when the sheet was not read. */
  entries: ReadonlyMap<string, CriterionEntry>;
  /** null when the unit is not ranked: an error of its own, invalid setup, or nothing read. */
  scores: UnitScores | null;
  completionRate: number | null;
  allTargetsMet: boolean;
  disqualified: boolean;
  /** Codes of the criteria that do not apply to the unit, in table order (§7.1). */
  notApplicable: string[];
  /** The regular groups' maximum over the applicable criteria (maxTotal when all apply). */
  applicableMax: number;
  /** The total from the self inputs alone (§7.2); null when unusable or the unit has no scores. */
  selfTotal: number | null;
  /** How many of the regular rows read have a verified or approved value (§7.2). */
  review: ReviewLevel;
  /** The unit's issues: those found reading it, then the check of its own total. */
  issues: RawIssue[];
}

/**
 * Scores every unit read, and checks each sheet's own total against its self inputs (§3
 * `total-mismatch`). Units keep their order.
 * @example scoreUnits(setup, readUnits(setup).units)[0].scores?.total
 */
export function scoreUnits(setup: Pick<Setup, "criteria" | "settingsValid" | "settings">, units: UnitRead[]): ScoredUnit[] {
  return units.map((unit) => scoreOne(setup.criteria, setup.settingsValid, setup.settings, unit));
}

function scoreOne(criteria: CriteriaTable | null, settingsValid: boolean, settings: Settings, unit: UnitRead): ScoredUnit {
  const issues = new IssueList();
  for (const issue of unit.issues) issues.items.push(issue);
  const scored: ScoredUnit = {
    name: unit.name,
    sheetName: unit.sheetName,
    order: unit.order,
    entries: new Map(),
    scores: null,
    completionRate: null,
    allTargetsMet: false,
    disqualified: false,
    notApplicable: [],
    applicableMax: maxTotal(criteria),
    selfTotal: null,
    review: "none",
    issues: issues.items,
  };
  const reading = unit.reading;
  if (!criteria || !reading) return scored;
  scored.entries = reading.entries;
  checkOwnTotal(criteria, reading, unit.sheetName, issues);
  const rates = completion(reading.entries);
  scored.completionRate = rates.completionRate;
  scored.allTargetsMet = rates.allTargetsMet;
  scored.disqualified = isDisqualified(reading.entries);
  scored.applicableMax = applicableMax(criteria, reading.entries);
  let reviewed = 0;
  let regularRows = 0;
  let firstUnreviewed: CriterionEntry | null = null;
  for (const group of criteria.groups) {
    for (const criterion of group.criteria) {
      const entry = reading.entries.get(codeKey(criterion.code));
      if (!entry) continue;
      if (entry.notApplicable) scored.notApplicable.push(criterion.code);
      if (group.kind !== "group") continue;
      regularRows++;
      if (entry.reviewed) reviewed++;
      else if (!firstUnreviewed || entry.row < firstUnreviewed.row) firstUnreviewed = entry;
    }
  }
  scored.review = reviewed === 0 ? "none" : reviewed === regularRows ? "full" : "partial";
  if (settingsValid && issues.errorCount === 0) {
    scored.scores = scoreUnit(criteria, reading.entries, "points");
    scored.selfTotal = scoreUnit(criteria, reading.entries, "selfPoints")?.total ?? null;
    // Only the Notes change (§7.7): the warning says where the first unchecked row is.
    if (scored.scores && settings.verificationRequired && firstUnreviewed) {
      issues.warning("not-verified", unit.sheetName, firstUnreviewed.reviewCell, firstUnreviewed.criterion.code);
    }
  }
  return scored;
}

/** The sheet's own `Tổng cộng` against the total of its self inputs, when both are usable. */
function checkOwnTotal(criteria: CriteriaTable, reading: UnitSheetReading, sheetName: string, issues: IssueList): void {
  const own = reading.ownTotal;
  if (!own || isBlank(own.value)) return;
  // The unit's own arithmetic: its inputs as typed, no evidence rule and no conversion (§7.7).
  const selfScores = scoreUnit(criteria, reading.entries, "plainSelfPoints");
  if (!selfScores) return;
  const value = readNumber(own.value);
  if (value.kind !== "number" || differs(value.value, selfScores.total)) {
    issues.warning("total-mismatch", sheetName, own.cell, null, { found: showValue(own.value), expected: selfScores.total });
  } else if (value.fromText) {
    issues.warning("text-number", sheetName, own.cell, null, { value: showValue(own.value), expected: value.value });
  }
}

// ---- 4. Ranks: ranking, classification, awards (spec §5) ----

export interface RankedUnit {
  unit: ScoredUnit;
  outcome: RankOutcome;
}

export interface Standings {
  /** The units with scores, in rank order. */
  ranked: RankedUnit[];
  /** The units without, in list order. */
  notRanked: ScoredUnit[];
}

/**
 * Ranks the units that have scores, classifies them and proposes awards.
 * @example rankScoredUnits(settings, scored).ranked[0].outcome.rank === 1
 */
export function rankScoredUnits(settings: Settings, units: ScoredUnit[]): Standings {
  const scoredUnits = units.filter((u) => u.scores !== null);
  const rankInputs: RankInput[] = scoredUnits.map((u) => {
    const scores = u.scores as UnitScores;
    return {
      order: u.order,
      total: scores.total,
      groups: scores.groups,
      bonus: scores.bonus,
      deduction: scores.deduction,
      completionRate: u.completionRate,
      allTargetsMet: u.allTargetsMet,
      disqualified: u.disqualified,
    };
  });
  // Awards are annual (§7.3), and a ranking with units missing cannot hand them out (§7.6).
  const complete = scoredUnits.length === units.length;
  const { outcomes, order } = rankUnits(rankInputs, settings, settings.reviewKind === "year" && complete);
  return {
    ranked: order.map((k) => ({ unit: scoredUnits[k], outcome: outcomes[k] })),
    notRanked: units.filter((u) => u.scores === null),
  };
}

// ---- 5. The conference's decision (spec §7.4) ----

/** The units the conference may name, in report order (ranked, then not ranked). */
function conferenceUnits(standings: Standings): ConferenceUnit[] {
  return [
    ...standings.ranked.map(({ unit, outcome }) => ({
      name: unit.name,
      sheetName: unit.sheetName,
      classification: outcome.classification,
      disqualified: unit.disqualified,
      award: outcome.award,
    })),
    ...standings.notRanked.map((unit) => ({
      name: unit.name,
      sheetName: unit.sheetName,
      classification: null,
      disqualified: unit.disqualified,
      award: null,
    })),
  ];
}

/**
 * Reads the Conference sheet and decides, only at a year review whose ranking is complete
 * (§7.4, §7.6); null otherwise. Decisions and votes are in report order.
 * @example decideConference(setup, standings)?.decisions[0] === "flag"
 */
export function decideConference(setup: Pick<Setup, "conferenceSheet" | "settings">, standings: Standings): ConferenceOutcome | null {
  if (!setup.conferenceSheet || setup.settings.reviewKind !== "year" || standings.notRanked.length > 0) return null;
  const units = conferenceUnits(standings);
  return decideAwards(setup.settings, units, readConference(setup.conferenceSheet, units));
}

// ---- 6. The report (spec §6) ----

/**
 * The JSON report and what the sheets are built from: units in rank order, then the not-ranked
 * in list order; issues from the setup, then unit by unit in list order, then `unlisted-sheet`.
 * @example buildReport(setup, scored, standings, []).report.units[0].rank === 1
 */
export function buildReport(
  setup: Pick<Setup, "criteria" | "settings" | "language" | "issues">,
  units: ScoredUnit[],
  standings: Standings,
  unlistedIssues: RawIssue[],
  conference: ConferenceOutcome | null = null,
): Evaluation {
  const { criteria, settings, language } = setup;
  const criterionKeys: Array<[string, string]> = [];
  for (const group of criteria?.groups ?? []) for (const c of group.criteria) criterionKeys.push([c.code, codeKey(c.code)]);
  const evaluations: UnitEvaluation[] = [];
  for (const { unit, outcome } of standings.ranked) evaluations.push(unitEvaluation(unit, outcome, criterionKeys, language));
  for (const unit of standings.notRanked) evaluations.push(unitEvaluation(unit, null, criterionKeys, language));
  if (conference) {
    evaluations.forEach((e, k) => {
      e.result.decision = conference.decisions[k];
      e.result.votes = conference.votes[k];
    });
  }

  // A loop, not push(...items): a workbook can hold more issues than a call can take arguments.
  const issues: Issue[] = [];
  for (const raw of setup.issues) issues.push(localize(raw, language));
  for (const unit of units) for (const raw of unit.issues) issues.push(localize(raw, language));
  for (const raw of unlistedIssues) issues.push(localize(raw, language));
  // The conference's issues count for no unit (§7.4).
  for (const raw of conference?.issues ?? []) issues.push(localize(raw, language));

  const report: Report = {
    schemaVersion: 2,
    cluster: settings.clusterName,
    period: settings.period,
    language,
    reviewKind: settings.reviewKind,
    complete: standings.notRanked.length === 0,
    maxTotal: maxTotal(criteria),
    units: evaluations.map((e) => e.result),
    issues,
  };
  return { report, criteria, settings, units: evaluations, conference: conference?.details ?? null };
}

/** One unit's report line, its points per criterion (table order) and its own issues. */
function unitEvaluation(
  unit: ScoredUnit,
  outcome: RankOutcome | null,
  criterionKeys: Array<[string, string]>,
  language: Language,
): UnitEvaluation {
  const unitIssues = unit.issues.map((raw) => localize(raw, language));
  const scores = outcome ? unit.scores : null;
  const result: UnitResult = {
    unit: unit.name,
    sheet: unit.sheetName,
    status: outcome ? "ranked" : "not-ranked",
    errors: unitIssues.filter((i) => i.severity === "error").length,
    warnings: unitIssues.filter((i) => i.severity === "warning").length,
    groups: scores ? { ...scores.groups } : null,
    bonus: scores ? scores.bonus : null,
    deduction: scores ? scores.deduction : null,
    total: scores ? scores.total : null,
    completionRate: unit.completionRate,
    allTargetsMet: unit.allTargetsMet,
    disqualified: unit.disqualified,
    rank: outcome ? outcome.rank : null,
    tied: outcome ? outcome.tied : false,
    classification: outcome ? outcome.classification : null,
    award: outcome ? outcome.award : null,
    notApplicable: unit.notApplicable,
    applicableMax: unit.applicableMax,
    converted: scores ? scores.converted : null,
    selfTotal: scores ? unit.selfTotal : null,
    review: unit.review,
    // Set from the conference's outcome, when it is read (§7.4).
    decision: null,
    votes: null,
  };
  const points: Record<string, number | null> = {};
  for (const [code, key] of criterionKeys) points[code] = unit.entries.get(key)?.points ?? null;
  return { result, points, issues: unitIssues };
}

function localize(raw: RawIssue, language: Language): Issue {
  return {
    severity: raw.severity,
    rule: raw.rule,
    sheet: raw.sheet,
    cell: raw.cell ? toA1(raw.cell) : null,
    criterion: raw.criterion,
    message: issueMessage(raw.rule, raw.params, language),
  };
}
