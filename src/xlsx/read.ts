// Reads an .xlsx file into the engine's WorkbookSnapshot: values anchored at A1, merged areas,
// every sheet (hidden ones too) in tab order. Only values cross over; the engine never sees
// ExcelJS objects.
import { promises as fs } from "fs";
import * as ExcelJS from "exceljs";
import { rangeFromA1 } from "../core/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/types";
import { XlsxFileError } from "./errors";
import { patchExcelJs } from "./exceljs-patches";

patchExcelJs();

/** Opens a workbook file with ExcelJS, turning the usual file problems into `XlsxFileError`s. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  await checkWorkbookFile(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new XlsxFileError("not-xlsx", path, error instanceof Error ? error.message : String(error));
  }
  // A .docx or any other zip loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new XlsxFileError("not-xlsx", path, "no worksheets");
  return workbook;
}

/** Reads an .xlsx file into a snapshot. @example await readWorkbookFile("cum18.xlsx") */
export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  return snapshotFromExcelJs(await loadWorkbook(path));
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

async function checkWorkbookFile(path: string): Promise<void> {
  let head: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new XlsxFileError("not-a-file", path);
    const handle = await fs.open(path, "r");
    try {
      head = Buffer.alloc(4);
      const { bytesRead } = await handle.read(head, 0, 4, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof XlsxFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxFileError("not-found", path);
    if (code === "EISDIR") throw new XlsxFileError("not-a-file", path);
    throw new XlsxFileError("unreadable", path, code ?? String(error));
  }
  const starts = (magic: number[]) => magic.every((byte, i) => head[i] === byte);
  if (starts(OLE_MAGIC)) throw new XlsxFileError("legacy-or-encrypted", path);
  if (!starts(ZIP_MAGIC)) throw new XlsxFileError("not-xlsx", path);
}

/** Every sheet of an ExcelJS workbook, in tab order, as the engine's snapshot. */
export function snapshotFromExcelJs(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(sheetSnapshot) };
}

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const merges = (worksheet.model.merges ?? []).map((a1) => rangeFromA1(a1));
  const found: { row: number; col: number; value: CellValue }[] = [];
  let rows = 0;
  let cols = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell);
      if (value === null) return;
      found.push({ row: rowNumber - 1, col: colNumber - 1, value });
      rows = Math.max(rows, rowNumber);
      cols = Math.max(cols, colNumber);
    });
  });
  // A merge's extent belongs to the sheet even when only its top-left cell holds a value.
  for (const merge of merges) {
    rows = Math.max(rows, merge.end.row + 1);
    cols = Math.max(cols, merge.end.col + 1);
  }
  const cells: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  for (const { row, col, value } of found) cells[row][col] = value;
  return { name: worksheet.name, cells, merges };
}

/** One cell's value as the engine sees it. */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  // ExcelJS answers the master's value in every cell of a merge; only the top-left holds it.
  if (cell.type === ExcelJS.ValueType.Merge || (cell.isMerged && cell.master !== cell)) return null;
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    // `cell.value` copies only truthy fields, so a saved result of 0, FALSE or "" would look never
    // calculated there; `cell.result` is the parsed result itself.
    const result = (cell as unknown as { result: unknown }).result;
    if (result === undefined || result === null) {
      // ExcelJS keeps formulas without the `=`; Office.js and the engine's messages have it.
      const formula = cell.formula ?? String((value as { formula?: string }).formula ?? "");
      return { kind: "uncalculated", formula: formula.startsWith("=") ? formula : `=${formula}` };
    }
    return plainValue(result);
  }
  return plainValue(value);
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  // `+ 0` turns a saved `-0` into 0, which is what Excel shows.
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : { kind: "error", code: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : { kind: "date", iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.error === "string") return { kind: "error", code: object.error };
    if (Array.isArray(object.richText)) return richText(object.richText);
    // A hyperlink cell shows its text; the text itself may be rich text.
    if ("hyperlink" in object) return plainValue(object.text ?? null);
    if ("text" in object) return plainValue(object.text);
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === "object" ? String((run as { text?: unknown }).text ?? "") : "")).join("");
}
