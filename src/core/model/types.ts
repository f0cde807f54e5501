// The data the engine takes in and gives back. Nothing here knows about Excel's JavaScript API or ExcelJS:
// the two adapters turn their workbook into a WorkbookSnapshot and render SheetLayouts back.
export type { AwardRule, HistoryRecord } from "./history";
import type { CalendarDate } from "./dates";
import type { ConferenceKey } from "../schema/conference";
import type { SettingsValues } from "../schema/settings";

/** A zero-based cell position; A1 strings appear only at the edges (messages, links, JSON). */
export interface CellAddress {
  row: number;
  col: number;
}

/** An inclusive rectangle of cells. */
export interface CellRange {
  start: CellAddress;
  end: CellAddress;
}

/** An Excel error value such as `#REF!`, kept apart from text so `"#REF!"` typed as text is still caught. */
export interface ErrorCell {
  kind: "error";
  code: string;
}

/** A date cell. A date where a number belongs is `not-a-number`, so it must not look like a number. */
export interface DateCell {
  kind: "date";
  /** ISO date (yyyy-mm-dd), for messages. */
  iso: string;
}

/** A formula saved without a computed value (the file was never calculated in Excel). */
export interface UncalculatedCell {
  kind: "uncalculated";
  formula: string;
}

/** What one input cell holds; `null` is blank. A formula arrives as its computed value. */
export type CellValue = null | number | string | boolean | ErrorCell | DateCell | UncalculatedCell;

/** One worksheet as read: values anchored at A1 (`cells[0][0]` is A1) and its merged areas. */
export interface SheetSnapshot {
  name: string;
  cells: CellValue[][];
  merges: CellRange[];
  /**
   * The sheet carries the product's output mark (a hidden sheet-scoped name `ThiDua_Output` that
   * both hosts write on their output sheets and read back): it is an output, never input,
   * whatever its name. Absent or false: a sheet the user made, or an output written before
   * outputs were marked (see `readSetup`).
   */
  outputMark?: boolean;
}

/** Every sheet of a workbook, in tab order. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export type Language = "vi" | "en";
export type Severity = "error" | "warning";

export type RuleId =
  | "missing-sheet"
  | "no-table"
  | "unknown-code"
  | "duplicate-code"
  | "missing-criterion"
  | "empty-score"
  | "not-a-number"
  | "cell-error"
  | "out-of-range"
  | "yesno-value"
  | "plan-input"
  | "evidence-missing"
  | "criteria-invalid"
  | "settings-invalid"
  | "text-number"
  | "self-score-mismatch"
  | "verification-note-missing"
  | "max-mismatch"
  | "total-mismatch"
  | "unit-name-mismatch"
  | "unlisted-sheet"
  | "not-applicable"
  | "not-verified"
  | "summary-stale"
  | "conference-invalid"
  | "decision-below-threshold"
  | "decision-over-quota"
  | "decision-ineligible"
  | "decision-differs"
  | "history-invalid"
  | "history-gap";

/** One finding, located at a sheet and cell where one exists. Messages are already localised. */
export interface Issue {
  severity: Severity;
  rule: RuleId;
  sheet: string | null;
  cell: string | null;
  criterion: string | null;
  message: string;
}

export type GroupKind = "group" | "bonus-group" | "deduction-group";
export type CriterionType = "score" | "yesno" | "plan" | "count";

export interface Group {
  code: string;
  name: string;
  kind: GroupKind;
  /** Optional cap on the group's subtotal. */
  max: number | null;
  criteria: Criterion[];
}

export interface Criterion {
  code: string;
  name: string;
  type: CriterionType;
  max: number;
  weight: number;
  perItem: number | null;
  /** Percent (0–100+); a plan rate × 100 below it scores 0. */
  planFloor: number;
  evidenceRequired: boolean;
  disqualifies: boolean;
  /** The criterion may be marked not applicable on a unit sheet (spec §7.1); regular groups only. */
  mayBeNotApplicable: boolean;
  groupCode: string;
}

export interface CriteriaTable {
  groups: Group[];
}

export type TieBreakKey = { kind: "group"; code: string } | { kind: "completion" } | { kind: "deduction" } | { kind: "bonus" };

export interface UnitListing {
  no: number | null;
  name: string;
  sheet: string;
  /** `Tên ngắn` / `Short name` (§8.2); absent when the list has no such column or the cell is blank. */
  shortName?: string;
  /** Where the sheet name was written on the Settings sheet (for `missing-sheet`). */
  sheetCell: CellAddress;
  /** The sheet is an earlier row's too (`settings-invalid`): the unit is reported, its sheet not read. */
  repeatsSheet?: true;
}

export type ReviewKind = "half-year" | "year";

/**
 * The Settings sheet as read: one value per key of its schema (schema/settings.ts gives each key's
 * type, default and labels), the four thresholds together, and the units list.
 */
export interface Settings extends SettingsValues {
  /** Points on the table's scale; a percent written in Settings is already converted (§7.3). */
  thresholds: { excellent: number; good: number; fair: number; average: number };
  /** null when the workbook has no units list (then every unit sheet counts, in tab order). */
  units: UnitListing[] | null;
}

export type Classification = "excellent" | "good" | "fair" | "average" | "not-completed";
export type Award = "flag" | "certificate" | "vote-flag" | "vote-certificate";

/** What the conference decides for a unit (§7.4). */
export type Decision = "flag" | "certificate" | "none";
export interface Votes {
  flag: number;
  certificate: number;
  members: number;
}

