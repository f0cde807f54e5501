// Small builders for workbooks laid out the way people make them by hand in Excel, written with
// ExcelJS directly (not with this project's writer), so the tests read files we did not make.
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { fromA1 } from "../../src/core";
import type { CellValue, SheetSnapshot } from "../../src/core";

/** A fresh temporary folder for one test file; removed by `removeTempDir`. */
export async function makeTempDir(prefix = "thidua-test-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeTempDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** A fresh folder `name` under `dir` holding a copy of `source` as `cum.xlsx`. */
export async function folderWithCopy(dir: string, name: string, source: string): Promise<{ folder: string; input: string }> {
  const folder = path.join(dir, name);
  await fs.mkdir(folder, { recursive: true });
  const input = path.join(folder, "cum.xlsx");
  await fs.copyFile(source, input);
  return { folder, input };
}

/** A snapshot sheet's cell by its A1 address, as the reader gave it (null when blank). */
export function cellAt(sheet: SheetSnapshot, a1: string): CellValue {
  const { row, col } = fromA1(a1);
  return sheet.cells[row]?.[col] ?? null;
}

/** Saves a workbook and returns its path. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Writes rows of values from `topLeft` (e.g. "A6") down. `undefined` leaves a cell untouched. */
export function putRows(sheet: ExcelJS.Worksheet, topLeft: string, rows: ExcelJS.CellValue[][]): void {
  const start = sheet.getCell(topLeft);
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value !== undefined) sheet.getCell(Number(start.row) + r, Number(start.col) + c).value = value;
    });
  });
}

/** Every stored cell of a sheet (value, formula, formats, protection, validation) and its merges, for "unchanged" checks. */
export function sheetContents(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = {
        value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
        formula: cell.formula ?? null,
        numFmt: cell.numFmt ?? null,
        font: cell.font ?? null,
        fill: cell.fill ?? null,
        border: cell.border ?? null,
        alignment: cell.alignment ?? null,
        protection: cell.protection ?? null,
        validation: cell.dataValidation ?? null,
      };
    });
  });
  return JSON.parse(JSON.stringify({ cells: out, merges: [...(sheet.model.merges ?? [])].sort(), state: sheet.state }));
}
