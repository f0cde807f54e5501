// The conference's decision (spec §7.4, §7.7): the Bình xét sheet is read only at a year review
// whose ranking is complete, then its decisions are checked against the threshold, the quotas and
// each unit's eligibility. One error voids every decision (the outputs fall back to the
// proposals); the issues say why, and count for no unit.
import { CONFERENCE_COLUMNS, CONFERENCE_KEYS, DECISION_WORDS, type ConferenceColumn, type ConferenceKey } from "../schema/conference";
import { readDate } from "../read/settings";
import { isoDay } from "../model/dates";
import { cellAt, IssueList, locateKeys, readHeaderRow, textAt, type RawIssue } from "../read/sheet";
import { matchLabel, sameName } from "../model/text";
import type { Award, CellAddress, ConferenceDetails, Decision, Settings, SheetSnapshot, Votes } from "../model/types";
import { isBlank, readNumber, showValue } from "../model/values";

/** A unit the conference may name: its listed name and its sheet's name both match (§3). */
export interface ConferenceUnit {
  name: string;
  sheetName: string;
  classification: "excellent" | "good" | "fair" | "average" | "not-completed" | null;
  disqualified: boolean;
  award: Award | null;
}

/** One row of the votes table, as read. */
interface ConferenceRow {
  /** Index into the units given to readConference. */
  unit: number;
  flagVotes: number;
  certificateVotes: number;
  /** null when the decision cell is blank (not decided). */
  decision: Decision | null;
  decisionCell: CellAddress;
  attending: string | null;
  position: string | null;
}

export interface ConferenceReading {
  details: Omit<ConferenceDetails, "decided">;
  rows: ConferenceRow[];
  /** false after a `conference-invalid` error: then no decision rule runs (§7.7). */
  valid: boolean;
  issues: RawIssue[];
}

/** Reports what makes the Conference sheet unusable, at its cell. */
type Invalid = (cell: CellAddress | null, problem: Parameters<IssueList["error"]>[4]) => void;

/**
 * Reads the Conference sheet's keys and votes table against the run's units.
 * @example readConference(sheet, units).rows[0].decision === "flag"
 */
export function readConference(
  sheet: SheetSnapshot,
  units: readonly ConferenceUnit[],
  /** The most members there can be: a cluster's units (the default), or a council's own bound (§9.3). */
  mostMembers: number = units.length,
): ConferenceReading {
  const issues = new IssueList();
  const invalid: Invalid = (cell, problem) => issues.error("conference-invalid", sheet.name, cell, null, problem);
  const header = findVotesHeader(sheet);
  const keys = locateKeys(sheet, header ? header.row : sheet.cells.length, CONFERENCE_KEYS);
  // The members present are the cluster's units' representatives, one vote each (§7.4's
  // `6/7 phiếu` in a cluster of seven): more members than units is a typing slip (1e308).
  const details = readDetails(sheet, keys, mostMembers, invalid);
  const rows = header ? readVotesTable(sheet, header, units, details.members ?? units.length, invalid) : [];
  details.attendance = rows.map((r) => ({ unit: units[r.unit].name, attending: r.attending, position: r.position }));
  const firstDecision = rows.find((r) => r.decision !== null);
  if (firstDecision && details.members === null && issues.errorCount === 0) {
    invalid(keys.members ?? firstDecision.decisionCell, { problem: "members-missing" });
  }
  return { details, rows, valid: issues.errorCount === 0, issues: issues.items };
}

/** The key rows: the meeting's date, venue, chair, secretary and the members present. */
function readDetails(
  sheet: SheetSnapshot,
  keys: Partial<Record<ConferenceKey, CellAddress>>,
  mostMembers: number,
  invalid: Invalid,
): Omit<ConferenceDetails, "decided"> {
  const text = (key: ConferenceKey): string | null => {
    const at = keys[key];
    const t = at ? textAt(sheet, at) : "";
    return t === "" ? null : t;
  };
  const details: Omit<ConferenceDetails, "decided"> = {
    sheet: sheet.name,
    date: null,
    venue: text("venue"),
    chair: text("chair"),
    secretary: text("secretary"),
    members: null,
    minutesNo: text("minutesNo"),
    submissionNo: text("submissionNo"),
    startedAt: timeAt(sheet, keys.startedAt),
    endedAt: timeAt(sheet, keys.endedAt),
    votingMethod: text("votingMethod"),
    attendance: [],
  };
  if (keys.date && !isBlank(cellAt(sheet, keys.date))) {
    const value = cellAt(sheet, keys.date);
    details.date = readDate(value);
    if (details.date === null) invalid(keys.date, { problem: "date", value: showValue(value) });
  }
  if (keys.members && !isBlank(cellAt(sheet, keys.members))) {
    const value = cellAt(sheet, keys.members);
    const reading = readNumber(value);
    const whole = reading.kind === "number" && Number.isInteger(reading.value);
    if (whole && reading.value >= 1 && reading.value <= mostMembers) details.members = reading.value;
    else invalid(keys.members, { problem: "members", value: showValue(value), limit: mostMembers });
  }
  return details;
}

