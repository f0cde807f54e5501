// Reading and writing cells over a range of the workbook model: values and formulas as typed
// input (parsed like typing), number formats, hyperlinks, clearing and merging. Every write checks
// the sheet's protection first (formatOperations.ts).
import { isErrorValue, parseInput } from "./cellValues";
import { MESSAGES, fail } from "./errors";
import { checkProtection, requireString, same, sheetOf, writableSheet, type RangeTarget } from "./formatOperations";
import { containsRect, intersects, isUnbounded, rangeOf, rectCellCount, rectOf, type Rect } from "./addresses";
import { cellValue, hiddenByMerge, mergePatch, numberFormatAt, putCell, storedKeysIn } from "./cells";
import { LAST_COL, LAST_ROW } from "./addresses";
import { cellKey, keyCol, keyRow } from "./cells";
import type { CellModel, SheetModel, ModelContext } from "./workbookModel";

/** The most cells one read of a range may cover. */
export const READ_CELL_LIMIT = 5_000_000;

export function gridOf<T>(exec: ModelContext, target: RangeTarget, read: (sheet: SheetModel, row: number, col: number) => T): T[][] | null {
  const { rect } = target;
  if (isUnbounded(rect)) return null;
  // "A range is limited to 5,000,000 cells for read operations" (learn.microsoft.com,
  // office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins), with
  // `RangeExceedsLimit` (…/testing/application-specific-api-error-handling). ASSUMED: it applies on
  // every platform and fails the load itself (the docs list no platform and no point of failure).
  if (rectCellCount(rect) > READ_CELL_LIMIT) fail("RangeExceedsLimit");
  const sheet = sheetOf(exec, target);
  const rows: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(read(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

/** Validate a 2-D input against the range: exact size, or 1×1 (and a bare scalar) applied to every cell. */
function inputGrid(input: unknown, rect: Rect): (row: number, col: number) => unknown {
  if (input === null || input === undefined) fail("InvalidArgument");
  if (isUnbounded(rect)) fail("InvalidArgument");
  if (!Array.isArray(input)) return () => input;
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
    const only = input[0][0];
    return () => only;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    fail("InvalidArgument", MESSAGES.WrongArraySize);
  }
  return (r, c) => (input as unknown[][])[r - rect.r0][c - rect.c0];
}

/** Write typed input (`values` or `formulas`): strings are parsed as Excel parses typing. */
export function writeInput(exec: ModelContext, target: RangeTarget, input: unknown): void {
  const { rect } = target;
  const at = inputGrid(input, rect);
  const sheet = writableSheet(exec, target);
  checkProtection(exec, sheet, rect, "content", (r, c) => at(r, c) !== null && at(r, c) !== undefined);
  const hidden = sheet.merges.length > 0 ? hiddenByMerge(sheet) : null;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const item = at(r, c);
      if (item === null || item === undefined) continue; // null leaves the cell unchanged
      const key = cellKey(r, c);
      if (hidden?.has(key)) continue; // only a merged area's top-left cell holds a value
      const cell = sheet.cells.get(key);
      const next: CellModel = { format: cell?.format, hyperlink: cell?.hyperlink };
      if (typeof item === "number") {
        if (!Number.isFinite(item)) fail("InvalidArgument");
        next.value = item;
      } else if (typeof item === "boolean") {
        next.value = item;
      } else if (typeof item === "string") {
        const numberFormat = numberFormatAt(sheet, r, c, cell);
        const parsed = parseInput(item, numberFormat);
        if (parsed.formula !== undefined) next.formula = parsed.formula;
        else next.value = parsed.value;
        if (parsed.quotePrefix) next.quotePrefix = true;
        if (parsed.autoFormat && numberFormat === "General") next.format = mergePatch(cell?.format, { numberFormat: parsed.autoFormat });
      } else {
        fail("InvalidArgument");
      }
      if (next.format === undefined) delete next.format;
      if (next.hyperlink === undefined) delete next.hyperlink;
      putCell(sheet, r, c, next);
    }
  }
}

export function writeNumberFormat(exec: ModelContext, target: RangeTarget, input: unknown): void {
  const { rect } = target;
  const at = inputGrid(input, rect);
  const sheet = writableSheet(exec, target);
  checkProtection(exec, sheet, rect, "formatCells", (r, c) => at(r, c) !== null && at(r, c) !== undefined);
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const item = at(r, c);
      if (item === null || item === undefined) continue;
      if (typeof item !== "string") fail("InvalidArgument");
      const cell = sheet.cells.get(cellKey(r, c)) ?? {};
      putCell(sheet, r, c, { ...cell, format: mergePatch(cell.format, { numberFormat: item === "" ? "General" : item }) });
    }
  }
}

export function rangeValue(exec: ModelContext, sheet: SheetModel, row: number, col: number) {
  return cellValue(exec.tx.workbook, sheet, row, col);
}

