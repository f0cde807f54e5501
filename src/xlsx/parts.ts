// What an unpacked .xlsx package holds, read from its small structured parts: the sheet list of
// workbook.xml, the relationships that point from a part to others, the defined names and the
// product's output mark. One reading for the value reader (values.ts, also in the browser), the
// summarized copy (copy.ts), the chart parts (chart.ts) and import's preparation (package.ts).
import { OUTPUT_MARK } from "../core";
import { attribute, decodeXml, elementPattern, PREFIX } from "./xml";

/** The parts of an unpacked package by path: Buffers in Node, strings in the task pane. */
export type PackageEntries = ReadonlyMap<string, { toString(encoding: "utf8"): string }>;

/** One sheet of a package, from workbook.xml and its relationships. */
export interface SheetEntry {
  name: string;
  /** Its place in the sheet list, as `localSheetId` counts. */
  position: number;
  /** The `<sheet …/>` element as written. */
  element: string;
  relId: string | null;
  /** The part path (`xl/worksheets/sheet1.xml`), or null when the relationship is missing. */
  part: string | null;
}

export interface Relationship {
  element: string;
  id: string;
  type: string;
  target: string;
  /** The part path the target names, or null for an external target. */
  part: string | null;
}

export const WORKBOOK_PART = "xl/workbook.xml";
export const WORKBOOK_RELS_PART = "xl/_rels/workbook.xml.rels";

export function partText(entries: PackageEntries, part: string | null): string | null {
  if (part === null) return null;
  return entries.get(part)?.toString("utf8") ?? null;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder a part lies in: `xl/worksheets/sheet1.xml` → `xl/worksheets`. */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/"));
}

/** A relationship target resolved against the folder of the part that holds it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter((p) => p !== "");
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== "." && step !== "") parts.push(step);
  }
  return parts.join("/");
}

/** The relationships of a `.rels` part, their targets resolved against `base`, the folder of its owner. */
export function relationships(xml: string | null, base: string): Relationship[] {
  if (xml === null) return [];
  const found: Relationship[] = [];
  for (const match of xml.matchAll(new RegExp(`<${PREFIX}Relationship\\b([^>]*?)/?>`, "g"))) {
    const id = attribute(match[1], "Id");
    const type = attribute(match[1], "Type");
    const target = attribute(match[1], "Target");
    if (id === null || type === null || target === null) continue;
    const external = attribute(match[1], "TargetMode") === "External";
    found.push({ element: match[0], id, type, target, part: external ? null : resolveTarget(base, target) });
  }
  return found;
}

/** The workbook's relationships (`xl/_rels/workbook.xml.rels`). */
export function workbookRelationships(entries: PackageEntries): Relationship[] {
  return relationships(partText(entries, WORKBOOK_RELS_PART), "xl");
}

/** The part a relationship of `kind` (`styles`, `sharedStrings`) points to, or null. */
export function partOfType(rels: Relationship[], kind: string): string | null {
  return rels.find((rel) => rel.type.endsWith(`/${kind}`) && rel.part !== null)?.part ?? null;
}

/** The sheets of workbook.xml in tab order, each with its part through the relationships. */
export function sheetEntries(workbookXml: string, rels: Relationship[]): SheetEntry[] {
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  const list = new RegExp(`<${PREFIX}sheets\\b[^>]*>([\\s\\S]*?)</${PREFIX}sheets\\s*>`).exec(workbookXml);
  if (!list) return sheets;
  let position = -1;
  for (const match of list[1].matchAll(new RegExp(`<${PREFIX}sheet\\b([^>]*?)/?>`, "g"))) {
    position++;
    const name = attribute(match[1], "name");
    if (name === null) continue;
    const relId = attribute(match[1], "r:id") ?? attribute(match[1], "[\\w.-]+:id");
    sheets.push({ name, position, element: match[0], relId, part: relId === null ? null : (byId.get(relId)?.part ?? null) });
  }
  return sheets;
}

/** Each sheet's worksheet part (`xl/worksheets/sheet1.xml`), by sheet name. */
export function sheetPartsOf(entries: PackageEntries): Map<string, string> {
  const workbook = partText(entries, WORKBOOK_PART);
  const found = new Map<string, string>();
  if (workbook === null) return found;
  for (const sheet of sheetEntries(workbook, workbookRelationships(entries))) {
    if (sheet.part !== null) found.set(sheet.name, sheet.part);
  }
  return found;
}

/** A package's sheet names in tab order, each with whether it carries the output mark. */
export function packageSheets(entries: PackageEntries): Array<{ name: string; marked: boolean }> {
  const workbook = partText(entries, WORKBOOK_PART);
  if (workbook === null) return [];
  const marked = markedSheetIndexes(workbook);
  return sheetEntries(workbook, workbookRelationships(entries)).map((sheet) => ({ name: sheet.name, marked: marked.has(sheet.position) }));
}

/** The `<definedName>` elements of workbook.xml, as written. */
export function definedNameElements(xml: string): string[] {
  const list = new RegExp(`<${PREFIX}definedNames\\b[^>]*>([\\s\\S]*?)</${PREFIX}definedNames\\s*>`).exec(xml);
  if (!list) return [];
  return [...list[1].matchAll(elementPattern("definedName", "g"))].map((m) => m[0]);
}

/** The positions of the sheets that carry the output mark (a sheet-scoped `ThiDua_Output`). */
export function markedSheetIndexes(workbookXml: string): Set<number> {
  const marked = new Set<number>();
  for (const element of definedNameElements(workbookXml)) {
    const open = /^<[^>]*>/.exec(element)?.[0] ?? element;
    const local = attribute(open, "localSheetId");
    if (attribute(open, "name") !== OUTPUT_MARK || local === null) continue;
    // The add-in writes `=TRUE`; an emptied or FALSE name is no mark.
    const value = decodeXml(element.slice(open.length).replace(/<[^>]*>/g, ""))
      .trim()
      .replace(/^=/, "");
    if (/^true$/i.test(value)) marked.add(Number(local));
  }
  return marked;
}
