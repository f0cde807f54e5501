// A sheet's print setup as the wire names it (`worksheet.pageLayout`, ExcelApi 1.9): orientation,
// paper, zoom, centring, margins, print title rows, the header and footer texts and which pages
// have their own (the group's state). Its target is the sheet's; the model keeps it as the sheet's
// `pageLayout`.
import { isWireObject, prop, type ObjectType, type PropertyDef } from "./objectModel";
import { HEADER_FOOTER_STATES, PAGE_ORIENTATIONS, PAPER_TYPES } from "../../excel-host/enums";
import { fail } from "../../excel-host/errors";
import {
  oneOf,
  requireBoolean,
  requireInteger,
  requireNumber,
  requireString,
  sheetOf,
  writableSheet,
  type SheetTarget,
} from "../../excel-host/formatOperations";
import { isWholeRows, parseAddress, type Rect } from "../../excel-host/addresses";
import type { HeaderFooterGroupModel, HeaderFooterModel, PageLayoutModel, SheetModel } from "../../excel-host/workbookModel";

interface HeaderFooterTarget {
  sheetId: string;
  which: "defaultForAllPages" | "firstPage" | "evenPages" | "oddPages";
}

function pageProp(name: keyof PageLayoutModel, validate: (value: unknown) => unknown): PropertyDef {
  return prop(
    name,
    (exec, t: SheetTarget) => {
      const value = sheetOf(exec, t).pageLayout[name];
      return typeof value === "object" && value !== null ? { ...value } : value;
    },
    (exec, t: SheetTarget, value) => {
      const checked = validate(value);
      const sheet = writableSheet(exec, t);
      sheet.pageLayout = { ...sheet.pageLayout, [name]: checked };
    },
  );
}

function zoomInput(value: unknown): unknown {
  if (typeof value !== "object" || value === null) fail("InvalidArgument");
  const zoom = value as Record<string, unknown>;
  const result: Record<string, number> = {};
  if (zoom.scale !== undefined && zoom.scale !== null) result.scale = requireNumber(zoom.scale, 10, 400);
  if (zoom.horizontalFitToPages !== undefined && zoom.horizontalFitToPages !== null)
    result.horizontalFitToPages = requireInteger(zoom.horizontalFitToPages, 0, 32767);
  if (zoom.verticalFitToPages !== undefined && zoom.verticalFitToPages !== null)
    result.verticalFitToPages = requireInteger(zoom.verticalFitToPages, 0, 32767);
  if (Object.keys(result).length === 0) fail("InvalidArgument");
  if (result.scale !== undefined && (result.horizontalFitToPages !== undefined || result.verticalFitToPages !== undefined))
    fail("InvalidArgument");
  return result;
}

const margin = (v: unknown) => requireNumber(v, 0, 1000);

/** Points in one of `PrintMarginUnit` (learn.microsoft.com/javascript/api/excel/excel.printmarginunit). */
const POINTS_PER: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
const MARGIN_OF: Record<string, keyof PageLayoutModel> = {
  left: "leftMargin",
  right: "rightMargin",
  top: "topMargin",
  bottom: "bottomMargin",
  header: "headerMargin",
  footer: "footerMargin",
};

/**
 * `setPrintMargins(unit, marginOptions)` (ExcelApi 1.9): the margins given, in `unit`; those left
 * out stay. ASSUMED (undocumented): an unknown unit or option, or a value out of range, is
 * `InvalidArgument` and sets none of them, as a property set out of range is.
 */
function setPrintMargins(sheet: SheetModel, unit: unknown, options: unknown): void {
  const scale = POINTS_PER[requireString(unit)] ?? fail("InvalidArgument");
  if (typeof options !== "object" || options === null) fail("InvalidArgument");
  const margins: Partial<PageLayoutModel> = {};
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    const name = MARGIN_OF[key] ?? fail("InvalidArgument");
    (margins as Record<string, unknown>)[name] = margin(requireNumber(value, 0, 1000) * scale);
  }
  sheet.pageLayout = { ...sheet.pageLayout, ...margins };
}

