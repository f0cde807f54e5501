// The .xlsx package (a zip of XML parts), unpacked with a cap: a zip is never inflated past
// MAX_UNZIPPED_BYTES, so a zip bomb is refused instead of unpacked. The reader (values.ts) and the
// summarized copy (copy.ts) work on these parts directly, as ExcelJS's cost follows a sheet's
// declared extent (one merge or validation over A1:XFD1048576 exhausts the heap), not its content.
//
// Only `thidua import` hands whole unit sheets to ExcelJS (read.ts `loadWorkbook`), to copy their
// styles and widths: `preparePackage` first takes each worksheet's `<mergeCells>` and
// `<dataValidations>` out and keeps them aside as text, and the imported copy writes both back
// (see exceljs-patches.ts).
import { deflateRawSync, inflateRawSync } from "zlib";
import { XlsxFileError } from "./errors";
import { sheetPartsOf } from "./parts";
import { readZip, withFixedZipDates, ZipError, zipParts, type ZipCodec, type ZipWriter } from "./zip";
import { elementPattern, mergeCellRefs, PREFIX } from "./xml";

/**
 * The most a workbook may unpack to. A 1,000-unit cluster workbook unpacks to about 30 MB; the
 * reader and the copy hold the XML and a few times its size, so much more would not fit in 500 MB.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** What was taken out of one worksheet before ExcelJS parsed it. */
interface RemovedSheetParts {
  /** The `ref` of every merged area, as written (`A1:G1`). */
  mergeRefs: string[];
  /** `<mergeCells>…</mergeCells>` rebuilt from the refs, or null when the sheet had none. */
  mergeCellsXml: string | null;
  /** The `<dataValidations>` element as written, or null. */
  dataValidationsXml: string | null;
}

interface PreparedPackage {
  /** The package ExcelJS loads: every part as it was, worksheets without merges and validations. */
  zip: Buffer;
  /** What was removed, by sheet name as workbook.xml spells it. */
  removed: Map<string, RemovedSheetParts>;
}

/** The zip format bound to Node's zlib, which inflates with a cap and deflates natively. */
const NODE_CODEC: ZipCodec & ZipWriter = {
  inflate(raw, maxOutput) {
    try {
      return inflateRawSync(raw, { maxOutputLength: maxOutput });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError)
        throw new ZipError("too-large", "");
      throw error;
    }
  },
  copy: (raw) => Buffer.from(raw),
  text: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"),
  bytes: (text) => Buffer.from(text, "utf8"),
  deflate: (data) => deflateRawSync(data, { level: 6 }),
  concat: (chunks) => Buffer.concat(chunks),
};

/**
 * Every entry of a zip, inflated, refusing to produce more than `limit` bytes in total whatever
 * the headers claim. Entry names keep their order.
 */
export function unzipCapped(zip: Buffer, path: string, limit: number = MAX_UNZIPPED_BYTES): Map<string, Buffer> {
  try {
    return readZip(zip, limit, NODE_CODEC) as Map<string, Buffer>;
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    const tooLarge = `it unpacks to more than ${Math.round(limit / (1024 * 1024))} MB`;
    throw new XlsxFileError(
      error.problem === "too-large" ? "too-large" : "not-xlsx",
      path,
      error.problem === "too-large" ? tooLarge : error.message,
    );
  }
}

/** A zip of `parts`, deflated by Node's zlib (or all stored, for a zip unpacked again at once). */
export function zipPackage(parts: Map<string, Buffer>, options: { date?: Date; store?: boolean } = {}): Buffer {
  return zipParts(parts, NODE_CODEC, options) as Buffer;
}

/** `withFixedZipDates` on a Buffer (the bundled sample is written with one fixed date). */
export function withFixedDates(zip: Buffer, date: Date): Buffer {
  const fixed = withFixedZipDates(zip, date);
  return Buffer.from(fixed.buffer, fixed.byteOffset, fixed.length);
}

/** The parts ExcelJS reads as worksheets. */
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * The package with merges and validations taken out of every worksheet, zipped again (stored,
 * not deflated: ExcelJS unzips it once more at once).
 */
export function preparePackage(entries: Map<string, Buffer>): PreparedPackage {
  // Worksheet part → sheet name, through workbook.xml and its relationships.
  const partNames = new Map(Array.from(sheetPartsOf(entries), ([name, part]) => [part, name]));
  const removed = new Map<string, RemovedSheetParts>();
  const prepared = new Map<string, Buffer>();
  for (const [name, data] of entries) {
    if (!WORKSHEET_PART.test(name)) {
      prepared.set(name, data);
      continue;
    }
    const { xml, parts } = removeExpandedParts(data.toString("utf8"));
    const sheetName = partNames.get(name);
    if (sheetName !== undefined) removed.set(sheetName, parts);
    prepared.set(name, Buffer.from(xml, "utf8"));
  }
  return { zip: zipPackage(prepared, { store: true }), removed };
}

/**
 * Takes `<mergeCells>` and `<dataValidations>` out of a worksheet's XML. Only the sheet's own
 * elements are touched, not the `x14:` ones inside `<extLst>` (ExcelJS ignores those anyway).
 */
function removeExpandedParts(xml: string): { xml: string; parts: RemovedSheetParts } {
  const extension = xml.search(new RegExp(`<${PREFIX}extLst[\\s>]`));
  let head = extension < 0 ? xml : xml.slice(0, extension);
  const tail = extension < 0 ? "" : xml.slice(extension);

  let mergeRefs: string[] = [];
  let mergeCellsXml: string | null = null;
  const merges = elementPattern("mergeCells").exec(head);
  if (merges) {
    mergeRefs = mergeCellRefs(merges[0]);
    head = head.slice(0, merges.index) + head.slice(merges.index + merges[0].length);
    if (mergeRefs.length > 0) {
      mergeCellsXml = `<mergeCells count="${mergeRefs.length}">${mergeRefs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
    }
  }

  let dataValidationsXml: string | null = null;
  const validations = elementPattern("dataValidations").exec(head);
  if (validations) {
    const prefix = validations[1];
    // The copy is written with the main namespace as default, so a `x:` prefix must go.
    dataValidationsXml = prefix ? validations[0].split(`<${prefix}`).join("<").split(`</${prefix}`).join("</") : validations[0];
    head = head.slice(0, validations.index) + head.slice(validations.index + validations[0].length);
  }
  return { xml: head + tail, parts: { mergeRefs, mergeCellsXml, dataValidationsXml } };
}
