// Finding the run's report among a package's parts (contract §9.1): the custom XML part of our
// namespace, wherever Excel numbered it. No Node module: the pane reads the parts it unpacked
// itself with pako (base64.ts), the command line those Node's zlib unpacked (reportPart.ts).
import { parseReportPart, type CarriedReport } from "../core";
import { REL_NS } from "./copyWorkbook";
import { partText, workbookRelationships, type PackageEntries } from "./parts";

export const CUSTOM_XML_TYPE = `${REL_NS}/customXml`;

/** The custom XML data parts of a package (not their properties): `customXml/item1.xml` … */
export function customXmlItems(entries: PackageEntries): string[] {
  const items: string[] = [];
  for (const part of entries.keys()) if (/^customXml\/[^/]+\.xml$/i.test(part) && !/\/itemProps[^/]*$/i.test(part)) items.push(part);
  return items;
}

/**
 * The report a package's custom XML part holds, or null when none of its parts is a readable
 * report of ours. The parts the workbook links come first, as Excel reads only those.
 * @example reportOfParts(unzipCapped(bytes, path))?.cluster === "Cụm thi đua số 18"
 */
export function reportOfParts(entries: PackageEntries): CarriedReport | null {
  const linked = workbookRelationships(entries)
    .filter((rel) => rel.type === CUSTOM_XML_TYPE && rel.part !== null)
    .map((rel) => rel.part as string);
  const items = customXmlItems(entries);
  for (const part of [...linked, ...items.filter((item) => linked.indexOf(item) < 0)]) {
    const xml = partText(entries, part);
    const report = xml === null ? null : parseReportPart(xml);
    if (report !== null) return report;
  }
  return null;
}