function headerFooterProp(name: keyof HeaderFooterModel): PropertyDef {
  return prop(
    name,
    (exec, t: HeaderFooterTarget) => sheetOf(exec, t).pageLayout.headersFooters[t.which][name],
    (exec, t: HeaderFooterTarget, value) => {
      const text = requireString(value);
      if (text.length > 255) fail("InvalidArgument");
      const sheet = writableSheet(exec, t);
      const group = sheet.pageLayout.headersFooters;
      sheet.pageLayout = {
        ...sheet.pageLayout,
        headersFooters: { ...group, [t.which]: { ...group[t.which], [name]: text } },
      };
    },
  );
}

export const HeaderFooter: ObjectType = {
  typeName: "HeaderFooter",
  navs: [],
  props: (["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const).map(headerFooterProp),
};

/** A property of the group itself (`state`, `useSheetMargins`, `useSheetScale`); its target is the sheet's. */
function groupProp(name: "state" | "useSheetMargins" | "useSheetScale", validate: (value: unknown) => unknown): PropertyDef {
  return prop(
    name,
    (exec, t: SheetTarget) => sheetOf(exec, t).pageLayout.headersFooters[name],
    (exec, t: SheetTarget, value) => {
      const checked = validate(value) as HeaderFooterGroupModel[typeof name];
      const sheet = writableSheet(exec, t);
      sheet.pageLayout = { ...sheet.pageLayout, headersFooters: { ...sheet.pageLayout.headersFooters, [name]: checked } };
    },
  );
}

export const HeaderFooterGroup: ObjectType = {
  typeName: "HeaderFooterGroup",
  props: [
    groupProp("state", (v) => oneOf(HEADER_FOOTER_STATES, v)),
    groupProp("useSheetMargins", requireBoolean),
    groupProp("useSheetScale", requireBoolean),
  ],
  navs: (["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const).map((which) => ({
    name: which,
    type: () => HeaderFooter,
    map: (t: SheetTarget) => ({ sheetId: t.sheetId, which }),
  })),
};

/** `"$1:$2"` for whole rows of this sheet (a Range or an address); `InvalidArgument` otherwise. */
function printTitleRows(sheet: SheetModel, input: unknown): string {
  let rect: Rect;
  if (isWireObject(input)) rect = (input.target as { rect: Rect }).rect;
  else {
    const parsed = parseAddress(requireString(input));
    if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail("InvalidArgument");
    rect = parsed.rect;
  }
  return isWholeRows(rect) ? `$${rect.r0 + 1}:$${rect.r1 + 1}` : fail("InvalidArgument");
}

export const PageLayout: ObjectType = {
  typeName: "PageLayout",
  navs: [{ name: "headersFooters", type: () => HeaderFooterGroup }],
  props: [
    pageProp("orientation", (v) => oneOf(PAGE_ORIENTATIONS, v)),
    pageProp("paperSize", (v) => oneOf(PAPER_TYPES, v)),
    pageProp("zoom", zoomInput),
    pageProp("centerHorizontally", requireBoolean),
    pageProp("centerVertically", requireBoolean),
    pageProp("leftMargin", margin),
    pageProp("rightMargin", margin),
    pageProp("topMargin", margin),
    pageProp("bottomMargin", margin),
    pageProp("headerMargin", margin),
    pageProp("footerMargin", margin),
  ],
  methods: {
    setPrintMargins: { run: (exec, t: SheetTarget, [unit, options]) => setPrintMargins(writableSheet(exec, t), unit, options) },
    setPrintTitleRows: {
      run: (exec, t: SheetTarget, [rows]) => {
        const sheet = writableSheet(exec, t);
        sheet.pageLayout = { ...sheet.pageLayout, printTitleRows: printTitleRows(sheet, rows) };
      },
    },
  },
};
