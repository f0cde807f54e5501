// Writes .xlsx files of the engine's SheetLayouts (rendered by layout.ts) with Node, and the
// summarized copy of an input workbook. The command line's way to the layout renderer: the
// ExcelJS patches are applied here, before any sheet is rendered.
import * as ExcelJS from "exceljs";
import { baseOutputName, layoutsClearOf, nameKey } from "../core";
import type { Report, SheetLayout } from "../core";
import { XlsxFileError } from "./errors";
import { patchExcelJs } from "./exceljs-patches";
import { applySheetLayout } from "./layout";
import { combinePackages } from "./copy";
import { packageSheets } from "./parts";
import { unzipCapped, withFixedDates, zipPackage } from "./package";
import { readWorkbookBytes } from "./read";
import { addChartParts } from "./chart";
import { withReportPart } from "./reportPart";
import { writeFileAtomically } from "./files";

patchExcelJs();

export { applySheetLayout, clipCellText, MAX_CELL_TEXT } from "./layout";

/** A member ExcelJS 4.4 has at run time but leaves out of its typings. */
interface UntypedWorksheet {
  orderNo: number;
}

export interface WriteSummaryOptions {
  /**
   * Names of older output sheets to drop besides the layouts' own names (e.g. the other
   * language's `Summary` after a run in Vietnamese), compared ignoring case as Excel does.
   */
  replaceSheets?: readonly string[];
  /**
   * Sheets that are never replaced unless they carry the output mark, whatever their names: the
   * units' own sheets. A unit sheet named like an output sheet (`Details`, `Kiểm tra`) is kept,
   * and the output sheet takes the next free name, `Details (2)`, its links following it.
   */
  keepSheets?: readonly string[];
  /**
   * The new sheets are input once written (the conference's sheet, filled in by the secretary),
   * so they do not get the output mark that tells outputs from input.
   */
  inputSheets?: boolean;
  /** The run's report, kept in the copy as its custom XML part (§9.1), replacing an earlier one. */
  report?: Report;
}

/**
 * The bytes of the summarized copy: the workbook at `inputPath` with the given sheets in front,
 * the first one active; older sheets with those names replaced, every other sheet kept as it was
 * (the caller refuses an output that is the input, and writes through writeFileAtomically). The
 * input's parts are copied
 * as they are and only the output sheets go through ExcelJS (see copy.ts), so the cost follows
 * the output, not the size of the input sheets.
 *
 * A sheet is replaced when it is one of the replaced outputs: it carries the output mark and one
 * of the replaced names (or such a name made free, `Details (2)`), or it carries no mark (written
 * before outputs were marked), has one of the replaced names and is not a kept sheet.
 */
export async function summaryWorkbookBytes(inputPath: string, layouts: SheetLayout[], options: WriteSummaryOptions = {}): Promise<Buffer> {
  const input = unzipCapped(await readWorkbookBytes(inputPath), inputPath);
  const sheets = packageSheets(input);
  if (sheets.length === 0) throw new XlsxFileError("not-xlsx", inputPath, "no worksheets");

  const protectedNames = new Set((options.keepSheets ?? []).map(nameKey));
  const replaced = new Set([...layouts.map((l) => l.name), ...(options.replaceSheets ?? [])].map(nameKey));
  const removeSheets = new Set<string>();
  for (const sheet of sheets) {
    const name = nameKey(sheet.name);
    // An output of ours may carry the next free name (`Details (2)`) it took beside a unit's sheet.
    if (sheet.marked ? replaced.has(name) || replaced.has(baseOutputName(name)) : replaced.has(name) && !protectedNames.has(name))
      removeSheets.add(sheet.name);
  }
  const keptNames = sheets.filter((sheet) => !removeSheets.has(sheet.name)).map((sheet) => sheet.name);

  const workbook = new ExcelJS.Workbook();
  const added: ExcelJS.Worksheet[] = [];
  const written = layoutsClearOf(layouts, keptNames);
  for (const layout of written) added.push(await applySheetLayout(workbook, layout));
  putFirstAndActivate(workbook, added, []);
  // Our own sheets: bounded by the engine, not by the input cap.
  // Stored, not deflated: it is unpacked again at once.
  const outputZip = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions));
  const output = unzipCapped(outputZip, "output", 1024 * 1024 * 1024);

  const combined = combinePackages(input, output, { removeSheets, markNewSheets: options.inputSheets !== true }, inputPath);
  // ExcelJS writes no charts: the layouts' charts are added to the combined package (chart.ts).
  const withCharts = addChartParts(combined, written);
  return zipPackage(options.report ? withReportPart(withCharts, options.report) : withCharts);
}

/** The new sheets first, in the order given, then the others; the first new sheet is active. */
function putFirstAndActivate(workbook: ExcelJS.Workbook, first: ExcelJS.Worksheet[], rest: ExcelJS.Worksheet[]): void {
  [...first, ...rest].forEach((worksheet, index) => {
    (worksheet as unknown as UntypedWorksheet).orderNo = index;
    // Only the active sheet may be selected, or Excel opens with the sheets grouped.
    for (const view of worksheet.views ?? []) (view as { tabSelected?: boolean }).tabSelected = index === 0;
  });
  if (first.length > 0 && (first[0].views ?? []).length === 0) first[0].views = [{ state: "normal" }];
  const existing = workbook.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: "visible" };
  workbook.views = [{ ...existing, firstSheet: 0, activeTab: 0 } as ExcelJS.WorkbookView];
}

interface WorkbookBytesOptions {
  /**
   * Date the file with this instead of the clock (document properties and zip entries), so the
   * same workbook always gives the same bytes; for files kept in the repository.
   */
  fixedDate?: Date;
}

/** The bytes of an .xlsx file of `workbook`. */
export async function workbookBytes(workbook: ExcelJS.Workbook, options: WorkbookBytesOptions = {}): Promise<Buffer> {
  if (options.fixedDate) {
    workbook.created = options.fixedDate;
    workbook.modified = options.fixedDate;
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return options.fixedDate ? withFixedDates(buffer, options.fixedDate) : buffer;
}

/** Writes `workbook` to `outputPath` through a temporary file beside it, creating missing folders. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, outputPath: string, options: WorkbookBytesOptions = {}): Promise<void> {
  await writeFileAtomically(outputPath, await workbookBytes(workbook, options));
}
