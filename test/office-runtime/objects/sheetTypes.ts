// The workbook and its sheets as the wire names them: Workbook (worksheets, inserting a file's
// sheets), the WorksheetCollection (get by name or id, add), Worksheet (name, position, visibility,
// tab colour, gridlines, ranges, activate, delete) with its frozen panes and protection. A sheet's
// target is its id, so an object keeps pointing at the same sheet when it is renamed or moved.
import { MAX_COLUMNS, MAX_ROWS } from "../../../src/core/model/address";
import { checkedRect } from "../../excel-host/cellOperations";
import { Application, CREATE_AND_OPEN_WORKBOOK } from "./application";
import { ChartCollection } from "./charts";
import { SHEET_VISIBILITIES } from "../../excel-host/enums";
import { fail } from "../../excel-host/errors";
import {
  colorInput,
  oneOf,
  requireBoolean,
  requireInteger,
  sheetOf,
  writableSheet,
  type SheetTarget,
} from "../../excel-host/formatOperations";
import { insertWorksheetsFromBase64 } from "../../excel-host/insertFromBase64";
import { CustomXmlPartCollection } from "./customXmlParts";
import { NamedItemCollection } from "./namedItems";
import { prop, rangeArgument, requireApi, type ExecContext, type MethodDef, type ObjectType } from "./objectModel";
import { PageBreakCollection } from "./pageBreaks";
import { PageLayout } from "./pageLayout";
import { Range, RangeAreas } from "./rangeTypes";
import { isWholeColumns, isWholeRows, parseAddress, validateSheetName, type Rect } from "../../excel-host/addresses";
import { usedRect } from "../../excel-host/cells";
import { LAST_COL, LAST_ROW } from "../../excel-host/addresses";
import { newSheet, requireStructureUnprotected, sheetId, type SheetModel } from "../../excel-host/workbookModel";

/**
 * `InvalidSelection` from `activate()` and `select()` while another window of the workbook is
 * active: the code is Microsoft's ("The current selection is invalid for this operation",
 * …/testing/application-specific-api-error-handling); that those two raise it then is ASSUMED
 * (reported by add-in authors, not documented). The commands before it stay applied.
 */
export function refuseSelectionElsewhere(exec: ExecContext): void {
  if (exec.core.otherWindowActive) fail("InvalidSelection");
}

function freeze(compute: (exec: ExecContext, args: unknown[]) => { rows: number; columns: number }): MethodDef {
  return {
    run: (exec, t: SheetTarget, args) => {
      const frozen = compute(exec, args);
      writableSheet(exec, t).freeze = frozen;
    },
  };
}

export const WorksheetFreezePanes: ObjectType = {
  typeName: "WorksheetFreezePanes",
  navs: [],
  props: [],
  methods: {
    /** Replaces any earlier freeze (frozen columns are dropped), like Excel's "Freeze Top Row". */
    freezeRows: freeze((_exec, [count]) => ({ rows: requireInteger(count ?? 1, 0, MAX_ROWS - 1), columns: 0 })),
    freezeColumns: freeze((_exec, [count]) => ({ rows: 0, columns: requireInteger(count ?? 1, 0, MAX_COLUMNS - 1) })),
    freezeAt: freeze((_exec, [frozenRange]) => {
      const rect = typeof frozenRange === "string" ? parseAddress(frozenRange).rect : rangeArgument<{ rect: Rect }>(frozenRange).rect;
      return { rows: isWholeColumns(rect) ? 0 : rect.r1 + 1, columns: isWholeRows(rect) ? 0 : rect.c1 + 1 };
    }),
    unfreeze: freeze(() => ({ rows: 0, columns: 0 })),
  },
};

