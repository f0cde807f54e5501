// Reads bounded by the cells that matter (issue 19 §4): one stray value far from a unit's table
// must not make Generate read millions of cells (Excel refuses a read over 5,000,000 with
// RangeExceedsLimit). The add-in reads columns A to IV as the command line does and gives the same
// warning for a value further right; a value far down is read, in blocks within the limit.
import { beyondColumnsWarning } from "../../src/core";
import { runGenerate } from "../../src/excel";
import { READ_BLOCK_ROWS } from "../../src/excel/read";
import { installRuntimeWith } from "../support/host";
import { syntheticWorkbook } from "../support/synthetic";
import { uninstallOfficeRuntime } from "../office-runtime";

const DATE = { year: 2024, month: 7, day: 24 };
const UNIT = "Đơn vị 2";

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

async function generateWith(stray: string, value: string | number = "ghi chú lạc") {
  installed = installRuntimeWith(syntheticWorkbook(4));
  installed.host.setCells(UNIT, stray, [[value]]);
  installed.host.resetStats();
  const result = await runGenerate(undefined, { date: DATE });
  await installed.settled();
  return result;
}

describe("a stray value far from a unit's table", () => {
  it("at XFD1048576: Generate ranks every unit and warns as the command line does", async () => {
    const result = await generateWith("XFD1048576");
    expect(result.evaluation.report.units.filter((u) => u.status === "ranked")).toHaveLength(4);
    expect(result.readWarnings).toEqual([{ kind: "cells-beyond-columns", sheet: UNIT, cell: "XFD1048576", count: null }]);
    // The command line's words (core/words/readWarnings.ts), the area in place of a count.
    expect(beyondColumnsWarning(result.readWarnings![0], "en")).toBe(
      `sheet "${UNIT}" has values right of column IV (in XFD1048576); they are not read`,
    );
    // Names, data (and marks), writes (and no clean-up request after the run): no sync more than usual.
    expect(installed!.host.syncCount).toBe(3);
  }, 60_000);

  it("at IW5 and XFD9: the warning names the area that holds them", async () => {
    installed = installRuntimeWith(syntheticWorkbook(3));
    installed.host.setCells(UNIT, "IW5", [[1]]);
    installed.host.setCells(UNIT, "XFD9", [[2]]);
    const result = await runGenerate(undefined, { date: DATE });
    expect(result.readWarnings).toEqual([{ kind: "cells-beyond-columns", sheet: UNIT, cell: "IW5:XFD9", count: null }]);
  }, 60_000);

  it("at A1048576: Generate succeeds, reads the value, and costs one sync more, not a read of every row", async () => {
    const result = await generateWith("A1048576");
    // Read, as the command line reads it: a row of the unit's table with a code the criteria lack.
    const issues = result.evaluation.report.issues.filter((i) => i.sheet === UNIT);
    expect(issues.map((i) => [i.rule, i.cell])).toEqual([["unknown-code", "A1048576"]]);
    expect(result.evaluation.report.units.filter((u) => u.status === "ranked")).toHaveLength(3);
    expect(result.readWarnings).toEqual([]);
    const host = installed!.host;
    // The first data sync tells the extent below the first block (this one row), which is read
    // in one more sync: names, data, the far row, writes.
    expect(host.syncCount).toBe(4);
    // Every request and response stays small: the rows between are not read.
    for (const sync of host.syncs) expect(sync.responseBytes).toBeLessThan(1_000_000);
  }, 60_000);

  it("reads a long column below the first block whole (a sheet taller than one block)", async () => {
    // Both configurations: on the web this sheet's first block (19,531 rows × 26 columns) answers
    // more than 5 MB, so the read learns the extents and reads it in blocks sized to the budget.
    installed = installRuntimeWith(syntheticWorkbook(2));
    const rows = READ_BLOCK_ROWS + 50;
    installed.host.setCells(
      "Đơn vị 1",
      "Z1",
      Array.from({ length: rows }, (_, r) => [r + 1]),
    );
    const snapshot = await Excel.run(async (context) => {
      const { readSnapshot } = await import("../../src/excel/read");
      const { detectFeatures } = await import("../../src/excel/features");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return readSnapshot(context, sheets.items, detectFeatures());
    });
    const unit = snapshot.sheets.find((s) => s.name === "Đơn vị 1")!;
    expect(unit.cells).toHaveLength(rows);
    expect(unit.cells[0][25]).toBe(1);
    expect(unit.cells[READ_BLOCK_ROWS - 1][25]).toBe(READ_BLOCK_ROWS);
    expect(unit.cells[READ_BLOCK_ROWS][25]).toBe(READ_BLOCK_ROWS + 1);
    expect(unit.cells[rows - 1][25]).toBe(rows);
  }, 120_000);
});
