// Workbook operations across sheets, as Excel performs them for the runtime's requests: pasting one range onto another (Range.copyFrom) and what a sheet's rename or deletion
// does to formulas on other sheets that point at it.
import { fail } from "./errors";
import { intersects, parseAddress, rangeOf, rectOf, type Rect } from "./addresses";
import { cellKey, keyCol, keyRow } from "./cells";
import type { CellModel, SheetModel, ModelContext } from "./workbookModel";

interface RangeTarget {
  sheetId: string;
  rect: Rect;
}

const COPY_TYPES = ["All", "Formats", "Formulas", "Values"];

/**
 * `destination.copyFrom(source, copyType)`: the source's cells (contents, formats, links),
 * merged areas and data validation land with their top-left at the destination's top-left,
 * replacing what the pasted area held. Formulas are copied as written (ours hold no relative
 * references); column widths and row heights stay the destination's, as in Excel's plain paste.
 */
export function copyRange(exec: ModelContext, destination: RangeTarget, source: RangeTarget | string, copyType: unknown = "All"): void {
  const kind = COPY_TYPES.find((t) => t.toLowerCase() === String(copyType).toLowerCase()) ?? fail("InvalidArgument");
  let from: RangeTarget;
  if (typeof source === "string") {
    const parsed = parseAddress(source);
    const sheet =
      parsed.sheet === null ? exec.tx.requireSheet(destination.sheetId) : (exec.tx.sheetByName(parsed.sheet) ?? fail("ItemNotFound"));
    from = { sheetId: sheet.id, rect: parsed.rect };
  } else from = source;
  const sourceSheet = exec.tx.requireSheet(from.sheetId);
  const target = exec.tx.writable(destination.sheetId);
  if (target.protection.protected) fail("AccessDenied");
  const dr = destination.rect.r0 - from.rect.r0;
  const dc = destination.rect.c0 - from.rect.c0;
  const shift = (rect: Rect): Rect => ({ r0: rect.r0 + dr, c0: rect.c0 + dc, r1: rect.r1 + dr, c1: rect.c1 + dc });
  const area = shift(from.rect);
  const cells = new Map<number, CellModel>();
  for (const [key, cell] of sourceSheet.cells) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row >= from.rect.r0 && row <= from.rect.r1 && col >= from.rect.c0 && col <= from.rect.c1)
      cells.set(cellKey(row + dr, col + dc), cell);
  }
  const next = new Map(target.cells);
  for (let r = area.r0; r <= area.r1; r++) {
    for (let c = area.c0; c <= area.c1; c++) {
      const key = cellKey(r, c);
      const old = next.get(key);
      const pasted = cells.get(key);
      const merged = mergeCell(old, pasted, kind);
      if (merged) next.set(key, merged);
      else next.delete(key);
    }
  }
  target.cells = next;
  if (kind === "All" || kind === "Formats") {
    target.merges = [
      ...target.merges.filter((m) => !intersects(rectOf(m), area)),
      ...sourceSheet.merges.filter((m) => intersects(rectOf(m), from.rect)).map((m) => rangeOf(shift(rectOf(m)))),
    ];
  }
  if (kind === "All") {
    target.validations = [
      ...target.validations.filter((v) => !intersects(rectOf(v.range), area)),
      ...sourceSheet.validations
        .filter((v) => intersects(rectOf(v.range), from.rect))
        .map((v) => ({ ...v, range: rangeOf(shift(rectOf(v.range))) })),
    ];
  }
}

function mergeCell(old: CellModel | undefined, pasted: CellModel | undefined, kind: string): CellModel | undefined {
  if (kind === "All") return pasted ? { ...pasted } : undefined;
  const next: CellModel = { ...(old ?? {}) };
  if (kind === "Formats") {
    if (pasted?.format) next.format = pasted.format;
    else delete next.format;
  } else {
    delete next.value;
    delete next.formula;
    delete next.quotePrefix;
    if (pasted?.value !== undefined) next.value = pasted.value;
    if (pasted?.formula !== undefined && kind === "Formulas") next.formula = pasted.formula;
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Excel rewrites formulas on a sheet's rename (`'Old'!A1` becomes `'New'!A1`) and turns them into
 * `#REF!` for good when the sheet is deleted: a sheet added later under the same name does not
 * bring the reference back.
 */
export function rewriteSheetReferences(exec: ModelContext, oldName: string, newName: string | null): void {
  const quoted = `'${escapeRegExp(oldName.replace(/'/g, "''"))}'!`;
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(oldName) ? `(?<![\\p{L}\\p{N}_.'])${escapeRegExp(oldName)}!` : null;
  const prefix = bare ? `(?:${quoted}|${bare})` : quoted;
  const cell = "\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?";
  const pattern = new RegExp(newName === null ? `${prefix}${cell}` : prefix, "giu");
  const replacement = newName === null ? "#REF!" : `'${newName.replace(/'/g, "''")}'!`;
  for (const sheet of exec.tx.sheets.slice()) {
    let touched: SheetModel | null = null;
    for (const [key, cellModel] of sheet.cells) {
      if (cellModel.formula === undefined || !pattern.test(cellModel.formula)) continue;
      pattern.lastIndex = 0;
      touched ??= exec.tx.writable(sheet.id);
      touched.cells.set(key, { ...cellModel, formula: cellModel.formula.replace(pattern, replacement) });
    }
    pattern.lastIndex = 0;
  }
}
