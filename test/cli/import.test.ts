// `thidua import` (issue 13 §1): seven units' files into a fresh template give the sample's
// report; a corrected file replaces its unit's sheet and keeps the old one, renamed; the copied
// sheets keep their formats, merges, widths and validations, with no overlap.
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import * as ExcelJS from "exceljs";
import { evaluateWorkbook } from "../../src/core";
import { rangeFromA1 } from "../../src/core/model/address";
import type { CellRange } from "../../src/core/model/types";
import { loadWorkbook, readWorkbookFile } from "../../src/xlsx/read";
import { workbookBytes } from "../../src/xlsx/write";
import { parseArgs } from "../../src/cli/args";
import { thidua } from "../support/cli";
import { SAMPLE, SAMPLE_UNIT_SHEETS, HISTORY_SHEETS, writeSampleTemplate, writeUnitFiles } from "../support/unitFiles";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";

let dir: string;
let template: string;
let unitFiles: string[];
beforeAll(async () => {
  dir = await makeTempDir("thidua-import-");
  template = await writeSampleTemplate(dir);
  unitFiles = await writeUnitFiles(SAMPLE, dir);
}, 120_000);
afterAll(async () => {
  await removeTempDir(dir);
});

const intersect = (a: CellRange, b: CellRange) =>
  a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;

/** Every `<dataValidation sqref>` range of every sheet part, and the pairs that overlap. */
async function validationOverlaps(file: string): Promise<{ ranges: number; overlaps: string[] }> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  let count = 0;
  const overlaps: string[] = [];
  for (const part of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))) {
    const xml = await zip.file(part)!.async("string");
    const ranges: CellRange[] = [];
    for (const match of xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]*)"/g)) {
      for (const ref of match[1].split(/\s+/).filter((r) => r !== "")) ranges.push(rangeFromA1(ref.replace(/\$/g, "")));
    }
    count += ranges.length;
    ranges.forEach((a, i) => ranges.slice(i + 1).forEach((b) => intersect(a, b) && overlaps.push(`${part}`)));
  }
  return { ranges: count, overlaps };
}

