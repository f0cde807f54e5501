// Step 3 of a run (spec §4): each unit's points, subtotals, total and completion, and the check
// of the sheet's own total.
import { applicableMax, completion, isDisqualified, maxTotal, scoreUnit, type UnitScores } from "../score/score";
import { IssueList, type RawIssue } from "../read/sheet";
import { criterionKeys } from "../model/text";
import type { CriteriaTable, ReviewLevel, Settings } from "../model/types";
import type { CriterionEntry, UnitSheetReading } from "../read/unitSheet";
import { differs, isBlank, readNumber, showValue } from "../model/values";
import type { Setup } from "./setup";
import type { UnitRead } from "./units";

/** One unit with what its points add up to. */
export interface ScoredUnit {
  name: string;
  sheetName: string;
  shortName?: string;
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
    ...(unit.shortName === undefined ? {} : { shortName: unit.shortName }),
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
  const { review, firstUnreviewed } = reviewOf(criteria, reading.entries, scored.notApplicable);
  scored.review = review;
  if (settingsValid && issues.errorCount === 0) {
    scored.scores = scoreUnit(criteria, reading.entries, "points");
    scored.selfTotal = scoreUnit(criteria, reading.entries, "selfPoints")?.total ?? null;
    // Only the Notes change (§7.7): the warning says where the first unchecked row is.
    if (scored.scores && settings.verificationRequired && firstUnreviewed) {
      const { row, reviewCol, criterion } = firstUnreviewed;
      issues.warning("not-verified", unit.sheetName, { row, col: reviewCol }, criterion.code);
    }
  }
  // The scores worked it out from the same points; only an unscored unit needs its own pass.
  scored.applicableMax = scored.scores ? scored.scores.applicableMax : applicableMax(criteria, reading.entries);
  return scored;
}

/**
 * How far the regular rows read are reviewed (§7.2), and the first one that is not (by row);
 * the codes of the rows that do not apply are added to `notApplicable`, in table order.
 */
function reviewOf(
  criteria: CriteriaTable,
  entries: ReadonlyMap<string, CriterionEntry>,
  notApplicable: string[],
): { review: ReviewLevel; firstUnreviewed: CriterionEntry | null } {
  let reviewed = 0;
  let regularRows = 0;
  let firstUnreviewed: CriterionEntry | null = null;
  const keys = criterionKeys(criteria);
  for (let g = 0; g < criteria.groups.length; g++) {
    const group = criteria.groups[g];
    for (let i = 0; i < group.criteria.length; i++) {
      const entry = entries.get(keys[g][i]);
      if (!entry) continue;
      if (entry.notApplicable) notApplicable.push(group.criteria[i].code);
      if (group.kind !== "group") continue;
      regularRows++;
      if (entry.reviewed) reviewed++;
      else if (!firstUnreviewed || entry.row < firstUnreviewed.row) firstUnreviewed = entry;
    }
  }
  return { review: reviewed === 0 ? "none" : reviewed === regularRows ? "full" : "partial", firstUnreviewed };
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
