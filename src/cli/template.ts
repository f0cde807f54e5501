// What `thidua template` needs before anything is written: the criteria (bundled, a TSV or a
// workbook's Criteria sheet, always read and checked by the engine), the settings and units,
// and the template's sheets, checked by reading them back with the engine.
import { promises as fs } from "fs";
import {
  codeKey,
  DEFAULT_SETTINGS,
  evaluateWorkbook,
  maxTotal,
  periodName,
  reviewKindOfPeriod,
  buildTemplateSheets,
  CLUSTER18_CRITERIA,
  CLUSTER18_NAMES_EN,
  CLUSTER18_SETTINGS,
  fromA1,
} from "../core";
import type { CriteriaTable, Issue, Language, ReviewKind, Settings, SheetLayout, WorkbookSnapshot } from "../core";
import { XlsxFileError } from "../xlsx/errors";
import { readWorkbookFile } from "../xlsx/read";
import { criteriaSheetFromTsv, unitsFromTsv, type UnitsTsvProblem } from "./tsv";

/** A problem with the template's inputs, already worded for the user. */
export class TemplateInputError extends Error {
  constructor(
    readonly role: "criteria" | "units" | "workbook" | "template",
    readonly where: string | null,
    message: string,
    readonly more: number,
  ) {
    super(message);
    this.name = "TemplateInputError";
  }
}

interface TemplateRequest {
  criteriaPath: string | null;
  unitsPath: string | null;
  /** The template's language; null = the settings' report language. */
  language: Language | null;
  /** `--period`: the period of Settings and of every unit sheet; null = this year's (`year`). */
  period?: string | null;
  /** The year it is, from the host's clock: with no `--period`, the template is for its review (§8.5). */
  year: number;
  /** `--kind`: written as `Loại kỳ`; null = blank, so the kind follows the period. */
  reviewKind?: ReviewKind | null;
  /** The language of problems found in the inputs. */
  messageLanguage: Language;
  unitsProblemText: (problem: UnitsTsvProblem) => string;
  /** Why `--kind year` cannot go with a period that names a half-year review. */
  kindDisagreesText?: (period: string) => string;
}

/**
 * The template's language, which is also the language `thidua template` speaks: --lang, else the
 * settings' report language (Cluster 18's, or the defaults' with other criteria: Vietnamese).
 */
export function templateLanguage(request: { language: Language | null; criteria: string | null }): Language {
  return request.language ?? (request.criteria !== null ? DEFAULT_SETTINGS.language : CLUSTER18_SETTINGS.language);
}

/** The engine's view of sheets about to be written, to check them before they are. */
export function snapshotOfLayouts(layouts: SheetLayout[]): WorkbookSnapshot {
  return {
    sheets: layouts.map((layout) => ({
      name: layout.name,
      cells: layout.values.map((row) => row.map((value) => value ?? null)),
      merges: layout.merges,
    })),
  };
}

/** The template's sheets, with the period and kind they were written for. */
interface PreparedTemplate {
  layouts: SheetLayout[];
  units: number;
  period: string;
  reviewKind: ReviewKind;
}

/**
 * The template's sheets: Cluster 18's criteria, settings and units unless files say otherwise.
 * With other criteria, the settings are the engine's defaults (no cluster name, default
 * thresholds and quotas), for the secretary to fill in on the Settings sheet.
 */
