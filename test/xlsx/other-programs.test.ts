// Workbooks saved by other programs rank like ours. The LibreOffice file is committed (made by
// test/fixtures/libreoffice/make-fixture.js); the Excel-saved shape is written here as raw XML,
// because ExcelJS never writes a cached 0 / FALSE / "" the way Excel does.
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { evaluateWorkbook } from "../../src/core";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/read";
import { setCellXml } from "../support/xlsxPackage";
import { makeTempDir, removeTempDir, cellAt } from "../support/xlsxWorkbooks";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const UNIT_SHEETS = ["Nam Sông Mã", "Môi trường đô thị", "Cấp nước", "Sông Chu", "Bắc Sông Mã", "Lam Sơn", "MEDLATEC"];

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempDir(dir);
});

const at = cellAt;

function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  return snapshot.sheets.find((s) => s.name === name)!;
}

function expectEveryUnitRanked(snapshot: WorkbookSnapshot): void {
  const { report } = evaluateWorkbook(snapshot);
  expect(report.issues.filter((i) => i.rule === "cell-error")).toEqual([]);
  expect(report.units.map((u) => [u.sheet, u.status]).sort()).toEqual(UNIT_SHEETS.map((s) => [s, "ranked"]).sort());
  for (const unit of report.units) expect(unit.deduction).toBe(0);
}

describe("a LibreOffice-saved cluster workbook whose deduction formulas come to 0", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readWorkbookFile(path.join(FIXTURES, "libreoffice", "cluster-zero-formulas.lo.xlsx"));
  });

  it('reads the formulas\' saved values 0, "" and FALSE', () => {
    const unit = sheetNamed(snapshot, "Lam Sơn");
    expect(["F36", "F37", "F38", "L36", "M36"].map((a1) => at(unit, a1))).toEqual([0, 0, 0, "", false]);
  });

  it("ranks every unit", () => {
    expectEveryUnitRanked(snapshot);
  });
});

describe("an Excel-saved cluster workbook whose deduction formulas come to 0", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    // The clean example with each unit sheet's deduction counts turned into formulas as Excel
    // saves them: a cached <v>0</v>, a shared formula filled down, and t="b"/t="str" results.
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(FIXTURES, "examples", "example-clean.xlsx")));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const relsXml = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const parts = UNIT_SHEETS.map((name) => {
      const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbookXml)![1];
      return `xl/${new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(relsXml)![1]}`;
    });
    let changed = 0;
    for (const part of parts) {
      let xml = await zip.file(part)!.async("string");
      xml = setCellXml(xml, "F36", '<c r="F36"><f>COUNTIF(J8:J40,"muộn")</f><v>0</v></c>');
      xml = setCellXml(xml, "F37", '<c r="F37"><f t="shared" ref="F37:F38" si="7">0*F19</f><v>0</v></c>');
      xml = setCellXml(xml, "F38", '<c r="F38"><f t="shared" si="7"/><v>0</v></c>');
      xml = setCellXml(xml, "L36", '<c r="L36" t="b"><f>F36&gt;0</f><v>0</v></c>');
      xml = setCellXml(xml, "L37", '<c r="L37" t="str"><f>IF(F37&gt;0,"trễ","")</f><v></v></c>');
      zip.file(part, xml);
      changed++;
    }
    expect(changed).toBe(UNIT_SHEETS.length);
    const file = path.join(dir, "excel-zero-formulas.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    snapshot = await readWorkbookFile(file);
  });

  it("reads the formulas' saved values", () => {
    const unit = sheetNamed(snapshot, "Cấp nước");
    expect(["F36", "F37", "F38", "L36", "L37"].map((a1) => at(unit, a1))).toEqual([0, 0, 0, false, ""]);
  });

  it("ranks every unit", () => {
    expectEveryUnitRanked(snapshot);
  });
});
