// Reads an .xlsx file into the engine's WorkbookSnapshot: values anchored at A1, merged areas,
// every sheet (hidden ones too) in tab order. Only values cross over; the engine never sees
// ExcelJS objects.
import { promises as fs } from "fs";
import * as ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core";
import { XlsxFileError } from "./errors";
import { keepRemovedParts, patchExcelJs } from "./exceljs-patches";
import { MAX_UNZIPPED_BYTES, preparePackage, unzipCapped } from "./package";
import { gridSnapshot, MAX_SNAPSHOT_SLOTS, READ_COLUMNS, snapshotFromPackage, type ReadOptions } from "./values";

export type { ReadOptions, ReadWarning } from "./values";

patchExcelJs();

/**
 * Opens a workbook file with ExcelJS, for `thidua import`, which copies whole unit sheets (styles,
 * widths, protection) between workbooks; the summarized copy does not use it (copy.ts). The usual
 * file problems become `XlsxFileError`s; the package is unzipped with a size cap, and merges and
 * validations are kept away from ExcelJS (see package.ts); saving writes them back as they were.
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const prepared = await preparePackage(unzipCapped(await readWorkbookBytes(path), path));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(prepared.zip as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxFileError("not-xlsx", path, error instanceof Error ? error.message : String(error));
  }
  // A .docx or any other zip loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new XlsxFileError("not-xlsx", path, "no worksheets");
  for (const worksheet of workbook.worksheets) {
    const removed = prepared.removed.get(worksheet.name);
    if (removed) keepRemovedParts(worksheet, removed);
  }
  return workbook;
}

/**
 * Reads an .xlsx file into a snapshot, straight from its XML (values.ts): cost follows the cells
 * present, and values are what Excel shows whatever program saved the file.
 * @example await readWorkbookFile("cum18.xlsx")
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const entries = unzipCapped(await readWorkbookBytes(path), path);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = snapshotFromPackage(entries, options);
  } catch (error) {
    // The snapshot's limits name a sheet; the message names the file.
    if (error instanceof XlsxFileError && error.problem === "too-large")
      throw new XlsxFileError("too-large", path, `sheet "${error.path}" has ${error.detail}`);
    if (error instanceof XlsxFileError) throw new XlsxFileError(error.problem, path, error.detail);
    throw error;
  }
  // A .docx or any other zip has no worksheets.
  if (snapshot.sheets.length === 0) throw new XlsxFileError("not-xlsx", path, "no worksheets");
  return snapshot;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** The file's bytes, once it is known to be a regular file of a size we can unpack. */
export async function readWorkbookBytes(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new XlsxFileError("not-a-file", path);
    if (stat.size > MAX_UNZIPPED_BYTES)
      throw new XlsxFileError("too-large", path, `the file is over ${MAX_UNZIPPED_BYTES / (1024 * 1024)} MB`);
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof XlsxFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxFileError("not-found", path);
    if (code === "EISDIR") throw new XlsxFileError("not-a-file", path);
    throw new XlsxFileError("unreadable", path, code ?? String(error));
  }
  const starts = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(OLE_MAGIC)) throw new XlsxFileError("legacy-or-encrypted", path);
  if (!starts(ZIP_MAGIC)) throw new XlsxFileError("not-xlsx", path);
  return bytes;
}

/** Every sheet of an ExcelJS workbook, in tab order, as the engine's snapshot. */
export function snapshotFromExcelJs(workbook: ExcelJS.Workbook, options: ReadOptions = {}): WorkbookSnapshot {
  const budget = { slots: MAX_SNAPSHOT_SLOTS };
  return { sheets: workbook.worksheets.map((worksheet) => sheetSnapshot(worksheet, budget, options)) };
}

/** An in-memory ExcelJS worksheet (tests, templates) as the engine's snapshot, with the same bounds. */
function sheetSnapshot(worksheet: ExcelJS.Worksheet, budget: { slots: number }, options: ReadOptions): SheetSnapshot {
  const found: { row: number; col: number; value: CellValue }[] = [];
  const valuedRows = new Set<number>();
  let rows = 0;
  let cols = 0;
  let beyond: { cell: string; count: number } | null = null;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell);
      if (value === null) return;
      if (colNumber > READ_COLUMNS) {
        beyond = beyond ?? { cell: cell.address, count: 0 };
        beyond.count++;
        return;
      }
      found.push({ row: rowNumber - 1, col: colNumber - 1, value });
      valuedRows.add(rowNumber - 1);
      rows = Math.max(rows, rowNumber);
      cols = Math.max(cols, colNumber);
    });
  });
  const left = beyond as { cell: string; count: number } | null;
  if (left) options.onWarning?.({ kind: "cells-beyond-columns", sheet: worksheet.name, cell: left.cell, count: left.count });
  const mergeRefs = Object.values((worksheet as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
  return gridSnapshot(worksheet.name, found, valuedRows, rows, cols, mergeRefs, budget);
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