export const WorksheetProtection: ObjectType = {
  typeName: "WorksheetProtection",
  navs: [],
  props: [prop("protected", (exec, t: SheetTarget) => sheetOf(exec, t).protection.protected, undefined, { api: "1.2" })],
  methods: {
    /** Fails with `InvalidOperation` on a sheet that is already protected (the docs say it fails). */
    protect: {
      api: "1.2",
      run: (exec, t: SheetTarget, [options, password]) => {
        if (password !== undefined) requireApi(exec.core, "WorksheetProtection.protect", "1.7");
        const sheet = writableSheet(exec, t);
        if (sheet.protection.protected) fail("InvalidOperation");
        const merged = { ...sheet.protection.options };
        for (const [key, value] of Object.entries((options as Record<string, unknown> | undefined) ?? {})) {
          if (!(key in merged)) fail("InvalidArgument");
          (merged as Record<string, unknown>)[key] =
            key === "selectionMode" ? oneOf(["Normal", "Unlocked", "None"], value) : requireBoolean(value);
        }
        sheet.protection = { protected: true, options: merged, password: (password as string | undefined) ?? null };
      },
    },
  },
};

function visibleSheets(exec: ExecContext): SheetModel[] {
  return exec.tx.sheets.filter((s) => s.visibility === "Visible");
}

/** When the active sheet goes away or is hidden, Excel activates the next visible one. */
function moveActivationFrom(exec: ExecContext, id: string): void {
  const workbook = exec.tx.workbook;
  if (workbook.activeSheetId !== id) return;
  const sheets = exec.tx.sheets;
  const index = sheets.findIndex((s) => s.id === id);
  const after = sheets.slice(index + 1).find((s) => s.id !== id && s.visibility === "Visible");
  const before = sheets
    .slice(0, index)
    .reverse()
    .find((s) => s.visibility === "Visible");
  const next = after ?? before;
  if (next) workbook.activeSheetId = next.id;
}

/** A method giving a range of the sheet from `compute`'s rectangle (null: a null object). */
function rangeMethod(compute: (exec: ExecContext, sheet: SheetModel, args: unknown[]) => Rect | null, api?: string): MethodDef {
  return {
    api,
    returns: () => Range,
    run: (exec, t: SheetTarget, args) => {
      const rect = compute(exec, sheetOf(exec, t), args);
      return rect === null ? null : { sheetId: t.sheetId, rect };
    },
  };
}

/** Longest address `getRange` and `getRanges` read; Microsoft truncates a longer one (see areasOf). */
const ADDRESS_CHARACTERS = 8192;

/**
 * The rectangles of a `getRanges` address: areas separated by commas or semicolons, each an A1
 * address of this sheet. Microsoft documents that the address is cut to its first 8,192 characters
 * (learn.microsoft.com, office/dev/add-ins/excel/excel-add-ins-troubleshooting, "Range return
 * character limit"); the cut list is read as it stands, so an area cut in two is InvalidArgument
 * (what add-in authors report past that length, OfficeDev/office-js#5198) and a cut at a
 * separator silently drops the areas after it. Without an address: the used range (documented).
 */
function areasOf(sheet: SheetModel, address: unknown): Rect[] {
  if (address === undefined || address === null) return [usedRect(sheet, false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }];
  if (typeof address !== "string") return fail("InvalidArgument");
  const parts = address.slice(0, ADDRESS_CHARACTERS).split(/[,;]/);
  return parts.map((part) => {
    const parsed = parseAddress(part.trim());
    if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail("InvalidArgument");
    return parsed.rect;
  });
}

