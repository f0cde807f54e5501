// No two data validations on a sheet may share a cell: Excel treats overlapping validation
// ranges as damaged content and offers to repair the file (issue 10, item 13). Checked on every
// layout the core builds, and on the files the command line writes, read back as XML.
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { evaluateWorkbook } from "../../src/core";
import { rangeFromA1, rangeToA1 } from "../../src/core/model/address";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { buildOutputSheets, buildTemplateSheets } from "../../src/core/sheets";
import { InputSheetDraft } from "../../src/core/sheets/inputSheet";
import type { CellRange, SheetLayout } from "../../src/core/model/types";
import { main } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/xlsx/read";
import { OPTIONS, smallCriteria, settings, typicalEvaluation } from "../support/sheets-fixtures";
import { addDataValidation, withSheetXml } from "../support/xlsxPackage";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { sheetXml } from "../support/xlsxZip";

const EXAMPLES = path.resolve(__dirname, "../fixtures/examples");
const LIBREOFFICE = path.resolve(__dirname, "../fixtures/libreoffice/cluster-zero-formulas.lo.xlsx");

const intersect = (a: CellRange, b: CellRange) =>
  a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;

/** Pairs of ranges that share a cell, as `A1:B2 × B2`. */
function overlaps(ranges: CellRange[]): string[] {
  const found: string[] = [];
  ranges.forEach((a, i) =>
    ranges.slice(i + 1).forEach((b) => {
      if (intersect(a, b)) found.push(`${rangeToA1(a)} × ${rangeToA1(b)}`);
    }),
  );
  return found;
}

function layoutOverlaps(layouts: SheetLayout[]): Record<string, string[]> {
  const bySheet: Record<string, string[]> = {};
  for (const layout of layouts) {
    const found = overlaps(layout.validations.map((v) => v.range));
    if (found.length > 0) bySheet[layout.name] = found;
  }
  return bySheet;
}

describe("validations in the core's layouts", () => {
  it("never overlap, even when a cell is validated twice", () => {
    const draft = new InputSheetDraft("x");
    const rule = (prompt: string) => ({ kind: "decimal" as const, min: 0, max: null, prompt, error: "e" });
    draft.validate(rangeFromA1("D8:D10"), rule("a"));
    draft.validate(rangeFromA1("D10:E10"), rule("b"));
    const layout = draft.toLayout();
    expect(layoutOverlaps([layout])).toEqual({});
    expect(layout.validations.map((v) => `${rangeToA1(v.range)} ${v.prompt}`)).toEqual(["D8:D9 a", "D10:E10 b"]);
  });

  it.each(["vi", "en"] as const)("never overlap in the template (%s), for Cluster 18 and a small table", (language) => {
    const cluster18 = buildTemplateSheets({
      criteria: CLUSTER18_CRITERIA,
      settings: CLUSTER18_SETTINGS,
      language,
      criterionNamesEn: CLUSTER18_NAMES_EN,
    });
    expect(cluster18.some((layout) => layout.validations.length > 0)).toBe(true);
    expect(layoutOverlaps(cluster18)).toEqual({});
    const small = buildTemplateSheets({
      criteria: smallCriteria(),
      settings: settings({ units: [{ no: 1, name: "A", sheet: "A", sheetCell: { row: 20, col: 2 } }] }),
      language,
    });
    expect(layoutOverlaps(small)).toEqual({});
    // Rows that may not apply have their own rules (the mark besides numbers, a Count row's self cell).
    const table = smallCriteria();
    const mayNotApply = {
      groups: table.groups.map((g) => ({ ...g, criteria: g.criteria.map((c) => ({ ...c, mayBeNotApplicable: g.kind === "group" })) })),
    };
    const withNotApplicable = buildTemplateSheets({
      criteria: mayNotApply,
      settings: settings({ units: [{ no: 1, name: "A", sheet: "A", sheetCell: { row: 20, col: 2 } }] }),
      language,
    });
    expect(withNotApplicable[2].validations.some((v) => v.kind === "any" && v.range.start.col === 3)).toBe(true);
    expect(layoutOverlaps(withNotApplicable)).toEqual({});
  });

  it.each(["vi", "en"] as const)("never overlap in the output sheets (%s)", (language) => {
    expect(layoutOverlaps(buildOutputSheets(typicalEvaluation(language), OPTIONS))).toEqual({});
  });

  it("never overlap in the output sheets of the examples", async () => {
    for (const name of ["example-clean.xlsx", "example-problems.xlsx"]) {
      const evaluation = evaluateWorkbook(await readWorkbookFile(path.join(EXAMPLES, name)));
      expect(layoutOverlaps(buildOutputSheets(evaluation, OPTIONS))).toEqual({});
    }
  });
});

