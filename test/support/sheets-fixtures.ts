// Small builders of Evaluation fixtures and checks shared by the sheets-*.test.ts files.
import { CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import type {
  BuildOptions,
  CellAddress,
  CellRange,
  CellStyle,
  CriteriaTable,
  Criterion,
  Evaluation,
  Group,
  Issue,
  Language,
  OutputValue,
  Settings,
  SheetLayout,
  UnitEvaluation,
} from "../../src/core/model/types";
import { notRanked, unitEvaluation, unitResult } from "./unitResult";

export const OPTIONS: BuildOptions = { date: { year: 2024, month: 7, day: 24 } };

export function criterion(code: string, overrides: Partial<Criterion> = {}): Criterion {
  return {
    code,
    name: `Tiêu chí ${code}`,
    type: "score",
    max: 10,
    weight: 1,
    perItem: null,
    planFloor: 0,
    evidenceRequired: false,
    disqualifies: false,
    mayBeNotApplicable: false,
    groupCode: code.split(".")[0],
    ...overrides,
  };
}

export function group(code: string, overrides: Partial<Group> = {}): Group {
  return { code, name: `Nhóm ${code}`, kind: "group", max: null, criteria: [], ...overrides };
}

/**
 * I (cap 50: a plan 30 and a score 20), II (no cap: a yes/no of 10 weighted 2, so 20),
 * bonus V (cap 10), deduction VI (no cap, a count).
 */
export function smallCriteria(): CriteriaTable {
  return {
    groups: [
      group("I", {
        name: "Thực hiện nhiệm vụ sản xuất kinh doanh, dịch vụ công ích",
        max: 50,
        criteria: [criterion("I.1", { type: "plan", max: 30, planFloor: 80 }), criterion("I.2", { max: 20 })],
      }),
      group("II", {
        name: "Quản trị doanh nghiệp, chấp hành pháp luật",
        criteria: [criterion("II.1", { type: "yesno", max: 10, weight: 2 })],
      }),
      group("V", { name: "Điểm thưởng", kind: "bonus-group", max: 10, criteria: [criterion("V.1", { max: 10 })] }),
      group("VI", {
        name: "Điểm trừ",
        kind: "deduction-group",
        criteria: [criterion("VI.1", { type: "count", max: 5, perItem: 1 })],
      }),
    ],
  };
}

/** Cluster 18's settings without a units list (the units are the evaluation's own). */
export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...CLUSTER18_SETTINGS, thresholds: { ...CLUSTER18_SETTINGS.thresholds }, units: null, ...overrides };
}

export function issue(overrides: Partial<Issue> = {}): Issue {
  return {
    severity: "error",
    rule: "out-of-range",
    sheet: "A",
    cell: "G18",
    criterion: "I.2",
    message: "25 nằm ngoài khoảng 0 – 20",
    ...overrides,
  };
}

export function evaluation(input: {
  units: UnitEvaluation[];
  language?: Language;
  criteria?: CriteriaTable | null;
  settings?: Partial<Settings>;
  issues?: Issue[];
  maxTotal?: number;
}): Evaluation {
  const language = input.language ?? "vi";
  const theSettings = settings({ language, ...input.settings });
  return {
    report: {
      schemaVersion: 3,
      cluster: theSettings.clusterName,
      period: theSettings.period,
      language,
      reviewKind: "year",
      complete: input.units.every((unit) => unit.result.status === "ranked"),
      maxTotal: input.maxTotal ?? 70,
      leader: theSettings.leaderUnit,
      superior: theSettings.parentBody,
      conferenceDate: null,
      quota: { flag: theSettings.flagQuota, certificate: theSettings.certificateQuota },
      units: input.units.map((unit) => unit.result),
      issues: input.issues ?? input.units.flatMap((unit) => unit.issues),
    },
    criteria: input.criteria === undefined ? smallCriteria() : input.criteria,
    settings: theSettings,
    units: input.units,
  };
}

