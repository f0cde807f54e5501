// The .xlsx package (a zip of XML parts), unpacked with a cap: a zip is never inflated past
// MAX_UNZIPPED_BYTES, so a zip bomb is refused instead of unpacked. The reader (values.ts) and the
// summarized copy (copy.ts) work on these parts directly; ExcelJS never parses an input sheet,
// as its cost follows a sheet's declared extent (one merge or validation over A1:XFD1048576
// exhausts the heap), not its content.
import { inflateRawSync } from "zlib";
import { XlsxFileError } from "./errors";

/**
 * The most a workbook may unpack to. A 1,000-unit cluster workbook unpacks to about 30 MB; the
 * reader and the copy hold the XML and a few times its size, so much more would not fit in 500 MB.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

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

/** XML character references and the five named entities, as in attribute values. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] as string;
  });
}
