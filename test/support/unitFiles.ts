// Units' own files for the import tests (issue 13 §1): each unit sheet of the bundled sample saved
// as a workbook of its own, as a unit would send it back.
import * as path from "path";
import * as ExcelJS from "exceljs";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { buildTemplateSheets } from "../../src/core/sheets/template";
import type { SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { snapshotOfLayouts } from "../../src/cli/template";
import type { PickedFile } from "../../src/excel";
import { copyWorksheet } from "../../src/xlsx/import";
import { loadWorkbook, readWorkbookFile } from "../../src/xlsx/read";
import { applySheetLayout, workbookBytes } from "../../src/xlsx/write";
import { promises as fs } from "fs";
import { makeTempDir } from "./xlsxWorkbooks";

export const SAMPLE = path.resolve(__dirname, "../../assets/cluster18-2024.xlsx");
/** The sample's unit sheets, in list order. */
export const SAMPLE_UNIT_SHEETS = ["Nam Sông Mã", "Môi trường đô thị", "Cấp nước", "Sông Chu", "Bắc Sông Mã", "Lam Sơn", "MEDLATEC"];
/** The template's award history sheets, after the unit sheets (§9.2). */
export const HISTORY_SHEETS = ["Lịch sử thi đua", "Điều kiện khen thưởng"];

/**
 * Writes one file per unit sheet of `workbookPath` into `dir` (`<sheet>.xlsx`, the sheet keeping
 * its name unless `rename` gives another) and returns their paths in the order asked.
 */
export async function writeUnitFiles(
  workbookPath: string,
  dir: string,
  sheets: readonly string[] = SAMPLE_UNIT_SHEETS,
  rename: (sheet: string) => string = (sheet) => sheet,
): Promise<string[]> {
  const source = await loadWorkbook(workbookPath);
  const files: string[] = [];
  for (const name of sheets) {
    const worksheet = source.getWorksheet(name);
    if (!worksheet) throw new Error(`no sheet ${name} in ${workbookPath}`);
    const workbook = new ExcelJS.Workbook();
    copyWorksheet(workbook, worksheet, rename(name));
    const file = path.join(dir, `${name}.xlsx`);
    await fs.writeFile(file, await workbookBytes(workbook));
    files.push(file);
  }
  return files;
}

/** The bytes of one file of `writeUnitFiles`, as base64 (what the pane hands to Excel). */
export async function base64Of(file: string): Promise<string> {
  return (await fs.readFile(file)).toString("base64");
}

/** Files as the pane's picker hands them to an action: each one's name and its bytes as base64. */
export async function pickedFiles(files: readonly string[]): Promise<PickedFile[]> {
  return Promise.all(files.map(async (file) => ({ name: path.basename(file), base64: await base64Of(file) })));
}

/** What the add-in's import tests start from: the sample, and its units' files in `dir`, picked. */
export interface SampleUnitFiles {
  dir: string;
  picked: PickedFile[];
  sample: WorkbookSnapshot;
}

/** The sample read, and its units' files written to a new temporary folder (removeTempDir it after). */
export async function sampleUnitFiles(tempPrefix: string): Promise<SampleUnitFiles> {
  const dir = await makeTempDir(tempPrefix);
  const picked = await pickedFiles(await writeUnitFiles(SAMPLE, dir));
  return { dir, picked, sample: await readWorkbookFile(SAMPLE) };
}

/** A fresh template for the sample's period (`Năm 2024`, a year review), as the sample was made from. */
export function sampleTemplateLayouts(): SheetLayout[] {
  return buildTemplateSheets({
    criteria: CLUSTER18_CRITERIA,
    settings: { ...CLUSTER18_SETTINGS, period: "Năm 2024", reviewKind: "year" },
    language: "vi",
    criterionNamesEn: CLUSTER18_NAMES_EN,
  });
}

/** The fresh template as a workbook, as the pane's New scoring workbook leaves it. */
export function sampleTemplateWorkbook(): WorkbookSnapshot {
  return snapshotOfLayouts(sampleTemplateLayouts());
}

/** The fresh template of `sampleTemplateLayouts` written to `dir/template.xlsx`. */
export async function writeSampleTemplate(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const layout of sampleTemplateLayouts()) await applySheetLayout(workbook, layout);
  const file = path.join(dir, "template.xlsx");
  await fs.writeFile(file, await workbookBytes(workbook));
  return file;
}
