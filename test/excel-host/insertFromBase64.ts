// `Workbook.insertWorksheetsFromBase64` (ExcelApi 1.13): sheets of an .xlsx file, given as base64,
// inserted into the model. The file is read with the project's own reader (src/xlsx: values as
// Excel shows them, merged areas); formatting, widths and validations of the file are not
// modelled, so a test of this path checks values, merges, names and positions.
import type * as XlsxPackage from "../../src/xlsx/package";
import { snapshotFromPackage } from "../../src/xlsx/values";
import { fail } from "./errors";
import { cellKey } from "./cells";
import { newSheet, type SheetModel, type WorkbookTransaction } from "./workbookModel";

export interface InsertWorksheetOptions {
  sheetNamesToInsert?: string[];
  positionType?: string;
  relativeTo?: string;
}

/**
 * Parts of a package Excel on the web does not insert: "in Excel on the web, this method doesn't
 * support source worksheets with PivotTable, Chart, Comment, or Slicer elements. If those objects
 * are present, the insertWorksheetsFromBase64 method returns the UnsupportedFeature error"
 * (learn.microsoft.com, office/dev/add-ins/excel/excel-add-ins-workbooks#insert-a-copy-of-an-existing-workbook-into-the-current-one).
 * ASSUMED: the whole file is refused when any of its sheets has one (the docs speak of the source
 * worksheets; the model does not trace which sheet owns a part). An open Office.js issue
 * (OfficeDev/office-js#6142) reports `GeneralException` for other files on the web; not modelled.
 */
const UNSUPPORTED_ON_THE_WEB = /^xl\/(charts\/chart|comments|threadedComments\/|pivotTables\/|slicers\/|slicerCaches\/)/i;

/**
 * Inserts the file's sheets (or those named) and returns their ids, as Excel does: a name already
 * taken gets ` (2)`, ` (3)`… like Excel's own copies; `positionType` None/End appends, Start puts
 * them first, Before/After go beside `relativeTo` (a sheet's name or id). On the web (`web`), a
 * file with a chart, comment, PivotTable or slicer is refused.
 */
export function insertWorksheetsFromBase64(
  tx: WorkbookTransaction,
  newId: () => string,
  base64: unknown,
  options: InsertWorksheetOptions = {},
  web = false,
): string[] {
  if (typeof base64 !== "string" || base64 === "") return fail("InvalidArgument");
  let snapshot;
  let parts: Map<string, Buffer>;
  try {
    // Loaded on first use: it needs Node's Buffer and zlib, which the e2e host's browser bundle
    // (webpack.e2e.config.js) lacks; that pane never inserts files.
    const { unzipCapped } = require("../../src/xlsx/package") as typeof XlsxPackage;
    parts = unzipCapped(Buffer.from(base64, "base64"), "base64");
    snapshot = snapshotFromPackage(parts);
  } catch {
    return fail("InvalidArgument");
  }
  if (web && [...parts.keys()].some((name) => UNSUPPORTED_ON_THE_WEB.test(name))) return fail("UnsupportedFeature");
  const wanted = options.sheetNamesToInsert?.map((n) => n.toLowerCase());
  const chosen = snapshot.sheets.filter((s) => !wanted || wanted.length === 0 || wanted.includes(s.name.toLowerCase()));
  if (wanted && wanted.length > 0 && chosen.length !== wanted.length) return fail("InvalidArgument");
  const made: SheetModel[] = chosen.map((source) => {
    let name = source.name;
    for (let n = 2; tx.sheetByName(name); n++) name = `${source.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    const sheet = newSheet(newId(), name);
    source.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        if (typeof value !== "object") sheet.cells.set(cellKey(r, c), { value });
        else if (value.kind === "error") sheet.cells.set(cellKey(r, c), { value: { kind: "error", code: value.code } });
        else if (value.kind === "date") sheet.cells.set(cellKey(r, c), { value: value.iso });
        else sheet.cells.set(cellKey(r, c), { formula: value.formula });
      }),
    );
    sheet.merges = source.merges.slice();
    tx.sheets.push(sheet);
    tx.adopt(sheet);
    return sheet;
  });
  // Taken out of the end, then put where they belong.
  tx.sheets.splice(tx.sheets.length - made.length, made.length);
  const position = (options.positionType ?? "None").toLowerCase();
  let at = tx.sheets.length;
  if (position === "start") at = 0;
  if (position === "before" || position === "after") {
    const key = options.relativeTo ?? fail("InvalidArgument");
    const anchor = tx.sheetByName(key) ?? tx.sheet(key) ?? fail("ItemNotFound");
    at = tx.sheets.indexOf(anchor) + (position === "after" ? 1 : 0);
  }
  tx.sheets.splice(at, 0, ...made);
  return made.map((s) => s.id);
}
