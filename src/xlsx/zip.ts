// The zip format of an .xlsx package: the project's one reader and writer of zips, in Node
// (package.ts binds it to Node's zlib) and in the task pane (base64.ts binds it to pako's inflate).
// No Node module and no Buffer here, so the browser bundle can take it.
//
// Why not JSZip (which ExcelJS uses inside): measured on the 130,000-row case of
// test/cli/cost.slow.test.ts, unpacking and packing again took 80 MB peak with this code and 85 MB
// with JSZip, and `thidua summarize` peaks at 305 MB either way, so memory does not decide. What
// does: JSZip inflates a whole entry before anyone can count it, so a zip bomb whose headers lie
// about its size is unpacked in full; here inflation stops at the cap. JSZip is asynchronous
// only, and JSZip's own deflate (pako, in JavaScript) took seconds on a large copy where zlib
// takes a fraction. And a reader in Node that is synchronous keeps import and the summarized copy
// simple.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** A size field of 0xFFFFFFFF means "see the zip64 record"; no workbook we can read needs one. */
const ZIP64_SIZE = 0xffffffff;

/** Why a zip could not be read: `damaged` (with what is wrong) or `too-large` (over the cap). */
export class ZipError extends Error {
  constructor(
    readonly problem: "damaged" | "too-large",
    message: string,
  ) {
    super(message);
  }
}