describe("thidua import", () => {
  it("brings seven units' files into a fresh template: the same report as the sample, formats kept", async () => {
    const out = path.join(dir, "imported.xlsx");
    const run = await thidua("import", template, ...unitFiles, "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Kế hoạch thêm tệp:");
    expect(run.stdout).toContain("Lam Sơn.xlsx › Lam Sơn → “Lam Sơn”: thay trang trống hiện có của Công ty TNHH Lam Sơn - Thanh Hóa");
    expect(run.stdout).toContain("Đã thêm 7 trang đơn vị.");

    const imported = await readWorkbookFile(out);
    const sample = await readWorkbookFile(SAMPLE);
    expect(evaluateWorkbook(imported).report).toEqual(evaluateWorkbook(sample).report);
    // Blank template sheets are replaced, not kept: the workbook has the template's sheets only.
    expect(imported.sheets.map((s) => s.name)).toEqual(["Tiêu chí", "Thiết lập", ...SAMPLE_UNIT_SHEETS, ...HISTORY_SHEETS]);

    // What the secretary sees of a unit sheet: styles, number formats, merges, widths.
    const from = (await loadWorkbook(SAMPLE)).getWorksheet("Lam Sơn")!;
    const to = (await loadWorkbook(out)).getWorksheet("Lam Sơn")!;
    const look = (sheet: ExcelJS.Worksheet) => {
      const cells: Record<string, unknown> = {};
      sheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, font: cell.font, fill: cell.fill, border: cell.border };
        }),
      );
      const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width);
      return { cells, widths, views: sheet.views.map((v) => ({ ...v, tabSelected: undefined })) };
    };
    expect(look(to)).toEqual(look(from));
    const protection = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { sheetProtection: unknown }).sheetProtection;
    expect(protection(from)).toBeTruthy();
    expect(protection(to)).toEqual(protection(from));
    const sampleXml = async (file: string, part: string) => (await JSZip.loadAsync(await fs.readFile(file))).file(part)!.async("string");
    const merges = (xml: string) => /<mergeCells[\s\S]*?<\/mergeCells>/.exec(xml)?.[0];
    const lamSonPart = (file: string) =>
      `xl/worksheets/sheet${[...(file === SAMPLE ? sample : imported).sheets.map((s) => s.name)].indexOf("Lam Sơn") + 1}.xml`;
    expect(merges(await sampleXml(out, lamSonPart(out)))).toBe(merges(await sampleXml(SAMPLE, lamSonPart(SAMPLE))));
    const validations = await validationOverlaps(out);
    expect(validations.ranges).toBeGreaterThan(0);
    expect(validations.overlaps).toEqual([]);
  }, 120_000);

  it("replaces a unit's sheet from a corrected file and keeps the old one, renamed", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await thidua("import", template, ...unitFiles, "--out", first)).code).toBe(0);
    // Lam Sơn corrects one self score.
    const corrected = await loadWorkbook(unitFiles[5]);
    const sheet = corrected.getWorksheet("Lam Sơn")!;
    const before = await readWorkbookFile(first);
    const table = before.sheets.find((s) => s.name === "Lam Sơn")!;
    const row = table.cells.findIndex((cells) => cells[0] === "II.4");
    const header = table.cells.findIndex((cells) => cells.includes("Tự chấm"));
    const col = table.cells[header].indexOf("Tự chấm");
    const oldValue = sheet.getCell(row + 1, col + 1).value as number;
    sheet.getCell(row + 1, col + 1).value = oldValue - 1;
    const correctedFile = path.join(dir, "lam-son-corrected.xlsx");
    await fs.writeFile(correctedFile, await workbookBytes(corrected));

    const second = path.join(dir, "second.xlsx");
    const run = await thidua("import", first, correctedFile, "--out", second);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("trang cũ được giữ lại, đổi tên thành “Lam Sơn (cũ 1)”");
    const after = await readWorkbookFile(second);
    const names = after.sheets.map((s) => s.name);
    // The new sheet takes the old one's place; the old one follows it.
    expect(names.slice(names.indexOf("Lam Sơn"), names.indexOf("Lam Sơn") + 2)).toEqual(["Lam Sơn", "Lam Sơn (cũ 1)"]);
    expect(after.sheets.find((s) => s.name === "Lam Sơn")!.cells[row][col]).toBe(oldValue - 1);
    expect(after.sheets.find((s) => s.name === "Lam Sơn (cũ 1)")!.cells[row][col]).toBe(oldValue);
    const lamSon = evaluateWorkbook(after).report.units.find((u) => u.sheet === "Lam Sơn")!;
    const lamSonBefore = evaluateWorkbook(before).report.units.find((u) => u.sheet === "Lam Sơn")!;
    expect(lamSon.selfTotal).not.toBe(lamSonBefore.selfTotal);

    // A third import keeps both older versions.
    const third = path.join(dir, "third.xlsx");
    expect((await thidua("import", second, correctedFile, "--out", third)).code).toBe(0);
    expect((await readWorkbookFile(third)).sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Lam Sơn", "Lam Sơn (cũ 1)", "Lam Sơn (cũ 2)"]),
    );
  }, 120_000);

  it("skips, with a line each, a file that is not .xlsx, a file with no listed unit and a unit given twice", async () => {
    const notXlsx = path.join(dir, "notes.txt");
    await fs.writeFile(notXlsx, "hello");
    const fake = path.join(dir, "fake.xlsx");
    await fs.writeFile(fake, "not a zip");
    const stranger = new ExcelJS.Workbook();
    stranger.addWorksheet("Khác").getCell("A1").value = "Không có bảng";
    const strangerFile = path.join(dir, "stranger.xlsx");
    await fs.writeFile(strangerFile, await workbookBytes(stranger));
    const twice = await writeUnitFiles(SAMPLE, await fs.mkdtemp(path.join(dir, "again-")), ["Sông Chu"]);
    const out = path.join(dir, "skips.xlsx");
    const run = await thidua(
      "import",
      template,
      unitFiles[3],
      twice[0],
      notXlsx,
      fake,
      strangerFile,
      unitFiles[0],
      "--out",
      out,
      "--lang",
      "en",
    );
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines).toContain("  notes.txt: skipped — not an .xlsx workbook; save it as an Excel Workbook (.xlsx)");
    expect(lines).toContain("  fake.xlsx: skipped — not an .xlsx workbook; save it as an Excel Workbook (.xlsx)");
    expect(lines.some((l) => l.startsWith("  stranger.xlsx: skipped — no sheet has a unit table for a listed unit"))).toBe(true);
    expect(
      lines.filter((l) => l.includes("Sông Chu.xlsx › Sông Chu: skipped — Công ty TNHH MTV Sông Chu is also in Sông Chu.xlsx")),
    ).toHaveLength(2);
    expect(run.stdout).toContain("Imported 1 unit sheet; 5 lines skipped (see above).");
    const names = (await readWorkbookFile(out)).sheets.map((s) => s.name);
    expect(names).toEqual(["Tiêu chí", "Thiết lập", ...SAMPLE_UNIT_SHEETS, ...HISTORY_SHEETS]);
  }, 120_000);

  it("never writes over an input, and writes nothing when there is nothing to import", async () => {
    const same = await thidua("import", template, unitFiles[0], "--out", unitFiles[0]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("will not overwrite");
    const out = path.join(dir, "nothing.xlsx");
    const nothing = await thidua("import", template, template, "--out", out);
    expect(nothing.code).toBe(2);
    await expect(fs.stat(out)).rejects.toThrow();
    expect((await thidua("import", template, "--out", out)).code).toBe(2);
  }, 60_000);
});

