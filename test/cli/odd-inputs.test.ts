// The command line's defects found by fuzzing (issue 19 §8), each as the run that showed it: the
// cluster workbook given as its own unit file, a unit file given twice, an only unit file that is
// an .xlsm, `--previous` of another cluster, and a sheet name Excel refuses carried into a copy.
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { thidua } from "../support/cli";
import { SAMPLE, writeSampleTemplate, writeUnitFiles } from "../support/unitFiles";
import { makeTempDir, openWorkbook, removeTempDir, saveWorkbook } from "../support/xlsxWorkbooks";

const CLEAN = path.resolve(__dirname, "../fixtures/examples/example-clean.xlsx");

let dir: string;
let template: string;
let lamSon: string;
beforeAll(async () => {
  dir = await makeTempDir("thidua-odd-");
  template = await writeSampleTemplate(dir);
  [lamSon] = await writeUnitFiles(SAMPLE, dir, ["Lam Sơn"]);
}, 120_000);
afterAll(async () => {
  await removeTempDir(dir);
});

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

describe("thidua import, odd unit files", () => {
  it("refuses the cluster workbook as its own unit file by name, and imports the others", async () => {
    const out = path.join(dir, "self.xlsx");
    const run = await thidua("import", template, template, lamSon, "--out", out, "--lang", "en");
    expect(run.stderr).toContain(`skipped ${template}: it is the cluster workbook itself, not a unit's file`);
    expect(run.stdout).not.toContain("(old 1)");
    expect(run.stdout).toContain("Imported 1 unit sheet; 1 line skipped (see above).");
    expect(run.code).toBe(1);
    // Alone, it leaves nothing to import, and nothing is written.
    const alone = path.join(dir, "self-alone.xlsx");
    const only = await thidua("import", template, template, "--out", alone, "--lang", "en");
    expect(only.code).toBe(2);
    expect(only.stderr).toContain("it is the cluster workbook itself");
    expect(await exists(alone)).toBe(false);
  }, 60_000);

  it("reads a file given twice once, says so once, and the plan and the last line agree", async () => {
    const out = path.join(dir, "twice.xlsx");
    const run = await thidua("import", template, lamSon, lamSon, path.join(dir, ".", path.basename(lamSon)), "--out", out, "--lang", "en");
    expect(run.stderr.match(/given more than once/g)).toHaveLength(1);
    expect(run.stdout).not.toContain("skipped");
    expect(run.stdout).toContain("Imported 1 unit sheet.");
    expect(run.code).toBe(0);
  }, 60_000);

  it("skips an only .xlsm as the guide says, and its last line does not contradict the plan", async () => {
    const macro = path.join(dir, "Lam Sơn.xlsm");
    await fs.copyFile(lamSon, macro);
    const out = path.join(dir, "xlsm.xlsx");
    const run = await thidua("import", template, macro, "--out", out, "--lang", "en");
    expect(run.stdout).toContain("Lam Sơn.xlsm: skipped — not an .xlsx workbook; save it as an Excel Workbook (.xlsx)");
    expect(run.stderr).toContain("every file was skipped, for the reason on its line above");
    expect(run.stderr).not.toContain("no file holds");
    expect(run.code).toBe(2);
    expect(await exists(out)).toBe(false);
  }, 60_000);
});

describe("--previous of another cluster", () => {
  it("warns, naming the file and its cluster, when no unit matches", async () => {
    // Cluster 18's example as another cluster would have it: other name, other units.
    const other = await openWorkbook(CLEAN);
    other.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string")
            cell.value = cell.value.replace("Cụm thi đua số 18", "Cụm thi đua số 7").replace(/Công ty/g, "Xí nghiệp");
        }),
      ),
    );
    const otherInput = await saveWorkbook(other, dir, "cluster7.xlsx");
    const otherSummary = path.join(dir, "cluster7.summary.xlsx");
    expect((await thidua("summarize", otherInput, "--out", otherSummary)).code).toBe(0);
    const run = await thidua("summarize", CLEAN, "--out", path.join(dir, "c18.xlsx"), "--previous", otherSummary, "--lang", "en");
    expect(run.stderr).toContain(`no unit of this workbook is in the summary ${otherSummary}`);
    expect(run.stderr).toContain('(its cluster is "Cụm thi đua số 7")');
    // Its own last period: no warning.
    const own = path.join(dir, "c18-last.xlsx");
    await thidua("summarize", CLEAN, "--out", own);
    expect((await thidua("validate", CLEAN, "--previous", own)).stderr).toBe("");
  }, 60_000);
});

