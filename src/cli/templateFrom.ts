// `thidua template --from <workbook>` (spec §8.5): the next period's workbook made from this one
// (its Criteria, every Settings value and its units list; blank unit sheets laid out by today's
// Criteria; the period advanced; the award history with this year's rows and its rules, §9.2), or with `--keep-entries` the same workbook with its unit
// sheets' input rules rewritten from the Criteria and every entry carried over.
import {
  AWARD_RULES_SHEET_LABELS,
  CRITERIA_SHEET_LABELS,
  findSheet,
  HISTORY_SHEET_LABELS,
  nameKey,
  planFromWorkbook,
  sheetNamed,
  sheetReference,
  toA1,
  withEntries,
} from "../core";
import type { Issue, Language, ReviewKind, SheetLayout, UnitListing, WorkbookSnapshot } from "../core";
import * as ExcelJS from "exceljs";
import { XlsxFileError } from "../xlsx/errors";
import { sameFile, writeFileAtomically } from "../xlsx/files";
import { readWorkbookFile } from "../xlsx/read";
import { applySheetLayout, summaryWorkbookBytes, writeWorkbookFile } from "../xlsx/write";
import type { Command } from "./args";
import { CLI_TEXT, type CliText } from "./messages";
import { checkTemplate, TemplateInputError } from "./template";

/**
 * `template --from`: the next period's workbook, written new; with `--keep-entries`, a copy of the
 * workbook whose Criteria, Settings and unit sheets are rewritten (entries carried over) and every
 * other sheet (the Conference sheet, a summary) kept as it was. The input is never the output.
 * Returns the lines to print.
 */
export async function templateFrom(
  command: Extract<Command, { kind: "template" }>,
  from: string,
  spoken: { language: Language },
): Promise<string[]> {
  if (await sameFile(from, command.out))
    throw new TemplateRefusal(CLI_TEXT[spoken.language].file(new XlsxFileError("same-file", command.out), "output"));
  const keepEntries = command.keepEntries === true;
  const made = await prepareFromWorkbook({
    from,
    language: command.language,
    period: command.period,
    reviewKind: command.reviewKind,
    keepEntries,
    text: CLI_TEXT,
    onLanguage: (language) => (spoken.language = language),
  });
  const text = CLI_TEXT[made.language];
  if (keepEntries) {
    // The replaced sheets are input once written, so they get no output mark.
    const bytes = await summaryWorkbookBytes(from, made.layouts, { inputSheets: true, replaceSheets: made.setupSheets });
    await writeFileAtomically(command.out, bytes);
  } else {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "thidua";
    for (const layout of made.layouts) await applySheetLayout(workbook, layout);
    await writeWorkbookFile(workbook, command.out);
  }
  return [keepEntries ? text.rulesRefreshed(made.units) : text.nextPeriodMade(made.period ?? "", made.units), text.wrote(command.out)];
}

/** A refusal already worded for the user: one line, exit 2, nothing written. */
export class TemplateRefusal extends Error {}

interface FromRequest {
  from: string;
  /** `--lang`: the sheets' language; null = the workbook's report language. */
  language: Language | null;
  period: string | null;
  reviewKind: ReviewKind | null;
  keepEntries: boolean;
  text: Record<Language, CliText>;
  /** Told the language once the workbook is read, so failures after that are in it. */
  onLanguage?: (language: Language) => void;
}

interface FromTemplate {
  layouts: SheetLayout[];
  language: Language;
  period: string | null;
  units: number;
  /** The old workbook's Criteria and Settings sheets, replaced by the new ones whatever their names. */
  setupSheets: string[];
}

/** Reads `--from`, and lays out the new workbook's sheets (core's planFromWorkbook); nothing is written here. */
async function prepareFromWorkbook(request: FromRequest): Promise<FromTemplate> {
  const snapshot = await readWorkbookFile(request.from);
  const plan = planFromWorkbook(snapshot, request);
  request.onLanguage?.(plan.language);
  const text = request.text[plan.language];
  if (plan.kind === "setup-invalid") throw setupProblem(plan.issues);
  if (plan.kind === "no-period") throw new TemplateRefusal(text.noPeriodToAdvance(request.from, plan.oldPeriod));
  if (plan.kind === "kind-disagrees") throw new TemplateInputError("template", null, text.kindDisagrees(plan.period), 0);
  if (plan.kind === "too-large") throw new TemplateInputError("template", null, plan.message, 0);
  const { settings, setup } = plan;
  let layouts = plan.layouts;
  if (request.keepEntries) layouts = carryEntries(withoutHistory(layouts), settings.units ?? [], setup.workbook, request.from, text);
  checkTemplate(layouts, plan.language);
  const setupSheets = [findSheet(snapshot, CRITERIA_SHEET_LABELS)?.name, setup.settingsSheetName ?? undefined];
  return {
    layouts,
    language: plan.language,
    period: settings.period,
    units: settings.units?.length ?? 0,
    setupSheets: setupSheets.filter((name): name is string => name !== undefined),
  };
}

/** The layouts but the award history and its rules, which a copy with its entries keeps as they were. */
function withoutHistory(layouts: SheetLayout[]): SheetLayout[] {
  const labels = [...HISTORY_SHEET_LABELS, ...AWARD_RULES_SHEET_LABELS];
  return layouts.filter((layout) => !sheetNamed({ name: layout.name, cells: [], merges: [] }, labels));
}

/** The first Criteria or Settings problem of the workbook, worded, naming its cell. */
function setupProblem(issues: Issue[]): TemplateInputError {
  const first = issues[0];
  const where = first?.sheet ? (first.cell ? sheetReference(first.sheet, first.cell) : first.sheet) : null;
  return new TemplateInputError("workbook", where, first?.message ?? "", Math.max(0, issues.length - 1));
}

/** The unit sheets with the old sheets' entries; any entry that would be lost stops the run. */
function carryEntries(layouts: SheetLayout[], units: UnitListing[], old: WorkbookSnapshot, from: string, text: CliText): SheetLayout[] {
  const lost: string[] = [];
  let reason: "no-row" | "no-column" | "not-a-value" = "no-row";
  const unitSheets = new Set(units.map((unit) => nameKey(unit.sheet)));
  const carried = layouts.map((layout) => {
    // Excel's sheet names ignore case; a listed unit without a sheet yet gets a blank one.
    const sheet = unitSheets.has(nameKey(layout.name)) ? old.sheets.find((s) => nameKey(s.name) === nameKey(layout.name)) : undefined;
    if (sheet === undefined) return layout;
    const result = withEntries(layout, sheet);
    for (const entry of result.uncarried) {
      if (lost.length === 0) reason = entry.reason;
      lost.push(sheetReference(sheet.name, toA1(entry.cell)));
    }
    return result.layout;
  });
  if (lost.length > 0) throw new TemplateRefusal(text.entryNotCarried(from, lost[0], reason, lost.length - 1));
  return carried;
}
