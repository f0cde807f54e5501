// Text keeps its limits: what reaches the terminal cannot move the cursor, cells never exceed
// Excel's 32,767 characters, input text survives the copy with its CR and control characters, and
// ExcelJS never prints on the console itself.
import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { terminalText } from "../../src/cli/format";
import { readWorkbookFile } from "../../src/xlsx/read";
import { applySheetLayout, clipCellText, MAX_CELL_TEXT, workbookBytes } from "../../src/xlsx/write";
import type { SheetLayout } from "../../src/core/model/types";
import { rawPackage, withSheetXml, setCellXml } from "../support/xlsxPackage";
import { thidua } from "../support/cli";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";

const CLEAN = path.join(__dirname, "..", "fixtures", "examples", "example-clean.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-text-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

describe("terminalText", () => {
  it.each([
    ["Lam Sơn\r   1  Fake", "Lam Sơn\\r   1  Fake"],
    ["a\nb\tc", "a\\nb\\tc"],
    ["\u001b[31mred", "\\u001B[31mred"],
    ["abc\u202Efed", "abc\\u202Efed"],
    ["Sông Chu – 95,50", "Sông Chu – 95,50"],
  ])("%j prints as %j", (text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });

  it("keeps a CR in a unit name from reaching the terminal raw", async () => {
    const file = path.join(dir, "cr-name.xlsx");
    // The units list on the Settings sheet names Lam Sơn's unit with a CR in it.
    await fs.writeFile(
      file,
      await withSheetXml(await fs.readFile(CLEAN), "Thiết lập", (xml) =>
        setCellXml(xml, "B22", '<c r="B22" t="inlineStr"><is><t>Công ty TNHH Lam Sơn&#13;   1  Giả mạo</t></is></c>'),
      ),
    );
    for (const command of ["validate", "summarize"]) {
      const run = await thidua(command, file, "--lang", "vi", ...(command === "summarize" ? ["--out", path.join(dir, "cr.out.xlsx")] : []));
      expect(run.stdout + run.stderr).not.toMatch(/\r/);
      expect(run.stdout).toContain("Công ty TNHH Lam Sơn\\r   1  Giả mạo");
    }
  });
});

describe("cell text written", () => {
  it("is clipped to 32,767 characters, ending with an ellipsis", async () => {
    const long = "x".repeat(40_000);
    expect(clipCellText(long)).toHaveLength(MAX_CELL_TEXT);
    expect(clipCellText(long).endsWith("x…")).toBe(true);
    expect(clipCellText("short")).toBe("short");
    // Never half of a surrogate pair before the ellipsis.
    const emoji = "😀".repeat(20_000);
    expect(clipCellText(emoji).slice(-2, -1)).not.toMatch(/[\uD800-\uDBFF]/);

    const layout: SheetLayout = {
      name: "Kiểm tra",
      values: [["id", long]],
      merges: [],
      links: [],
      styles: [],
      columnWidths: [],
      rowHeights: {},
      frozenRows: 0,
      frozenColumns: 0,
      showGridlines: true,
      print: null,
      validations: [],
      unlocked: [],
      protect: false,
      tabColor: null,
      charts: [],
    } as unknown as SheetLayout;
    const workbook = new ExcelJS.Workbook();
    await applySheetLayout(workbook, layout);
    const file = path.join(dir, "long.xlsx");
    await fs.writeFile(file, await workbookBytes(workbook));
    const text = (await readWorkbookFile(file)).sheets[0].cells[0][1] as string;
    expect(text).toHaveLength(MAX_CELL_TEXT);
    expect(text.endsWith("…")).toBe(true);
  });
});

describe("input sheets in the summarized copy", () => {
  it("keep CR, CRLF and other control characters in their text", async () => {
    const file = path.join(dir, "controls.xlsx");
    const withNotes = await JSZip.loadAsync(await fs.readFile(CLEAN));
    // A notes sheet as Excel writes one: a CR as _x000D_, a vertical tab as _x000B_; and as another
    // program writes it, a CR as a character reference.
    const notes = await rawPackage({
      sheets: [
        {
          name: "Ghi chú",
          sheetData:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>dòng 1_x000D_\ndòng 2</t></is></c>' +
            '<c r="B1" t="inlineStr"><is><t>a&#13;b&#13;&#10;c</t></is></c>' +
            '<c r="C1" t="inlineStr"><is><t>tab\tvt_x000B_end</t></is></c></row>',
        },
      ],
    });
    const notesZip = await JSZip.loadAsync(notes);
    const workbookXml = (await withNotes.file("xl/workbook.xml")!.async("string")).replace(
      "</sheets>",
      '<sheet name="Ghi chú" sheetId="99" r:id="rIdNotes"/></sheets>',
    );
    withNotes.file("xl/workbook.xml", workbookXml);
    const rels = (await withNotes.file("xl/_rels/workbook.xml.rels")!.async("string")).replace(
      "</Relationships>",
      '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
    );
    withNotes.file("xl/_rels/workbook.xml.rels", rels);
    withNotes.file("xl/worksheets/sheet99.xml", await notesZip.file("xl/worksheets/sheet1.xml")!.async("nodebuffer"));
    const types = (await withNotes.file("[Content_Types].xml")!.async("string")).replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    );
    withNotes.file("[Content_Types].xml", types);
    await fs.writeFile(file, await withNotes.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    const expected = ["dòng 1\r\ndòng 2", "a\rb\r\nc", "tab\tvt\u000Bend"];
    const input = (await readWorkbookFile(file)).sheets.find((s) => s.name === "Ghi chú")!;
    expect(input.cells[0]).toEqual(expected);

    const out = path.join(dir, "controls.summary.xlsx");
    expect((await thidua("summarize", file, "--out", out, "--lang", "vi")).code).toBe(0);
    const copied = (await readWorkbookFile(out)).sheets.find((s) => s.name === "Ghi chú")!;
    expect(copied.cells[0]).toEqual(expected);
  });
});

describe("ExcelJS's own console output", () => {
  it("never reaches the user: a sheet name over 31 characters gives no console warning", async () => {
    const longName = "Ghi chú của thư ký cụm thi đua số 18 năm 2024";
    const file = path.join(dir, "long-name.xlsx");
    await fs.writeFile(file, await rawPackage({ sheets: [{ name: longName, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }));
    const spies = (["log", "warn", "error", "info"] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation(() => undefined),
    );
    try {
      for (const command of ["validate", "summarize"]) {
        const run = await thidua(
          command,
          file,
          "--lang",
          "en",
          ...(command === "summarize" ? ["--out", path.join(dir, "long-name.out.xlsx")] : []),
        );
        // summarize refuses such a name in its own words (issue 19: Excel would repair the copy);
        // nothing else, and nothing of ExcelJS's, reaches the terminal.
        const expected = command === "summarize" ? /^thidua: the sheet "[^"]+" of .* has a name Excel does not accept[^\n]*\n$/ : /^$/;
        expect({ command, code: run.code, stderr: run.stderr }).toMatchObject({
          code: expect.any(Number),
          stderr: expect.stringMatching(expected),
        });
      }
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
