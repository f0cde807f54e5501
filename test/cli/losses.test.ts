// No quiet losses in the summarized copy: an .xlsm's macros are said to be dropped, a unit sheet
// named like an output sheet is kept, and links to any sheet name are quoted.
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { escapeXml, setCellXml, worksheetPart } from "../support/xlsxPackage";
import { thidua } from "../support/cli";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { sheetXml, zipEntries } from "../support/xlsxZip";

const CLEAN = path.join(__dirname, "..", "fixtures", "examples", "example-clean.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-losses-");
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** The clean example with the unit sheet `from` renamed `to`, in its tab and in the units list (row `listRow`). */
async function withUnitSheetRenamed(from: string, to: string, listRow: number): Promise<JSZip> {
  const zip = await JSZip.loadAsync(await fs.readFile(CLEAN));
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbookXml.replace(`name="${escapeXml(from)}"`, `name="${escapeXml(to)}"`));
  const settings = await worksheetPart(zip, "Thiết lập");
  const settingsXml = await zip.file(settings)!.async("string");
  zip.file(settings, setCellXml(settingsXml, `C${listRow}`, `<c r="C${listRow}" t="inlineStr"><is><t>${escapeXml(to)}</t></is></c>`));
  return zip;
}

async function save(zip: JSZip, name: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

describe("an .xlsm workbook", () => {
  let file: string;
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(CLEAN));
    zip.file("xl/vbaProject.bin", Buffer.from("not really VBA, but where Excel keeps it"));
    file = await save(zip, "cum.xlsm");
  });

  it("summarize says plainly that the .xlsx copy drops the macros", async () => {
    const out = path.join(dir, "cum.summary.xlsx");
    const run = await thidua("summarize", file, "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `thidua: warning: ${file} has macros; the copy ${out} is an .xlsx workbook without them (the input keeps them)\n`,
    );
    expect([...zipEntries(await fs.readFile(out)).keys()]).not.toContain("xl/vbaProject.bin");
  });

  it("says it in Vietnamese too; validate, which copies nothing, says nothing", async () => {
    const run = await thidua("summarize", file, "--out", path.join(dir, "vi.xlsx"), "--lang", "vi");
    expect(run.stderr).toMatch(/^thidua: cảnh báo: .*cum\.xlsm có macro; bản sao .*vi\.xlsx là sổ tính \.xlsx không có macro/);
    expect((await thidua("validate", file, "--lang", "en")).stderr).toBe("");
  });
});

describe("a unit sheet named like an output sheet", () => {
  it("is kept in the copy, and the output sheet takes the next free name with its links", async () => {
    // Lam Sơn is the 6th unit, listed on row 22 of the Settings sheet.
    const file = await save(await withUnitSheetRenamed("Lam Sơn", "Details", 22), "details.xlsx");
    const out = path.join(dir, "details.summary.xlsx");
    const run = await thidua("summarize", file, "--out", out, "--lang", "en");
    expect(run.code).toBe(0);
    const bytes = await fs.readFile(out);
    const workbookXml = zipEntries(bytes).get("xl/workbook.xml")!.toString("utf8");
    const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toContain("Details");
    expect(names).toContain("Details (2)");
    // The unit's own sheet, not the engine's: its table is still there.
    expect(sheetXml(bytes, "Details")).toContain('<mergeCell ref="A1:H1"/>');
    const summary = sheetXml(bytes, names[0])!;
    expect(summary).not.toMatch(/location="'?Details'?!/);
  });
});

describe("output sheets known by their mark", () => {
  /** Sheet names in tab order, and the positions of those carrying the output mark. */
  function sheetsOf(bytes: Buffer): { names: string[]; marked: string[] } {
    const workbookXml = zipEntries(bytes).get("xl/workbook.xml")!.toString("utf8");
    const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const marked = [...workbookXml.matchAll(/<definedName name="ThiDua_Output" localSheetId="(\d+)" hidden="1">TRUE</g)].map(
      (m) => names[Number(m[1])],
    );
    return { names, marked };
  }

  it.each([
    ["Details", "en", "Details (2)"],
    ["Kiểm tra", "vi", "Kiểm tra (2)"],
  ])("a listed unit sheet named %s is read and ranked, on a first run and on the copy again", async (sheetName, language, output) => {
    const file = await save(await withUnitSheetRenamed("Lam Sơn", sheetName, 22), `marked-${language}.xlsx`);
    const first = path.join(dir, `marked-${language}.summary.xlsx`);
    const run = await thidua("summarize", file, "--out", first, "--lang", language);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Lam Sơn/);
    const validated = await thidua("validate", file, "--lang", language);
    expect(validated.code).toBe(0);
    const once = sheetsOf(await fs.readFile(first));
    expect(once.names.slice(0, 3)).toContain(output);
    expect(once.marked).toEqual(once.names.slice(0, 3));
    expect(once.marked).not.toContain(sheetName);

    // The copy summarized again: the marked outputs are replaced (not kept as units or renamed
    // once more), and the unit's sheet is still read.
    const second = path.join(dir, `marked-${language}.again.xlsx`);
    const again = await thidua("summarize", first, "--out", second, "--lang", language);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(run.stdout.replace(first, second));
    const twice = sheetsOf(await fs.readFile(second));
    expect(twice.names).toEqual(once.names);
    expect(twice.marked).toEqual(once.marked);
  });

  it("an unmarked, unlisted sheet named like an output (an older version's) is replaced and never read", async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(CLEAN));
    const file = await save(zip, "plain.xlsx");
    const first = path.join(dir, "plain.summary.xlsx");
    expect((await thidua("summarize", file, "--out", first, "--lang", "en")).code).toBe(0);
    // Take the marks away, as a copy written before outputs were marked would be.
    const unmarked = await JSZip.loadAsync(await fs.readFile(first));
    const workbookXml = await unmarked.file("xl/workbook.xml")!.async("string");
    unmarked.file("xl/workbook.xml", workbookXml.replace(/<definedName name="ThiDua_Output"[^>]*>TRUE<\/definedName>/g, ""));
    const old = await save(unmarked, "old.xlsx");
    const validated = await thidua("validate", old, "--lang", "en");
    expect(validated.code).toBe(0);
    expect(validated.stdout).not.toMatch(/unlisted|Summary|Details/);
    const again = path.join(dir, "old.summary.xlsx");
    expect((await thidua("summarize", old, "--out", again, "--lang", "en")).code).toBe(0);
    expect(sheetsOf(await fs.readFile(again)).names).toEqual(sheetsOf(await fs.readFile(first)).names);
  });
});

describe("links to unit sheets", () => {
  it("are quoted even when the name looks like an R1C1 reference", async () => {
    // MEDLATEC (row 23) has a warning, so the Issues sheet links to its cell.
    const file = await save(await withUnitSheetRenamed("MEDLATEC", "R1C1", 23), "r1c1.xlsx");
    const out = path.join(dir, "r1c1.summary.xlsx");
    expect((await thidua("summarize", file, "--out", out, "--lang", "en")).code).toBe(0);
    const issues = sheetXml(await fs.readFile(out), "Issues")!.replace(/&apos;/g, "'");
    expect(issues).toContain(`location="'R1C1'!G17"`);
    expect(issues).not.toMatch(/location="R1C1!/);
  });
});
