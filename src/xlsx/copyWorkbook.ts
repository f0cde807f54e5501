// workbook.xml of the summarized copy (copy.ts): the input's, with the output sheets put in front
// of the kept sheets, the defined names re-pointed to the sheets' new positions (and the outputs'
// own names and marks added), and the first tab active. Everything else in the part stays as
// the input wrote it.
import { nameKey, OUTPUT_MARK } from "../core";
import { definedNameElements, type SheetEntry } from "./parts";
import { attribute, decodeXml, escapeRegExp, escapeXml, PREFIX, rootPrefix } from "./xml";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** An output sheet as the copy adds it. */
export interface NewSheet {
  name: string;
  /** Its relationship id in the workbook's relationships. */
  id: string;
  sheetId: number;
  part: string;
  state: string | null;
}

interface WorkbookPlan {
  inputSheets: SheetEntry[];
  kept: SheetEntry[];
  newSheets: NewSheet[];
  /** The output package's workbook.xml, whose defined names (print titles) come along. */
  outputWorkbook: string;
  /** Whether the new sheets get the output mark. */
  mark: boolean;
}

/** The copy's workbook.xml from the input's. */
export function copyWorkbookXml(inputWorkbook: string, plan: WorkbookPlan): string {
  const prefix = rootPrefix(inputWorkbook, "workbook");
  let workbook = withSheetList(inputWorkbook, prefix, plan);
  workbook = withDefinedNames(workbook, prefix, {
    inputSheets: plan.inputSheets,
    kept: plan.kept,
    added: plan.newSheets.map((sheet) => sheet.name),
    outputNames: definedNameElements(plan.outputWorkbook).map((element) =>
      element.replace(/<(\/?)(?:[\w.-]+:)?definedName\b/g, `<$1${prefix}definedName`),
    ),
    marks: (plan.mark ? plan.newSheets : []).map(
      (_, index) => `<${prefix}definedName name="${OUTPUT_MARK}" localSheetId="${index}" hidden="1">TRUE</${prefix}definedName>`,
    ),
  });
  return withFirstTabActive(workbook, prefix);
}

/** The sheet list: the new sheets, then the kept ones as they were written. */
function withSheetList(workbook: string, prefix: string, plan: WorkbookPlan): string {
  const relPrefix = namespacePrefix(workbook, REL_NS);
  const sheetElements = plan.newSheets.map((sheet) => {
    const rid = relPrefix === null ? `xmlns:thr="${REL_NS}" thr:id="${sheet.id}"` : `${relPrefix}:id="${sheet.id}"`;
    const state = sheet.state !== null && sheet.state !== "visible" ? ` state="${sheet.state}"` : "";
    return `<${prefix}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}"${state} ${rid}/>`;
  });
  return workbook.replace(
    new RegExp(`(<${PREFIX}sheets\\b[^>]*>)[\\s\\S]*?(</${PREFIX}sheets\\s*>)`),
    (_all, open: string, close: string) => `${open}${sheetElements.join("")}${plan.kept.map((s) => s.element).join("")}${close}`,
  );
}

/** The prefix the root element binds to `namespace`, or null. */
function namespacePrefix(xml: string, namespace: string): string | null {
  const root = new RegExp(`<${PREFIX}workbook\\b[^>]*>`).exec(xml)?.[0] ?? "";
  for (const match of root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) if (match[2] === namespace) return match[1];
  return null;
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
  for (const sheet of plan.inputSheets) {
    const position = plan.kept.indexOf(sheet);
    if (position >= 0) newIndex.set(sheet.position, plan.added.length + position);
  }
  const refersToRemoved = (formula: string) =>
    removed.some((sheet) => {
      const quoted = `'${sheet.name.replace(/'/g, "''")}'!`;
      const bare = new RegExp(`(?:^|[^\\w.'])${escapeRegExp(sheet.name)}!`);
      return formula.includes(escapeXml(quoted).replace(/'/g, "&apos;")) || formula.includes(quoted) || bare.test(formula);
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
