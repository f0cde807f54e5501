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
