// Small builders for what the pane is given: an evaluation stated by its units and issues, and a
// fake PaneCapabilities whose calls a test controls (resolve now, or hold with a deferred promise).
import type { Evaluation, Issue, UnitEvaluation, UnitResult } from "../../src/core/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { GenerateResult, PaneCapabilities, RunStage, TemplateResult } from "../../src/excel/types";

/** An issue; by default an out-of-range error at G12 of sheet "A". */
export function issue(fields: Partial<Issue> = {}): Issue {
  return {
    severity: "error",
    rule: "out-of-range",
    sheet: "A",
    cell: "G12",
    criterion: "I.1",
    message: "12 nằm ngoài khoảng 0 – 10",
    ...fields,
  };
}

/** A unit; ranked with the given total unless `status: "not-ranked"`. Counts follow its issues. */
export function unit(name: string, sheet: string, fields: Partial<UnitResult> = {}, issues: Issue[] = []): UnitEvaluation {
  const errors = issues.filter((i) => i.severity === "error").length;
  const notRanked = fields.status === "not-ranked";
  const result: UnitResult = {
    unit: name,
    sheet,
    status: "ranked",
    errors,
    warnings: issues.length - errors,
    groups: notRanked ? null : { I: 50 },
    bonus: notRanked ? null : 0,
    deduction: notRanked ? null : 0,
    total: notRanked ? null : 50,
    completionRate: null,
    allTargetsMet: true,
    disqualified: false,
    rank: notRanked ? null : 1,
    tied: false,
    classification: notRanked ? null : "average",
    award: null,
    ...fields,
  };
  return { result, points: {}, issues };
}

export interface EvaluationFields {
  cluster?: string | null;
  period?: string | null;
  maxTotal?: number;
  /** In the report's order: ranked in rank order, then the not-ranked. */
  units?: UnitEvaluation[];
  /** Issues on Criteria, Settings or unlisted sheets, which belong to no unit. */
  workbookIssues?: Issue[];
}

/** An evaluation whose report lists the workbook's issues, then each unit's, in the units' order. */
export function evaluation(fields: EvaluationFields = {}): Evaluation {
  const units = fields.units ?? [];
  return {
    report: {
      schemaVersion: 1,
      cluster: fields.cluster === undefined ? "Cụm thi đua số 18" : fields.cluster,
      period: fields.period === undefined ? "6 tháng đầu năm 2024" : fields.period,
      language: "vi",
      maxTotal: fields.maxTotal ?? 100,
      units: units.map((u) => u.result),
      issues: [...(fields.workbookIssues ?? []), ...units.flatMap((u) => u.issues)],
    },
    criteria: null,
    settings: DEFAULT_SETTINGS,
    units,
  };
}

/** A promise the test settles when it chooses, to hold the pane in the running state. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Jest mocks for every capability, so tests can see calls and stage callbacks. */
export interface FakeCapabilities extends PaneCapabilities {
  validate: jest.Mock<Promise<Evaluation>, [((stage: RunStage) => void)?]>;
  generate: jest.Mock<Promise<GenerateResult>, [((stage: RunStage) => void)?]>;
  createTemplate: jest.Mock<Promise<TemplateResult>, []>;
  selectCell: jest.Mock<Promise<void>, [string, string]>;
}

/** Capabilities that resolve with empty results unless a test says otherwise. */
export function fakeCapabilities(language: "vi" | "en" = "en"): FakeCapabilities {
  return {
    language,
    validate: jest.fn(async () => evaluation()),
    generate: jest.fn(async () => ({ evaluation: evaluation(), summarySheet: language === "vi" ? "Tổng hợp" : "Summary", skipped: [] })),
    createTemplate: jest.fn(async () => ({ sheets: [], skipped: [] })),
    selectCell: jest.fn<Promise<void>, [string, string]>(async () => undefined),
  };
}
