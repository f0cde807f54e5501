// Dates as the Excel reader sees them: a number under a date format, read with core's one
// conversion, the same as the .xlsx reader's.
import { detectFeatures } from "../../src/excel/features";
import { readSnapshot } from "../../src/excel/read";
import { installOfficeRuntime, uninstallOfficeRuntime } from "../office-runtime";

afterEach(uninstallOfficeRuntime);

it("reads a date-formatted number as a date, and one outside Excel's dates as its number", async () => {
  installOfficeRuntime(globalThis, {
    sheets: [
      {
        name: "Dates",
        cells: [[45473, 45473.5, 2958466, 45473, 12]],
        numberFormats: { A1: "dd/mm/yyyy", B1: "[$-42A]dd/mm/yyyy hh:mm", C1: "dd/mm/yyyy", D1: "General", E1: '0 "ngày"' },
      },
    ],
  });
  const snapshot = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return readSnapshot(context, sheets.items, detectFeatures());
  });
  expect(snapshot.sheets[0].cells[0]).toEqual([
    { kind: "date", iso: "2024-06-30" },
    { kind: "date", iso: "2024-06-30" },
    2958466,
    45473,
    12,
  ]);
});