/** The conference's key rows (§7.4, §8.1; texts as typed, a time as `8:30`) and who attended, as the papers print them. */
export interface ConferenceDetails extends Record<Exclude<ConferenceKey, "date" | "members">, string | null> {
  sheet: string;
  date: CalendarDate | null;
  members: number | null;
  attendance: Array<{ unit: string; attending: string | null; position: string | null }>;
  /** true when some decision stands: no decision error, and some unit decided. */
  decided: boolean;
}

export type ReviewLevel = "none" | "partial" | "full";

/** One unit's line in the JSON report (schemaVersion 3: version 1's fields, then §7's, then §9's). */
export interface UnitResult {
  unit: string;
  sheet: string;
  shortName?: string; // The units list's `Tên ngắn` (§8.2); absent when it gives none: see `unitShortName`.
  status: "ranked" | "not-ranked";
  errors: number;
  warnings: number;
  groups: Record<string, number> | null;
  bonus: number | null;
  deduction: number | null;
  total: number | null;
  completionRate: number | null;
  allTargetsMet: boolean;
  disqualified: boolean;
  rank: number | null;
  tied: boolean;
  classification: Classification | null;
  award: Award | null;
  /** Codes of the criteria not applicable to this unit (§7.1), `[]` when none. */
  notApplicable: string[];
  /** The regular groups' maximum over the applicable criteria (§7.1). */
  applicableMax: number;
  /** The regular subtotals, scaled to maxTotal when some criterion is not applicable; null when not ranked. */
  converted: number | null;
  /** The total from the self inputs alone (§7.2); null when they are unusable or the unit is not ranked. */
  selfTotal: number | null;
  review: ReviewLevel;
  /** The conference's decision (§7.4); null when not decided, not read, or void. */
  decision: Decision | null;
  /** The unit's votes at the conference (§7.4); null when it has no row there, or decisions are void. */
  votes: Votes | null;
  /** Last period's rank and total (issue 13 §3); null when last period did not list the unit.
   * Present only when the run was given last period's summary. */
  previous?: { rank: number | null; total: number | null } | null;
  /** Names of the higher awards whose rule (§9.2) the unit meets; `[]` when none or no rules. */
  eligible: string[];
}

/** The JSON report, exactly as written to `--json` and shown by the pane. */
export interface Report {
  /** 3 since the report travels inside the summary (§9.1); every field of 2 is still there. */
  schemaVersion: 3;
  cluster: string | null;
  period: string | null;
  language: Language;
  reviewKind: ReviewKind;
  /** false when some unit of the run is not ranked: then no award is proposed (§7.6). */
  complete: boolean;
  maxTotal: number;
  /** Settings' `Leader unit` and `Parent body`, the conference's date `yyyy-mm-dd` (§9.1); null when not set. */
  leader: string | null;
  superior: string | null;
  conferenceDate: string | null;
  /** The award quota the run used, Settings' `Số Cờ thi đua` and `Số Bằng khen` (§5): the province's desk checks a cluster's nominations against it. */
  quota: { flag: number; certificate: number };
  units: UnitResult[];
  issues: Issue[];
}

/** A report read back from a summary's part (§9.1): one written before the report carried `quota` has none. */
export type CarriedReport = Omit<Report, "quota"> & { quota?: Report["quota"] };

// ---- Output layout: in layout.ts ----
export type { OutputValue, CellStyle, StyledRange, CellLink, PrintSetup, CellValidation, SheetLayout, ChartLayout } from "./layout";

// ---- What the engine hands to the sheet builders and the UI ----

/** One unit as evaluated: its report line, its points per criterion and its own issues. */
export interface UnitEvaluation {
  result: UnitResult;
  /** Counted points per criterion code (before weight), null where unusable or not read. */
  points: Record<string, number | null>;
  /** Issues on this unit's sheet (or its `missing-sheet` line), in sheet order. */
  issues: Issue[];
}

/** Everything one run works out; the report is the public part of it. */
export interface Evaluation {
  report: Report;
  /** null when the Criteria sheet is unusable (`criteria-invalid`). */
  criteria: CriteriaTable | null;
  settings: Settings;
  /** In the report's order: ranked units in rank order, then the not-ranked in list order. */
  units: UnitEvaluation[];
  /** The data fingerprint of the sheets the run read (fingerprint.ts), printed on the Summary;
   * absent on evaluations not made by evaluateWorkbook. */
  fingerprint?: string;
  /** Last period's standings, when the run was given them (issue 13 §3). */
  previous?: PreviousPeriod;
  /** The Conference sheet as read (§7.4); null when it is not read (no sheet, half-year, incomplete). */
  conference?: ConferenceDetails | null;
  /** The higher awards' rules as read (§9.2); absent or empty without a rules sheet's rows. */
  awardRules?: import("./history").AwardRule[];
}

/** One unit's line on last period's summary. */
export interface PreviousStanding {
  unit: string;
  rank: number | null;
  total: number | null;
  classification: string | null;
}

/** Last period's summary as read (previous.ts). */
export interface PreviousPeriod {
  /** The sheet it was read from; null when it was read from the report the summary carries (§9.1). */
  sheet: string | null;
  units: PreviousStanding[];
}

/** Choices a caller makes; everything else comes from the workbook. */
export interface BuildOptions {
  /** Overrides the Settings sheet's report language (the CLI's --lang). */
  language?: Language;
  /** The date printed on the place-and-date line; the caller passes it so the core stays pure. */
  date: CalendarDate;
  /** The time printed beside the fingerprint (`Lập lúc 14:05 …`); without it, only the date. */
  time?: { hour: number; minute: number };
}
