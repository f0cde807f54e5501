// The summarized copy, put together at the package level: the input's parts as they are, with the
// output sheets (rendered by ExcelJS into a package of their own) added in front.
//
// Going through ExcelJS for the whole copy built an object per input cell with its style: a sheet
// of 130,000 rows took 600 MB and seconds just to be copied. Here an input sheet is never parsed:
// its XML part goes into the copy byte for byte, so values (CR included), formulas, styles,
// comments, drawings and anything ExcelJS does not know stay exactly as they were. Only these
// change in the input's parts:
// - workbook.xml: the sheet list (outputs first, old outputs gone), defined names re-pointed to
//   the sheets' new positions, the first tab active; and each output sheet's mark (below);
// - styles.xml: the output sheets' fonts, fills, borders, number formats and cell formats are
//   appended, and the output sheets' `s` indexes moved past the input's;
// - an input sheet's `tabSelected` is cleared, so only the first output sheet is selected, and
//   its data validations that overlap are cut apart (validations.ts);
// - calcChain.xml is dropped (Excel rebuilds it; one naming a removed sheet is "damaged");
// - macros (vbaProject) are dropped and the workbook typed as .xlsx, which the copy is.
// The output sheets' shared strings are written inline, so the input's string table is untouched.
//
// Output sheets carry the product's mark, as the add-in's do (src/excel OUTPUT_MARK): a hidden
// sheet-scoped defined name `ThiDua_Output` = TRUE. The reader (values.ts) reads it back, so a
// later run knows its outputs by the mark, not by their names.
import { nameKey, OUTPUT_MARK } from "../core";
import { XlsxFileError } from "./errors";
import { decodeXml } from "./xml";
import { withoutOverlappingValidations } from "./validations";

export { OUTPUT_MARK };

const PREFIX = "(?:[\\w.-]+:)?";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKBOOK_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** One sheet of a package, from workbook.xml and its relationships. */
interface SheetEntry {
  name: string;
  /** The `<sheet …/>` element as written. */
  element: string;
  relId: string | null;
  /** The part path (`xl/worksheets/sheet1.xml`), or null when the relationship is missing. */
  part: string | null;
}

interface Relationship {
  element: string;
  id: string;
  type: string;
  target: string;
  /** The part path the target names, or null for an external target. */
  part: string | null;
}