describe("a unit's file from an older template", () => {
  it("comes in without the overlapping validations it carried (D10 and D8:D10)", async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(unitFiles[5]));
    const part = "xl/worksheets/sheet1.xml";
    const overlapping =
      '<dataValidations count="2"><dataValidation type="decimal" allowBlank="1" sqref="D10"><formula1>0</formula1></dataValidation>' +
      '<dataValidation type="decimal" allowBlank="1" sqref="D8:D10"><formula1>1</formula1></dataValidation></dataValidations>';
    const xml = (await zip.file(part)!.async("string")).replace(/<dataValidations[\s\S]*?<\/dataValidations>/, overlapping);
    expect(xml).toContain(overlapping);
    zip.file(part, xml);
    const old = path.join(dir, "old-template", "Lam Sơn.xlsx");
    await fs.mkdir(path.dirname(old), { recursive: true });
    await fs.writeFile(old, await zip.generateAsync({ type: "nodebuffer" }));
    expect((await validationOverlaps(old)).overlaps).toHaveLength(1);

    const out = path.join(dir, "from-old-template.xlsx");
    expect((await thidua("import", template, old, "--out", out)).code).toBe(0);
    expect(await validationOverlaps(out)).toEqual({ ranges: expect.any(Number), overlaps: [] });
    const imported = await JSZip.loadAsync(await fs.readFile(out));
    const lamSon = `xl/worksheets/sheet${SAMPLE_UNIT_SHEETS.indexOf("Lam Sơn") + 3}.xml`;
    // As in the summarized copy (validations.ts): the rule listed first keeps the shared cell.
    expect(/<dataValidations[\s\S]*?<\/dataValidations>/.exec(await imported.file(lamSon)!.async("string"))?.[0]).toBe(
      '<dataValidations count="2"><dataValidation type="decimal" allowBlank="1" sqref="D10"><formula1>0</formula1></dataValidation>' +
        '<dataValidation type="decimal" allowBlank="1" sqref="D8:D9"><formula1>1</formula1></dataValidation></dataValidations>',
    );
  }, 60_000);
});

describe("thidua import's arguments and help", () => {
  it("takes the cluster workbook, then the units' files, and needs --out", () => {
    expect(parseArgs(["import", "cum18.xlsx", "a.xlsx", "b.xlsx", "--out", "new.xlsx"])).toEqual({
      ok: true,
      command: { kind: "import", workbook: "cum18.xlsx", files: ["a.xlsx", "b.xlsx"], out: "new.xlsx", language: null },
    });
    expect(parseArgs(["import", "cum18.xlsx", "--out", "new.xlsx"])).toMatchObject({ ok: false, problem: { code: "missing-unit-files" } });
    expect(parseArgs(["import", "cum18.xlsx", "a.xlsx"])).toMatchObject({ ok: false, problem: { code: "missing-out", command: "import" } });
    expect(parseArgs(["import", "cum18.xlsx", "a.xlsx", "--out", "new.csv"])).toMatchObject({
      ok: false,
      problem: { code: "out-not-xlsx" },
    });
  });

  it("is in the help, in both languages", async () => {
    expect((await thidua("import", "--help")).stdout).toContain("thidua import <cluster.xlsx> <unit files.xlsx…> --out <file.xlsx>");
    expect((await thidua("help", "--lang", "vi")).stdout).toContain("thidua import <sổ-tính-cụm.xlsx> <tệp-đơn-vị.xlsx…> --out <tệp.xlsx>");
  });
});
