// Reads the parts of an .xlsx (a zip) so tests can look at the XML ExcelJS does not expose,
// such as a hyperlink's relationship. Stored and deflated entries only, which is all xlsx uses.
import { inflateRawSync } from "zlib";

export function zipEntries(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error("not a zip");
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let at = zip.readUInt32LE(endOfDirectory + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The DOS dates of every entry, central directory and local header alike. */
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

export function zipText(zip: Buffer, name: string): string | null {
  const entry = zipEntries(zip).get(name);
  return entry ? entry.toString("utf8") : null;
}

/** The worksheet XML of the sheet named `name`, found through workbook.xml and its relationships. */
export function sheetXml(zip: Buffer, name: string): string | null {
  const entries = zipEntries(zip);
  const workbook = entries.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = entries.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const escaped = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const sheet = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) return null;
  const target =
    new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  if (!target) return null;
  const part = target[1].startsWith("/") ? target[1].slice(1) : `xl/${target[1]}`;
  return entries.get(part)?.toString("utf8") ?? null;
}
