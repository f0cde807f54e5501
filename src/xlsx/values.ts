// Reads the cell values of an unpacked .xlsx package straight from its XML, into the engine's
// snapshot. ExcelJS builds an object per cell with its style (about 25 µs and several hundred bytes
// each, and it loses cached results of 0, FALSE and ""); the engine needs only values. Values are
// read as Excel shows them whatever program saved the file: cached formula results of any kind,
// shared formulas, shared, inline and rich strings, booleans, errors, dates (by number format or
// `t="d"`), `_x000D_` escapes. The summarized copy does not parse input sheets either (copy.ts).
import { columnIndex, columnLetter, isDateFormatCode, MAX_COLUMNS, rangeFromA1, READ_COLUMNS, serialToIsoDate } from "../core";
import type { CellRange, CellsBeyondColumns, CellValue, SheetSnapshot, WorkbookSnapshot } from "../core";
import { XlsxFileError } from "./errors";
import { markedSheetIndexes, partOfType, partText, sheetEntries, WORKBOOK_PART, workbookRelationships, type PackageEntries } from "./parts";
import { attribute, decodeXml, mergeCellRefs, PREFIX } from "./xml";

/**
 * The most grid slots a workbook's snapshot may take (8 bytes each): rows that hold no value
 * share one row, so this bounds rows + (rows with values × width) over all sheets. A 1,000-unit
 * workbook takes about half a million.
 */
const MAX_SNAPSHOT_SLOTS = 16_000_000;
/**
 * The most row cells merged areas may cover on one sheet, counted as rows × the sheet's width:
 * the engine copies the rows a merge touches to blank its other cells.
 */
const MAX_MERGED_ROW_CELLS = 4_000_000;

/** Something the reader left out or noticed, for the CLI to say once. */
export type ReadWarning =
  /** Values right of column IV (core's READ_COLUMNS, the add-in's bound too), with their count. */
  | CellsBeyondColumns
  /** The workbook holds macros (an .xlsm), which an .xlsx copy cannot keep. */
  | { kind: "macros" };

