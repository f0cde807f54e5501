// A range's formatting as the wire names it: RangeFormat (alignment, wrap, column width, row
// height) and its font, fill, borders and cell protection. Each is read as the value its cells
// share (null when they differ) and written cell by cell (formatOperations.ts).
import {
  BORDER_INDEXES,
  BORDER_STYLES,
  BORDER_WEIGHTS,
  HORIZONTAL_ALIGNMENTS,
  UNDERLINE_STYLES,
  VERTICAL_ALIGNMENTS,
} from "../../excel-host/enums";
import { fail } from "../../excel-host/errors";
import { prop, type ObjectType, type PropertyDef } from "./objectModel";
import {
  checkProtection,
  colorInput,
  oneOf,
  readBorder,
  requireBoolean,
  requireNumber,
  sheetOf,
  uniform,
  updateFormat,
  writableSheet,
  writeBorder,
  type BorderTarget,
  type RangeTarget,
} from "../../excel-host/formatOperations";
import { isWholeColumns, isWholeRows } from "../../excel-host/addresses";
import type { ResolvedFormat, SheetModel } from "../../excel-host/workbookModel";

function fontProp(name: keyof ResolvedFormat["font"], validate: (value: unknown) => unknown): PropertyDef {
  return prop(
    name,
    (exec, t: RangeTarget) => uniform(exec, t, (f) => f.font[name]),
    (exec, t: RangeTarget, value) => {
      const checked = validate(value);
      updateFormat(exec, t, "formatCells", () => ({ font: { [name]: checked } }));
    },
  );
}

/** A format a cell keeps as one value (alignment, wrap), read as the value the range's cells share. */
function cellFormatProp(
  name: "horizontalAlignment" | "verticalAlignment" | "wrapText",
  validate: (value: unknown) => unknown,
): PropertyDef {
  return prop(
    name,
    (exec, t: RangeTarget) => uniform(exec, t, (f) => f[name]),
    (exec, t: RangeTarget, v) => {
      const value = validate(v);
      updateFormat(exec, t, "formatCells", () => ({ [name]: value }));
    },
  );
}

export const RangeFont: ObjectType = {
  typeName: "RangeFont",
  navs: [],
  props: [
    fontProp("bold", requireBoolean),
    fontProp("italic", requireBoolean),
    fontProp("color", colorInput),
    fontProp("name", (v) => (typeof v === "string" && v.length > 0 && v.length <= 31 ? v : fail("InvalidArgument"))),
    fontProp("size", (v) => requireNumber(v, 1, 409)),
    fontProp("underline", (v) => oneOf(UNDERLINE_STYLES, v)),
  ],
};

export const RangeFill: ObjectType = {
  typeName: "RangeFill",
  navs: [],
  props: [
    // An unfilled cell reads "#FFFFFF", as in Excel.
    prop(
      "color",
      (exec, t: RangeTarget) => uniform(exec, t, (f) => f.fill ?? "#FFFFFF"),
      (exec, t: RangeTarget, value) => {
        const color = colorInput(value);
        updateFormat(exec, t, "formatCells", () => ({ fill: color }));
      },
    ),
  ],
};

export const FormatProtection: ObjectType = {
  typeName: "FormatProtection",
  navs: [],
  props: [
    prop(
      "locked",
      (exec, t: RangeTarget) => uniform(exec, t, (f) => f.locked),
      (exec, t: RangeTarget, value) => {
        const locked = requireBoolean(value);
        updateFormat(exec, t, "lockState", () => ({ locked }));
      },
      { api: "1.2" },
    ),
  ],
};

export const RangeBorder: ObjectType = {
  typeName: "RangeBorder",
  navs: [],
  props: [
    prop(
      "style",
      (exec, t: BorderTarget) => readBorder(exec, t, "style"),
      (exec, t: BorderTarget, v) => writeBorder(exec, t, "style", oneOf(BORDER_STYLES, v)),
    ),
    prop(
      "weight",
      (exec, t: BorderTarget) => readBorder(exec, t, "weight"),
      (exec, t: BorderTarget, v) => writeBorder(exec, t, "weight", oneOf(BORDER_WEIGHTS, v)),
    ),
    prop(
      "color",
      (exec, t: BorderTarget) => readBorder(exec, t, "color"),
      (exec, t: BorderTarget, v) => writeBorder(exec, t, "color", colorInput(v)),
    ),
  ],
};

export const RangeBorderCollection: ObjectType = {
  typeName: "RangeBorderCollection",
  navs: [],
  props: [],
  methods: {
    getItem: {
      returns: () => RangeBorder,
      run: (_exec, t: RangeTarget, [index]) => ({ ...t, side: oneOf(BORDER_INDEXES, index) }),
    },
  },
};

/** Whole-sheet spans: the explicit sizes plus the default stand for the rest. */
function uniformSize(first: number, last: number, explicit: Map<number, number>, fallback: number): number | null {
  if (last - first > 100000) {
    const values = new Set<number>([fallback]);
    for (const [index, value] of explicit) if (index >= first && index <= last) values.add(value);
    return values.size === 1 ? fallback : null;
  }
  const size = (i: number) => explicit.get(i) ?? fallback;
  const value = size(first);
  for (let i = first + 1; i <= last; i++) if (size(i) !== value) return null;
  return value;
}

function setColumnWidth(sheet: SheetModel, t: RangeTarget, width: number): void {
  if (isWholeRows(t.rect)) {
    sheet.standardWidth = width;
    sheet.columnWidths.clear();
  } else for (let c = t.rect.c0; c <= t.rect.c1; c++) sheet.columnWidths.set(c, width);
}

function setRowHeight(sheet: SheetModel, t: RangeTarget, height: number): void {
  if (isWholeColumns(t.rect)) {
    sheet.standardHeight = height;
    sheet.rowHeights.clear();
  } else for (let r = t.rect.r0; r <= t.rect.r1; r++) sheet.rowHeights.set(r, height);
}

export const RangeFormat: ObjectType = {
  typeName: "RangeFormat",
  navs: [
    { name: "font", type: () => RangeFont },
    { name: "fill", type: () => RangeFill },
    { name: "borders", type: () => RangeBorderCollection },
    { name: "protection", api: "1.2", type: () => FormatProtection },
  ],
  props: [
    cellFormatProp("horizontalAlignment", (v) => oneOf(HORIZONTAL_ALIGNMENTS, v)),
    cellFormatProp("verticalAlignment", (v) => oneOf(VERTICAL_ALIGNMENTS, v)),
    cellFormatProp("wrapText", requireBoolean),
    prop(
      "columnWidth",
      (exec, t: RangeTarget) => {
        const sheet = sheetOf(exec, t);
        return uniformSize(t.rect.c0, t.rect.c1, sheet.columnWidths, sheet.standardWidth);
      },
      (exec, t: RangeTarget, v) => {
        const width = requireNumber(v, 0, 1789);
        const sheet = writableSheet(exec, t);
        checkProtection(exec, sheet, t.rect, "formatColumns");
        setColumnWidth(sheet, t, width);
      },
      { api: "1.2" },
    ),
    prop(
      "rowHeight",
      (exec, t: RangeTarget) => {
        const sheet = sheetOf(exec, t);
        return uniformSize(t.rect.r0, t.rect.r1, sheet.rowHeights, sheet.standardHeight);
      },
      (exec, t: RangeTarget, v) => {
        const height = requireNumber(v, 0, 409);
        const sheet = writableSheet(exec, t);
        checkProtection(exec, sheet, t.rect, "formatRows");
        setRowHeight(sheet, t, height);
      },
      { api: "1.2" },
    ),
  ],
};
