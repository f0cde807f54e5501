// `thidua import` on files (issue 13 §1): the cluster workbook with units' sheets copied in from
// their own files, as the core's import plan says. A sheet is copied cell by cell with its values,
// formulas, styles and number formats, row heights, column widths, views, print setup and
// protection; its merges and data validations are written back as its file had them (minus any
// overlap between validations, which Excel reports as damage).
import * as ExcelJS from "exceljs";
import type { ImportPlan, WorkbookSnapshot } from "../core";
import { XlsxFileError } from "./errors";
import { keepRemovedParts, removedPartsOf } from "./exceljs-patches";
import { loadWorkbook, readWorkbookFile } from "./read";
import { resolveOverlaps } from "./validations";
import { workbookBytes } from "./write";

/** Members ExcelJS 4.4 has at run time but leaves out of its typings. */
interface UntypedWorksheet {
  orderNo: number;
  sheetProtection: Record<string, unknown> | null;
  conditionalFormattings: unknown[];
}

/**
 * A unit's file as the plan reads it: its sheets, or null when it is not a workbook this reader
 * takes (not an .xlsx, an old .xls, a password-protected or damaged file). A file that is not
 * there, or cannot be read at all, stops the command like any other input file.
 */
export async function readIncomingFile(path: string): Promise<WorkbookSnapshot | null> {
  if (!/\.xlsx$/i.test(path)) return null;
  try {
    return await readWorkbookFile(path);
  } catch (error) {
    if (error instanceof XlsxFileError && (error.problem === "not-xlsx" || error.problem === "legacy-or-encrypted")) return null;
    throw error;
  }
}

const clone = <T>(value: T): T => (value === undefined || value === null ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * Copies `source` into `workbook` as a new sheet named `name`. The source must come from
 * `loadWorkbook` (its merges and validations were kept aside there, and are written back here).
 */
export function copyWorksheet(workbook: ExcelJS.Workbook, source: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const target = workbook.addWorksheet(name, {
    properties: clone(source.properties),
    pageSetup: clone(source.pageSetup),
    headerFooter: clone(source.headerFooter),
    // The file's own selection means nothing here: only the workbook's active sheet is selected.
    views: (source.views ?? []).map((view) => ({ ...clone(view), tabSelected: false })),
    state: source.state,
  });
  for (let col = 1; col <= source.columnCount; col++) copyColumn(source.getColumn(col), target.getColumn(col));
  source.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const to = target.getRow(rowNumber);
    if (row.height !== undefined) to.height = row.height;
    if (row.hidden) to.hidden = true;
    if (row.outlineLevel) to.outlineLevel = row.outlineLevel;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const copy = to.getCell(colNumber);
      copy.value = cellValueToCopy(cell);
      copy.style = clone(cell.style);
    });
  });
  const untypedSource = source as unknown as UntypedWorksheet;
  const untypedTarget = target as unknown as UntypedWorksheet;
  untypedTarget.sheetProtection = clone(untypedSource.sheetProtection);
  untypedTarget.conditionalFormattings = clone(untypedSource.conditionalFormattings ?? []);
  const parts = removedPartsOf(source);
  if (parts) {
    keepRemovedParts(target, {
      mergeCellsXml: parts.mergeCellsXml,
      // The same rule as the summarized copy (validations.ts): the first rule listed keeps shared cells.
      dataValidationsXml:
        parts.dataValidationsXml === null ? null : (resolveOverlaps(parts.dataValidationsXml) ?? parts.dataValidationsXml),
    });
  }
  return target;
}

/** A column's width, visibility, outline level and style. */
function copyColumn(column: ExcelJS.Column, copy: ExcelJS.Column): void {
  if (column.width !== undefined) copy.width = column.width;
  if (column.hidden) copy.hidden = true;
  if (column.outlineLevel) copy.outlineLevel = column.outlineLevel;
  if (column.style && Object.keys(column.style).length > 0) copy.style = clone(column.style);
}

/** A cell's value to write elsewhere: a shared formula becomes its own, keeping its result. */
function cellValueToCopy(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    // `cell.value` drops a result of 0, FALSE or "": `cell.result` has it.
    const result = (cell as unknown as { result: unknown }).result;
    const formula = cell.formula;
    if (!formula) return (result ?? null) as ExcelJS.CellValue;
    return (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellValue;
  }
  return clone(value) as ExcelJS.CellValue;
}

/**
 * The bytes of the cluster workbook with the plan carried out: each replaced sheet renamed to its
 * kept name (or, when nothing was entered in it, removed), each unit's sheet copied in under its
 * target name, in the replaced sheet's place or else after the last sheet. `files` are the
 * incoming files' paths, in the plan's file order.
 */
export async function importedWorkbookBytes(clusterPath: string, files: readonly string[], plan: ImportPlan): Promise<Buffer> {
  const workbook = await loadWorkbook(clusterPath);
  const order: ExcelJS.Worksheet[] = workbook.worksheets.slice();
  const sources = new Map<number, ExcelJS.Workbook>();
  for (const entry of plan.entries) {
    let source = sources.get(entry.file);
    if (!source) {
      source = await loadWorkbook(files[entry.file]);
      sources.set(entry.file, source);
    }
    const sheet = source.worksheets.find((w) => w.name === entry.sourceSheet);
    if (!sheet) throw new XlsxFileError("not-xlsx", files[entry.file], `no sheet "${entry.sourceSheet}"`);
    let at = order.length;
    if (entry.existing !== null) {
      const old = order.find((w) => w.name === entry.existing);
      if (old) {
        at = order.indexOf(old);
        if (entry.keptAs !== null) {
          old.name = entry.keptAs;
        } else {
          order.splice(at, 1);
          workbook.removeWorksheet(old.id);
        }
      }
    }
    order.splice(at, 0, copyWorksheet(workbook, sheet, entry.target));
  }
  order.forEach((worksheet, index) => ((worksheet as unknown as UntypedWorksheet).orderNo = index));
  return workbookBytes(workbook);
}
