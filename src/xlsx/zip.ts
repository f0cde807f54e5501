// An .xlsx is a zip, and every zip entry carries the time it was packed. ExcelJS (through JSZip)
// stamps the clock there, so two builds of the same workbook differ byte for byte. For files we
// commit (the bundled sample) the stamps are set to one fixed date instead.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

/** DOS date and time (two-second resolution, UTC as JSZip writes them). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * A copy of `zip` whose every entry is dated `date`, in both the local headers and the central
 * directory. Contents and checksums are untouched (the CRC covers data, not headers).
 */
export function withFixedZipDates(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const stamp = dosDateTime(date);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || out.readUInt32LE(end) !== END_OF_DIRECTORY) throw new Error("not a zip: no end of central directory");
  const count = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`not a zip: bad central header at ${at}`);
    out.writeUInt16LE(stamp.time, at + 12);
    out.writeUInt16LE(stamp.date, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`not a zip: bad local header at ${local}`);
    out.writeUInt16LE(stamp.time, local + 10);
    out.writeUInt16LE(stamp.date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/** The DOS dates of every entry, for tests. */
export function zipEntryDates(zip: Buffer): Array<{ time: number; date: number }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const dates: Array<{ time: number; date: number }> = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const local = zip.readUInt32LE(at + 42);
    dates.push({ time: zip.readUInt16LE(at + 12), date: zip.readUInt16LE(at + 14) });
    dates.push({ time: zip.readUInt16LE(local + 10), date: zip.readUInt16LE(local + 12) });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return dates;
}