/**
 * A time key's value as the papers print it: a time cell (a fraction of a day) as `8:30`, text as
 * typed (`8 giờ 30`); null when blank.
 * @example timeAt(sheet, at) === "8:30" // for 0.3541666
 */
function timeAt(sheet: SheetSnapshot, at: CellAddress | undefined): string | null {
  if (!at) return null;
  const value = cellAt(sheet, at);
  if (typeof value === "number" && value >= 0 && value < 1) {
    const minutes = Math.round(value * 24 * 60);
    const hours = Math.floor(minutes / 60) % 24;
    return `${hours}:${("0" + (minutes % 60)).slice(-2)}`;
  }
  const text = textAt(sheet, at);
  return text === "" ? null : text;
}

/** The votes table's rows, one per unit named; blank rows skipped, unknown or repeated units reported. */
function readVotesTable(
  sheet: SheetSnapshot,
  header: { row: number; columns: Partial<Record<ConferenceColumn, number>> },
  units: readonly ConferenceUnit[],
  /** The members present, else the units in the run: no vote count is above it. */
  mostVotes: number,
  invalid: Invalid,
): ConferenceRow[] {
  const { columns } = header;
  const votes = (cell: CellAddress | null): number => {
    if (!cell) return 0;
    const value = cellAt(sheet, cell);
    // A blank vote cell is 0 votes (§7.7).
    if (isBlank(value)) return 0;
    const reading = readNumber(value);
    const ok = reading.kind === "number" && Number.isInteger(reading.value) && reading.value >= 0 && reading.value <= mostVotes;
    if (!ok) {
      invalid(cell, { problem: "votes", value: showValue(value), members: mostVotes });
      return 0;
    }
    return reading.kind === "number" ? reading.value : 0;
  };
  const rows: ConferenceRow[] = [];
  const seen = new Set<number>();
  for (let row = header.row + 1; row < sheet.cells.length; row++) {
    const unitCell = { row, col: columns.unit as number };
    const unitText = textAt(sheet, unitCell);
    const decisionCell = { row, col: columns.decision ?? -1 };
    const flagCell = columns.flagVotes === undefined ? null : { row, col: columns.flagVotes };
    const certificateCell = columns.certificateVotes === undefined ? null : { row, col: columns.certificateVotes };
    const rowCells = [flagCell, certificateCell, columns.decision === undefined ? null : decisionCell];
    if (unitText === "" && rowCells.every((c) => c === null || isBlank(cellAt(sheet, c)))) continue;
    const index = units.findIndex((u) => sameName(u.name, unitText) || sameName(u.sheetName, unitText));
    if (index < 0 || seen.has(index)) {
      invalid(unitCell, { problem: index < 0 ? "unknown-unit" : "repeated-unit", value: unitText });
      continue;
    }
    seen.add(index);
    const flagVotes = votes(flagCell);
    const certificateVotes = votes(certificateCell);
    let decision: Decision | null = null;
    const value = columns.decision === undefined ? null : cellAt(sheet, decisionCell);
    if (!isBlank(value)) {
      decision = typeof value === "string" ? matchLabel(value, DECISION_WORDS) : null;
      if (decision === null) invalid(decisionCell, { problem: "decision", value: showValue(value) });
    }
    rows.push({ unit: index, flagVotes, certificateVotes, decision, decisionCell, ...attendanceAt(sheet, row, columns) });
  }
  return rows;
}

/** Who attended for a row's unit and their position (§8.1): optional columns, null when blank or absent. */
function attendanceAt(
  sheet: SheetSnapshot,
  row: number,
  columns: Partial<Record<ConferenceColumn, number>>,
): Pick<ConferenceRow, "attending" | "position"> {
  const optional = (col: number | undefined) => (col === undefined ? null : textAt(sheet, { row, col }) || null);
  return { attending: optional(columns.attending), position: optional(columns.position) };
}

/**
 * The Conference sheet with its meeting date in one form: a date cell, however it arrived. Excel
 * hands the add-in a date-formatted number and the file reader a date, and a secretary may type
 * the same day as `dd/mm/yyyy` text (§7.4 reads both alike); the data fingerprint is taken over
 * this copy, so the two hosts, and the two ways of writing one day, agree. A value that is not a
 * date is left as it is (it is `conference-invalid` either way).
 * @example normalizedConferenceDate(sheet).cells[2][1] // { kind: "date", iso: "2025-01-15" } for "15/01/2025"
 */