export function formulaOf(sheet: SheetModel, row: number, col: number): string | number | boolean {
  const key = cellKey(row, col);
  const cell = sheet.cells.get(key);
  if (!cell) return "";
  if (sheet.merges.length > 0 && hiddenByMerge(sheet).has(key)) return "";
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value ?? "";
  return isErrorValue(value) ? value.code : value;
}

/** A rectangle inside the sheet; `InvalidArgument` otherwise. */
export function checkedRect(r0: number, c0: number, r1: number, c1: number): Rect {
  if (![r0, c0, r1, c1].every(Number.isInteger)) fail("InvalidArgument");
  if (r0 < 0 || c0 < 0 || r1 > LAST_ROW || c1 > LAST_COL || r1 < r0 || c1 < c0) fail("InvalidArgument");
  return { r0, c0, r1, c1 };
}

export function hyperlinkOf(exec: ModelContext, t: RangeTarget): unknown {
  if (isUnbounded(t.rect)) return null;
  const sheet = sheetOf(exec, t);
  let result: unknown = undefined;
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const link = sheet.cells.get(cellKey(r, c))?.hyperlink ?? null;
      if (result === undefined) result = link;
      else if (!same(result, link)) return null;
    }
  }
  return result === undefined || result === null ? null : { ...(result as object) };
}

export function setHyperlink(exec: ModelContext, t: RangeTarget, value: unknown): void {
  if (typeof value !== "object" || value === null || isUnbounded(t.rect)) fail("InvalidArgument");
  const input = value as Record<string, unknown>;
  const link: Record<string, string> = {};
  for (const key of ["address", "documentReference", "screenTip", "textToDisplay"]) {
    if (input[key] !== undefined && input[key] !== null) link[key] = requireString(input[key]);
  }
  if (!link.address && !link.documentReference) fail("InvalidArgument");
  const sheet = writableSheet(exec, t);
  checkProtection(exec, sheet, t.rect, "hyperlinks");
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const cell = sheet.cells.get(cellKey(r, c)) ?? {};
      const next: CellModel = { ...cell, hyperlink: { ...link } };
      const topLeft = r === t.rect.r0 && c === t.rect.c0;
      // textToDisplay goes into the top-left cell; an empty cell shows the target instead.
      if (topLeft && link.textToDisplay !== undefined) {
        next.value = link.textToDisplay;
        delete next.formula;
      } else if ((cell.value === undefined || cell.value === "") && cell.formula === undefined) {
        next.value = link.address ?? link.documentReference;
      }
      putCell(sheet, r, c, next);
    }
  }
}

export function clearRange(exec: ModelContext, t: RangeTarget, applyTo: string): void {
  const sheet = writableSheet(exec, t);
  checkProtection(exec, sheet, t.rect, "content");
  const keys = storedKeysIn(sheet, t.rect);
  const formats = applyTo === "All" || applyTo === "Formats";
  for (const key of keys) {
    const cell = sheet.cells.get(key)!;
    const next: CellModel = { ...cell };
    if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") {
      delete next.value;
      delete next.formula;
      delete next.quotePrefix;
    }
    if (formats || applyTo === "RemoveHyperlinks") delete next.format;
    if (applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") delete next.hyperlink;
    putCell(sheet, keyRow(key), keyCol(key), next);
  }
  if (formats) {
    // Merging is formatting: clearing formats unmerges, as in Excel.
    sheet.merges = sheet.merges.filter((m) => !intersects(rectOf(m), t.rect));
    sheet.layers = sheet.layers.filter((l) => !containsRect(t.rect, rectOf(l.range)));
  }
  // `clear()` / `clear("All")` "clears everything" (Range.clear, ExcelApi 1.1:
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1)),
  // data validation included. A rule that reaches outside the range is cut to what lies outside
  // in Excel; the model drops only rules wholly inside (ASSUMED: no product code clears part of a rule).
  if (applyTo === "All") sheet.validations = sheet.validations.filter((v) => !containsRect(t.rect, rectOf(v.range)));
}

export function mergeRange(exec: ModelContext, t: RangeTarget, across: boolean): void {
  const sheet = writableSheet(exec, t);
  checkProtection(exec, sheet, t.rect, "content");
  const areas: Rect[] = across
    ? Array.from({ length: t.rect.r1 - t.rect.r0 + 1 }, (_, i) => ({ ...t.rect, r0: t.rect.r0 + i, r1: t.rect.r0 + i }))
    : [t.rect];
  for (const area of areas) {
    if (rectCellCount(area) === 1) continue;
    sheet.merges = sheet.merges.filter((m) => !intersects(rectOf(m), area));
    sheet.merges.push(rangeOf(area));
    // Only the top-left cell keeps its value.
    for (const key of storedKeysIn(sheet, area)) {
      if (keyRow(key) === area.r0 && keyCol(key) === area.c0) continue;
      const cell = sheet.cells.get(key)!;
      const next: CellModel = { ...cell };
      delete next.value;
      delete next.formula;
      delete next.quotePrefix;
      putCell(sheet, keyRow(key), keyCol(key), next);
    }
  }
}
