// Reads an .xlsx file handed over as base64 (the task pane's file picker) into the engine's
// snapshot, in the browser: JSZip unpacks it and the value reader (values.ts) reads the sheets'
// XML, exactly as the command line reads files. No Node module is used on this path.
import JSZip from "jszip";
import type { WorkbookSnapshot } from "../core";
import { snapshotFromPackage } from "./values";

/** A picked file larger than this is not read: a unit's sheet is some tens of kilobytes. */
export const MAX_PICKED_BYTES = 20 * 1024 * 1024;

/** The XML parts the value reader looks at; pictures and other binary parts are never unpacked. */
const READ_PART = /\.(xml|rels)$/i;

/**
 * The file's sheets, or null when it is not an .xlsx workbook (not a zip, no workbook part,
 * too large, or unpacking past MAX_PICKED_BYTES).
 * @example await snapshotFromBase64(fileAsBase64)?.sheets.map((s) => s.name)
 */
export async function snapshotFromBase64(base64: string): Promise<WorkbookSnapshot | null> {
  if ((base64.length * 3) / 4 > MAX_PICKED_BYTES) return null;
  try {
    const zip = await JSZip.loadAsync(base64, { base64: true });
    const entries = new Map<string, string>();
    let total = 0;
    for (const [name, file] of Object.entries(zip.files)) {
      if (file.dir || !READ_PART.test(name)) continue;
      const text = await file.async("string");
      total += text.length;
      if (total > MAX_PICKED_BYTES * 4) return null;
      entries.set(name.startsWith("/") ? name.slice(1) : name, text);
    }
    const snapshot = snapshotFromPackage(entries);
    return snapshot.sheets.length > 0 ? snapshot : null;
  } catch {
    return null;
  }
}