export function normalizedConferenceDate(sheet: SheetSnapshot): SheetSnapshot {
  const header = findVotesHeader(sheet);
  const at = locateKeys(sheet, header ? header.row : sheet.cells.length, CONFERENCE_KEYS).date;
  const date = at ? readDate(cellAt(sheet, at)) : null;
  if (!at || !date) return sheet;
  const iso = isoDay(date);
  const cells = sheet.cells.map((row) => row.slice());
  cells[at.row][at.col] = { kind: "date", iso };
  return { ...sheet, cells };
}

/** What the conference decides for each unit given to readConference, by index. */
export interface ConferenceOutcome {
  details: ConferenceDetails;
  /** One per unit; all null when the decisions are void. */
  decisions: Array<Decision | null>;
  votes: Array<Votes | null>;
  issues: RawIssue[];
}

/**
 * Checks the decisions read (threshold, quota, eligibility, difference from the proposal) and
 * takes them unless some error voids them all.
 * @example decideAwards(settings, units, readConference(sheet, units)).decisions[0] === "flag"
 */
export function decideAwards(
  settings: Pick<Settings, "voteThreshold" | "flagQuota" | "certificateQuota">,
  units: readonly ConferenceUnit[],
  reading: ConferenceReading,
): ConferenceOutcome {
  const issues = new IssueList();
  for (const issue of reading.issues) issues.items.push(issue);
  const decisions: Array<Decision | null> = units.map(() => null);
  const votes: Array<Votes | null> = units.map(() => null);
  const details: ConferenceDetails = { ...reading.details, decided: false };
  // After conference-invalid no other decision rule runs (§7.7).
  if (!reading.valid) return { details, decisions, votes, issues: issues.items };

  const sheet = reading.details.sheet;
  const members = reading.details.members ?? 0;
  const used = { flag: 0, certificate: 0 };
  for (const row of reading.rows) {
    const unit = units[row.unit];
    const decision = row.decision;
    if (decision === "flag" || decision === "certificate") {
      const count = decision === "flag" ? row.flagVotes : row.certificateVotes;
      // Above the threshold, strictly: half the votes is not enough at 50 % (§7.4).
      if (!(members > 0 && (count * 100) / members > settings.voteThreshold + 1e-9)) {
        issues.error("decision-below-threshold", sheet, row.decisionCell, null, {
          award: decision,
          votes: count,
          members,
          threshold: settings.voteThreshold,
        });
      }
      used[decision]++;
      const quota = decision === "flag" ? settings.flagQuota : settings.certificateQuota;
      if (used[decision] === quota + 1) issues.error("decision-over-quota", sheet, row.decisionCell, null, { award: decision, quota });
      const reason = ineligibility(unit, decision);
      if (reason !== null) issues.error("decision-ineligible", sheet, row.decisionCell, null, { award: decision, value: reason });
    }
    if (decision !== null && differsFromProposal(decision, unit.award)) {
      issues.warning("decision-differs", sheet, row.decisionCell, null, { proposal: unit.award ?? "none" });
    }
  }
  if (issues.errorCount > 0) return { details, decisions, votes, issues: issues.items };
  for (const row of reading.rows) {
    decisions[row.unit] = row.decision;
    // Votes on a row whose decision is blank are reported too (§7.7).
    votes[row.unit] = { flag: row.flagVotes, certificate: row.certificateVotes, members };
  }
  details.decided = decisions.some((d) => d !== null);
  return { details, decisions, votes, issues: issues.items };
}

/** Why a unit cannot have the award, in words for the message; null when it can. `Không` never is. */
function ineligibility(unit: ConferenceUnit, award: "flag" | "certificate"): string | null {
  if (unit.classification === null) return "not-ranked";
  if (unit.disqualified) return "disqualified";
  if (award === "flag" && unit.classification !== "excellent") return unit.classification;
  if (award === "certificate" && unit.classification !== "excellent" && unit.classification !== "good") return unit.classification;
  return null;
}

/**
 * Whether the conference's decision differs from the score-based proposal. A vote the score left
 * open, resolved by the vote, is no difference (§7.4).
 * @example differsFromProposal("certificate", null) === true
 */
export function differsFromProposal(decision: Decision, proposal: Award | null): boolean {
  if (proposal === "vote-flag") return decision !== "flag" && decision !== "none";
  if (proposal === "vote-certificate") return decision !== "certificate" && decision !== "none";
  return decision !== (proposal ?? "none");
}

/** The votes table's header row and its columns; null when the sheet has none. */
export function findVotesHeader(sheet: SheetSnapshot): { row: number; columns: Partial<Record<ConferenceColumn, number>> } | null {
  for (let row = 0; row < sheet.cells.length; row++) {
    const columns = readHeaderRow(sheet, row, CONFERENCE_COLUMNS);
    if (columns.unit !== undefined && (columns.decision !== undefined || columns.flagVotes !== undefined)) return { row, columns };
  }
  return null;
}
