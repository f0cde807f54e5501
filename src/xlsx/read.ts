// Reads an .xlsx file into the engine's WorkbookSnapshot: values anchored at A1, merged areas,
// every sheet (hidden ones too) in tab order. Only values cross over; the engine never sees
// ExcelJS objects.
import { promises as fs } from "fs";
import * as ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../core";
import { XlsxFileError } from "./errors";
import { keepRemovedParts, patchExcelJs } from "./exceljs-patches";
import { MAX_UNZIPPED_BYTES, preparePackage, unzipCapped } from "./package";
import { snapshotFromPackage, type ReadOptions } from "./values";

export type { ReadOptions, ReadWarning } from "./values";

patchExcelJs();

/**
 * Opens a workbook file with ExcelJS, for `thidua import`, which copies whole unit sheets (styles,
 * widths, protection) between workbooks; the summarized copy does not use it (copy.ts). The usual
 * file problems become `XlsxFileError`s; the package is unzipped with a size cap, and merges and
 * validations are kept away from ExcelJS (see package.ts); saving writes them back as they were.
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const prepared = preparePackage(unzipCapped(await readWorkbookBytes(path), path));
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
