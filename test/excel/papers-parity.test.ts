// The three papers in the state's format (spec §8.1) from both hosts: Generate in the pane (on
// Microsoft's Excel runtime, answered by our model) and `thidua summarize` (ExcelJS) write the
// same cells, fonts (name, size, bold, italic, underline), merges, row heights and page set-up
// (A4 portrait, the margins, the page number in the top margin from page 2, no footer) for
// `Biên bản`, `Đề nghị khen thưởng` and `Tờ trình`, from the year-conference example with every
// §8.1 field filled in.
import * as ExcelJS from "exceljs";
import * as path from "path";
import { toA1 } from "../../src/core/model/address";
import { runGenerate } from "../../src/excel";
import { readWorkbookFile } from "../../src/xlsx/read";
import { thidua } from "../support/cli";
import { installRuntimeWith, lastCell, seenFromExcelJs, seenFromHost } from "../support/host";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { uninstallOfficeRuntime } from "../office-runtime";

const { writePapersExample } = require("../../scripts/papers-example.js") as { writePapersExample: (target: string) => Promise<string> };

const PAPERS = ["Biên bản", "Đề nghị khen thưởng", "Tờ trình"];

let dir: string;
let installed: ReturnType<typeof installRuntimeWith> | null = null;
beforeAll(async () => {
  dir = await makeTempDir("thidua-papers-parity-");
});
afterAll(async () => {
  await removeTempDir(dir);
});
afterEach(uninstallOfficeRuntime);

/** A cell's font as a person sees it, the same way for both writers. */
interface SeenFont {
  name: string;
  size: number;
  underline: boolean;
}

function fontsFromExcelJs(sheet: ExcelJS.Worksheet, extent: { rows: number; cols: number }): Record<string, SeenFont> {
  const fonts: Record<string, SeenFont> = {};
  for (let r = 0; r < extent.rows; r++) {
    for (let c = 0; c < extent.cols; c++) {
      const font = sheet.getCell(r + 1, c + 1).font ?? {};
      fonts[toA1({ row: r, col: c })] = { name: font.name ?? "Calibri", size: font.size ?? 11, underline: !!font.underline };
    }
  }
  return fonts;
}

/** The page set-up as a person sets it in Excel's dialog: margins in inches to 0.001. */
interface SeenPage {
  orientation: string;
  paper: string;
  margins: number[];
  header: string;
  firstPageHeader: string;
  footer: string;
  differentFirst: boolean;
}

const inches = (values: number[]) => values.map((v) => Math.round(v * 1000) / 1000);

function pageFromExcelJs(sheet: ExcelJS.Worksheet): SeenPage {
  const setup = sheet.pageSetup;
  const m = setup.margins!;
  const hf = sheet.headerFooter ?? {};
  return {
    orientation: setup.orientation === "landscape" ? "Landscape" : "Portrait",
    paper: setup.paperSize === 9 ? "A4" : String(setup.paperSize),
    margins: inches([m.left, m.right, m.top, m.bottom, m.header, m.footer]),
    header: hf.oddHeader ?? "",
    firstPageHeader: hf.firstHeader ?? "",
    footer: hf.oddFooter ?? "",
    differentFirst: !!hf.differentFirst,
  };
}

function pageFromHost(host: ReturnType<typeof installRuntimeWith>["host"], sheet: string): SeenPage {
  const page = host.pageLayout(sheet);
  const group = page.headersFooters;
  const codes = (text: string, section: string) => (text === "" ? "" : `&${section}${text}`);
  return {
    orientation: page.orientation,
    paper: page.paperSize,
    margins: inches(
      [page.leftMargin, page.rightMargin, page.topMargin, page.bottomMargin, page.headerMargin, page.footerMargin].map((pt) => pt / 72),
    ),
    header: codes(group.defaultForAllPages.centerHeader, "C"),
    firstPageHeader: codes(group.firstPage.centerHeader, "C"),
    footer: codes(group.defaultForAllPages.centerFooter, "C"),
    differentFirst: group.state === "FirstAndDefault",
  };
}

describe("the papers from both hosts (§8.1)", () => {
  it("have the same cells, fonts, merges, row heights and page set-up", async () => {
    const input = await writePapersExample(path.join(dir, "papers.xlsx"));
    installed = installRuntimeWith(await readWorkbookFile(input));
    const host = installed.host;
    await runGenerate(undefined, { date: { year: 2024, month: 7, day: 5 } });
    const out = path.join(dir, "papers.summary.xlsx");
    expect((await thidua("summarize", input, "--out", out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);

    expect(host.sheetNames().filter((n) => PAPERS.includes(n))).toEqual(PAPERS);
    for (const name of PAPERS) {
      const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
      const fromCli = seenFromExcelJs(sheet);
      const extent = lastCell(fromCli);
      expect(seenFromHost(host, name, `A1:${extent}`)).toEqual(fromCli);
      const rows = Number(/\d+$/.exec(extent)![0]);
      const hostFonts: Record<string, SeenFont> = {};
      host
        .fonts(name, `A1:F${rows}`)
        .forEach((row, r) =>
          row.forEach((f, c) => (hostFonts[toA1({ row: r, col: c })] = { name: f.name, size: f.size, underline: f.underline !== "None" })),
        );
      expect(hostFonts).toEqual(fontsFromExcelJs(sheet, { rows, cols: 6 }));
      const cliHeights: Record<string, number> = {};
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        if (row.height !== undefined) cliHeights[String(r)] = row.height;
      });
      expect(host.rowHeights(name)).toEqual(cliHeights);
      const page = pageFromExcelJs(sheet);
      expect(pageFromHost(host, name)).toEqual(page);
      expect(page).toMatchObject({
        orientation: "Portrait",
        paper: "A4",
        header: '&C&"Times New Roman,Regular"&13&P',
        firstPageHeader: "",
        footer: "",
        differentFirst: true,
      });
    }
  }, 120_000);
});
