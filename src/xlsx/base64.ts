// Reads an .xlsx file handed over as base64 (the task pane's file picker) into the engine's
// snapshot, in the browser: the project's zip reader (zip.ts) unpacks it with pako's inflate and
// the value reader (values.ts) reads the sheets' XML, exactly as the command line reads files.
// No Node module is used on this path; pako and the base64 decoding below run in IE11 too.
import { Inflate } from "pako/lib/inflate";
import { buf2string } from "pako/lib/utils/strings";
import type { CarriedReport, WorkbookSnapshot } from "../core";
import { reportOfParts } from "./reportOfParts";
import { snapshotFromPackage } from "./values";
import { readZip, ZipError, type ZipCodec } from "./zip";

/** A picked file larger than this is not read: a unit's sheet is some tens of kilobytes. */
const MAX_PICKED_BYTES = 20 * 1024 * 1024;

/** The XML parts the value reader looks at; pictures and other binary parts are never unpacked. */
const READ_PART = /\.(xml|rels)$/i;

/** The zip format bound to pako: inflation stops at the cap, as zlib's does in Node. */
const BROWSER_CODEC: ZipCodec = {
  inflate(raw, maxOutput) {
    const inflater = new Inflate({ raw: true });
    const keep = inflater.onData.bind(inflater);
    let total = 0;
    inflater.onData = (chunk) => {
      total += chunk.length;
      if (total > maxOutput) throw new ZipError("too-large", "");
      keep(chunk);
    };
    inflater.push(raw, true);
    if (inflater.err) throw new Error(inflater.msg || "invalid deflate data");
    return inflater.result;
  },
  copy: (raw) => raw.slice(),
  text: buf2string,
};

function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The file's XML parts as text, or null when it is not a zip or unpacks past MAX_PICKED_BYTES × 4. */
function xmlPartsOfBase64(base64: string): Map<string, string> | null {
  if ((base64.length * 3) / 4 > MAX_PICKED_BYTES) return null;
  try {
    const parts = readZip(bytesOfBase64(base64), MAX_PICKED_BYTES * 4, BROWSER_CODEC, (name) => READ_PART.test(name));
    return new Map(Array.from(parts, ([name, bytes]) => [name, buf2string(bytes)]));
  } catch {
    return null;
  }
}

/** The sheets of a package's parts, or null when it has no workbook part or no sheet. */
function snapshotOfParts(entries: Map<string, string>): WorkbookSnapshot | null {
  try {
    const snapshot = snapshotFromPackage(entries);
    return snapshot.sheets.length > 0 ? snapshot : null;
  } catch {
    return null;
  }
}

/**
 * The file's sheets, or null when it is not an .xlsx workbook (not a zip, no workbook part,
 * too large, or unpacking past MAX_PICKED_BYTES × 4).
 * @example await snapshotFromBase64(fileAsBase64)?.sheets.map((s) => s.name)
 */
export async function snapshotFromBase64(base64: string): Promise<WorkbookSnapshot | null> {
  const entries = xmlPartsOfBase64(base64);
  return entries === null ? null : snapshotOfParts(entries);
}

/**
 * A summary workbook as the province's desk reads it (§9.1, §9.3), from one unpacking: the report
 * its custom XML part carries (null without one) and its sheets (for whether it is stale).
 * @example (await summaryFromBase64(cum18))?.report?.cluster === "Cụm thi đua số 18"
 */
export async function summaryFromBase64(base64: string): Promise<{ report: CarriedReport | null; workbook: WorkbookSnapshot | null }> {
  const entries = xmlPartsOfBase64(base64);
  if (entries === null) return { report: null, workbook: null };
  return { report: reportOfParts(entries), workbook: snapshotOfParts(entries) };
}

/**
 * Parts Excel on the web refuses to insert from a file (`UnsupportedFeature`): charts, comments,
 * PivotTables, slicers (learn.microsoft.com, office/dev/add-ins/excel/excel-add-ins-workbooks,
 * "Insert a copy of an existing workbook into the current one").
 */
const REFUSED_ON_THE_WEB = /^xl\/(charts\/chart|comments|threadedComments\/|pivotTables\/|slicers\/|slicerCaches\/)/i;

/**
 * Whether the file has a part Excel on the web will not insert; only the zip's directory is read.
 * @example hasPartsTheWebRefuses(fileWithAChart) → true
 */
export function hasPartsTheWebRefuses(base64: string): boolean {
  let found = false;
  try {
    readZip(bytesOfBase64(base64), MAX_PICKED_BYTES * 4, BROWSER_CODEC, (name) => {
      if (REFUSED_ON_THE_WEB.test(name)) found = true;
      return false;
    });
  } catch {
    // Not a zip: the insert will say so.
  }
  return found;
}

/**
 * Bytes as base64, for Excel's methods that take a file so (`Excel.createWorkbook`). Built in
 * slices: one String.fromCharCode call over a whole file would pass too many arguments.
 */
export function base64OfBytes(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...Array.from(bytes.subarray(start, start + SLICE)));
  }
  return btoa(binary);
}
