// The run's report inside the summarized copy (contract §9.1), as Excel keeps an add-in's custom
// XML part in a package: the part `customXml/itemN.xml` (the text core's reportPartXml gives), its
// properties `customXml/itemPropsN.xml` (a `ds:datastoreItem` naming our namespace), the
// relationship between the two in `customXml/_rels/itemN.xml.rels`, a `customXml` relationship
// from the workbook part, and the properties' content type. Writing replaces every part of our
// namespace the input carried (a summary summarized again), so a copy holds one; reading finds it
// whatever its number (reportOfParts.ts, which the pane loads without this file's Node unzip).
import { isReportPart, REPORT_NAMESPACE, reportPartXml, type CarriedReport } from "../core";
import { REL_NS } from "./copyWorkbook";
import { unzipCapped } from "./package";
import { folderOf, partText, relationships, relsPartOf, WORKBOOK_RELS_PART } from "./parts";
import { CUSTOM_XML_TYPE, customXmlItems, reportOfParts } from "./reportOfParts";

export { reportOfParts } from "./reportOfParts";
import { attribute, PREFIX, rootPrefix } from "./xml";

const CUSTOM_XML_PROPS_TYPE = `${REL_NS}/customXmlProps`;
const PROPS_CONTENT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DATASTORE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES = "[Content_Types].xml";
const ROOT_RELS_PART = "_rels/.rels";

/**
 * The report the summary workbook `bytes` carries, or null when it carries none (a summary
 * written before version 3, a workbook that is no summary). A file that is no .xlsx package is
 * an XlsxFileError, as for every reader.
 * @example readReportPart(await fs.readFile("cum18.summary.xlsx"))?.schemaVersion === 3
 */
export function readReportPart(bytes: Uint8Array, path = ""): CarriedReport | null {
  const zip = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return reportOfParts(unzipCapped(zip, path));
}

/**
 * `parts` (a whole package) with `report` as its one custom XML part of our namespace: every
 * earlier one out with its properties, relationships and content types, the new one in.
 */
export function withReportPart(parts: Map<string, Buffer>, report: CarriedReport): Map<string, Buffer> {
  const removed = withoutReportParts(parts);
  let n = 1;
  while (parts.has(`customXml/item${n}.xml`) || parts.has(`customXml/itemProps${n}.xml`) || removed.has(`customXml/item${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  // With the declaration every part of a package carries (core's text goes without, for Excel's add).
  const xml = reportPartXml(report);
  const put = (part: string, text: string) => parts.set(part, Buffer.from(text, "utf8"));
  // The declaration joined as bytes, not as text: the report can be tens of MB, and one more copy
  // of it as a string was what took a 130,000-issue run over its memory bound.
  parts.set(
    item,
    Buffer.concat([Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n', "utf8"), Buffer.from(xml, "utf8")]),
  );
  put(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemId(xml)}" xmlns:ds="${DATASTORE_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${REPORT_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  put(
    relsPartOf(item),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_TYPE}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  put(WORKBOOK_RELS_PART, withWorkbookRelationship(partText(parts, WORKBOOK_RELS_PART), `../${item}`));
  put(CONTENT_TYPES, withContentTypes(partText(parts, CONTENT_TYPES) ?? "", removed, item, props));
  return parts;
}

/** Every custom XML part of our namespace taken out with its properties and relationship parts; their names. */
function withoutReportParts(parts: Map<string, Buffer>): Set<string> {
  const removed = new Set<string>();
  for (const item of customXmlItems(parts)) {
    if (!isReportPart(partText(parts, item) as string)) continue;
    for (const rel of relationships(partText(parts, relsPartOf(item)), folderOf(item))) if (rel.part !== null) removed.add(rel.part);
    removed.add(item);
    removed.add(relsPartOf(item));
  }
  if (removed.size === 0) return removed;
  for (const part of removed) parts.delete(part);
  // Excel links the part from the workbook; LibreOffice, saving it again, from the package root.
  for (const [relsPart, base] of [
    [WORKBOOK_RELS_PART, "xl"],
    [ROOT_RELS_PART, ""],
  ]) {
    const rels = partText(parts, relsPart);
    if (rels === null) continue;
    let kept = rels;
    for (const rel of relationships(rels, base)) if (rel.part !== null && removed.has(rel.part)) kept = kept.replace(rel.element, "");
    if (kept !== rels) parts.set(relsPart, Buffer.from(kept, "utf8"));
  }
  return removed;
}

/** The workbook's relationships with one more, to `target`, under an id the workbook does not use. */
function withWorkbookRelationship(xml: string | null, target: string): string {
  const rels = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const taken = new Set(relationships(rels, "xl").map((rel) => rel.id));
  let id = "rIdThiDuaReport";
  for (let k = 2; taken.has(id); k++) id = `rIdThiDuaReport${k}`;
  const prefix = rootPrefix(rels, "Relationships");
  const element = `<${prefix}Relationship Id="${id}" Type="${CUSTOM_XML_TYPE}" Target="${target}"/>`;
  return rels.replace(new RegExp(`</${PREFIX}Relationships\\s*>`), (close) => `${element}${close}`);
}

/**
 * The content types: the removed parts' overrides out, the properties' in, and the item typed
 * `application/xml` by an override only when the package has no default for `.xml` (Excel's and
 * ExcelJS's packages have one).
 */
function withContentTypes(xml: string, removed: Set<string>, item: string, props: string): string {
  const types = xml.replace(new RegExp(`<${PREFIX}Override\\b([^>]*?)/?>`, "g"), (element, attributes: string) => {
    const name = attribute(attributes, "PartName");
    return name !== null && removed.has(name.replace(/^\//, "")) ? "" : element;
  });
  const prefix = rootPrefix(types, "Types");
  const xmlDefault = new RegExp(`<${PREFIX}Default\\b[^>]*\\bExtension\\s*=\\s*["']xml["']`, "i").test(types);
  let added = `<${prefix}Override PartName="/${props}" ContentType="${PROPS_CONTENT}"/>`;
  if (!xmlDefault) added += `<${prefix}Override PartName="/${item}" ContentType="application/xml"/>`;
  return types.replace(new RegExp(`</${PREFIX}Types\\s*>`), (close) => `${added}${close}`);
}

/**
 * The part's `ds:itemID`, a GUID taken from its text, so the same report always gives the same
 * bytes (files kept in the repository are compared byte for byte) and another report another id.
 */
function itemId(text: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f].map((seed) => {
    let hash = seed >>> 0;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return hash.toString(16).toUpperCase().padStart(8, "0");
  });
  const hex = words.join("");
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}
