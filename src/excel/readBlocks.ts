// Reading bands of rows whose used cells' bounds are known (read.ts learns them in its first
// sync), in blocks sized so each response stays under the payload budget (Excel on the web
// refuses a response over 5 MB). A block's size is estimated from its used range's extent and a
// stated bytes-per-cell figure (BYTES_PER_CELL); a band estimated over the budget is cut into
// pieces whose used ranges are measured first (one sync, however many pieces), so a sparse band
// costs no read of its empty rows. When Excel refuses a response all the same (long texts answer
// more than the estimate), the refused blocks are halved and read again, a bounded number of times.
import { columnLetter, READ_COLUMNS } from "../core";
import { officeErrorCode } from "./errors";
import type { ExcelFeatures } from "./features";

/**
 * What one cell is estimated to answer with: its value, its value type and its number format in
 * JSON. Measured on our model of the wire: a blank cell answers 21 bytes (`"","Empty","General"`),
 * a number about 27, a short text 30 to 40. ASSUMED to be conservative for the tables the product
 * reads (codes, names, scores); a cell with a long text answers more, which the retry covers.
 */
export const BYTES_PER_CELL = 40;
/** A response's own bytes besides its cells (the range's address, indexes, the result's frame). */
const BYTES_PER_RESPONSE = 500;
/** What a block adds to a request (measured on Microsoft's runtime: about 3,200 bytes). */
export const REQUEST_BYTES_PER_READ = 3_600;
/** What asking one area's used range's size adds to a request (measured: about 1,030 bytes). */
export const REQUEST_BYTES_PER_SIZE = 1_200;
/** Rows per block: READ_COLUMNS × this stays within the 5,000,000 cells one range may read. */
export const READ_BLOCK_ROWS = Math.floor(5_000_000 / READ_COLUMNS);
export const LAST_READ_COLUMN = columnLetter(READ_COLUMNS - 1);
/** A band too large for one block is cut into at most this many pieces per round of measuring. */
const PIECES_PER_CUT = 64;
/**
 * Refused responses a read recovers from before it gives up with Excel's error: each halves the
 * refused blocks, so this many covers cells answering 2^12 times the estimate (160 KB a cell,
 * beyond Excel's 32,767 characters a cell), and no read loops on a response that cannot shrink.
 */
export const MAX_REFUSALS = 12;

/** One band of rows as read: the used cells inside it (a null object when it has none). */
export interface Block {
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
}

/** What was queued for one sheet; read after the syncs. */
export interface PendingSheet {
  worksheet: Excel.Worksheet;
  blocks: Block[];
  /** The used cells of columns A to IV not read yet, bounds only (a null object when none). */
  unread: Excel.Range;
  /** The used cells right of column IV, bounds only: the warning's area. */
  beyond: Excel.Range;
  /** The sheet's `OUTPUT_MARK`, a null object when it has none. */
  mark: Excel.NamedItem;
  /** What a cell of this sheet is estimated to answer with; doubled when Excel refuses a response. */
  bytesPerCell: number;
}

/** Rows `first`..`last` (one-based) of a sheet, whose used cells span `columns` columns. */
export interface Band {
  sheet: PendingSheet;
  first: number;
  last: number;
  columns: number;
}

/**
 * The used cells (values only) of `address`. The area asked about is only a step on the way: it
 * is untracked at once, so Excel keeps no reference to it past the sync (issue 20).
 */
export function usedRangeOf(worksheet: Excel.Worksheet, address: string): Excel.Range {
  const area = worksheet.getRange(address);
  area.untrack();
  return area.getUsedRangeOrNullObject(true);
}

/** Queues the read of rows `first`..`last` (one-based) of columns A to IV: used cells and merges. */
export function queueBlock(worksheet: Excel.Worksheet, first: number, last: number, features: ExcelFeatures): Block {
  // valuesOnly: formatting alone must not stretch the grid (a formatted empty column is common).
  const used = usedRangeOf(worksheet, `A${first}:${LAST_READ_COLUMN}${last}`);
  // Untracked before the sync: only its loaded properties are used after it, so Excel need not
  // keep the range (a `_KeepReference` now, a release request after the run; issue 20).
  used.load("values, valueTypes, numberFormat, rowIndex, columnIndex").untrack();
  let merges: Excel.RangeAreas | null = null;
  if (features.mergedAreas) {
    merges = used.getMergedAreasOrNullObject();
    merges.load("areas/items/address").untrack();
  }
  return { used, merges };
}

/** The band a loaded used range covers (`rowIndex, rowCount, columnCount`); null when it is empty. */
export function bandOf(sheet: PendingSheet, used: Excel.Range): Band | null {
  if (used.isNullObject) return null;
  return { sheet, first: used.rowIndex + 1, last: used.rowIndex + used.rowCount, columns: used.columnCount };
}

