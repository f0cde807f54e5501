// Values as Excel shows them, whatever program saved the file. These packages are written as raw
// XML, the way Excel and LibreOffice write them, because ExcelJS itself never writes a cached
// result of 0, FALSE or "" the way it later fails to read it.
import { promises as fs } from "fs";
import * as path from "path";
import { readWorkbookFile } from "../../src/xlsx/read";
import type { SheetSnapshot } from "../../src/core/model/types";
import { formulaCell, rawPackage, rawPackageZip } from "../support/xlsxPackage";
import { makeTempDir, removeTempDir, cellAt } from "../support/xlsxWorkbooks";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempDir(dir);
});

const at = cellAt;

describe("readWorkbookFile on cells as Excel and LibreOffice save them", () => {
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    const file = path.join(dir, "excel-saved.xlsx");
    await fs.writeFile(
      file,
      await rawPackage({
        sharedStrings: ["shared text"],
        sheets: [
          {
            name: "Values",
            sheetData:
              `<row r="1">${formulaCell("A1", "COUNTIF(B5:B9,1)", "0")}${formulaCell("B1", "1=2", "0", "b")}` +
              `${formulaCell("C1", 'IF(1=1,"","x")', "", "str")}<c r="D1" t="str"><f>""</f><v/></c>` +
              `${formulaCell("E1", "1=1", "1", "b")}${formulaCell("F1", "-0", "-0")}</row>` +
              // A formula filled down, as Excel saves it: the master holds the text, the others point to it.
              `<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*0</f><v>0</v></c><c r="B2"><v>5</v></c></row>` +
              `<row r="3"><c r="A3"><f t="shared" si="0"/><v>0</v></c></row>` +
              `<row r="4"><c r="A4"><f t="shared" si="0"/><v>7</v></c></row>` +
              `<row r="5"><c r="A5" t="inlineStr"><is><t>inline text</t></is></c>` +
              `<c r="B5" t="inlineStr"><is><r><t xml:space="preserve">rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c>` +
              `<c r="C5" t="s"><v>0</v></c><c r="D5" s="1"><v>45473</v></c>${formulaCell("E5", "D5", "45473").replace("<c ", '<c s="1" ')}</row>` +
              `<row r="6">${formulaCell("A6", "NOW()", null)}<c r="B6" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
              `<c r="C6" t="d"><v>2024-06-30T00:00:00Z</v></c><c r="D6" t="inlineStr"><is><t>line 1_x000D_\nline 2 &amp; _x005F_x0041_</t></is></c></row>` +
              // Cells and rows without `r`, as some generators write them: each follows the previous one.
              `<row><c><v>1</v></c><c><v>2</v></c></row>` +
              // A shared formula saved without values: each cell shows the formula shifted to it.
              `<row r="9"><c r="A9"><f t="shared" ref="A9:B10" si="1">$C$1+C9*LOG10(100)&amp;"A1"</f></c><c r="B9"><f t="shared" si="1"/></c></row>` +
              `<row r="10"><c r="B10"><f t="shared" si="1"/></c></row>`,
          },
        ],
      }),
    );
    sheet = (await readWorkbookFile(file)).sheets[0];
  });

  it("keeps a cached result of 0, not 'never calculated'", () => {
    expect(at(sheet, "A1")).toBe(0);
    expect(at(sheet, "F1")).toBe(0);
  });

  it("keeps cached FALSE and TRUE", () => {
    expect(at(sheet, "B1")).toBe(false);
    expect(at(sheet, "E1")).toBe(true);
  });

  it("keeps a cached empty text, written as <v></v> or <v/>", () => {
    expect(at(sheet, "C1")).toBe("");
    expect(at(sheet, "D1")).toBe("");
  });

  it("reads every cell of a shared formula with its own cached result", () => {
    expect([at(sheet, "A2"), at(sheet, "A3"), at(sheet, "A4")]).toEqual([0, 0, 7]);
  });

  it("reads inline strings, rich inline strings and shared strings", () => {
    expect(at(sheet, "A5")).toBe("inline text");
    expect(at(sheet, "B5")).toBe("rich inline");
    expect(at(sheet, "C5")).toBe("shared text");
  });

  it("reads date-formatted numbers and date-formatted formula results as dates", () => {
    expect(at(sheet, "D5")).toEqual({ kind: "date", iso: "2024-06-30" });
    expect(at(sheet, "E5")).toEqual({ kind: "date", iso: "2024-06-30" });
  });

  it('reads t="d" dates, and CR and other _xHHHH_ escapes in text', () => {
    expect(at(sheet, "C6")).toEqual({ kind: "date", iso: "2024-06-30" });
    expect(at(sheet, "D6")).toBe("line 1\r\nline 2 & _x0041_");
  });

  it("places cells and rows written without an address after the previous ones", () => {
    expect([at(sheet, "A7"), at(sheet, "B7")]).toEqual([1, 2]);
  });

  it("shows an uncalculated shared formula shifted to each cell, as Excel does", () => {
    expect(at(sheet, "A9")).toEqual({ kind: "uncalculated", formula: '=$C$1+C9*LOG10(100)&"A1"' });
    expect(at(sheet, "B9")).toEqual({ kind: "uncalculated", formula: '=$C$1+D9*LOG10(100)&"A1"' });
    expect(at(sheet, "B10")).toEqual({ kind: "uncalculated", formula: '=$C$1+D10*LOG10(100)&"A1"' });
  });

  it("still reports a formula saved with no value at all, and keeps error results", () => {
    expect(at(sheet, "A6")).toEqual({ kind: "uncalculated", formula: "=NOW()" });
    expect(at(sheet, "B6")).toEqual({ kind: "error", code: "#DIV/0!" });
  });
});

describe("readWorkbookFile on date serials", () => {
  /** A sheet whose A1 and B1 are date-formatted (style 1, format 14), read from a package of the given date system. */
  async function datedRow(values: [string, string], date1904: boolean): Promise<SheetSnapshot> {
    const zip = rawPackageZip({
      sheets: [
        { name: "Dates", sheetData: `<row r="1"><c r="A1" s="1"><v>${values[0]}</v></c><c r="B1" s="1"><v>${values[1]}</v></c></row>` },
      ],
    });
    if (date1904) {
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", workbook.replace("<sheets>", '<workbookPr date1904="1"/><sheets>'));
    }
    const file = path.join(dir, `dates-${date1904 ? 1904 : 1900}.xlsx`);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    return (await readWorkbookFile(file)).sheets[0];
  }

  it("counts from 1 Jan 1904 in a workbook of the 1904 system", async () => {
    const sheet = await datedRow(["44011", "0"], true);
    expect(at(sheet, "A1")).toEqual({ kind: "date", iso: "2024-06-30" });
    expect(at(sheet, "B1")).toEqual({ kind: "date", iso: "1904-01-01" });
  });

  it("keeps a serial outside Excel's dates as its number, as the Excel reader does", async () => {
    const sheet = await datedRow(["2958466", "-1"], false);
    expect(at(sheet, "A1")).toBe(2958466);
    expect(at(sheet, "B1")).toBe(-1);
  });
});
