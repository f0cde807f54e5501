// The rules of the in-memory workbook (test/excel-host) that the Excel-layer tests lean on without
// saying so: strings written to cells are parsed as Excel parses typing (so "the add-in writes
// text as text" can fail), a 1×1 write fills its range, a merged area shows only its top-left
// value, a protected sheet refuses writes to locked cells, sheet names are compared ignoring case,
// and formulas follow a sheet's rename and turn into #REF! when it is deleted.
import { buildWorkbook, createWorkbookView, type WorkbookModel } from ".";
import { parseAddress, validateSheetName } from "./addresses";
import { mergeRange, writeInput } from "./cellOperations";
import { WorkbookError } from "./errors";
import { rewriteSheetReferences } from "./sheetOperations";
import { WorkbookTransaction, type ModelContext } from "./workbookModel";

/** The workbook after `change` ran on one transaction of `state` (committed even if it threw, as Excel does). */
function apply(state: WorkbookModel, change: (exec: ModelContext) => void): { state: WorkbookModel; code: string } {
  const exec = { tx: new WorkbookTransaction(state) };
  let code = "ok";
  try {
    change(exec);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    code = error.code;
  }
  return { state: exec.tx.workbook, code };
}

function range(exec: ModelContext, sheet: string, a1: string) {
  return { sheetId: exec.tx.sheetByName(sheet)!.id, rect: parseAddress(a1).rect };
}

describe("the in-memory workbook", () => {
  it("parses strings written to cells as Excel parses typing", () => {
    const { state } = apply(buildWorkbook({ sheets: [{ name: "A" }] }), (exec) =>
      writeInput(exec, range(exec, "A", "A1:F1"), [["=1+1", "1,234", "'=1+1", "50%", "- ghi chú", "TRUE"]]),
    );
    const view = createWorkbookView({ state });
    expect(view.values("A", "A1:F1")).toEqual([[2, 1234, "=1+1", 0.5, "#NAME?", true]]);
    expect(view.formulas("A", "A1:E1")[0]).toEqual(["=1+1", 1234, "=1+1", 0.5, "=- ghi chú"]);
    expect(view.numberFormats("A", "D1")).toEqual([["0%"]]);
  });

  it("fills a range from a 1×1 array, leaves cells where the array holds null, and refuses other sizes", () => {
    const start = buildWorkbook({ sheets: [{ name: "A", cells: [[1, 2, 3]] }] });
    const filled = apply(start, (exec) => writeInput(exec, range(exec, "A", "A2:C2"), [["x"]]));
    const partly = apply(filled.state, (exec) => writeInput(exec, range(exec, "A", "A1:C1"), [[null, 9, null]]));
    expect(createWorkbookView(partly).values("A")).toEqual([
      [1, 9, 3],
      ["x", "x", "x"],
    ]);
    expect(apply(start, (exec) => writeInput(exec, range(exec, "A", "A1:C1"), [[1, 2]])).code).toBe("InvalidArgument");
  });

  it("keeps only the top-left value of a merged area", () => {
    const { state } = apply(buildWorkbook({ sheets: [{ name: "A", cells: [["a", "b", "c"]] }] }), (exec) =>
      mergeRange(exec, range(exec, "A", "A1:C1"), false),
    );
    const view = createWorkbookView({ state });
    expect(view.values("A", "A1:C1")).toEqual([["a", "", ""]]);
    expect(view.merges("A")).toEqual(["A1:C1"]);
  });

  it("refuses a write to a locked cell of a protected sheet and changes nothing", () => {
    const start = buildWorkbook({ sheets: [{ name: "A", cells: [[1]], protected: true }] });
    const attempt = apply(start, (exec) => writeInput(exec, range(exec, "A", "A1"), [[2]]));
    expect(attempt.code).toBe("AccessDenied");
    expect(createWorkbookView(attempt).values("A")).toEqual([[1]]);
  });

  it("compares sheet names ignoring case", () => {
    const start = buildWorkbook({ sheets: [{ name: "Tổng hợp" }] });
    expect(new WorkbookTransaction(start).sheetByName("TỔNG HỢP")?.name).toBe("Tổng hợp");
    expect(apply(start, () => validateSheetName("tổng hợp", start.sheets)).code).toBe("ItemAlreadyExists");
  });

  it("renames a sheet in other sheets' formulas, and turns them into #REF! for good when it is deleted", () => {
    const start = buildWorkbook({
      sheets: [
        { name: "Tổng hợp", cells: [[5]] },
        { name: "Ghi chú", formulas: { A1: "='Tổng hợp'!A1" } },
      ],
    });
    const renamed = apply(start, (exec) => {
      exec.tx.writable(exec.tx.sheetByName("Tổng hợp")!.id).name = "Summary";
      rewriteSheetReferences(exec, "Tổng hợp", "Summary");
    });
    expect(createWorkbookView(renamed).formulas("Ghi chú", "A1")).toEqual([["='Summary'!A1"]]);
    expect(createWorkbookView(renamed).values("Ghi chú", "A1")).toEqual([[5]]);
    const deleted = apply(renamed.state, (exec) => {
      exec.tx.sheets.splice(0, 1);
      rewriteSheetReferences(exec, "Summary", null);
    });
    expect(createWorkbookView(deleted).values("Ghi chú", "A1")).toEqual([["#REF!"]]);
  });
});