/** Every sheet's `<dataValidation sqref>` ranges in an .xlsx file, by sheet part. */
async function sqrefsOf(file: string): Promise<Record<string, CellRange[]>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const bySheet: Record<string, CellRange[]> = {};
  for (const part of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))) {
    const xml = await zip.file(part)!.async("string");
    const ranges: CellRange[] = [];
    for (const match of xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]*)"/g)) {
      // A sqref is a space-separated list of ranges; each counts on its own.
      for (const ref of match[1].split(/\s+/).filter((r) => r !== "")) ranges.push(rangeFromA1(ref.replace(/\$/g, "")));
    }
    bySheet[part] = ranges;
  }
  return bySheet;
}

describe("validations in the files the command line writes", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir("thidua-validations-");
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  const run = (...argv: string[]) =>
    main(argv, { stdout: () => undefined, stderr: () => undefined, today: () => ({ year: 2024, month: 7, day: 5 }) });

  it.each(["vi", "en"])(
    "never overlap in a template (%s), and every validation of the layout is there",
    async (language) => {
      const out = path.join(dir, `template-${language}.xlsx`);
      expect(await run("template", "--lang", language, "--out", out)).toBe(0);
      const sheets = await sqrefsOf(out);
      const all = Object.values(sheets).flat();
      expect(all.length).toBeGreaterThan(0);
      for (const [part, ranges] of Object.entries(sheets)) expect({ part, overlaps: overlaps(ranges) }).toEqual({ part, overlaps: [] });
      // The file covers the same cells as the layout: nothing lost in the writing.
      const layouts = buildTemplateSheets({
        criteria: CLUSTER18_CRITERIA,
        settings: { ...CLUSTER18_SETTINGS, language: language as "vi" | "en" },
        language: language as "vi" | "en",
        criterionNamesEn: CLUSTER18_NAMES_EN,
      });
      const cells = (ranges: CellRange[]) =>
        ranges.reduce((sum, r) => sum + (r.end.row - r.start.row + 1) * (r.end.col - r.start.col + 1), 0);
      expect(cells(all)).toBe(cells(layouts.flatMap((layout) => layout.validations.map((v) => v.range))));
      // Evidence cells carry an input message and accept any value: a validation with no type.
      const zip = await JSZip.loadAsync(await fs.readFile(out));
      const unitSheetXml = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
      const untyped = [...unitSheetXml.matchAll(/<dataValidation\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\btype="/.test(tag));
      expect(untyped.length).toBeGreaterThan(0);
      for (const tag of untyped) expect(tag).toMatch(/showInputMessage="1"[^>]*prompt="[^"]+"/);
    },
    60_000,
  );

  it("never overlap in a summarized copy of a LibreOffice file whose own validations overlap", async () => {
    const rule = (sqref: string, type = "whole") =>
      `<dataValidation type="${type}" allowBlank="1" sqref="${sqref}"><formula1>0</formula1><formula2>9</formula2></dataValidation>`;
    // Lam Sơn: D10 under two rules, and a rule on the whole sheet after them. Sông Chu: the
    // whole sheet first, then a cell rule it already covers.
    let input = await withSheetXml(await fs.readFile(LIBREOFFICE), "Lam Sơn", (xml) =>
      addDataValidation(xml, rule("D8:D10") + rule("D10 E10", "decimal") + rule("A1:XFD1048576", "textLength")),
    );
    input = await withSheetXml(input, "Sông Chu", (xml) => addDataValidation(xml, rule("A1:XFD1048576") + rule("$D$5", "decimal")));
    const file = path.join(dir, "foreign.xlsx");
    await fs.writeFile(file, input);
    const before = await sqrefsOf(file);
    expect(Object.values(before).filter((ranges) => overlaps(ranges).length > 0)).toHaveLength(2);

    const out = path.join(dir, "foreign.summary.xlsx");
    expect(await run("summarize", file, "--out", out, "--lang", "vi")).toBe(0);
    expect(await fs.readFile(file)).toEqual(input);
    for (const [part, ranges] of Object.entries(await sqrefsOf(out)))
      expect({ part, overlaps: overlaps(ranges) }).toEqual({ part, overlaps: [] });

    // Each cell keeps the first rule listed for it; a rule left with no cell is gone.
    const copied = await fs.readFile(out);
    const rulesOf = (sheet: string) =>
      [...sheetXml(copied, sheet)!.matchAll(/<dataValidation\b[^>]*\btype="(\w+)"[^>]*\bsqref="([^"]*)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(rulesOf("Lam Sơn")).toEqual(["whole D8:D10", "decimal E10", "textLength A1:XFD7 A11:XFD1048576 A8:C10 E8:XFD9 F10:XFD10"]);
    expect(rulesOf("Sông Chu")).toEqual(["whole A1:XFD1048576"]);
    // The cells themselves are copied as they were.
    const cellsOf = (bytes: Buffer, sheet: string) => /<sheetData[\s\S]*<\/sheetData>/.exec(sheetXml(bytes, sheet)!)![0];
    expect(cellsOf(copied, "Lam Sơn")).toBe(cellsOf(input, "Lam Sơn"));
  }, 60_000);
});