/** What reading needs from the platform. */
export interface ZipCodec {
  /** A deflated entry inflated; throws a `too-large` ZipError rather than produce more than `maxOutput` bytes. */
  inflate(raw: Uint8Array, maxOutput: number): Uint8Array;
  /** A stored entry's bytes, copied out of the zip. */
  copy(raw: Uint8Array): Uint8Array;
  /** UTF-8 bytes as text (entry names). */
  text(bytes: Uint8Array): string;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where the end-of-central-directory record starts, or -1. */
function endOfDirectory(zip: Uint8Array): number {
  const data = view(zip);
  for (let at = zip.length - 22; at >= 0; at--) if (data.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

/**
 * The entries of a zip that `wanted` names, inflated, never producing more than `limit` bytes in
 * total whatever the headers claim. Entry names keep their order; a leading `/` is dropped.
 */
export function readZip(
  zip: Uint8Array,
  limit: number,
  codec: ZipCodec,
  wanted: (name: string) => boolean = () => true,
): Map<string, Uint8Array> {
  const data = view(zip);
  const end = endOfDirectory(zip);
  if (end < 0) throw new ZipError("damaged", "no end of central directory");
  const tooLarge = () => new ZipError("too-large", `it unpacks to more than ${Math.round(limit / (1024 * 1024))} MB`);
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || data.getUint32(at, true) !== CENTRAL_HEADER) throw new ZipError("damaged", "bad central directory");
    const method = data.getUint16(at + 10, true);
    const compressedSize = data.getUint32(at + 20, true);
    const declaredSize = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const local = data.getUint32(at + 42, true);
    const name = codec.text(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    if (name.endsWith("/") || !wanted(name)) continue;
    if (compressedSize === ZIP64_SIZE || declaredSize === ZIP64_SIZE || total + declaredSize > limit) throw tooLarge();
    if (local + 30 > zip.length || data.getUint32(local, true) !== LOCAL_HEADER)
      throw new ZipError("damaged", `bad local header for ${name}`);
    const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
    if (start + compressedSize > zip.length) throw new ZipError("damaged", `${name} is cut short`);
    const entry = readEntry(name, method, zip.subarray(start, start + compressedSize), Math.max(1, limit - total), codec);
    total += entry.length;
    if (total > limit) throw tooLarge();
    entries.set(name.startsWith("/") ? name.slice(1) : name, entry);
  }
  return entries;
}

function readEntry(name: string, method: number, raw: Uint8Array, maxOutput: number, codec: ZipCodec): Uint8Array {
  if (method === 0) return codec.copy(raw);
  if (method !== 8) throw new ZipError("damaged", `${name} uses compression method ${method}`);
  try {
    // The cap holds even when the header lies about the size: inflation stops at the limit.
    return codec.inflate(raw, maxOutput);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError("damaged", `${name}: ${(error as Error).message}`);
  }
}

/** DOS date and time (two-second resolution, UTC as JSZip writes them). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * A copy of `zip` whose every entry is dated `date`, in both the local headers and the central
 * directory. Contents and checksums are untouched (the CRC covers data, not headers). ExcelJS
 * stamps the clock there, so two builds of the same workbook would differ byte for byte; files we
 * commit (the bundled sample) carry one fixed date instead.
 */
export function withFixedZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const data = view(out);
  const stamp = dosDateTime(date);
  const end = endOfDirectory(out);
  if (end < 0) throw new Error("not a zip: no end of central directory");
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (data.getUint32(at, true) !== CENTRAL_HEADER) throw new Error(`not a zip: bad central header at ${at}`);
    data.setUint16(at + 12, stamp.time, true);
    data.setUint16(at + 14, stamp.date, true);
    const local = data.getUint32(at + 42, true);
    if (data.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`not a zip: bad local header at ${local}`);
    data.setUint16(local + 10, stamp.time, true);
    data.setUint16(local + 12, stamp.date, true);
    at += 46 + data.getUint16(at + 28, true) + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC-32 a zip entry carries. */
function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

type HeaderEntry = { nameLength: number; stored: boolean; crc: number; size: number; bodySize: number; offset: number };
type DosStamp = { time: number; date: number };

/**
 * The fields a local header and a central record share, in the same order, from `at` (6 in a
 * local header, 8 in a central record): flags (names in UTF-8), method, time, date, CRC, sizes
 * and the name's length.
 */
function setSharedFields(header: DataView, at: number, entry: HeaderEntry, stamp: DosStamp): void {
  header.setUint16(at, 0x0800, true);
  header.setUint16(at + 2, entry.stored ? 0 : 8, true);
  header.setUint16(at + 4, stamp.time, true);
  header.setUint16(at + 6, stamp.date, true);
  header.setUint32(at + 8, entry.crc, true);
  header.setUint32(at + 12, entry.bodySize, true);
  header.setUint32(at + 16, entry.size, true);
  header.setUint16(at + 20, entry.nameLength, true);
}

/** One entry's local header (30 bytes) and central directory record (46 bytes), names not included. */
function entryHeaders(entry: HeaderEntry, stamp: DosStamp) {
  const local = new Uint8Array(30);
  const l = view(local);
  l.setUint32(0, LOCAL_HEADER, true);
  l.setUint16(4, 20, true);
  setSharedFields(l, 6, entry, stamp);
  const central = new Uint8Array(46);
  const c = view(central);
  c.setUint32(0, CENTRAL_HEADER, true);
  c.setUint16(4, 20, true);
  c.setUint16(6, 20, true);
  setSharedFields(c, 8, entry, stamp);
  c.setUint32(42, entry.offset, true);
  return { local, central };
}

/** What writing needs from the platform. */
export interface ZipWriter {
  deflate(data: Uint8Array): Uint8Array;
  /** Text as UTF-8 bytes (entry names). */
  bytes(text: string): Uint8Array;
  concat(chunks: Uint8Array[]): Uint8Array;
}

/**
 * A zip of `parts` (path → bytes), in the map's order, each deflated or stored when deflating
 * makes it no smaller (`store` stores them all: for a zip that is unpacked again at once).
 */
export function zipParts(parts: Map<string, Uint8Array>, writer: ZipWriter, options: { date?: Date; store?: boolean } = {}): Uint8Array {
  const stamp = dosDateTime(options.date ?? new Date());
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = writer.bytes(name);
    const deflated = options.store ? data : writer.deflate(data);
    const stored = options.store === true || deflated.length >= data.length;
    const body = stored ? data : deflated;
    const headers = entryHeaders(
      { nameLength: nameBytes.length, stored, crc: crc32(data), size: data.length, bodySize: body.length, offset },
      stamp,
    );
    central.push(headers.central, nameBytes);
    chunks.push(headers.local, nameBytes, body);
    offset += headers.local.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new Uint8Array(22);
  const e = view(end);
  e.setUint32(0, END_OF_DIRECTORY, true);
  e.setUint16(8, parts.size, true);
  e.setUint16(10, parts.size, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  return writer.concat([...chunks, ...central, end]);
}
