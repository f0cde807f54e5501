// The summarized copy at the package level (src/xlsx/copy.ts): the input's parts kept as they
// are, outputs in front and marked, and the few parts that must change changed consistently, so
// the copy opens without a repair prompt. The input here is a copy summarized once and then
// saved the way Excel saves a macro workbook: a print area on a unit sheet, a calculation chain,
// macros, a unit sheet left selected.
import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { thidua } from "../support/cli";
import { worksheetPart } from "../support/xlsxPackage";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { sheetXml, zipEntries } from "../support/xlsxZip";

const CLEAN = path.join(__dirname, "..", "fixtures", "examples", "example-clean.xlsx");
const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-copy-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** `<sheet>` names in tab order, and every defined name as `name@localSheetId=text`. */
function workbookOf(bytes: Buffer): { sheets: string[]; names: string[]; xml: string } {
  const xml = zipEntries(bytes).get("xl/workbook.xml")!.toString("utf8");
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const names = [...xml.matchAll(/<definedName name="([^"]+)"(?: localSheetId="(\d+)")?[^>]*>([^<]*)</g)].map(
    (m) => `${m[1]}@${m[2] === undefined ? "-" : sheets[Number(m[2])]}=${m[3].replace(/&apos;/g, "'")}`,
  );
  return { sheets, names, xml };
}

describe("a summarized copy of an Excel-saved macro workbook that was summarized before", () => {
  let input: Buffer;
  let output: Buffer;
  let lamSonPart: string;
  beforeAll(async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await thidua("summarize", CLEAN, "--out", first, "--lang", "en")).code).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(first));
    const sheets = workbookOf(await fs.readFile(first)).sheets;
    const lamSon = sheets.indexOf("Lam Sơn");
    let workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    workbookXml = workbookXml.replace(
      "</definedNames>",
      `<definedName name="_xlnm.Print_Area" localSheetId="${lamSon}">'Lam Sơn'!$A$1:$H$40</definedName>` +
        `<definedName name="TongDiem">'Summary'!$I$12</definedName><definedName name="Quota">'Thiết lập'!$C$5</definedName></definedNames>`,
    );
    zip.file("xl/workbook.xml", workbookXml);
    zip.file(
      "xl/calcChain.xml",
      '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>',
    );
    zip.file("xl/vbaProject.bin", Buffer.from("macros"));
    const relsXml = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      relsXml.replace(
        "</Relationships>",
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>' +
          '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    const typesXml = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      typesXml
        .replace(PLAIN_WORKBOOK, MACRO_WORKBOOK)
        .replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>' +
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    );
    lamSonPart = await worksheetPart(zip, "Lam Sơn");
    const lamSonXml = await zip.file(lamSonPart)!.async("string");
    zip.file(lamSonPart, lamSonXml.replace(/<sheetView\b/, '<sheetView tabSelected="1"'));
    input = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const file = path.join(dir, "saved.xlsm");
    await fs.writeFile(file, input);
    const out = path.join(dir, "again.xlsx");
    const run = await thidua("summarize", file, "--out", out, "--lang", "en");
    expect(run.code).toBe(0);
    output = await fs.readFile(out);
  }, 60_000);

  it("replaces the marked outputs and keeps every other sheet in its order", () => {
    const before = workbookOf(input);
    const after = workbookOf(output);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.names.filter((n) => n.startsWith("ThiDua_Output@"))).toEqual(
      ["Summary", "Details", "Issues"].map((s) => `ThiDua_Output@${s}=TRUE`),
    );
  });

  it("keeps defined names on the sheets they were on, and drops those scoped to replaced sheets", () => {
    const after = workbookOf(output).names.filter((n) => !n.startsWith("ThiDua_Output@"));
    expect(after).toEqual([
      "_xlnm.Print_Titles@Summary='Summary'!$10:$11",
      "_xlnm.Print_Titles@Details='Details'!$5:$5",
      "_xlnm.Print_Titles@Issues='Issues'!$5:$5",
      "_xlnm.Print_Area@Lam Sơn='Lam Sơn'!$A$1:$H$40",
      "TongDiem@-='Summary'!$I$12",
      "Quota@-='Thiết lập'!$C$5",
    ]);
  });

  it("drops the calculation chain and the macros, and types the workbook as .xlsx", () => {
    const parts = zipEntries(output);
    expect([...parts.keys()].filter((p) => /calcChain|vbaProject/.test(p))).toEqual([]);
    const rels = parts.get("xl/_rels/workbook.xml.rels")!.toString("utf8");
    expect(rels).not.toMatch(/calcChain|vbaProject/);
    const types = parts.get("[Content_Types].xml")!.toString("utf8");
    expect(types).not.toContain("calcChain");
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${PLAIN_WORKBOOK}"/>`);
    // Every part a relationship names is there.
    for (const match of rels.matchAll(/Target="([^"]+)"/g)) {
      // Resolved as a package resolves it: `../customXml/item1.xml` lies outside xl/.
      const part = match[1].startsWith("/") ? match[1].slice(1) : path.posix.normalize(`xl/${match[1]}`);
      expect({ part, present: parts.has(part) }).toEqual({ part, present: true });
    }
  });

  it("copies an input sheet byte for byte but for its tab selection; only the first sheet is selected", () => {
    const before = zipEntries(input).get(lamSonPart)!.toString("utf8");
    expect(sheetXml(output, "Lam Sơn")).toBe(before.replace(' tabSelected="1"', ""));
    const selected = workbookOf(output).sheets.filter((name) => /tabSelected="1"/.test(sheetXml(output, name)!));
    expect(selected).toEqual(["Summary"]);
  });

  it("opens in ExcelJS with its styles: the outputs' formats follow the input's", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output as unknown as ExcelJS.Buffer);
    const rowTexts = (sheet: string, row: number) => (workbook.getWorksheet(sheet)!.getRow(row).values as unknown[]).filter((v) => v);
    expect(rowTexts("Summary", 10)).toContain("Unit");
    expect(workbook.getWorksheet("Summary")!.getCell("B10").font?.bold).toBe(true);
    expect(workbook.getWorksheet("Lam Sơn")!.getCell("A1").value).toBe(
      (await (async () => {
        const original = new ExcelJS.Workbook();
        await original.xlsx.load(input as unknown as ExcelJS.Buffer);
        return original.getWorksheet("Lam Sơn")!.getCell("A1").value;
      })()) as ExcelJS.CellValue,
    );
  });
});
