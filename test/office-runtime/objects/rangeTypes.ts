// Ranges as the wire names them: Range (its cells' values, formulas, number formats and links,
// its format and data validation, merging, clearing, pasting with copyFrom, selecting) and the
// RangeAreas of its merged areas or of `Worksheet.getRanges`, with their format (areaFormat.ts). A range's target is its sheet's id and a rectangle, so a range
// keeps pointing at the same cells when its sheet is renamed or moved.
import {
  clearRange,
  formulaOf,
  gridOf,
  hyperlinkOf,
  mergeRange,
  rangeValue,
  setHyperlink,
  writeInput,
  writeNumberFormat,
} from "../../excel-host/cellOperations";
import { DataValidation } from "./dataValidation";
import { CLEAR_APPLY_TO } from "../../excel-host/enums";
import { fail } from "../../excel-host/errors";
import { oneOf, sheetOf, writableSheet, type AreasTarget, type RangeTarget } from "../../excel-host/formatOperations";
import { perArea } from "./areaFormat";
import { RangeFormat } from "./formatTypes";
import { prop, rangeArgument, type ExecContext, type ObjectType } from "./objectModel";
import { copyRange } from "../../excel-host/sheetOperations";
import { refuseSelectionElsewhere, Worksheet } from "./sheetTypes";
import { intersects, parseAddress, qualifiedAddress, rangeOf, rectCellCount, rectOf, rectToA1 } from "../../excel-host/addresses";
import { numberFormatAt, usedRect, valueType, wireValue } from "../../excel-host/cells";

/**
 * `setColumnProperties` or `setRowProperties`: one entry per column (row) of the range, each `{}`
 * or `{ format: { columnWidth } }` (`rowHeight`), set on that one column (row).
 */
function linePropertiesMethod(line: "column" | "row") {
  const property = line === "column" ? "columnWidth" : "rowHeight";
  return {
    api: "1.9",
    run: (exec: ExecContext, t: RangeTarget, [data]: unknown[]) => {
      const count = line === "column" ? t.rect.c1 - t.rect.c0 + 1 : t.rect.r1 - t.rect.r0 + 1;
      if (!Array.isArray(data) || data.length !== count) fail("InvalidArgument");
      const setter = RangeFormat.props.find((p) => p.name === property);
      (data as Array<Record<string, unknown>>).forEach((entry, i) => {
        const keys = Object.keys(entry ?? {});
        if (keys.length === 0) return;
        const format = entry.format as Record<string, unknown> | undefined;
        if (keys.length !== 1 || !format || Object.keys(format).join() !== property) fail("InvalidArgument");
        const rect =
          line === "column" ? { ...t.rect, c0: t.rect.c0 + i, c1: t.rect.c0 + i } : { ...t.rect, r0: t.rect.r0 + i, r1: t.rect.r0 + i };
        setter?.set?.(exec, { sheetId: t.sheetId, rect }, format[property]);
      });
    },
  };
}