const worksheetProps = [
  prop("id", (exec, t: SheetTarget) => sheetOf(exec, t).id),
  prop(
    "name",
    (exec, t: SheetTarget) => sheetOf(exec, t).name,
    (exec, t: SheetTarget, value) => {
      const name = validateSheetName(value, exec.tx.sheets, t.sheetId);
      if (name !== sheetOf(exec, t).name) requireStructureUnprotected(exec.tx);
      writableSheet(exec, t).name = name;
    },
  ),
  prop(
    "position",
    (exec, t: SheetTarget) => exec.tx.sheets.findIndex((s) => s.id === t.sheetId),
    (exec, t: SheetTarget, value) => {
      const sheets = exec.tx.sheets;
      const position = requireInteger(value, 0, sheets.length - 1);
      const index = sheets.findIndex((s) => s.id === t.sheetId);
      if (index < 0) fail("ItemNotFound");
      if (index !== position) requireStructureUnprotected(exec.tx);
      const [sheet] = sheets.splice(index, 1);
      sheets.splice(position, 0, sheet);
    },
  ),
  prop(
    "visibility",
    (exec, t: SheetTarget) => sheetOf(exec, t).visibility,
    (exec, t: SheetTarget, value) => {
      const visibility = oneOf(SHEET_VISIBILITIES, value);
      const sheet = sheetOf(exec, t);
      if (visibility !== sheet.visibility) requireStructureUnprotected(exec.tx);
      if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleSheets(exec).length === 1) fail("InvalidOperation");
      writableSheet(exec, t).visibility = visibility;
      if (visibility !== "Visible") moveActivationFrom(exec, t.sheetId);
    },
    { setApi: "1.2" },
  ),
  prop(
    "tabColor",
    (exec, t: SheetTarget) => {
      const sheet = sheetOf(exec, t);
      return sheet.visibility === "Visible" ? sheet.tabColor : null;
    },
    (exec, t: SheetTarget, value) => {
      const color = value === "" || value === null ? "" : colorInput(value);
      writableSheet(exec, t).tabColor = color;
    },
    { api: "1.7" },
  ),
  prop(
    "showGridlines",
    (exec, t: SheetTarget) => sheetOf(exec, t).showGridlines,
    (exec, t: SheetTarget, value) => {
      writableSheet(exec, t).showGridlines = requireBoolean(value);
    },
    { api: "1.8" },
  ),
];

export const Worksheet: ObjectType = {
  typeName: "Worksheet",
  navs: [
    { name: "freezePanes", api: "1.7", type: () => WorksheetFreezePanes },
    { name: "pageLayout", api: "1.9", type: () => PageLayout },
    { name: "protection", api: "1.2", type: () => WorksheetProtection },
    { name: "names", api: "1.4", type: () => NamedItemCollection },
    { name: "charts", type: () => ChartCollection },
    { name: "horizontalPageBreaks", api: "1.9", type: () => PageBreakCollection },
  ],
  props: worksheetProps,
  methods: {
    getRange: rangeMethod((_exec, sheet, [address]) => {
      if (address === undefined) return { r0: 0, c0: 0, r1: LAST_ROW, c1: LAST_COL };
      const parsed = parseAddress(address as string);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail("InvalidArgument");
      return parsed.rect;
    }),
    getRanges: {
      api: "1.9",
      returns: () => RangeAreas,
      run: (_exec, t: SheetTarget, [address]) => ({ sheetId: t.sheetId, rects: areasOf(sheetOf(_exec, t), address) }),
    },
    getRangeByIndexes: rangeMethod((_exec, _sheet, args) => {
      const [startRow, startColumn, rowCount, columnCount] = args as number[];
      if (rowCount < 1 || columnCount < 1) fail("InvalidArgument");
      return checkedRect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1);
    }, "1.7"),
    /**
     * Values or formatting (or values only); on a blank sheet the top left cell, as Microsoft documents
     * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
     */
    getUsedRange: rangeMethod((_exec, sheet, [valuesOnly]) => usedRect(sheet, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }),
    /** Values or formatting (or values only); a null object for a blank sheet. */
    getUsedRangeOrNullObject: rangeMethod((_exec, sheet, [valuesOnly]) => usedRect(sheet, valuesOnly === true), "1.4"),
    activate: {
      run: (exec, t: SheetTarget) => {
        const sheet = sheetOf(exec, t);
        if (sheet.visibility !== "Visible") fail("InvalidOperation");
        refuseSelectionElsewhere(exec);
        exec.tx.workbook.activeSheetId = sheet.id;
      },
    },
    delete: {
      run: (exec, t: SheetTarget) => {
        const sheet = sheetOf(exec, t);
        requireStructureUnprotected(exec.tx);
        if (sheet.visibility === "VeryHidden") fail("InvalidOperation");
        if (sheet.visibility === "Visible" && visibleSheets(exec).length === 1) fail("InvalidOperation");
        moveActivationFrom(exec, sheet.id);
        const sheets = exec.tx.sheets;
        sheets.splice(
          sheets.findIndex((s) => s.id === sheet.id),
          1,
        );
      },
    },
  },
};

