// Values right of column IV (core's READ_COLUMNS) are left out with one warning per sheet, the
// same warning the add-in gives; a sheet the product wrote (the output mark) gets none, since the
// Details sheet has a column per unit and is rewritten on every run.
import { promises as fs } from "fs";
import * as path from "path";
import { beyondColumnsWarning, OUTPUT_MARK } from "../../src/core";
import { readWorkbookFile, type ReadWarning } from "../../src/xlsx/read";
import { rawPackage } from "../support/xlsxPackage";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempDir(dir);
});

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const farRow = '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="XFD3"><v>7</v></c><c r="XFE3"/></row>';

/** Two sheets with a value at XFD3 each; the second carries the output mark. */
async function twoSheets(): Promise<string> {
  const file = path.join(dir, "far.xlsx");
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
    `<sheet name="Lam Sơn" sheetId="1" r:id="rId1"/><sheet name="Chi tiết" sheetId="2" r:id="rId2"/></sheets>` +
    `<definedNames><definedName name="${OUTPUT_MARK}" localSheetId="1">TRUE</definedName></definedNames></workbook>`;
  const bytes = await rawPackage({
    sheets: [
      { name: "Lam Sơn", sheetData: farRow },
      { name: "Chi tiết", sheetData: farRow },
    ],
    extra: { "xl/workbook.xml": workbook },
  });
  await fs.writeFile(file, bytes);
  return file;
}

describe("values right of column IV in a hand-made file", () => {
  it("are left out with one warning for the input sheet, none for the marked output", async () => {
    const warnings: ReadWarning[] = [];
    const snapshot = await readWorkbookFile(await twoSheets(), { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([{ kind: "cells-beyond-columns", sheet: "Lam Sơn", cell: "XFD3", count: 1 }]);
    expect(snapshot.sheets.map((s) => s.cells[2]?.length ?? 0)).toEqual([0, 0]);
    expect(snapshot.sheets[1].outputMark).toBe(true);
  });

  it("are worded once for both hosts, with the count when the reader has one", () => {
    const counted = { kind: "cells-beyond-columns" as const, sheet: "Lam Sơn", cell: "XFD3", count: 2 };
    expect(beyondColumnsWarning(counted, "en")).toBe('sheet "Lam Sơn" has 2 values right of column IV (first at XFD3); they are not read');
    expect(beyondColumnsWarning({ ...counted, count: 1 }, "en")).toMatch(/has 1 value right/);
    expect(beyondColumnsWarning({ ...counted, count: null, cell: "IW1:XFD9" }, "vi")).toBe(
      'trang tính "Lam Sơn" có giá trị bên phải cột IV (trong vùng IW1:XFD9); các giá trị này không được đọc',
    );
  });
});
