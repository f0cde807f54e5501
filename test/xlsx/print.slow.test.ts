// The printed pages (§8.3): LibreOffice renders the template, the demo's summary, the year-conference
// example's summary and the vote sheet, in both languages, to PDF; poppler's `pdftotext -bbox`
// gives every word's box, and no two text lines of a page may print over each other. A workbook
// with a deliberately too-short row is rendered beside them and must show the overlap, so the
// check is seen to fail. Whole workbooks are rendered, so every sheet the product writes (the
// output sheets, the papers among them, and the copied input sheets) is on some page.
// Slow (LibreOffice starts once for all of them): the slow Jest project.
import { execFile, spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import * as ExcelJS from "exceljs";
import { SheetDraft } from "../../src/core/sheets/sheet";
import { cellRange } from "../../src/core/model/address";
import { applySheetLayout, workbookBytes } from "../../src/xlsx/write";
import { thidua } from "../support/cli";
import { overlapsOfPdfText } from "../support/pdfLines";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";

const REPO = path.join(__dirname, "../..");
const DEMO = path.join(REPO, "assets", "cluster18-2024.xlsx");
const YEAR_CONFERENCE = path.join(REPO, "test", "fixtures", "examples", "example-year-conference.xlsx");
const LANGUAGES = ["vi", "en"] as const;

/** Each workbook rendered: its file name and the `thidua` command that writes it there. */
const WORKBOOKS = LANGUAGES.flatMap((lang) => [
  { name: `template-${lang}`, args: (out: string) => ["template", "--out", out, "--period", "Năm 2025", "--lang", lang] },
  { name: `demo-${lang}`, args: (out: string) => ["summarize", DEMO, "--out", out, "--lang", lang] },
  { name: `year-conference-${lang}`, args: (out: string) => ["summarize", YEAR_CONFERENCE, "--out", out, "--lang", lang] },
  { name: `vote-sheet-${lang}`, args: (out: string) => ["conference", DEMO, "--out", out, "--lang", lang] },
]);
const TOO_SHORT = "too-short-row";

function missingTools(): string[] {
  return ["soffice", "pdftotext"].filter((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0);
}

/** One sheet whose row 2 holds four lines of text at the height of one: its text runs into rows 1 and 3. */
async function tooShortRowWorkbook(file: string): Promise<void> {
  const draft = new SheetDraft("Short");
  draft.width(0, 30);
  draft.set(0, 0, "The row above");
  draft.merge(cellRange(1, 0, 1, 0), "A long wrapped text that needs four lines in this column of thirty", { wrap: true });
  draft.set(2, 0, "The row below");
  const layout = draft.toLayout();
  const workbook = new ExcelJS.Workbook();
  await applySheetLayout(workbook, { ...layout, rowHeights: { 1: 15 } });
  await fs.writeFile(file, await workbookBytes(workbook));
}

describe("printed pages (LibreOffice)", () => {
  let dir: string;
  const pdfText = new Map<string, string>();

  beforeAll(async () => {
    const missing = missingTools();
    if (missing.length > 0) {
      throw new Error(`The print test needs ${missing.join(" and ")}: apt-get install libreoffice-calc-nogui poppler-utils (.ci/run does)`);
    }
    dir = await makeTempDir("thidua-print-");
    const files: string[] = [];
    for (const workbook of WORKBOOKS) {
      const file = path.join(dir, `${workbook.name}.xlsx`);
      const run = await thidua(...workbook.args(file));
      if (run.code !== 0) throw new Error(`thidua ${workbook.args(file).join(" ")} exited ${run.code}: ${run.stderr}`);
      files.push(file);
    }
    files.push(path.join(dir, `${TOO_SHORT}.xlsx`));
    await tooShortRowWorkbook(files[files.length - 1]);
    // A profile of its own, so a LibreOffice already open, or another run beside this one, cannot block it.
    const profile = `file://${path.join(dir, "profile")}`;
    await promisify(execFile)(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files],
      {
        timeout: 400_000,
      },
    );
    for (const file of files) {
      const pdf = file.replace(/\.xlsx$/, ".pdf");
      const { stdout } = await promisify(execFile)("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 1 << 28 });
      pdfText.set(path.basename(file, ".xlsx"), stdout);
    }
  }, 600_000);

  afterAll(async () => {
    if (dir) await removeTempDir(dir);
  });

  it("shows the overlap of a row too short for its text", () => {
    const overlaps = overlapsOfPdfText(pdfText.get(TOO_SHORT) ?? "");
    expect(overlaps.length).toBeGreaterThan(0);
    expect(overlaps.join("\n")).toMatch(/The row (above|below)/);
  });

  it.each(WORKBOOKS.map((w) => w.name))("%s: no two text lines of a page overlap", (name) => {
    const text = pdfText.get(name) ?? "";
    // Every sheet printed: a page per sheet at least, so an empty render cannot pass.
    expect((text.match(/<page /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(overlapsOfPdfText(text)).toEqual([]);
  });
});