function findSheet(exec: ExecContext, key: unknown): SheetModel | undefined {
  if (typeof key !== "string") return undefined;
  return exec.tx.sheetByName(key) ?? exec.tx.sheet(key);
}

/** Appends the sheet at the end without activating it. */
function addSheet(exec: ExecContext, name: unknown): SheetTarget {
  const workbook = exec.tx.workbook;
  requireStructureUnprotected(exec.tx);
  let finalName: string;
  if (name === undefined || name === null) {
    let n = 1;
    while (exec.tx.sheetByName(`Sheet${n}`)) n++;
    finalName = `Sheet${n}`;
  } else finalName = validateSheetName(name, exec.tx.sheets);
  const sheet = newSheet(sheetId(workbook.nextSheetId++), finalName);
  exec.tx.sheets.push(sheet);
  exec.tx.adopt(sheet);
  return { sheetId: sheet.id };
}

export const WorksheetCollection: ObjectType = {
  typeName: "WorksheetCollection",
  navs: [],
  props: [],
  collection: {
    itemType: () => Worksheet,
    list: (exec) => exec.tx.sheets.map((s) => s.id),
    itemTarget: (_t, id) => ({ sheetId: id }),
  },
  methods: {
    /** By name (ignoring case) or id. */
    getItem: { returns: () => Worksheet, run: (exec, _t, [key]) => ({ sheetId: (findSheet(exec, key) ?? fail("ItemNotFound")).id }) },
    getItemOrNullObject: {
      api: "1.4",
      returns: () => Worksheet,
      run: (exec, _t, [key]) => {
        const sheet = findSheet(exec, key);
        return sheet ? { sheetId: sheet.id } : null;
      },
    },
    add: { returns: () => Worksheet, run: (exec, _t, [name]) => addSheet(exec, name) },
  },
};

/** `workbook.protection` (ExcelApi 1.7): whether the structure is protected. */
export const WorkbookProtection: ObjectType = {
  typeName: "WorkbookProtection",
  navs: [],
  props: [prop("protected", (exec) => exec.tx.workbook.structureProtected, undefined, { api: "1.7" })],
  methods: {},
};

export const Workbook: ObjectType = {
  typeName: "Workbook",
  navs: [
    { name: "application", type: () => Application },
    { name: "worksheets", type: () => WorksheetCollection },
    { name: "protection", api: "1.7", type: () => WorkbookProtection },
    { name: "customXmlParts", api: "1.5", type: () => CustomXmlPartCollection, map: () => ({ namespace: null }) },
  ],
  props: [],
  methods: {
    /** ExcelApi 1.13: a file's sheets inserted, their ids answered (insertFromBase64.ts). */
    insertWorksheetsFromBase64: {
      api: "1.13",
      result: true,
      run: (exec, _t, [base64, options]) => {
        requireStructureUnprotected(exec.tx);
        return insertWorksheetsFromBase64(exec.tx, () => sheetId(exec.tx.workbook.nextSheetId++), base64, options ?? {}, exec.core.web);
      },
    },
    /** ExcelApi 1.8, Excel on the web's `Excel.createWorkbook` (application.ts). */
    createAndOpenWorkbook: CREATE_AND_OPEN_WORKBOOK,
  },
};

/** What the runtime's global object path (`context.workbook`) stands for. */
export const WORKBOOK_TARGET = { kind: "workbook" };