/** Three ranked units (one tied pair, one with a warning) and one not ranked with two errors. */
export function typicalEvaluation(language: Language = "vi"): Evaluation {
  const outOfRange = issue({ sheet: "D", cell: "G18", rule: "out-of-range" });
  const evidence = issue({ sheet: "D", cell: "I20", rule: "evidence-missing", criterion: "I.1" });
  const textNumber = issue({ severity: "warning", rule: "text-number", sheet: "C", cell: "G7", criterion: "I.2" });
  return evaluation({
    language,
    units: [
      unitEvaluation(
        unitResult({ unit: "Công ty A", sheet: "A", total: 66, groups: { I: 48, II: 17 }, bonus: 2, deduction: 1, rank: 1, award: "flag" }),
        { "I.1": 30, "I.2": 18, "II.1": 8.5, "V.1": 2, "VI.1": 1 },
      ),
      unitEvaluation(
        unitResult({
          unit: "Công ty B",
          sheet: "B",
          total: 60.5,
          groups: { I: 45.5, II: 15 },
          bonus: 0,
          deduction: 0,
          rank: 2,
          tied: true,
          classification: "good",
          award: "vote-certificate",
        }),
        { "I.1": 27.5, "I.2": 18, "II.1": 7.5, "V.1": 0, "VI.1": 0 },
      ),
      unitEvaluation(
        unitResult({
          unit: "Công ty C",
          sheet: "C",
          total: 60.5,
          groups: { I: 45.5, II: 15 },
          bonus: 0,
          deduction: 0,
          rank: 2,
          tied: true,
          classification: "good",
          award: "vote-certificate",
          warnings: 1,
        }),
        { "I.1": 27.5, "I.2": 18, "II.1": 7.5, "V.1": 0, "VI.1": null },
        [textNumber],
      ),
      unitEvaluation(notRanked({ unit: "Công ty D", sheet: "D", errors: 2 }), { "I.1": 30, "I.2": null, "II.1": 10 }, [
        outOfRange,
        evidence,
      ]),
    ],
  });
}

// ---- Reading layouts ----

export function valueAt(layout: SheetLayout, row: number, col: number): OutputValue {
  return layout.values[row]?.[col] ?? null;
}

/** The first cell holding exactly `value`, searching row by row. */
export function find(layout: SheetLayout, value: OutputValue): CellAddress | null {
  for (let row = 0; row < layout.values.length; row++) {
    const col = layout.values[row].indexOf(value);
    if (col >= 0) return { row, col };
  }
  return null;
}

export function findOrFail(layout: SheetLayout, value: OutputValue): CellAddress {
  const at = find(layout, value);
  if (!at) throw new Error(`"${String(value)}" not found on ${layout.name}`);
  return at;
}

export function contains(range: CellRange, at: CellAddress): boolean {
  return at.row >= range.start.row && at.row <= range.end.row && at.col >= range.start.col && at.col <= range.end.col;
}

/** The style a cell ends up with, applying every covering range in order. */
export function styleAt(layout: SheetLayout, row: number, col: number): CellStyle {
  return layout.styles.filter((s) => contains(s.range, { row, col })).reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style }), {});
}

export function allValues(layout: SheetLayout): OutputValue[] {
  return layout.values.flat();
}

/** Every place in a layout (or anything) holding undefined, NaN or ±Infinity, as paths. */
export function badLeaves(value: unknown, path = "layout"): string[] {
  if (value === undefined) return [path];
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? Array.from(value.entries()) : Object.entries(value);
  if (Array.isArray(value)) {
    // Holes in an array read as undefined to a writer.
    for (let index = 0; index < value.length; index++) if (!(index in value)) return [`${path}[${index}]`];
  }
  return entries.flatMap(([key, child]) => badLeaves(child, `${path}.${String(key)}`));
}

/** Problems with a layout's geometry: ragged rows, ranges or links outside the extent, bad panes. */
export function geometryProblems(layout: SheetLayout): string[] {
  const problems: string[] = [];
  const rows = layout.values.length;
  const cols = layout.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) problems.push("empty extent");
  layout.values.forEach((line, row) => {
    if (line.length !== cols) problems.push(`row ${row} has ${line.length} cells, not ${cols}`);
  });
  const inside = (range: CellRange, what: string) => {
    if (range.start.row < 0 || range.start.col < 0 || range.end.row >= rows || range.end.col >= cols) {
      problems.push(`${what} ${JSON.stringify(range)} outside ${rows}×${cols}`);
    }
    if (range.start.row > range.end.row || range.start.col > range.end.col) problems.push(`${what} reversed`);
  };
  layout.styles.forEach((s, i) => inside(s.range, `style ${i}`));
  layout.merges.forEach((m, i) => inside(m, `merge ${i}`));
  layout.validations.forEach((v, i) => inside(v.range, `validation ${i}`));
  layout.unlocked.forEach((u, i) => inside(u, `unlocked ${i}`));
  layout.links.forEach((l, i) => inside({ start: l.at, end: l.at }, `link ${i}`));
  if (layout.columnWidths.length > cols) problems.push("more column widths than columns");
  for (const row of Object.keys(layout.rowHeights)) if (Number(row) >= rows) problems.push(`row height for row ${row} outside`);
  if (layout.frozenRows > rows) problems.push("frozen rows beyond the extent");
  if (layout.frozenColumns > cols) problems.push("frozen columns beyond the extent");
  const repeat = layout.print?.repeatRows;
  if (repeat && (repeat.first > repeat.last || repeat.last >= rows)) problems.push("repeat rows outside");
  // Two merges may not overlap: Excel refuses the file.
  layout.merges.forEach((a, i) =>
    layout.merges.slice(i + 1).forEach((b, j) => {
      const overlap = a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;
      if (overlap) problems.push(`merges ${i} and ${i + 1 + j} overlap`);
    }),
  );
  return problems;
}
