// Builders for what the pane is given: an evaluation stated by its units and issues (over the
// engine tests' fixtures), and a fake PaneCapabilities whose calls a test controls (resolve now,
// or hold with a deferred promise).
import type { ConferenceDetails, Evaluation, Issue, ReviewKind, Settings, UnitEvaluation, UnitResult } from "../../src/core/model/types";
import type {
  ConferenceResult,
  Diagnostics,
  GenerateResult,
  ImportPreview,
  NextPeriodResult,
  PaneCapabilities,
  PickedFile,
  PreviousResult,
  ProvinceResult,
  RunStage,
  TemplateResult,
} from "../../src/excel/types";
import { evaluation as evaluationOf, issue } from "./sheets-fixtures";
import { notRanked, unitEvaluation, unitResult } from "./unitResult";

export { issue };

/** The Conference sheet's details as read, blank but for what a test gives. */
export function conferenceDetails(fields: Partial<ConferenceDetails> = {}): ConferenceDetails {
  return {
    sheet: "Bình xét",
    date: null,
    venue: null,
    chair: null,
    secretary: null,
    members: null,
    minutesNo: null,
    submissionNo: null,
    startedAt: null,
    endedAt: null,
    votingMethod: null,
    attendance: [],
    decided: false,
    ...fields,
  };
}

/** A unit, ranked unless `status: "not-ranked"`; its error and warning counts follow its issues. */
export function unit(name: string, sheet: string, fields: Partial<UnitResult> = {}, issues: Issue[] = []): UnitEvaluation {
  const errors = issues.filter((i) => i.severity === "error").length;
  const result = (fields.status === "not-ranked" ? notRanked : unitResult)({
    unit: name,
    sheet,
    errors,
    warnings: issues.length - errors,
    ...fields,
  });
  return unitEvaluation(result, {}, issues);
}

export interface EvaluationFields {
  cluster?: string | null;
  period?: string | null;
  maxTotal?: number;
  /** In the report's order: ranked in rank order, then the not-ranked. */
  units?: UnitEvaluation[];
  /** Issues on Criteria, Settings or unlisted sheets, and the Conference sheet's: they belong to no unit. */
  workbookIssues?: Issue[];
  /** A year review unless told (the fixtures' default). */
  reviewKind?: ReviewKind;
  /** Settings beyond the cluster and period, e.g. the award names. */
  settings?: Partial<Settings>;
  /** The Conference sheet as read; absent when the workbook has none. */
  conference?: ConferenceDetails;
}

/** An evaluation whose report lists the workbook's issues, then each unit's, in the units' order. */
export function evaluation(fields: EvaluationFields = {}): Evaluation {
  const units = fields.units ?? [];
  const result = evaluationOf({
    units,
    criteria: null,
    maxTotal: fields.maxTotal ?? 100,
    settings: {
      clusterName: fields.cluster === undefined ? "Cụm thi đua số 18" : fields.cluster,
      period: fields.period === undefined ? "6 tháng đầu năm 2024" : fields.period,
      ...fields.settings,
      ...(fields.reviewKind ? { reviewKind: fields.reviewKind } : {}),
    },
    issues: [...(fields.workbookIssues ?? []), ...units.flatMap((u) => u.issues)],
  });
  if (fields.reviewKind) result.report.reviewKind = fields.reviewKind;
  if (fields.conference) result.conference = fields.conference;
  return result;
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
  createFromWorkbook: jest.Mock<Promise<NextPeriodResult>, []>;
  prepareConference: jest.Mock<Promise<ConferenceResult>, []>;
  selectCell: jest.Mock<Promise<void>, [string, string]>;
  planImport: jest.Mock<Promise<ImportPreview>, [PickedFile[]]>;
  importFiles: jest.Mock<Promise<ImportPreview>, [PickedFile[]]>;
  insertPrevious: jest.Mock<Promise<PreviousResult>, [PickedFile]>;
  addClusters: jest.Mock<Promise<ProvinceResult>, [PickedFile[]]>;
  diagnostics: jest.Mock<Diagnostics, []>;
}

/** Capabilities that resolve with empty results unless a test says otherwise. */
export function fakeCapabilities(language: "vi" | "en" = "en"): FakeCapabilities {
  return {
    language,
    validate: jest.fn(async () => evaluation()),
    generate: jest.fn(async () => ({ evaluation: evaluation(), summarySheet: language === "vi" ? "Tổng hợp" : "Summary", skipped: [] })),
    createTemplate: jest.fn(async () => ({ sheets: [], period: "Năm 2024", skipped: [] })),
    createFromWorkbook: jest.fn(async () => ({ period: "6 tháng đầu năm 2026", units: 2 })),
    canCreateWorkbook: true,
    prepareConference: jest.fn(async () => ({ sheet: language === "vi" ? "Bình xét" : "Conference", added: true })),
    selectCell: jest.fn<Promise<void>, [string, string]>(async () => undefined),
    canInsertSheets: true,
    planImport: jest.fn<Promise<ImportPreview>, [PickedFile[]]>(async () => ({ lines: [], sheets: 0, skipped: 0 })),
    importFiles: jest.fn<Promise<ImportPreview>, [PickedFile[]]>(async () => ({ lines: [], sheets: 0, skipped: 0 })),
    insertPrevious: jest.fn<Promise<PreviousResult>, [PickedFile]>(async () => ({
      sheet: language === "vi" ? "Kỳ trước" : "Previous period",
      units: 0,
      keptAs: [],
    })),
    addClusters: jest.fn<Promise<ProvinceResult>, [PickedFile[]]>(async (files) => ({
      report: { schemaVersion: 3, kind: "province", year: null, language, clusters: [], nominations: [], issues: [] },
      issues: [],
      sheets: [],
      files: files.length,
    })),
    diagnostics: jest.fn<Diagnostics, []>(() => ({
      addInVersion: "0.1.0",
      platform: "PC",
      officeVersion: "16.0.17928.20114",
      host: "Excel",
      apiSets: ["ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9"],
      lastError: null,
    })),
  };
}
