// The .xlsx package (a zip of XML parts), unpacked with a cap: a zip is never inflated past
// MAX_UNZIPPED_BYTES, so a zip bomb is refused instead of unpacked. The reader (values.ts) and the
// summarized copy (copy.ts) work on these parts directly, as ExcelJS's cost follows a sheet's
// declared extent (one merge or validation over A1:XFD1048576 exhausts the heap), not its content.
//
// Only `thidua import` hands whole unit sheets to ExcelJS (read.ts `loadWorkbook`), to copy their
// styles and widths: `preparePackage` first takes each worksheet's `<mergeCells>` and
// `<dataValidations>` out and keeps them aside as text, and the imported copy writes both back
// (see exceljs-patches.ts).
import { inflateRawSync } from "zlib";
import JSZip from "jszip";
import { XlsxFileError } from "./errors";
import { sheetPartsOf } from "./parts";
import { elementPattern, mergeCellRefs, PREFIX } from "./xml";

/**
 * The most a workbook may unpack to. A 1,000-unit cluster workbook unpacks to about 30 MB; the
 * reader and the copy hold the XML and a few times its size, so much more would not fit in 500 MB.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** What was taken out of one worksheet before ExcelJS parsed it. */
export interface RemovedSheetParts {
  /** The `ref` of every merged area, as written (`A1:G1`). */
  mergeRefs: string[];
  /** `<mergeCells>…</mergeCells>` rebuilt from the refs, or null when the sheet had none. */
  mergeCellsXml: string | null;
  /** The `<dataValidations>` element as written, or null. */
  dataValidationsXml: string | null;
}

export interface PreparedPackage {
  /** The package ExcelJS loads: every part as it was, worksheets without merges and validations. */
  zip: Buffer;
  /** What was removed, by sheet name as workbook.xml spells it. */
  removed: Map<string, RemovedSheetParts>;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** A size field of 0xFFFFFFFF means "see the zip64 record"; no workbook we can read needs one. */
const ZIP64_SIZE = 0xffffffff;

/**
 * Every entry of a zip, inflated, refusing to produce more than `limit` bytes in total whatever
 * the headers claim. Entry names keep their order.
 */
export function unzipCapped(zip: Buffer, path: string, limit: number = MAX_UNZIPPED_BYTES): Map<string, Buffer> {
  const damaged = (why: string) => new XlsxFileError("not-xlsx", path, why);
  const tooLarge = () => new XlsxFileError("too-large", path, `it unpacks to more than ${Math.round(limit / (1024 * 1024))} MB`);
  const end = zip.lastIndexOf(END_OF_DIRECTORY);
  if (end < 0 || end + 22 > zip.length) throw damaged("no end of central directory");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_HEADER) throw damaged("bad central directory");
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const declaredSize = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    if (compressedSize === ZIP64_SIZE || declaredSize === ZIP64_SIZE) throw tooLarge();
    if (total + declaredSize > limit) throw tooLarge();
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw damaged(`bad local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressedSize > zip.length) throw damaged(`${name} is cut short`);
    const raw = zip.subarray(start, start + compressedSize);
    let data: Buffer;
    if (method === 0) {
      data = Buffer.from(raw);
    } else if (method === 8) {
      try {
        // The cap holds even when the header lies about the size: inflation stops at the limit.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, limit - total) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) throw tooLarge();
        throw damaged(`${name}: ${(error as Error).message}`);
      }
    } else {
      throw damaged(`${name} uses compression method ${method}`);
    }
    total += data.length;
    if (total > limit) throw tooLarge();
    entries.set(name.startsWith("/") ? name.slice(1) : name, data);
  }
  return entries;
}

/** The parts ExcelJS reads as worksheets. */
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * The package with merges and validations taken out of every worksheet, zipped again (stored,
 * not deflated: ExcelJS unzips it once more at once).
 */
export async function preparePackage(entries: Map<string, Buffer>): Promise<PreparedPackage> {
  // Worksheet part → sheet name, through workbook.xml and its relationships.
  const partNames = new Map(Array.from(sheetPartsOf(entries), ([name, part]) => [part, name]));
  const removed = new Map<string, RemovedSheetParts>();
  const zip = new JSZip();
  for (const [name, data] of entries) {
    if (!WORKSHEET_PART.test(name)) {
      zip.file(name, data);
      continue;
    }
    const { xml, parts } = removeExpandedParts(data.toString("utf8"));
    const sheetName = partNames.get(name);
    if (sheetName !== undefined) removed.set(sheetName, parts);
    zip.file(name, xml);
  }
  return { zip: await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }), removed };
}

/**
 * Takes `<mergeCells>` and `<dataValidations>` out of a worksheet's XML. Only the sheet's own
 * elements are touched, not the `x14:` ones inside `<extLst>` (ExcelJS ignores those anyway).
 */
export function removeExpandedParts(xml: string): { xml: string; parts: RemovedSheetParts } {
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
