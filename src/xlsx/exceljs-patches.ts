// Workarounds for ExcelJS 4.4 bugs, applied once when the xlsx adapter is loaded.
//
// Internal hyperlinks (`#'Sheet'!G12`): ExcelJS writes them as an *external* relationship and
// also sets `location`, so Excel opens `#'Sheet'!G12##'Sheet'!G12` and the link goes nowhere
// (exceljs/exceljs#3027). A real internal link is `<hyperlink ref location>` with no r:id. And on
// reading, ExcelJS drops every hyperlink that has no r:id, so links a user made inside their own
// workbook would silently disappear when we save the copy. Both directions are patched here.
//
// Cached formula results: a formula saved with `<v></v>` (an empty-text result, which Excel and
// LibreOffice write for `=""` or an IF that yields "") has no text node, so ExcelJS never sees a
// value and the cell looks never calculated. The cell parser is patched to remember that `<v>` was
// there. (Results of 0 and FALSE are kept by the parser but dropped by `cell.value`, which copies
// only truthy fields; the reader uses `cell.result` instead.)
//
// Merges and data validations of imported sheets never reach ExcelJS (package.ts takes them out, as
// ExcelJS expands them cell by cell). For `thidua import` they are written back as they were:
// a sheet whose removed parts are attached with `keepRemovedParts` renders that XML in their place.
//
// Text in the XML: ExcelJS writes a CR as a raw character, which every XML reader (Excel too)
// turns into a line feed, and silently drops the other control characters. A CR is written
// `&#13;` and the others as Excel's own `_xHHHH_` escapes, so text survives the copy as it was.
//
// ExcelJS prints its own warning on the console when a sheet name is over 31 characters (then
// truncates it, as Excel would); the command line speaks for itself, so that warning is dropped.
// And it throws "already exists" when it loads such a sheet, which is fixed here too.
// Nothing else in ExcelJS is touched; the Office.js writer does not use this module.

import { encodeXml } from "./xml";

const HyperlinkXform: any = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform");
const WorksheetXform: any = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform");
const CellXform: any = require("exceljs/lib/xlsx/xform/sheet/cell-xform");
const ExcelJsUtils: any = require("exceljs/lib/utils/utils");
const Worksheet: any = require("exceljs/lib/doc/worksheet");

const PATCHED = Symbol.for("thidua.exceljs-internal-links");
/** Where a worksheet carries its removed merges and validations: on its data-validations model,
 * the one object ExcelJS passes unchanged from the worksheet to the sheet writer. */
const REMOVED_PARTS = Symbol.for("thidua.removed-sheet-parts");

/** The XML to write in place of a sheet's merges and validations. */
interface RawSheetParts {
  mergeCellsXml: string | null;
  dataValidationsXml: string | null;
}

/** Makes `worksheet` write `parts` as its merges and validations when saved. */
export function keepRemovedParts(worksheet: unknown, parts: RawSheetParts): void {
  const validations = (worksheet as { dataValidations: { model: Record<symbol, unknown> } }).dataValidations;
  validations.model[REMOVED_PARTS] = parts;
}

/** The merges and validations kept aside for `worksheet` when it was loaded, if any. */
export function removedPartsOf(worksheet: unknown): RawSheetParts | null {
  const validations = (worksheet as { dataValidations: { model: Record<symbol, unknown> } }).dataValidations;
  return (validations.model[REMOVED_PARTS] as RawSheetParts | undefined) ?? null;
}
const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

function isInternalTarget(target: unknown): target is string {
  return typeof target === "string" && target.startsWith("#");
}

/** Installs the patches; safe to call more than once. */
export function patchExcelJs(): void {
  if (HyperlinkXform.prototype[PATCHED]) return;
  HyperlinkXform.prototype[PATCHED] = true;
  patchInternalLinks();
  patchRemovedParts();
  ExcelJsUtils.xmlEncode = encodeXml;
  patchLongSheetNames();
  patchEmptyCachedText();
}