export async function prepareTemplate(request: TemplateRequest): Promise<PreparedTemplate> {
  let criteria: CriteriaTable = CLUSTER18_CRITERIA;
  let settings: Settings = CLUSTER18_SETTINGS;
  let namesEn: Record<string, string> | undefined = CLUSTER18_NAMES_EN;
  if (request.criteriaPath !== null) {
    ({ criteria, namesEn } = await readCriteria(request.criteriaPath, request.messageLanguage));
    settings = { ...DEFAULT_SETTINGS, thresholds: thresholdsOnScale(maxTotal(criteria)), units: CLUSTER18_SETTINGS.units };
  }
  if (request.unitsPath !== null) {
    const { units, problems } = unitsFromTsv(await readInputFile(request.unitsPath));
    if (problems.length > 0) {
      throw new TemplateInputError("units", null, request.unitsProblemText(problems[0]), problems.length - 1);
    }
    settings = { ...settings, units };
  }
  // One period for Settings and every unit sheet, and the kind it goes with (spec §7.3). With no
  // --period, this year's review of the kind asked for (a year's by default; spec §8.5), never
  // the bundled settings' fixed period.
  const reviewKind = request.reviewKind ?? null;
  const period = request.period ?? periodName(reviewKind ?? "year", request.year);
  if (reviewKind === "year" && reviewKindOfPeriod(period) === "half-year") {
    // A year's template saying "6 tháng" on every sheet: refused, so the sheets do not contradict it.
    const message = request.kindDisagreesText?.(period) ?? `the period "${period}" names a half-year review`;
    throw new TemplateInputError("template", null, message, 0);
  }
  settings = { ...settings, period, reviewKind: reviewKind ?? reviewKindOfPeriod(period) };
  const groupCodes = new Set(criteria.groups.map((group) => codeKey(group.code)));
  const language = templateLanguage({ language: request.language, criteria: request.criteriaPath });
  settings = {
    ...settings,
    language,
    // A tie-break on a group the criteria do not have would make the Settings sheet invalid.
    tieBreak: settings.tieBreak.filter((key) => key.kind !== "group" || groupCodes.has(codeKey(key.code))),
  };

  let layouts: SheetLayout[];
  try {
    layouts = buildTemplateSheets({
      criteria,
      settings,
      language,
      criterionNamesEn: namesEn,
      ...(reviewKind === null ? {} : { reviewKind }),
    });
  } catch (error) {
    if (error instanceof RangeError) throw new TemplateInputError("template", null, error.message, 0);
    throw error;
  }
  checkTemplate(layouts, request.messageLanguage);
  return { layouts, units: settings.units?.length ?? 0, period, reviewKind: settings.reviewKind };
}

/** The template must read back as it was meant: valid criteria and settings, every unit found. */
export function checkTemplate(layouts: SheetLayout[], language: Language): void {
  const check = evaluateWorkbook(snapshotOfLayouts(layouts), { language });
  const setup = check.report.issues.filter((issue) => issue.rule === "criteria-invalid" || issue.rule === "settings-invalid");
  if (setup.length > 0) throw new TemplateInputError("template", place(setup[0]), setup[0].message, setup.length - 1);
}

/**
 * The default thresholds (90/80/65/50) as the same share of another table's maximum: a 1,000-point
 * table gets 900/800/650/500, which the template writes as 90%, 80%, 65%, 50% (spec §7.3).
 * @example thresholdsOnScale(1000).excellent === 900
 */
function thresholdsOnScale(scale: number): Settings["thresholds"] {
  const defaults = DEFAULT_SETTINGS.thresholds;
  if (!(scale > 0)) return { ...defaults };
  const share = (points: number) => (points * scale) / 100;
  return { excellent: share(defaults.excellent), good: share(defaults.good), fair: share(defaults.fair), average: share(defaults.average) };
}

function place(issue: Issue): string | null {
  if (issue.sheet === null) return null;
  return issue.cell === null ? issue.sheet : `${issue.sheet}!${issue.cell}`;
}

async function readCriteria(
  file: string,
  language: Language,
): Promise<{ criteria: CriteriaTable; namesEn: Record<string, string> | undefined }> {
  const data = await readInputFile(file);
  const isZip = data.length >= 4 && data.readUInt32BE(0) === 0x504b0304;
  if (isZip || /\.xls[xm]?$/i.test(file)) {
    const evaluation = evaluateWorkbook(await readWorkbookFile(file), { language });
    if (evaluation.criteria) return { criteria: evaluation.criteria, namesEn: undefined };
    const issues = evaluation.report.issues.filter((issue) => issue.rule === "criteria-invalid");
    throw new TemplateInputError("criteria", issues[0] ? place(issues[0]) : null, issues[0]?.message ?? "", Math.max(0, issues.length - 1));
  }
  const tsv = criteriaSheetFromTsv(data);
  const evaluation = evaluateWorkbook({ sheets: [tsv.sheet] }, { language });
  if (evaluation.criteria) return { criteria: evaluation.criteria, namesEn: tsv.namesEn };
  const issues = evaluation.report.issues.filter((issue) => issue.rule === "criteria-invalid");
  const first = issues[0];
  let where: string | null = null;
  if (first?.cell) {
    // Row n of the sheet is line n of the file.
    const at = fromA1(first.cell);
    const header = tsv.headers[at.col];
    where =
      language === "vi"
        ? `dòng ${at.row + 1}${header ? `, cột ${header}` : ""}`
        : `line ${at.row + 1}${header ? `, column ${header}` : ""}`;
  }
  throw new TemplateInputError("criteria", where, first?.message ?? "", Math.max(0, issues.length - 1));
}

/** A whole input file, with the usual problems as `XlsxFileError`s. */
async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxFileError("not-found", file);
    if (code === "EISDIR") throw new XlsxFileError("not-a-file", file);
    throw new XlsxFileError("unreadable", file, code);
  }
}
