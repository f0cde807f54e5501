// The summarized copy, put together at the package level: the input's parts as they are, with the
// output sheets (rendered by ExcelJS into a package of their own) added in front.
//
// Going through ExcelJS for the whole copy built an object per input cell with its style: a sheet
// of 130,000 rows took 600 MB and seconds just to be copied. Here an input sheet is never parsed:
// its XML part goes into the copy byte for byte, so values (CR included), formulas, styles,
// comments, drawings and anything ExcelJS does not know stay exactly as they were. Only these
// change in the input's parts:
// - workbook.xml: the sheet list (outputs first, old outputs gone), defined names re-pointed to
//   the sheets' new positions, the first tab active; and each output sheet's mark (below)
//   (copyWorkbook.ts);
// - styles.xml: the output sheets' fonts, fills, borders, number formats and cell formats are
//   appended, and the output sheets' `s` indexes moved past the input's (styles.ts);
// - an input sheet's `tabSelected` is cleared, so only the first output sheet is selected, and
//   its data validations that overlap are cut apart (validations.ts);
// - calcChain.xml is dropped (Excel rebuilds it; one naming a removed sheet is "damaged");
// - macros (vbaProject) are dropped and the workbook typed as .xlsx, which the copy is;
// - the workbook's relationships and the content types follow the parts added and dropped.
// The output sheets' shared strings are written inline, so the input's string table is untouched.
//
// Output sheets carry the product's mark, as the add-in's do (src/excel OUTPUT_MARK): a hidden
// sheet-scoped defined name `ThiDua_Output` = TRUE. The reader (values.ts) reads it back, so a
// later run knows its outputs by the mark, not by their names.
import { XlsxFileError } from "./errors";
import { copyWorkbookXml, REL_NS, type NewSheet } from "./copyWorkbook";
import {
  folderOf,
  partOfType,
  partText,
  relationships,
  relsPartOf,
  sheetEntries,
  WORKBOOK_PART,
  WORKBOOK_RELS_PART,
  workbookRelationships,
  type Relationship,
  type SheetEntry,
} from "./parts";
import { appendStyles, inlineSharedStrings, sharedStringItems, shiftStyles } from "./styles";
import { withoutOverlappingValidations } from "./validations";
import { attribute, PREFIX, rootPrefix } from "./xml";

const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKBOOK_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

interface CopyPlan {
  /** Input sheets to leave out (older outputs), by name as workbook.xml spells it. */
  removeSheets: ReadonlySet<string>;
  /**
   * Whether the new sheets get the output mark: yes for the summary's outputs, no for a sheet
   * that is input once written (the conference's `Bình xét`, which the secretary fills in).
   */
  markNewSheets: boolean;
}

/** The copy's parts while they are put together. */
interface Copy {
  input: Map<string, Buffer>;
  parts: Map<string, Buffer>;
  /** Parts taken out; their names are not given to new parts, and their content types go. */
  dropped: Set<string>;
  /** Workbook relationships to take out with them. */
  removedIds: Set<string>;
}

function drop(copy: Copy, part: string): void {
  copy.parts.delete(part);
  copy.dropped.add(part);
}

/**
 * The copy's parts: `input` with the sheets of `output` (a package ExcelJS wrote with only the
 * output sheets, the first one selected) put in front, and the sheets in `plan.removeSheets` left
 * out. Entry order follows the input's.
 */
export function combinePackages(input: Map<string, Buffer>, output: Map<string, Buffer>, plan: CopyPlan, path = ""): Map<string, Buffer> {
  const inputWorkbook = partText(input, WORKBOOK_PART);
  if (inputWorkbook === null) throw new XlsxFileError("not-xlsx", path, "no xl/workbook.xml");
  const outputWorkbook = partText(output, WORKBOOK_PART) as string;
  const inputRels = workbookRelationships(input);
  const inputSheets = sheetEntries(inputWorkbook, inputRels);
  if (inputSheets.length === 0) throw new XlsxFileError("not-xlsx", path, "no worksheets");

  const copy: Copy = { input, parts: new Map(input), dropped: new Set(), removedIds: new Set() };
  const kept = inputSheets.filter((sheet) => !plan.removeSheets.has(sheet.name));
  for (const sheet of inputSheets) if (!kept.includes(sheet)) dropSheet(copy, sheet);
  dropCalculationChainAndMacros(copy, inputRels);
  for (const sheet of kept) fitInputSheet(copy, sheet);

  const styles = copyStyles(copy, input, output, inputRels);
  const newSheets = addOutputSheets(copy, output, { inputSheets, inputRels, xfOffset: styles.xfOffset });
  const workbookPlan = { inputSheets, kept, newSheets, outputWorkbook, mark: plan.markNewSheets };
  copy.parts.set(WORKBOOK_PART, Buffer.from(copyWorkbookXml(inputWorkbook, workbookPlan), "utf8"));
  copy.parts.set(
    WORKBOOK_RELS_PART,
    Buffer.from(copyWorkbookRels(partText(input, WORKBOOK_RELS_PART), inputRels, copy, newSheets, styles.added), "utf8"),
  );
  copy.parts.set(
    "[Content_Types].xml",
    Buffer.from(copyContentTypes(partText(input, "[Content_Types].xml") ?? "", copy, newSheets, styles.added), "utf8"),
  );
  return copy.parts;
}

