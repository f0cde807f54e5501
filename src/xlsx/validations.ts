// Overlapping data validations in a copied input sheet. Excel reports a sheet whose validation
// ranges share a cell as damaged content and offers to repair the file, yet other programs (and
// hand-edited files) write such sheets: `D8:D10` and `D10`, or a rule on the whole sheet beside
// rules on some of its cells. The copy must open cleanly, so there the first rule listed keeps
// its cells and a later rule loses the cells an earlier one has (Excel, too, applies the first
// rule it finds for a cell); a rule left with no cells is dropped. Nothing else in the sheet
// changes, and a sheet without overlaps is not touched at all.
import { rangeFromA1, rangeToA1 } from "../core";
import type { CellRange } from "../core";
import { PREFIX } from "./xml";

/** Accepted ranges are filed by bands of this many rows, so a lookup does not scan them all. */
const BAND_ROWS = 256;
/** A range over more bands than this is kept in one list that every lookup checks. */
const MAX_BANDS = 64;

/**
 * A worksheet part whose `<dataValidations>` share no cell between rules; the same buffer when
 * they shared none already.
 */
export function withoutOverlappingValidations(data: Buffer): Buffer {
  // Validations come after the cells: only the part after `</sheetData>` is looked at.
  const close = data.lastIndexOf("sheetData");
  const from = close < 0 ? 0 : data.indexOf(">", close) + 1;
  const tailStart = data.indexOf("dataValidations", from);
  if (tailStart < 0) return data;
  const tail = data.subarray(from).toString("utf8");
  const changed = resolveOverlaps(tail);
  return changed === null ? data : Buffer.concat([data.subarray(0, from), Buffer.from(changed, "utf8")]);
}

/** `xml` with the overlaps of its first `<dataValidations>` removed, or null when it has none. */
export function resolveOverlaps(xml: string): string | null {
  // Only the sheet's own element, not the `x14:` one inside `<extLst>`.
  const extension = xml.search(new RegExp(`<${PREFIX}extLst[\\s>]`));
  const head = extension < 0 ? xml : xml.slice(0, extension);
  const block = new RegExp(`<(${PREFIX})dataValidations\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1dataValidations\\s*>)`).exec(head);
  if (!block || block[3] === undefined) return null;
  const prefix = block[1];
  const rules = [
    ...block[3].matchAll(new RegExp(`<(${PREFIX})dataValidation\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1dataValidation\\s*>)`, "g")),
  ].map((m) => m[0]);
  const accepted = new RangeIndex();
  let changed = false;
  const kept: string[] = [];
  for (const rule of rules) {
    const open = /^<[^>]*>/.exec(rule)?.[0] ?? rule;
    const sqref = /\ssqref\s*=\s*(["'])([^"']*)\1/.exec(open);
    const ranges = sqref ? parseSqref(sqref[2]) : null;
    // A rule we cannot read is left as it is.
    if (ranges === null || sqref === null) {
      kept.push(rule);
      continue;
    }
    let pieces = ranges;
    for (const taken of accepted.intersecting(ranges)) pieces = subtract(pieces, taken);
    accepted.addAll(pieces);
    if (pieces.length === ranges.length && pieces.every((p, i) => sameRange(p, ranges[i]))) {
      kept.push(rule);
      continue;
    }
    changed = true;
    if (pieces.length === 0) continue;
    const written = pieces.map(rangeToA1).join(" ");
    kept.push(rule.slice(0, sqref.index) + ` sqref="${written}"` + rule.slice(sqref.index + sqref[0].length));
  }
  if (!changed) return null;
  const attributes = block[2].replace(/\scount\s*=\s*(["'])[^"']*\1/, "");
  const element =
    kept.length === 0 ? "" : `<${prefix}dataValidations${attributes} count="${kept.length}">${kept.join("")}</${prefix}dataValidations>`;
  return xml.slice(0, block.index) + element + xml.slice(block.index + block[0].length);
}

function parseSqref(sqref: string): CellRange[] | null {
  try {
    return sqref
      .split(/\s+/)
      .filter((ref) => ref !== "")
      .map((ref) => rangeFromA1(ref));
  } catch {
    return null;
  }
}

function sameRange(a: CellRange, b: CellRange): boolean {
  return a.start.row === b.start.row && a.start.col === b.start.col && a.end.row === b.end.row && a.end.col === b.end.col;
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;
}

/** `pieces` without the cells of `hole`: each piece cut into at most four rectangles. */
function subtract(pieces: CellRange[], hole: CellRange): CellRange[] {
  const left: CellRange[] = [];
  for (const piece of pieces) {
    if (!intersects(piece, hole)) {
      left.push(piece);
      continue;
    }
    const top = Math.max(piece.start.row, hole.start.row);
    const bottom = Math.min(piece.end.row, hole.end.row);
    if (piece.start.row < hole.start.row) left.push({ start: piece.start, end: { row: hole.start.row - 1, col: piece.end.col } });
    if (piece.end.row > hole.end.row) left.push({ start: { row: hole.end.row + 1, col: piece.start.col }, end: piece.end });
    if (piece.start.col < hole.start.col)
      left.push({ start: { row: top, col: piece.start.col }, end: { row: bottom, col: hole.start.col - 1 } });
    if (piece.end.col > hole.end.col) left.push({ start: { row: top, col: hole.end.col + 1 }, end: { row: bottom, col: piece.end.col } });
  }
  return left;
}

/** Ranges filed by row bands, to find those a range meets without comparing with every one. */
class RangeIndex {
  private readonly bands = new Map<number, CellRange[]>();
  private readonly wide: CellRange[] = [];

  addAll(ranges: CellRange[]): void {
    for (const range of ranges) {
      const first = Math.floor(range.start.row / BAND_ROWS);
      const last = Math.floor(range.end.row / BAND_ROWS);
      if (last - first >= MAX_BANDS) {
        this.wide.push(range);
        continue;
      }
      for (let band = first; band <= last; band++) {
        const list = this.bands.get(band);
        if (list) list.push(range);
        else this.bands.set(band, [range]);
      }
    }
  }

  /** The filed ranges that share a cell with any of `ranges`, each once. */
  intersecting(ranges: CellRange[]): CellRange[] {
    const found = new Set<CellRange>();
    for (const range of ranges) {
      for (const other of this.wide) if (intersects(range, other)) found.add(other);
      const first = Math.floor(range.start.row / BAND_ROWS);
      const last = Math.floor(range.end.row / BAND_ROWS);
      const visit = (list: CellRange[]) => {
        for (const other of list) if (intersects(range, other)) found.add(other);
      };
      if (last - first >= MAX_BANDS) {
        for (const list of this.bands.values()) visit(list);
      } else {
        for (let band = first; band <= last; band++) visit(this.bands.get(band) ?? []);
      }
    }
    return [...found];
  }
}