/** What a band's response is estimated at, in bytes. */
const responseBytes = (band: Band) => (band.last - band.first + 1) * band.columns * band.sheet.bytesPerCell + BYTES_PER_RESPONSE;
/** What a band counts against the budget: its response or its request, whichever is more. */
const bandBytes = (band: Band) => Math.max(REQUEST_BYTES_PER_READ, responseBytes(band));
/** One block can read it: within the cell limit and the budget (a single row always). */
const fitsOneBlock = (band: Band, budget: number) =>
  band.first === band.last || (band.last - band.first < READ_BLOCK_ROWS && responseBytes(band) <= budget);

/**
 * Queues `queue(item)` for consecutive items whose estimates add up to at most `budget` (an item
 * over it alone), and syncs each such group: one sync per group is the point, each request and
 * response must stay under the payload limit.
 */
export async function syncInGroups<T>(
  context: Excel.RequestContext,
  items: T[],
  bytes: (item: T) => number,
  budget: number,
  queue: (item: T) => void,
) {
  let pending = 0;
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && pending + bytes(items[i]) > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      pending = 0;
    }
    queue(items[i]);
    pending += bytes(items[i]);
  }
  if (items.length > 0) await context.sync();
}

/**
 * Reads every band into its sheet's blocks: the bands that fit a block in groups that fit the
 * budget; the others cut into pieces, measured, and read the same way (each round cuts the pieces
 * smaller, and a piece of the rows the estimate allows always fits, so the rounds end).
 */
export async function readBands(context: Excel.RequestContext, bands: Band[], features: ExcelFeatures, budget: number) {
  let unread = bands;
  while (unread.length > 0) {
    const fitting = unread.filter((band) => fitsOneBlock(band, budget));
    const large = unread.filter((band) => !fitsOneBlock(band, budget));
    await readFitting(context, fitting, features, budget);
    unread = await measurePieces(
      context,
      large.flatMap((band) => piecesOf(band, budget)),
      budget,
    );
  }
}

/** A band cut into pieces of rows that fit the estimate (or into PIECES_PER_CUT, if fewer). */
function piecesOf(band: Band, budget: number): Band[] {
  const rows = band.last - band.first + 1;
  const fitting = Math.max(1, Math.floor((budget - BYTES_PER_RESPONSE) / (band.columns * band.sheet.bytesPerCell)));
  const size = Math.min(READ_BLOCK_ROWS, Math.max(fitting, Math.ceil(rows / PIECES_PER_CUT)));
  const pieces: Band[] = [];
  for (let first = band.first; first <= band.last; first += size)
    pieces.push({ ...band, first, last: Math.min(first + size - 1, band.last) });
  return pieces;
}

/** Each piece's used cells' bounds, in one sync per budget's worth of requests; the empty ones dropped. */
async function measurePieces(context: Excel.RequestContext, pieces: Band[], budget: number): Promise<Band[]> {
  const sizes: Excel.Range[] = [];
  const measure = (piece: Band) => {
    const used = usedRangeOf(piece.sheet.worksheet, `A${piece.first}:${LAST_READ_COLUMN}${piece.last}`);
    sizes.push(used.load("rowIndex, rowCount, columnCount").untrack());
  };
  await syncInGroups(context, pieces, () => REQUEST_BYTES_PER_SIZE, budget, measure);
  return pieces.map((piece, i) => bandOf(piece.sheet, sizes[i])).filter((band): band is Band => band !== null);
}

/**
 * Reads bands that each fit a block, as many per sync as the budget allows. A response Excel
 * refuses as too large (`ResponsePayloadSizeLimitExceeded`, Excel on the web's documented code)
 * changed nothing, so its blocks are halved, their sheets' estimate doubled, and they are read
 * again; a single row refused, or more than MAX_REFUSALS refusals, fail with Excel's error.
 */
async function readFitting(context: Excel.RequestContext, bands: Band[], features: ExcelFeatures, budget: number) {
  let unread = bands;
  let refusals = 0;
  while (unread.length > 0) {
    let group = 0;
    for (let bytes = 0; group < unread.length && (group === 0 || bytes + bandBytes(unread[group]) <= budget); group++) {
      bytes += bandBytes(unread[group]);
    }
    const queued = unread.slice(0, group);
    const blocks = queued.map((band) => queueBlock(band.sheet.worksheet, band.first, band.last, features));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const single = queued.length === 1 && queued[0].first === queued[0].last;
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded" || single || ++refusals > MAX_REFUSALS) throw error;
      const sheets = queued.map((band) => band.sheet);
      sheets.filter((sheet, i) => sheets.indexOf(sheet) === i).forEach((sheet) => (sheet.bytesPerCell *= 2));
      unread = [...queued.flatMap(halves), ...unread.slice(group)];
      continue;
    }
    queued.forEach((band, i) => band.sheet.blocks.push(blocks[i]));
    unread = unread.slice(group);
  }
}

/** A band's two halves by rows (a single row stays whole). */
function halves(band: Band): Band[] {
  if (band.first === band.last) return [band];
  const middle = Math.floor((band.first + band.last) / 2);
  return [
    { ...band, first: band.first, last: middle },
    { ...band, first: middle + 1, last: band.last },
  ];
}