/** Internal hyperlinks written as `<hyperlink ref location>` and read back (see the top). */
function patchInternalLinks(): void {
  const originalRender = HyperlinkXform.prototype.render;
  HyperlinkXform.prototype.render = function render(xmlStream: any, model: any) {
    if (isInternalTarget(model.target)) {
      xmlStream.leafNode("hyperlink", { ref: model.address, location: model.target.slice(1), tooltip: model.tooltip });
      return;
    }
    originalRender.call(this, xmlStream, model);
  };

  // prepare() gives every hyperlink an external relationship; internal ones must not have one.
  const originalPrepare = WorksheetXform.prototype.prepare;
  WorksheetXform.prototype.prepare = function prepare(model: any, options: any) {
    originalPrepare.call(this, model, options);
    const internalIds = new Set((model.hyperlinks ?? []).filter((h: any) => isInternalTarget(h.target)).map((h: any) => h.rId));
    if (internalIds.size > 0 && Array.isArray(model.rels)) {
      model.rels = model.rels.filter((rel: any) => !internalIds.has(rel.Id));
    }
  };

  // On reading, give location-only hyperlinks a stand-in relationship so ExcelJS keeps them as
  // `{ text, hyperlink: "#…" }` cells.
  const originalReconcile = WorksheetXform.prototype.reconcile;
  WorksheetXform.prototype.reconcile = function reconcile(model: any, options: any) {
    let n = 0;
    for (const hyperlink of model.hyperlinks ?? []) {
      if (!hyperlink.rId && typeof hyperlink.target === "string" && hyperlink.target !== "") {
        const id = `thiduaLocation${++n}`;
        model.relationships = model.relationships ?? [];
        model.relationships.push({ Id: id, Type: HYPERLINK_REL, Target: `#${hyperlink.target}` });
        hyperlink.rId = id;
      }
    }
    return originalReconcile.call(this, model, options);
  };
}

/** A sheet with removed merges and validations attached writes them back in their places. */
function patchRemovedParts(): void {
  const originalSheetRender = WorksheetXform.prototype.render;
  WorksheetXform.prototype.render = function render(xmlStream: any, model: any) {
    const parts: RawSheetParts | undefined = model?.dataValidations?.[REMOVED_PARTS];
    if (!parts) return originalSheetRender.call(this, xmlStream, model);
    const { mergeCells, dataValidations } = this.map;
    // Same places in the element order as ExcelJS's own: after autoFilter, around conditional formats.
    this.map.mergeCells = { render: (stream: any) => parts.mergeCellsXml && stream.writeXml(parts.mergeCellsXml) };
    this.map.dataValidations = { render: (stream: any) => parts.dataValidationsXml && stream.writeXml(parts.dataValidationsXml) };
    try {
      return originalSheetRender.call(this, xmlStream, model);
    } finally {
      this.map.mergeCells = mergeCells;
      this.map.dataValidations = dataValidations;
    }
  };
}

/** A sheet name over 31 characters loads (truncated, as Excel would) without a console warning. */
function patchLongSheetNames(): void {
  const nameProperty = Object.getOwnPropertyDescriptor(Worksheet.prototype, "name");
  if (nameProperty?.set) {
    const setName = nameProperty.set;
    Object.defineProperty(Worksheet.prototype, "name", {
      ...nameProperty,
      set(name: string) {
        // Loading sets each name twice; the second time ExcelJS finds the sheet's own (truncated)
        // name taken and throws, so a name over 31 characters could not be copied at all.
        if (typeof name === "string" && name.substring(0, 31) === this._name) return;
        const warn = console.warn;
        console.warn = () => undefined;
        try {
          setName.call(this, name);
        } finally {
          console.warn = warn;
        }
      },
    });
  }
}

/** A formula saved with `<v></v>` keeps its empty text result. */
function patchEmptyCachedText(): void {
  const originalParseOpen = CellXform.prototype.parseOpen;
  CellXform.prototype.parseOpen = function parseOpen(node: any) {
    if (!this.parser && node.name === "c") this.sawCachedValue = false;
    if (!this.parser && node.name === "v") this.sawCachedValue = true;
    return originalParseOpen.call(this, node);
  };
  const originalParseClose = CellXform.prototype.parseClose;
  CellXform.prototype.parseClose = function parseClose(name: string) {
    const result = originalParseClose.call(this, name);
    if (name === "c" && !this.parser) {
      const model = this.model;
      // `<v></v>`: an empty result. Only text results can be empty; a number or boolean needs digits.
      if ((model.formula || model.shareType) && this.sawCachedValue && model.result === undefined && this.t === "str") {
        model.result = "";
      }
    }
    return result;
  };
}
