// The pane renders the next period's workbook with ExcelJS's browser build (webpack takes the
// package's `browser` field, exceljs/dist/exceljs.min.js) through xlsx/layout.ts, which the
// command line drives with ExcelJS's Node build. The same layouts must give the same workbook
// either way: here both builds render the next period's workbook of the year example, and the
// files are read back with the project's reader and with ExcelJS. (The browser build is one
// self-contained script, which runs in Node as well; jsdom would hand ExcelJS's Node build
// browser-only modules.)
import * as path from "path";
import * as ExcelJS from "exceljs";
import { planFromWorkbook } from "../../src/core";
import type { SheetLayout } from "../../src/core";
import { snapshotFromBase64 } from "../../src/xlsx/base64";
import { applySheetLayout } from "../../src/xlsx/layout";
import { readWorkbookFile } from "../../src/xlsx/read";

const BrowserExcelJS: typeof ExcelJS = require("exceljs/dist/exceljs.min.js");

const YEAR = path.resolve(__dirname, "../../assets/cluster18-2024.xlsx");

async function rendered(build: typeof ExcelJS, layouts: SheetLayout[]): Promise<Uint8Array> {
  const workbook = new build.Workbook();
  for (const layout of layouts) await applySheetLayout(workbook, layout);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the layout renderer on ExcelJS's browser build", () => {
  it("writes the same next period's workbook as on the Node build: cells, input rules and protection", async () => {
    expect(BrowserExcelJS).not.toBe(ExcelJS);
    const plan = planFromWorkbook(await readWorkbookFile(YEAR), { language: null, period: null, reviewKind: null, keepEntries: false });
    if (plan.kind !== "ready") throw new Error(plan.kind);
    const browser = await rendered(BrowserExcelJS, plan.layouts);
    const node = await rendered(ExcelJS, plan.layouts);
    const read = async (bytes: Uint8Array) => (await snapshotFromBase64(Buffer.from(bytes).toString("base64")))!.sheets;
    expect((await read(browser)).map((s) => [s.name, s.cells])).toEqual((await read(node)).map((s) => [s.name, s.cells]));

    const loaded = async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      return workbook.worksheets.map((sheet) => ({
        name: sheet.name,
        rules: (sheet as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
        protected: (sheet as unknown as { sheetProtection: unknown }).sheetProtection !== null,
        merges: (sheet as unknown as { model: { merges: string[] } }).model.merges,
      }));
    };
    const fromBrowser = await loaded(browser);
    expect(fromBrowser.map((s) => s.name)).toEqual(plan.layouts.map((l) => l.name));
    expect(fromBrowser).toEqual(await loaded(node));
  }, 60_000);
});
