// Manual page breaks above rows (`worksheet.horizontalPageBreaks`, ExcelApi 1.9): add above a
// range's first row, removePageBreaks, and a break's rowIndex. Like charts, breaks belong to the
// sheet: they move with it and stay behind when its cells are copied with Range.copyFrom.
import { fail } from "../../excel-host/errors";
import { rangeArgument, type ExecContext, type ObjectType } from "./objectModel";
import { parseAddress, type Rect } from "../../excel-host/addresses";
import type { SheetModel } from "../../excel-host/workbookModel";

interface BreaksTarget {
  sheetId: string;
}
interface BreakTarget {
  sheetId: string;
  row: number;
}

function breaksOf(sheet: SheetModel): number[] {
  return sheet.rowBreaks ?? [];
}

export const PageBreak: ObjectType = {
  typeName: "PageBreak",
  navs: [],
  props: [
    {
      name: "rowIndex",
      get: (exec: ExecContext, t: BreakTarget) =>
        breaksOf(exec.tx.requireSheet(t.sheetId)).includes(t.row) ? t.row : fail("ItemNotFound"),
    },
    { name: "columnIndex", get: () => 0 },
  ],
  methods: {
    delete: {
      run: (exec, t: BreakTarget) => {
        const sheet = exec.tx.writable(t.sheetId);
        sheet.rowBreaks = breaksOf(sheet).filter((row) => row !== t.row);
      },
    },
  },
};

export const PageBreakCollection: ObjectType = {
  typeName: "PageBreakCollection",
  navs: [],
  props: [],
  collection: {
    itemType: () => PageBreak,
    list: (exec, t: BreaksTarget) => breaksOf(exec.tx.requireSheet(t.sheetId)).map(String),
    itemTarget: (t: BreaksTarget, id) => ({ sheetId: t.sheetId, row: Number(id) }),
  },
  methods: {
    /** A break above the first row of `pageBreakRange` (a Range of this sheet or an address); row 1 has none to break from. */
    add: {
      returns: () => PageBreak,
      run: (exec, t: BreaksTarget, [pageBreakRange]) => {
        let rect: Rect;
        if (typeof pageBreakRange === "string") rect = parseAddress(pageBreakRange).rect;
        else {
          const target = rangeArgument<{ sheetId: string; rect: Rect }>(pageBreakRange);
          if (target.sheetId !== t.sheetId) fail("InvalidArgument");
          rect = target.rect;
        }
        if (rect.r0 === 0) fail("InvalidArgument");
        const sheet = exec.tx.writable(t.sheetId);
        const rows = breaksOf(sheet);
        if (!rows.includes(rect.r0)) sheet.rowBreaks = [...rows, rect.r0].sort((a, b) => a - b);
        return { sheetId: t.sheetId, row: rect.r0 };
      },
    },
    removePageBreaks: {
      run: (exec, t: BreaksTarget) => {
        exec.tx.writable(t.sheetId).rowBreaks = [];
      },
    },
  },
};