/**
 * A removed sheet out, and its parts with it: a removed sheet is an older output, whose only
 * other parts are the chart's drawing and the charts it holds (chart.ts).
 */
function dropSheet(copy: Copy, sheet: SheetEntry): void {
  if (sheet.relId !== null) copy.removedIds.add(sheet.relId);
  if (sheet.part === null) return;
  for (const rel of relationships(partText(copy.input, relsPartOf(sheet.part)), folderOf(sheet.part))) {
    if (rel.part === null || !rel.type.endsWith("/drawing")) continue;
    for (const inner of relationships(partText(copy.input, relsPartOf(rel.part)), folderOf(rel.part))) {
      if (inner.part === null || !inner.type.endsWith("/chart")) continue;
      drop(copy, inner.part);
      drop(copy, relsPartOf(inner.part));
    }
    drop(copy, rel.part);
    drop(copy, relsPartOf(rel.part));
  }
  drop(copy, sheet.part);
  drop(copy, relsPartOf(sheet.part));
}

/** The calculation chain (Excel rebuilds it when it is missing) and macros (an .xlsx holds none) out. */
function dropCalculationChainAndMacros(copy: Copy, inputRels: Relationship[]): void {
  for (const rel of inputRels) {
    // The chain lists formula cells by sheet; one naming a removed sheet is "damaged".
    if (rel.type.endsWith("/calcChain") && rel.part !== null) {
      copy.removedIds.add(rel.id);
      drop(copy, rel.part);
    }
    // The reader has warned that macros are dropped.
    if (rel.type.endsWith("/vbaProject") && rel.part !== null) {
      copy.removedIds.add(rel.id);
      drop(copy, rel.part);
      drop(copy, relsPartOf(rel.part));
    }
  }
  for (const part of [...copy.parts.keys()]) if (/^xl\/vbaProject/i.test(part)) drop(copy, part);
}

/**
 * A kept input sheet: only the first output sheet may be selected, or Excel opens with sheets
 * grouped; and validations that overlap would make Excel call the copy damaged (validations.ts).
 */
function fitInputSheet(copy: Copy, sheet: SheetEntry): void {
  if (sheet.part === null) return;
  const data = copy.parts.get(sheet.part);
  if (data !== undefined) copy.parts.set(sheet.part, withoutOverlappingValidations(withoutTabSelected(data)));
}

/**
 * The output's styles appended to the input's styles part; a package without styles (some
 * generators write none) takes the output's as they are (`added`).
 */
function copyStyles(copy: Copy, input: Map<string, Buffer>, output: Map<string, Buffer>, inputRels: Relationship[]) {
  const stylesPart = partOfType(inputRels, "styles");
  const inputStyles = partText(input, stylesPart);
  const outputStyles = partText(output, "xl/styles.xml") as string;
  if (stylesPart !== null && inputStyles !== null) {
    const merged = appendStyles(inputStyles, outputStyles);
    copy.parts.set(stylesPart, Buffer.from(merged.xml, "utf8"));
    return { xfOffset: merged.xfOffset, added: false };
  }
  const added = inputStyles === null && !copy.parts.has("xl/styles.xml");
  if (added) copy.parts.set("xl/styles.xml", Buffer.from(outputStyles, "utf8"));
  return { xfOffset: null, added };
}