export interface ReadOptions {
  onWarning?: (warning: ReadWarning) => void;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Text as Excel stores it: XML entities, then `_xHHHH_` escapes (`_x000D_` is a CR). */
function decodeText(raw: string): string {
  // An XML reader turns a raw CR or CRLF into LF (a CR that is meant stays `&#13;` or `_x000D_`).
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&") && !text.includes("_x")) return text;
  return decodeXml(text).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs, without phonetic guides. */
function stringItemText(xml: string): string {
  const withoutPhonetic = xml.replace(new RegExp(`<${PREFIX}rPh\\b[\\s\\S]*?</${PREFIX}rPh>`, "g"), "");
  let text = "";
  for (const run of withoutPhonetic.matchAll(new RegExp(`<${PREFIX}t\\b[^>]*?(?:/>|>([\\s\\S]*?)</${PREFIX}t>)`, "g"))) {
    text += decodeText(run[1] ?? "");
  }
  return text;
}

/** Which cell formats (`s` indexes) show dates. */
function dateStyles(stylesXml: string | null): boolean[] {
  if (stylesXml === null) return [];
  const custom = new Map<number, string>();
  for (const fmt of stylesXml.matchAll(new RegExp(`<${PREFIX}numFmt\\b([^>]*)>`, "g"))) {
    const id = attribute(fmt[1], "numFmtId");
    const code = attribute(fmt[1], "formatCode");
    if (id !== null && code !== null) custom.set(Number(id), code);
  }
  const cellXfs = new RegExp(`<${PREFIX}cellXfs\\b[^>]*>([\\s\\S]*?)</${PREFIX}cellXfs>`).exec(stylesXml);
  if (!cellXfs) return [];
  const styles: boolean[] = [];
  for (const xf of cellXfs[1].matchAll(new RegExp(`<${PREFIX}xf\\b([^>]*)>`, "g"))) {
    const id = Number(attribute(xf[1], "numFmtId") ?? "0");
    const code = custom.get(id);
    styles.push(code !== undefined ? isDateFormatCode(code) : DATE_FORMAT_IDS.has(id));
  }
  return styles;
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  for (const item of xml.matchAll(new RegExp(`<${PREFIX}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${PREFIX}si>)`, "g"))) {
    strings.push(stringItemText(item[1] ?? ""));
  }
  return strings;
}

/** Column letters to a one-based number (`AB` → 28); letters past XFD give a column past the sheet. */
function columnNumber(letters: string): number {
  return /^[A-Z]{3}$/.test(letters) && letters > "XFD" ? MAX_COLUMNS + 1 : columnIndex(letters) + 1;
}

function numberValue(raw: string, isDate: boolean, date1904: boolean): CellValue {
  const trimmed = raw.trim();
  if (trimmed === "") return null;
  const number = Number(trimmed);
  if (!Number.isFinite(number)) return { kind: "error", code: "#NUM!" };
  const iso = isDate ? serialToIsoDate(number, date1904) : null;
  // A serial outside Excel's dates (it shows `#####`) stays the number, as the Excel reader keeps it.
  return iso !== null ? { kind: "date", iso } : number + 0; // `+ 0`: a saved -0 shows as 0
}

const FORMULA = new RegExp(`<${PREFIX}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${PREFIX}f>)`);
const CACHED_VALUE = new RegExp(`<${PREFIX}v\\b[^>]*?(?:/>|>([\\s\\S]*?)</${PREFIX}v>)`);
const INLINE_STRING = new RegExp(`<${PREFIX}is\\b[^>]*?(?:/>|>([\\s\\S]*?)</${PREFIX}is>)`);

/** The formula of a shared formula's first cell, which the others repeat shifted. */
interface SharedFormula {
  formula: string;
  at: { row: number; col: number };
}

/**
 * A shared formula as it reads in a cell `rows` down and `cols` right of its first cell: relative
 * references move, `$` ones stay, text in quotes and function names (`LOG10(`) are left alone.
 */
function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (match, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
              const written = columnNumber(letters.toUpperCase());
              // Letters past XFD name no column: a name that looks like a reference, left as written.
              if (written > MAX_COLUMNS) return match;
              const col = colAbs ? written : written + cols;
              const row = rowAbs ? Number(digits) : Number(digits) + rows;
              if (col < 1 || row < 1 || col > MAX_COLUMNS) return `${before}#REF!`;
              return `${before}${colAbs}${columnLetter(col - 1)}${rowAbs}${row}`;
            },
          ),
    )
    .join("");
}