describe("a sheet name Excel refuses", () => {
  const LONG = "Công ty TNHH MEDLATEC Thanh Hóa chi nhánh 2"; // 42 characters, as the fuzz had it

  it("is never carried into a copy: summarize, conference and import stop and name it", async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(CLEAN));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace('name="MEDLATEC"', `name="${LONG}"`));
    const input = path.join(dir, "long-name.xlsx");
    await fs.writeFile(input, await zip.generateAsync({ type: "nodebuffer" }));
    for (const args of [
      ["summarize", input, "--out", path.join(dir, "long.summary.xlsx")],
      ["conference", input, "--out", path.join(dir, "long.conference.xlsx")],
      ["import", input, lamSon, "--out", path.join(dir, "long.import.xlsx")],
    ]) {
      const run = await thidua(...args, "--lang", "en");
      expect([args[0], run.code]).toEqual([args[0], 2]);
      expect(run.stderr).toContain(`the sheet "${LONG}" of ${input} has a name Excel does not accept`);
      expect(await exists(args[args.length - 1])).toBe(false);
    }
  }, 60_000);
});

describe("a small fuzz: odd files and values end in a sentence, never a stack trace or a formula", () => {
  const oddFiles: Array<[string, Buffer]> = [
    ["empty.xlsx", Buffer.alloc(0)],
    ["text.xlsx", Buffer.from("hello\n")],
  ];

  it("an empty file, a text file and a zip without a workbook: exit 2 and one line, for every command that reads them", async () => {
    const zip = new JSZip();
    zip.file("a.txt", "x");
    const files = [...oddFiles, ["no-workbook.xlsx", await zip.generateAsync({ type: "nodebuffer" })] as [string, Buffer]];
    for (const [name, bytes] of files) {
      const file = path.join(dir, name);
      await fs.writeFile(file, bytes);
      for (const args of [
        ["validate", file],
        ["summarize", file, "--out", path.join(dir, "odd.summary.xlsx")],
        ["conference", file, "--out", path.join(dir, "odd.conference.xlsx")],
        ["summarize", CLEAN, "--out", path.join(dir, "odd.previous.xlsx"), "--previous", file],
      ]) {
        const run = await thidua(...args, "--lang", "en");
        expect([name, args[0], run.code]).toEqual([name, args[0], 2]);
        expect(run.stderr).toBe(`thidua: ${file} is not an .xlsx workbook (open it in Excel and save it as .xlsx)\n`);
      }
      // As a unit's file it is a skipped line of the plan, and the last line agrees.
      const run = await thidua("import", template, file, "--out", path.join(dir, "odd.import.xlsx"), "--lang", "en");
      expect(run.stdout).toContain(`${name}: skipped — not an .xlsx workbook`);
      expect(run.stderr).toContain("every file was skipped");
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    }
  }, 60_000);

  it("1e308 in every number of the units' sheets, and formula-looking names: a report, no crash, names written as text", async () => {
    const workbook = await openWorkbook(CLEAN);
    workbook.eachSheet((sheet) => {
      if (sheet.name === "Tiêu chí" || sheet.name === "Thiết lập") return;
      sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === "number" && (cell.value = 1e308)));
    });
    // A unit named like a formula, in the list and on its sheet.
    const renamed = (text: string) => text.replace("Công ty TNHH Lam Sơn - Thanh Hóa", '=HYPERLINK("x") Lam Sơn');
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && (cell.value = renamed(cell.value)))),
    );
    const input = await saveWorkbook(workbook, dir, "huge.xlsx");
    const out = path.join(dir, "huge.summary.xlsx");
    const run = await thidua("summarize", input, "--out", out, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain('=HYPERLINK("x") Lam Sơn');
    const summary = (await openWorkbook(out)).getWorksheet("Summary")!;
    const cells: unknown[] = [];
    summary.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain('=HYPERLINK("x") Lam Sơn');
    expect(cells.filter((value) => typeof value === "object" && value !== null && "formula" in value)).toEqual([]);
  }, 60_000);
});