/** The output sheets' parts under new part names and relationship ids, their styles and strings made to fit. */
function addOutputSheets(
  copy: Copy,
  output: Map<string, Buffer>,
  input: { inputSheets: SheetEntry[]; inputRels: Relationship[]; xfOffset: number | null },
): NewSheet[] {
  const strings = sharedStringItems(partText(output, "xl/sharedStrings.xml"));
  const takenIds = new Set(input.inputRels.map((rel) => rel.id));
  let maxSheetId = 0;
  for (const sheet of input.inputSheets) maxSheetId = Math.max(maxSheetId, Number(attribute(sheet.element, "sheetId") ?? 0) || 0);
  let partNumber = 1;
  const newSheets: NewSheet[] = [];
  for (const sheet of sheetEntries(partText(output, WORKBOOK_PART) as string, workbookRelationships(output))) {
    let xml = partText(output, sheet.part) as string;
    const free = (n: number) => `xl/worksheets/sheet${n}.xml`;
    while (copy.parts.has(free(partNumber)) || copy.dropped.has(free(partNumber))) partNumber++;
    const part = free(partNumber++);
    let n = newSheets.length + 1;
    while (takenIds.has(`rIdThiDua${n}`)) n++;
    const id = `rIdThiDua${n}`;
    takenIds.add(id);
    xml = inlineSharedStrings(xml, strings);
    if (input.xfOffset !== null) xml = shiftStyles(xml, input.xfOffset);
    copy.parts.set(part, Buffer.from(xml, "utf8"));
    const sheetRels = partText(output, relsPartOf(sheet.part as string));
    if (sheetRels !== null) {
      // ExcelJS gives an output sheet only external hyperlinks; anything else would point nowhere here.
      if (relationships(sheetRels, "xl/worksheets").some((rel) => rel.part !== null))
        throw new Error(`output sheet ${sheet.name} refers to parts of its own`);
      copy.parts.set(relsPartOf(part), Buffer.from(sheetRels, "utf8"));
    }
    newSheets.push({ name: sheet.name, id, sheetId: maxSheetId + newSheets.length + 1, part, state: attribute(sheet.element, "state") });
  }
  return newSheets;
}

/** `xl/_rels/workbook.xml.rels`: the removed parts' relationships out, the new sheets' (and styles') in. */
function copyWorkbookRels(
  inputXml: string | null,
  inputRels: Relationship[],
  copy: Copy,
  newSheets: NewSheet[],
  addStyles: boolean,
): string {
  const relsXml =
    inputXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const prefix = rootPrefix(relsXml, "Relationships");
  let rels = relsXml;
  for (const rel of inputRels) if (copy.removedIds.has(rel.id)) rels = rels.replace(rel.element, "");
  let added = newSheets
    .map((sheet) => `<${prefix}Relationship Id="${sheet.id}" Type="${WORKSHEET_TYPE}" Target="/${sheet.part}"/>`)
    .join("");
  if (addStyles) added += `<${prefix}Relationship Id="rIdThiDuaStyles" Type="${REL_NS}/styles" Target="/xl/styles.xml"/>`;
  return rels.replace(new RegExp(`</${PREFIX}Relationships\\s*>`), (close) => `${added}${close}`);
}

/** `[Content_Types].xml`: dropped parts' overrides out, the new sheets' (and styles') in, the workbook typed .xlsx. */
function copyContentTypes(inputXml: string, copy: Copy, newSheets: NewSheet[], addStyles: boolean): string {
  const types = inputXml.replace(new RegExp(`<${PREFIX}Override\\b([^>]*?)/?>`, "g"), (element, attributes: string) => {
    const name = attribute(attributes, "PartName");
    if (name === null) return element;
    const part = name.startsWith("/") ? name.slice(1) : name;
    if (copy.dropped.has(part) && !copy.parts.has(part)) return "";
    // A macro-enabled or template workbook becomes a plain .xlsx workbook.
    if (part === WORKBOOK_PART) return element.replace(/ContentType\s*=\s*(["'])[^"']*\1/, `ContentType="${WORKBOOK_CONTENT}"`);
    return element;
  });
  const prefix = rootPrefix(types, "Types");
  let overrides = newSheets.map((sheet) => `<${prefix}Override PartName="/${sheet.part}" ContentType="${WORKSHEET_CONTENT}"/>`).join("");
  if (addStyles) overrides += `<${prefix}Override PartName="/xl/styles.xml" ContentType="${STYLES_CONTENT}"/>`;
  return types.replace(new RegExp(`</${PREFIX}Types\\s*>`), (close) => `${overrides}${close}`);
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
