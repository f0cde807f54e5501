// A sheet's `<dataValidations>` made safe to write: no two validations may share a cell, or Excel
// reports the file as damaged and offers to repair it (issue 13 §5). Units' files made from an
// older template carry such overlaps (`D10` and `D8:D10`); an imported sheet must not bring them in.
import { rangeFromA1, rangeToA1 } from "../core/address";
import type { CellRange } from "../core/types";

/** The parts of `a` outside `b`: up to four rectangles (above, below, left, right). */
export function subtractRange(a: CellRange, b: CellRange): CellRange[] {
  const disjoint = a.end.row < b.start.row || b.end.row < a.start.row || a.end.col < b.start.col || b.end.col < a.start.col;
  if (disjoint) return [a];
  const pieces: CellRange[] = [];
  const top = Math.max(a.start.row, b.start.row);
  const bottom = Math.min(a.end.row, b.end.row);
  if (a.start.row < b.start.row) pieces.push({ start: a.start, end: { row: b.start.row - 1, col: a.end.col } });
  if (a.end.row > b.end.row) pieces.push({ start: { row: b.end.row + 1, col: a.start.col }, end: a.end });
  if (a.start.col < b.start.col) pieces.push({ start: { row: top, col: a.start.col }, end: { row: bottom, col: b.start.col - 1 } });
  if (a.end.col > b.end.col) pieces.push({ start: { row: top, col: b.end.col + 1 }, end: { row: bottom, col: a.end.col } });
  return pieces;
}

const VALIDATION = /<dataValidation\b([^>]*?)(\/>|>[\s\S]*?<\/dataValidation\s*>)/g;
const SQREF = /(\bsqref\s*=\s*)(["'])([^"']*)\2/;

/**
 * The `<dataValidations>` element with overlaps removed: where validations share cells, the one
 * written later keeps them (as Excel's own "apply to" does: the latest rule set on a cell is the
 * one it has), and a validation left with no cell is dropped. Returned unchanged when there is no
 * overlap, or when a range is one this reader does not parse (whole rows or columns).
 * @example withoutOverlaps('<dataValidations count="2"><dataValidation sqref="D10"/><dataValidation sqref="D8:D10"/></dataValidations>')
 *   → '<dataValidations count="1"><dataValidation sqref="D8:D10"/></dataValidations>'
 */
export function withoutOverlaps(xml: string): string {
  const items = [...xml.matchAll(VALIDATION)].map((match) => {
    const sqref = SQREF.exec(match[1]);
    return { match, refs: sqref ? sqref[3].split(/\s+/).filter((r) => r !== "") : [] };
  });
  let ranges: CellRange[][];
  try {
    ranges = items.map((item) => item.refs.map((ref) => rangeFromA1(ref.replace(/\$/g, ""))));
  } catch {
    return xml;
  }
  const covered: CellRange[] = [];
  const kept: CellRange[][] = ranges.map(() => []);
  let changed = false;
  for (let i = ranges.length - 1; i >= 0; i--) {
    for (const range of ranges[i]) {
      let pieces = [range];
      for (const taken of covered) pieces = pieces.flatMap((piece) => subtractRange(piece, taken));
      if (pieces.length !== 1 || pieces[0] !== range) changed = true;
      kept[i].push(...pieces);
    }
    covered.push(...ranges[i]);
  }
  if (!changed) return xml;
  let out = "";
  let at = 0;
  let count = 0;
  items.forEach((item, i) => {
    const index = item.match.index ?? 0;
    out += xml.slice(at, index);
    at = index + item.match[0].length;
    if (kept[i].length === 0) return;
    count++;
    const attributes = item.match[1].replace(
      SQREF,
      (_, name: string, quote: string) => `${name}${quote}${kept[i].map(rangeToA1).join(" ")}${quote}`,
    );
    out += `<dataValidation${attributes}${item.match[2]}`;
  });
  out += xml.slice(at);
  return out.replace(/(<dataValidations\b[^>]*?\bcount\s*=\s*)(["'])\d+\2/, `$1$2${count}$2`);
}