interface Context {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** One `<c>`'s value from its attributes and inner XML. */
function cellValue(
  attributes: string,
  inner: string,
  at: { row: number; col: number },
  context: Context,
  sharedFormulas: Map<string, SharedFormula>,
): CellValue {
  const type = attribute(attributes, "t") ?? "n";
  const style = Number(attribute(attributes, "s") ?? "0");
  const isDate = context.dates[style] === true;
  const formula = FORMULA.exec(inner);
  const cached = CACHED_VALUE.exec(inner);

  if (type === "inlineStr") {
    const item = INLINE_STRING.exec(inner);
    if (item) return stringItemText(item[1] ?? "");
  }
  if (formula) {
    let formulaText = decodeXml(formula[2] ?? "");
    const shareIndex = attribute(formula[1], "si");
    if (shareIndex !== null && attribute(formula[1], "t") === "shared") {
      const master = sharedFormulas.get(shareIndex);
      if (formulaText !== "") sharedFormulas.set(shareIndex, { formula: formulaText, at });
      else if (master) formulaText = shiftFormula(master.formula, at.row - master.at.row, at.col - master.at.col);
    }
    // No <v> at all: the file was saved without calculating. An empty <v> is an empty text result.
    if (!cached) return { kind: "uncalculated", formula: `=${formulaText}` };
  }
  if (!cached) return null;
  const raw = cached[1] ?? "";
  switch (type) {
    case "s": {
      const index = Number(raw.trim());
      return Number.isInteger(index) ? (context.strings[index] ?? null) : null;
    }
    case "str":
    case "inlineStr":
      return decodeText(raw);
    case "b":
      return raw.trim() === "" ? null : raw.trim() !== "0" && raw.trim().toLowerCase() !== "false";
    case "e":
      return { kind: "error", code: decodeXml(raw).trim() };
    case "d": {
      const date = new Date(decodeXml(raw).trim());
      return Number.isNaN(date.getTime()) ? null : { kind: "date", iso: date.toISOString().slice(0, 10) };
    }
    default:
      return numberValue(decodeXml(raw), isDate, context.date1904);
  }
}

/** The XML inside the `<c>` element `tag` has just matched; `tag` then continues after its close. */
function cellInner(data: string, tag: RegExp, prefix: string): string {
  const close = data.indexOf(`</${prefix}c>`, tag.lastIndex);
  const inner = data.slice(tag.lastIndex, close < 0 ? data.length : close);
  tag.lastIndex = close < 0 ? data.length : close + prefix.length + 4;
  return inner;
}

/** The values of one worksheet part, bounded to READ_COLUMNS. */
function readSheet(
  name: string,
  xml: string,
  mergeRefs: string[],
  context: Context,
  budget: { slots: number },
  options: ReadOptions,
): SheetSnapshot {
  const found: { row: number; col: number; value: CellValue }[] = [];
  const valuedRows = new Set<number>();
  let rows = 0;
  let cols = 0;
  let beyond: { cell: string; count: number } | null = null;
  const sharedFormulas = new Map<string, SharedFormula>();

  const dataStart = xml.search(new RegExp(`<${PREFIX}sheetData\\b`));
  const dataEnd = xml.search(new RegExp(`</${PREFIX}sheetData\\s*>`));
  if (dataStart >= 0 && dataEnd > dataStart) {
    const data = xml.slice(dataStart, dataEnd);
    const tag = new RegExp(`<(${PREFIX})(row|c)\\b([^>]*?)(/?)>`, "g");
    let row = 0; // one-based; rows and cells without `r` follow the previous one
    let col = 0;
    let match: RegExpExecArray | null;
    while ((match = tag.exec(data)) !== null) {
      const [, prefix, element, attributes, selfClosing] = match;
      const ref = attribute(attributes, "r");
      if (element === "row") {
        row = ref !== null && /^\d+$/.test(ref) ? Number(ref) : row + 1;
        col = 0;
        continue;
      }
      const inner = selfClosing === "/" ? "" : cellInner(data, tag, prefix);
      const address = ref === null ? null : /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
      if (address) {
        col = columnNumber(address[1].toUpperCase());
        row = Number(address[2]);
      } else {
        col++;
      }
      if (selfClosing === "/" || row < 1 || col < 1) continue;
      const value = cellValue(attributes, inner, { row, col }, context, sharedFormulas);
      if (value === null) continue;
      if (col > READ_COLUMNS) {
        beyond = beyond ?? { cell: ref ?? `${row}`, count: 0 };
        beyond.count++;
        continue;
      }
      found.push({ row: row - 1, col: col - 1, value });
      valuedRows.add(row - 1);
      if (row > rows) rows = row;
      if (col > cols) cols = col;
    }
  }
  const left = beyond as { cell: string; count: number } | null;
  if (left) options.onWarning?.({ kind: "cells-beyond-columns", sheet: name, cell: left.cell, count: left.count });
  return gridSnapshot(name, found, valuedRows, rows, cols, mergeRefs, budget);
}

/**
 * The dense grid of a sheet's values with its merged areas clipped to it. Rows without values
 * share one frozen row, so a far row costs one slot, not a row of cells.
 */
function gridSnapshot(
  name: string,
  found: { row: number; col: number; value: CellValue }[],
  valuedRows: Set<number>,
  rows: number,
  cols: number,
  mergeRefs: string[],
  budget: { slots: number },
): SheetSnapshot {
  budget.slots -= rows + valuedRows.size * cols;
  if (budget.slots < 0) throw new XlsxFileError("too-large", name, `more than ${MAX_SNAPSHOT_SLOTS.toLocaleString("en")} cells`);
  const empty = Object.freeze(new Array<CellValue>(cols).fill(null)) as CellValue[];
  const cells: CellValue[][] = new Array<CellValue[]>(rows);
  for (let row = 0; row < rows; row++) cells[row] = valuedRows.has(row) ? new Array<CellValue>(cols).fill(null) : empty;
  for (const { row, col, value } of found) cells[row][col] = value;

  const merges = clippedMerges(name, mergeRefs, rows, cols);
  // Only the top-left cell of a merged area holds its value, whatever the file kept in the others.
  for (const merge of merges) {
    for (let row = merge.start.row; row <= merge.end.row; row++) {
      const values = cells[row];
      if (values === empty) continue;
      for (let col = merge.start.col; col <= merge.end.col; col++) {
        if (row !== merge.start.row || col !== merge.start.col) values[col] = null;
      }
    }
  }
  return { name, cells, merges };
}

/**
 * Merged areas clipped to the cells read (`rows` × `cols`); an area starting outside them covers
 * nothing the engine reads and is left out.
 */
function clippedMerges(sheet: string, refs: string[], rows: number, cols: number): CellRange[] {
  const merges: CellRange[] = [];
  let rowCells = 0;
  for (const ref of refs) {
    let range: CellRange;
    try {
      range = rangeFromA1(ref);
    } catch {
      continue;
    }
    if (![range.start.row, range.start.col, range.end.row, range.end.col].every(Number.isInteger)) continue;
    if (range.start.row >= rows || range.start.col >= cols) continue;
    const clipped = { start: range.start, end: { row: Math.min(range.end.row, rows - 1), col: Math.min(range.end.col, cols - 1) } };
    rowCells += (clipped.end.row - clipped.start.row + 1) * cols;
    if (rowCells > MAX_MERGED_ROW_CELLS) {
      throw new XlsxFileError("too-large", sheet, `merged areas over more than ${MAX_MERGED_ROW_CELLS.toLocaleString("en")} cells`);
    }
    merges.push(clipped);
  }
  return merges;
}

/**
 * Every sheet of an unpacked package, in tab order (hidden ones too), as the engine's snapshot,
 * each marked when it carries the product's output mark (copy.ts).
 */
export function snapshotFromPackage(entries: PackageEntries, options: ReadOptions = {}): WorkbookSnapshot {
  const workbookXml = partText(entries, WORKBOOK_PART);
  if (workbookXml === null) throw new XlsxFileError("not-xlsx", "", "no xl/workbook.xml");
  const rels = workbookRelationships(entries);
  const context: Context = {
    strings: sharedStrings(partText(entries, partOfType(rels, "sharedStrings") ?? "xl/sharedStrings.xml")),
    dates: dateStyles(partText(entries, partOfType(rels, "styles") ?? "xl/styles.xml")),
    date1904: /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml),
  };
  if ([...entries.keys()].some((part) => /^xl\/vbaProject\.bin$/i.test(part))) options.onWarning?.({ kind: "macros" });
  const budget = { slots: MAX_SNAPSHOT_SLOTS };
  const sheets: SheetSnapshot[] = [];
  const marked = markedSheetIndexes(workbookXml);
  for (const sheet of sheetEntries(workbookXml, rels)) {
    const xml = partText(entries, sheet.part);
    // A chart sheet or a sheet whose part is missing holds no cells.
    if (xml === null || !new RegExp(`<${PREFIX}worksheet\\b`).test(xml)) continue;
    // No warning for a sheet the product wrote (the Details sheet has a column per unit): it is
    // rewritten each run, and its far columns are not input.
    const read = readSheet(sheet.name, xml, mergeCellRefs(xml), context, budget, marked.has(sheet.position) ? {} : options);
    sheets.push(marked.has(sheet.position) ? { ...read, outputMark: true } : read);
  }
  return { sheets };
}