export interface CopyPlan {
  /** Input sheets to leave out (older outputs), by name as workbook.xml spells it. */
  removeSheets: ReadonlySet<string>;
  /**
   * Whether the new sheets get the output mark: yes for the summary's outputs, no for a sheet
   * that is input once written (the conference's `Bình xét`, which the secretary fills in).
   */
  markNewSheets: boolean;
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decodeXml(match[1] ?? match[2]) : null;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function partText(entries: Map<string, Buffer>, part: string): string | null {
  return entries.get(part)?.toString("utf8") ?? null;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
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

function relationships(xml: string | null, base: string): Relationship[] {
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

function sheetEntries(workbookXml: string, rels: Relationship[]): SheetEntry[] {
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  const list = new RegExp(`<${PREFIX}sheets\\b[^>]*>([\\s\\S]*?)</${PREFIX}sheets\\s*>`).exec(workbookXml);
  if (!list) return sheets;
  for (const match of list[1].matchAll(new RegExp(`<${PREFIX}sheet\\b([^>]*?)/?>`, "g"))) {
    const name = attribute(match[1], "name");
    if (name === null) continue;
    const relId = attribute(match[1], "r:id") ?? attribute(match[1], "[\\w.-]+:id");
    sheets.push({ name, element: match[0], relId, part: relId === null ? null : (byId.get(relId)?.part ?? null) });
  }
  return sheets;
}

/** Each sheet's worksheet part (`xl/worksheets/sheet1.xml`), by sheet name. */
export function sheetPartsOf(entries: Map<string, Buffer>): Map<string, string> {
  const workbook = partText(entries, "xl/workbook.xml");
  const found = new Map<string, string>();
  if (workbook === null) return found;
  for (const sheet of sheetEntries(workbook, relationships(partText(entries, "xl/_rels/workbook.xml.rels"), "xl"))) {
    if (sheet.part !== null) found.set(sheet.name, sheet.part);
  }
  return found;
}

/** A package's sheet names in tab order, each with whether it carries the output mark. */
export function packageSheets(entries: Map<string, Buffer>): Array<{ name: string; marked: boolean }> {
  const workbook = partText(entries, "xl/workbook.xml");
  if (workbook === null) return [];
  const sheets = sheetEntries(workbook, relationships(partText(entries, "xl/_rels/workbook.xml.rels"), "xl"));
  const marked = markedSheetIndexes(workbook);
  return sheets.map((sheet, index) => ({ name: sheet.name, marked: marked.has(index) }));
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

/**
 * The copy's parts: `input` with the sheets of `output` (a package ExcelJS wrote with only the
 * output sheets, the first one selected) put in front, and the sheets in `plan.removeSheets` left
 * out. Entry order follows the input's.
 */
export function combinePackages(input: Map<string, Buffer>, output: Map<string, Buffer>, plan: CopyPlan, path = ""): Map<string, Buffer> {
  const inputWorkbook = partText(input, "xl/workbook.xml");
  if (inputWorkbook === null) throw new XlsxFileError("not-xlsx", path, "no xl/workbook.xml");
  const outputWorkbook = partText(output, "xl/workbook.xml") as string;
  const inputRels = relationships(partText(input, "xl/_rels/workbook.xml.rels"), "xl");
  const outputRels = relationships(partText(output, "xl/_rels/workbook.xml.rels"), "xl");
  const inputSheets = sheetEntries(inputWorkbook, inputRels);
  if (inputSheets.length === 0) throw new XlsxFileError("not-xlsx", path, "no worksheets");
  const outputSheets = sheetEntries(outputWorkbook, outputRels);

  const parts = new Map(input);
  const dropped = new Set<string>();
  const drop = (part: string) => {
    parts.delete(part);
    dropped.add(part);
  };

  // Sheets removed, and their parts with them: a removed sheet is an older output, whose only
  // other parts are the chart's drawing and the charts it holds (chart.ts).
  const kept = inputSheets.filter((sheet) => !plan.removeSheets.has(sheet.name));
  const removedIds = new Set<string>();
  for (const sheet of inputSheets) {
    if (kept.includes(sheet)) continue;
    if (sheet.relId !== null) removedIds.add(sheet.relId);
    if (sheet.part !== null) {
      const sheetFolder = sheet.part.slice(0, sheet.part.lastIndexOf("/"));
      for (const rel of relationships(partText(input, relsPartOf(sheet.part)), sheetFolder)) {
        if (rel.part === null || !rel.type.endsWith("/drawing")) continue;
        const drawingFolder = rel.part.slice(0, rel.part.lastIndexOf("/"));
        for (const inner of relationships(partText(input, relsPartOf(rel.part)), drawingFolder)) {
          if (inner.part === null || !inner.type.endsWith("/chart")) continue;
          drop(inner.part);
          drop(relsPartOf(inner.part));
        }
        drop(rel.part);
        drop(relsPartOf(rel.part));
      }
      drop(sheet.part);
      drop(relsPartOf(sheet.part));
    }
  }
  // The calculation chain lists formula cells by sheet; Excel rebuilds it when it is missing.
  for (const rel of inputRels) {
    if (rel.type.endsWith("/calcChain") && rel.part !== null) {
      removedIds.add(rel.id);
      drop(rel.part);
    }
    // An .xlsx holds no macros (the reader has warned that they are dropped).
    if (rel.type.endsWith("/vbaProject") && rel.part !== null) {
      removedIds.add(rel.id);
      drop(rel.part);
      drop(relsPartOf(rel.part));
    }
  }
  for (const part of [...parts.keys()]) if (/^xl\/vbaProject/i.test(part)) drop(part);

  // Input sheets: only the first output sheet may be selected, or Excel opens with sheets grouped;
  // and validations that overlap would make Excel call the copy damaged (validations.ts).
  for (const sheet of kept) {
    if (sheet.part === null) continue;
    const data = parts.get(sheet.part);
    if (data !== undefined) parts.set(sheet.part, withoutOverlappingValidations(withoutTabSelected(data)));
  }

  // Output sheets: new part names and relationship ids, their styles and strings made to fit.
  const stylesPart = inputRels.find((rel) => rel.type.endsWith("/styles"))?.part ?? null;
  const inputStyles = stylesPart === null ? null : partText(input, stylesPart);
  const outputStyles = partText(output, "xl/styles.xml") as string;
  const merged = inputStyles === null ? null : appendStyles(inputStyles, outputStyles);
  if (stylesPart !== null && merged !== null) parts.set(stylesPart, Buffer.from(merged.xml, "utf8"));
  // A package without styles (some generators write none) takes the output's as they are.
  const addStyles = inputStyles === null && !parts.has("xl/styles.xml");
  if (addStyles) parts.set("xl/styles.xml", Buffer.from(outputStyles, "utf8"));
  const strings = sharedStringItems(partText(output, "xl/sharedStrings.xml"));

  const takenIds = new Set(inputRels.map((rel) => rel.id));
  let maxSheetId = 0;
  for (const sheet of inputSheets) maxSheetId = Math.max(maxSheetId, Number(attribute(sheet.element, "sheetId") ?? 0) || 0);
  let partNumber = 1;
  const newSheets: Array<{ name: string; id: string; sheetId: number; part: string; state: string | null }> = [];
  for (const sheet of outputSheets) {
    let xml = partText(output, sheet.part as string) as string;
    while (parts.has(`xl/worksheets/sheet${partNumber}.xml`) || dropped.has(`xl/worksheets/sheet${partNumber}.xml`)) partNumber++;
    const part = `xl/worksheets/sheet${partNumber++}.xml`;
    let n = newSheets.length + 1;
    while (takenIds.has(`rIdThiDua${n}`)) n++;
    const id = `rIdThiDua${n}`;
    takenIds.add(id);
    xml = inlineSharedStrings(xml, strings);
    if (merged !== null) xml = shiftStyles(xml, merged.xfOffset);
    parts.set(part, Buffer.from(xml, "utf8"));
    const sheetRels = partText(output, relsPartOf(sheet.part as string));
    if (sheetRels !== null) {
      // ExcelJS gives an output sheet only external hyperlinks; anything else would point nowhere here.
      if (relationships(sheetRels, "xl/worksheets").some((rel) => rel.part !== null))
        throw new Error(`output sheet ${sheet.name} refers to parts of its own`);
      parts.set(relsPartOf(part), Buffer.from(sheetRels, "utf8"));
    }
    newSheets.push({ name: sheet.name, id, sheetId: maxSheetId + newSheets.length + 1, part, state: attribute(sheet.element, "state") });
  }

  // workbook.xml
  const prefix = /<([\w.-]+:)?workbook\b/.exec(inputWorkbook)?.[1] ?? "";
  const relPrefix = namespacePrefix(inputWorkbook, REL_NS);
  const sheetElements = newSheets.map((sheet) => {
    const rid = relPrefix === null ? `xmlns:thr="${REL_NS}" thr:id="${sheet.id}"` : `${relPrefix}:id="${sheet.id}"`;
    const state = sheet.state !== null && sheet.state !== "visible" ? ` state="${sheet.state}"` : "";
    return `<${prefix}sheet name="${escapeAttribute(sheet.name)}" sheetId="${sheet.sheetId}"${state} ${rid}/>`;
  });
  let workbook = inputWorkbook.replace(
    new RegExp(`(<${PREFIX}sheets\\b[^>]*>)[\\s\\S]*?(</${PREFIX}sheets\\s*>)`),
    (_all, open: string, close: string) => `${open}${sheetElements.join("")}${kept.map((s) => s.element).join("")}${close}`,
  );
  workbook = withDefinedNames(workbook, prefix, {
    inputSheets,
    kept,
    added: newSheets.map((sheet) => sheet.name),
    outputNames: definedNameElements(outputWorkbook).map((element) =>
      element.replace(/<(\/?)(?:[\w.-]+:)?definedName\b/g, `<$1${prefix}definedName`),
    ),
    marks: (plan.markNewSheets ? newSheets : []).map(
      (_, index) => `<${prefix}definedName name="${OUTPUT_MARK}" localSheetId="${index}" hidden="1">TRUE</${prefix}definedName>`,
    ),
  });
  workbook = withFirstTabActive(workbook, prefix);
  parts.set("xl/workbook.xml", Buffer.from(workbook, "utf8"));

  // xl/_rels/workbook.xml.rels
  const relsXml =
    partText(input, "xl/_rels/workbook.xml.rels") ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const relPrefixInRels = /<([\w.-]+:)?Relationships\b/.exec(relsXml)?.[1] ?? "";
  let rels = relsXml;
  for (const rel of inputRels) if (removedIds.has(rel.id)) rels = rels.replace(rel.element, "");
  let added = newSheets
    .map((sheet) => `<${relPrefixInRels}Relationship Id="${sheet.id}" Type="${WORKSHEET_TYPE}" Target="/${sheet.part}"/>`)
    .join("");
  if (addStyles) added += `<${relPrefixInRels}Relationship Id="rIdThiDuaStyles" Type="${REL_NS}/styles" Target="/xl/styles.xml"/>`;
  rels = rels.replace(new RegExp(`</${PREFIX}Relationships\\s*>`), (close) => `${added}${close}`);
  parts.set("xl/_rels/workbook.xml.rels", Buffer.from(rels, "utf8"));

  // [Content_Types].xml
  let types = partText(input, "[Content_Types].xml") ?? "";
  types = types.replace(new RegExp(`<${PREFIX}Override\\b([^>]*?)/?>`, "g"), (element, attributes: string) => {
    const name = attribute(attributes, "PartName");
    if (name === null) return element;
    const part = name.startsWith("/") ? name.slice(1) : name;
    if (dropped.has(part) && !parts.has(part)) return "";
    // A macro-enabled or template workbook becomes a plain .xlsx workbook.
    if (part === "xl/workbook.xml") return element.replace(/ContentType\s*=\s*(["'])[^"']*\1/, `ContentType="${WORKBOOK_CONTENT}"`);
    return element;
  });
  const typePrefix = /<([\w.-]+:)?Types\b/.exec(types)?.[1] ?? "";
  let overrides = newSheets
    .map((sheet) => `<${typePrefix}Override PartName="/${sheet.part}" ContentType="${WORKSHEET_CONTENT}"/>`)
    .join("");
  if (addStyles) overrides += `<${typePrefix}Override PartName="/xl/styles.xml" ContentType="${STYLES_CONTENT}"/>`;
  types = types.replace(new RegExp(`</${PREFIX}Types\\s*>`), (close) => `${overrides}${close}`);
  parts.set("[Content_Types].xml", Buffer.from(types, "utf8"));

  return parts;
}

/** The prefix the root element binds to `namespace`, or null. */
function namespacePrefix(xml: string, namespace: string): string | null {
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "";
  for (const match of root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) if (match[2] === namespace) return match[1];
  return null;
}

/** A worksheet part with `tabSelected` taken off its sheet views; the rest byte for byte. */
function withoutTabSelected(data: Buffer): Buffer {
  // Views come before the cells: only that head is looked at, and only when it needs a change.
  const head = data.subarray(0, Math.min(data.length, 64 * 1024)).toString("latin1");
  const end = head.search(new RegExp(`<${PREFIX}sheetData\\b`));
  const views = end < 0 ? head : head.slice(0, end);
  const selected = /(<(?:[\w.-]+:)?sheetView\b[^>]*?)\s+tabSelected\s*=\s*["'](?:1|true)["']/;
  if (!selected.test(views)) return data;
  // latin1 keeps every byte as one character, so the bytes outside the change are untouched.
  const changed = views.replace(new RegExp(selected.source, "g"), "$1");
  return Buffer.concat([Buffer.from(changed, "latin1"), data.subarray(views.length)]);
}

interface DefinedNamesPlan {
  inputSheets: SheetEntry[];
  kept: SheetEntry[];
  /** The output sheets' names, in front of the kept ones. */
  added: string[];
  /** The output package's own names (print titles), already at the output sheets' positions. */
  outputNames: string[];
  marks: string[];
}

function definedNameElements(xml: string): string[] {
  const list = new RegExp(`<${PREFIX}definedNames\\b[^>]*>([\\s\\S]*?)</${PREFIX}definedNames\\s*>`).exec(xml);
  if (!list) return [];
  return [...list[1].matchAll(new RegExp(`<(${PREFIX})definedName\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1definedName\\s*>)`, "g"))].map((m) => m[0]);
}

/**
 * The workbook's defined names with sheet-scoped ones moved to their sheets' new positions; names
 * scoped to removed sheets, and names whose formula refers to a sheet now gone, dropped; the
 * outputs' names and marks added.
 */
function withDefinedNames(workbook: string, prefix: string, plan: DefinedNamesPlan): string {
  // A workbook-level name on an old output still has its sheet when the new output takes the
  // same name (`Summary`), as when the add-in overwrites its sheet in place.
  const addedNames = new Set(plan.added.map(nameKey));
  const removed = plan.inputSheets.filter((sheet) => !plan.kept.includes(sheet) && !addedNames.has(nameKey(sheet.name)));
  const newIndex = new Map<number, number>();
  plan.inputSheets.forEach((sheet, index) => {
    const position = plan.kept.indexOf(sheet);
    if (position >= 0) newIndex.set(index, plan.added.length + position);
  });
  const refersToRemoved = (formula: string) =>
    removed.some((sheet) => {
      const quoted = `'${sheet.name.replace(/'/g, "''")}'!`;
      const bare = new RegExp(`(?:^|[^\\w.'])${sheet.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}!`);
      return formula.includes(escapeAttribute(quoted).replace(/'/g, "&apos;")) || formula.includes(quoted) || bare.test(formula);
    });
  const names: string[] = [];
  for (const element of definedNameElements(workbook)) {
    const open = /^<[^>]*>/.exec(element)?.[0] ?? element;
    const local = attribute(open, "localSheetId");
    const formula = element.slice(open.length);
    if (refersToRemoved(decodeXml(formula))) continue;
    if (local === null) {
      names.push(element);
      continue;
    }
    const moved = newIndex.get(Number(local));
    if (moved === undefined) continue;
    names.push(element.replace(/(\slocalSheetId\s*=\s*)(["'])\d+\2/, `$1"${moved}"`));
  }
  const all = [...plan.outputNames, ...plan.marks, ...names];
  const block = `<${prefix}definedNames>${all.join("")}</${prefix}definedNames>`;
  const existing = new RegExp(`<${PREFIX}definedNames\\b[^>]*?(?:/>|>[\\s\\S]*?</${PREFIX}definedNames\\s*>)`);
  if (existing.test(workbook)) return workbook.replace(existing, () => (all.length > 0 ? block : ""));
  if (all.length === 0) return workbook;
  // Schema order: sheets, functionGroups, externalReferences, definedNames.
  for (const before of ["externalReferences", "functionGroups", "sheets"]) {
    const close = new RegExp(`</${PREFIX}${before}\\s*>`).exec(workbook);
    if (close) return workbook.slice(0, close.index + close[0].length) + block + workbook.slice(close.index + close[0].length);
  }
  return workbook;
}

/** The first sheet tab active and first shown. */
function withFirstTabActive(workbook: string, prefix: string): string {
  const view = new RegExp(`<${PREFIX}workbookView\\b([^>]*?)(/?)>`).exec(workbook);
  if (!view) {
    // Excel's default is the first tab; written out so that every reader opens there. Views come
    // just before the sheet list.
    const sheets = new RegExp(`<${PREFIX}sheets\\b`).exec(workbook);
    if (!sheets) return workbook;
    const views = `<${prefix}bookViews><${prefix}workbookView firstSheet="0" activeTab="0"/></${prefix}bookViews>`;
    return workbook.slice(0, sheets.index) + views + workbook.slice(sheets.index);
  }
  const attributes = view[1].replace(/\s(?:activeTab|firstSheet)\s*=\s*(["'])[^"']*\1/g, "");
  const element = `<${prefix}workbookView${attributes} firstSheet="0" activeTab="0"${view[2]}>`;
  return workbook.slice(0, view.index) + element + workbook.slice(view.index + view[0].length);
}

/** The inside of each `<si>` of a shared-string table. */
function sharedStringItems(xml: string | null): string[] {
  if (xml === null) return [];
  return [...xml.matchAll(new RegExp(`<(${PREFIX})si\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1si\\s*>)`, "g"))].map((m) => m[2] ?? "");
}

/** Shared-string cells of an output sheet written as inline strings. */
function inlineSharedStrings(xml: string, strings: string[]): string {
  return xml.replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_all, before: string, after: string, index: string) => {
    return `<c${before} t="inlineStr"${after}><is>${strings[Number(index)] ?? ""}</is></c>`;
  });
}

/** An output sheet's cell, row and column formats moved past the input's. */
function shiftStyles(xml: string, offset: number): string {
  return xml
    .replace(/(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g, (_all, head: string, index: string) => `${head}${Number(index) + offset}"`)
    .replace(/(<col\b[^>]*?\sstyle=")(\d+)"/g, (_all, head: string, index: string) => `${head}${Number(index) + offset}"`);
}

/** The children of one collection element (`<fonts>`) of a styles part, and where it is. */
function collection(xml: string, name: string, item: string): { match: RegExpExecArray | null; items: string[] } {
  const match = new RegExp(`<(${PREFIX})${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1${name}\\s*>)`).exec(xml);
  if (!match) return { match: null, items: [] };
  const body = match[3] ?? "";
  const items = [...body.matchAll(new RegExp(`<(${PREFIX})${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${item}\\s*>)`, "g"))].map((m) => m[0]);
  return { match, items };
}

/** The input's styles with the output's appended; `xfOffset` moves an output `s` index. */
function appendStyles(input: string, output: string): { xml: string; xfOffset: number } {
  const prefix = /<([\w.-]+:)?styleSheet\b/.exec(input)?.[1] ?? "";
  const withPrefix = (element: string) => (prefix === "" ? element : element.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`));
  let xml = input;
  const offsets: Record<string, number> = {};
  // Number formats: custom ids (164 and up) renumbered after the input's own.
  const inputFormats = collection(input, "numFmts", "numFmt").items;
  let nextFormat = Math.max(163, ...inputFormats.map((f) => Number(attribute(f, "numFmtId") ?? 0))) + 1;
  const formatIds = new Map<number, number>();
  const newFormats: string[] = [];
  for (const format of collection(output, "numFmts", "numFmt").items) {
    const id = Number(attribute(format, "numFmtId") ?? 0);
    formatIds.set(id, nextFormat);
    newFormats.push(withPrefix(format.replace(/numFmtId="\d+"/, `numFmtId="${nextFormat++}"`)));
  }
  xml = appendItems(xml, prefix, "numFmts", "numFmt", newFormats);
  for (const [name, item] of [
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
  ]) {
    offsets[item] = collection(xml, name, item).items.length;
    xml = appendItems(xml, prefix, name, item, collection(output, name, item).items.map(withPrefix));
  }
  const xfOffset = collection(xml, "cellXfs", "xf").items.length;
  const xfs = collection(output, "cellXfs", "xf").items.map((xf) =>
    withPrefix(
      xf
        .replace(/\sfontId="(\d+)"/, (_a, n: string) => ` fontId="${Number(n) + offsets.font}"`)
        .replace(/\sfillId="(\d+)"/, (_a, n: string) => ` fillId="${Number(n) + offsets.fill}"`)
        .replace(/\sborderId="(\d+)"/, (_a, n: string) => ` borderId="${Number(n) + offsets.border}"`)
        .replace(/\snumFmtId="(\d+)"/, (_a, n: string) => ` numFmtId="${formatIds.get(Number(n)) ?? n}"`)
        .replace(/\sxfId="\d+"/, ' xfId="0"'),
    ),
  );
  xml = appendItems(xml, prefix, "cellXfs", "xf", xfs);
  return { xml, xfOffset };
}

/** The order of a style sheet's collections (ECMA-376 CT_Stylesheet), to place a missing one. */
const STYLE_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/**
 * `items` added at the end of the collection `name`, its count updated; a collection the styles
 * lack is made, in its place in the schema's order.
 */
function appendItems(xml: string, prefix: string, name: string, item: string, items: string[]): string {
  if (items.length === 0) return xml;
  const { match, items: existing } = collection(xml, name, item);
  const count = existing.length + items.length;
  if (!match) {
    const block = `<${prefix}${name} count="${count}">${items.join("")}</${prefix}${name}>`;
    for (const later of STYLE_ORDER.slice(STYLE_ORDER.indexOf(name) + 1)) {
      const next = new RegExp(`<${PREFIX}${later}\\b`).exec(xml);
      if (next) return xml.slice(0, next.index) + block + xml.slice(next.index);
    }
    const close = new RegExp(`</${PREFIX}styleSheet\\s*>`).exec(xml);
    if (!close) throw new Error("the styles have no styleSheet");
    return xml.slice(0, close.index) + block + xml.slice(close.index);
  }
  const attributes = match[2].replace(/\scount\s*=\s*(["'])[^"']*\1/, "");
  const element = `<${match[1]}${name}${attributes} count="${count}">${match[3] ?? ""}${items.join("")}</${match[1]}${name}>`;
  return xml.slice(0, match.index) + element + xml.slice(match.index + match[0].length);
}