export const Range: ObjectType = {
  typeName: "Range",
  navs: [
    { name: "format", type: () => RangeFormat },
    { name: "dataValidation", api: "1.8", type: () => DataValidation },
    { name: "worksheet", type: () => Worksheet, map: (t: RangeTarget) => ({ sheetId: t.sheetId }) },
  ],
  props: [
    prop("address", (exec, t: RangeTarget) => qualifiedAddress(sheetOf(exec, t).name, t.rect)),
    prop("rowIndex", (_exec, t: RangeTarget) => t.rect.r0),
    prop("columnIndex", (_exec, t: RangeTarget) => t.rect.c0),
    prop("rowCount", (_exec, t: RangeTarget) => t.rect.r1 - t.rect.r0 + 1),
    prop("columnCount", (_exec, t: RangeTarget) => t.rect.c1 - t.rect.c0 + 1),
    prop(
      "values",
      (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => wireValue(rangeValue(exec, sheet, r, c))),
      (exec, t: RangeTarget, v) => writeInput(exec, t, v),
    ),
    prop(
      "formulas",
      (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => formulaOf(sheet, r, c)),
      (exec, t: RangeTarget, v) => writeInput(exec, t, v),
    ),
    prop(
      "numberFormat",
      (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => numberFormatAt(sheet, r, c)),
      (exec, t: RangeTarget, v) => writeNumberFormat(exec, t, v),
    ),
    prop("valueTypes", (exec, t: RangeTarget) => gridOf(exec, t, (sheet, r, c) => valueType(rangeValue(exec, sheet, r, c)))),
    prop(
      "hyperlink",
      (exec, t: RangeTarget) => hyperlinkOf(exec, t),
      (exec, t: RangeTarget, v) => setHyperlink(exec, t, v),
      { api: "1.7" },
    ),
  ],
  methods: {
    /** Merged areas inside this range, as a RangeAreas; a null object when there are none. */
    getMergedAreasOrNullObject: {
      api: "1.13",
      returns: () => RangeAreas,
      run: (exec, t: RangeTarget) => {
        const merges = sheetOf(exec, t)
          .merges.map(rectOf)
          .filter((m) => intersects(m, t.rect));
        if (merges.length > 512) fail("GeneralException");
        return merges.length === 0 ? null : { sheetId: t.sheetId, rects: merges };
      },
    },
    /**
     * The used cells inside this range (values or formatting; `valuesOnly` counts values only),
     * a null object when none. ASSUMED: the bounds of the used cells inside the range, not the
     * sheet's used range cut to it — the docs' "used range of the given range object" fails with
     * ItemNotFound when "there are no used cells within the range".
     */
    getUsedRangeOrNullObject: {
      api: "1.4",
      returns: () => Range,
      run: (exec, t: RangeTarget, [valuesOnly]) => {
        const rect = usedRect(sheetOf(exec, t), valuesOnly === true, t.rect);
        return rect === null ? null : { sheetId: t.sheetId, rect };
      },
    },
    /**
     * Per column of this range, its properties (ExcelApi 1.9). Modelled: `format.columnWidth` and
     * `{}` (the column left as it is). ASSUMED: an array not as long as the range is wide is
     * InvalidArgument (the docs give the array per column, not what a shorter one does). Anything
     * else is refused too, as not modelled, so no test passes on a property the model ignores.
     */
    setColumnProperties: linePropertiesMethod("column"),
    /** Per row of this range, its properties (ExcelApi 1.9), modelled as setColumnProperties is: `format.rowHeight`. */
    setRowProperties: linePropertiesMethod("row"),
    merge: { api: "1.2", run: (exec, t: RangeTarget, [across]) => mergeRange(exec, t, across === true) },
    /** Pastes `source` here (ExcelApi 1.9); see sheetOperations.ts for what travels. */
    copyFrom: {
      api: "1.9",
      run: (exec, t: RangeTarget, [source, copyType]) =>
        copyRange(exec, t, typeof source === "string" ? source : rangeArgument<RangeTarget>(source), copyType ?? "All"),
    },
    select: {
      run: (exec, t: RangeTarget) => {
        const sheet = writableSheet(exec, t);
        if (sheet.visibility !== "Visible") fail("InvalidOperation");
        refuseSelectionElsewhere(exec);
        sheet.selection = rangeOf(t.rect);
        exec.tx.workbook.activeSheetId = sheet.id;
      },
    },
    clear: { run: (exec, t: RangeTarget, [applyTo]) => clearRange(exec, t, oneOf(CLEAR_APPLY_TO, applyTo ?? "All")) },
  },
};

export const RangeCollection: ObjectType = {
  typeName: "RangeCollection",
  navs: [],
  props: [],
  collection: {
    itemType: () => Range,
    list: (_exec, t: AreasTarget) => t.rects.map(rectToA1),
    itemTarget: (t: AreasTarget, id) => ({ sheetId: t.sheetId, rect: parseAddress(id).rect }),
  },
};

export const RangeAreas: ObjectType = {
  typeName: "RangeAreas",
  navs: [
    { name: "areas", api: "1.9", type: () => RangeCollection },
    { name: "format", api: "1.9", type: () => perArea(RangeFormat) },
  ],
  props: [
    prop("address", (exec, t: AreasTarget) => t.rects.map((r) => qualifiedAddress(sheetOf(exec, t).name, r)).join(", ")),
    prop("areaCount", (_exec, t: AreasTarget) => t.rects.length),
    prop("cellCount", (_exec, t: AreasTarget) => t.rects.reduce((n, r) => n + rectCellCount(r), 0)),
  ],
};
