import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { cellRange } from "../../src/core/model/address";
import type { CellStyle, SheetLayout, StyledRange } from "../../src/core/model/types";
import { XlsxFileError } from "../../src/xlsx/errors";
import { sameFile, writeFileAtomically } from "../../src/xlsx/files";
import { applySheetLayout, summaryWorkbookBytes, writeWorkbookFile, type WriteSummaryOptions } from "../../src/xlsx/write";
import { makeTempDir, openWorkbook, putRows, removeTempDir, saveWorkbook, sheetContents } from "../support/xlsxWorkbooks";
import { sheetXml, zipEntries } from "../support/xlsxZip";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempDir(dir);
});

function styled(a: [number, number, number, number], style: CellStyle): StyledRange {
  return { range: cellRange(...a), style };
}

/** A small sheet layout like the Summary: merged title, header row, numbers, a link, a footer. */
function layout(overrides: Partial<SheetLayout> = {}): SheetLayout {
  return {
    name: "Tổng hợp",
    values: [
      ["BẢNG TỔNG HỢP", null, null, null],
      ["STT", "Đơn vị", "Tổng điểm", "Ghi chú"],
      [1, "=1+1", 95.5, "+84 912 345 678"],
      [2, "-2+3 điểm", 91.25, "@SUM(1,2)"],
      [3, "Lam Sơn", true, "G12"],
    ],
    styles: [
      styled([0, 0, 4, 3], { fontName: "Times New Roman", fontSize: 13 }),
      styled([0, 0, 0, 3], { bold: true, fontSize: 14, horizontal: "center" }),
      styled([1, 0, 1, 3], { bold: true, fill: "#D9E1F2", border: true, horizontal: "center", vertical: "center", wrap: true }),
      styled([2, 0, 4, 3], { border: true }),
      styled([2, 2, 4, 2], { numberFormat: "0.00", fontColor: "#C00000" }),
      // Later entries win where they overlap, property by property.
      styled([3, 2, 3, 2], { fontColor: "#00B050", italic: true, underline: true }),
    ],
    merges: [cellRange(0, 0, 0, 3)],
    columnWidths: [6, 40, 12.5, 30],
    rowHeights: { 0: 32, 1: 28.5 },
    frozenRows: 2,
    frozenColumns: 0,
    showGridlines: false,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      repeatRows: { first: 0, last: 5 },
      centerHorizontally: true,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.25 },
      centerFooter: "Trang &P / &N",
    },
    links: [{ at: { row: 4, col: 3 }, sheet: "Lam Sơn", cell: "G12" }],
    validations: [],
    unlocked: [],
    protect: false,
    tabColor: null,
    charts: [],
    ...overrides,
  };
}

async function renderAndReopen(sheetLayout: SheetLayout): Promise<{ sheet: ExcelJS.Worksheet; file: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Lam Sơn").getCell("G12").value = 9.5;
  await applySheetLayout(workbook, sheetLayout);
  const file = path.join(dir, `${sheetLayout.name}-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeWorkbookFile(workbook, file);
  const back = await openWorkbook(file);
  return { sheet: back.getWorksheet(sheetLayout.name)!, file };
}

describe("applySheetLayout", () => {
  let sheet: ExcelJS.Worksheet;
  let file: string;
  beforeAll(async () => {
    ({ sheet, file } = await renderAndReopen(layout()));
  });

  it("writes numbers, text and booleans where the layout puts them", () => {
    expect(sheet.getCell("A3").value).toBe(1);
    expect(sheet.getCell("C3").value).toBe(95.5);
    expect(sheet.getCell("B5").value).toBe("Lam Sơn");
    expect(sheet.getCell("C5").value).toBe(true);
  });

  it.each([
    ["B3", "=1+1"],
    ["D3", "+84 912 345 678"],
    ["B4", "-2+3 điểm"],
    ["D4", "@SUM(1,2)"],
  ])("stores %s text %j as text, never as a formula", (a1, text) => {
    const cell = sheet.getCell(a1);
    expect(cell.value).toBe(text);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });

  it("applies number formats", () => {
    expect(sheet.getCell("C3").numFmt).toBe("0.00");
    expect(sheet.getCell("C4").numFmt).toBe("0.00");
    expect(sheet.getCell("A3").numFmt).toBeUndefined();
  });

  it("applies fonts, merging later ranges into earlier ones", () => {
    expect(sheet.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(sheet.getCell("C3").font).toMatchObject({ name: "Times New Roman", size: 13, color: { argb: "FFC00000" } });
    expect(sheet.getCell("C3").font.italic).toBeFalsy();
    expect(sheet.getCell("C4").font).toMatchObject({ name: "Times New Roman", italic: true, underline: true, color: { argb: "FF00B050" } });
  });

  it("applies fills, thin borders on every edge, alignment and wrapping", () => {
    const header = sheet.getCell("B2");
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    for (const edge of ["top", "left", "bottom", "right"] as const) expect(header.border[edge]?.style).toBe("thin");
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(sheet.getCell("A1").border?.top).toBeUndefined();
  });

  it("merges the title and keeps its value in the top-left cell", () => {
    expect(sheet.model.merges).toEqual(["A1:D1"]);
    expect(sheet.getCell("A1").value).toBe("BẢNG TỔNG HỢP");
    expect(sheet.getCell("D1").type).toBe(ExcelJS.ValueType.Merge);
  });

  it("sets column widths and row heights", () => {
    expect([1, 2, 3, 4].map((c) => sheet.getColumn(c).width)).toEqual([6, 40, 12.5, 30]);
    expect(sheet.getRow(1).height).toBe(32);
    expect(sheet.getRow(2).height).toBe(28.5);
  });

  it("freezes the header rows and hides gridlines", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 0, showGridLines: false });
  });

  it("sets up printing on A4 landscape, one page wide, header rows repeated, centred", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:6",
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.25 },
    });
    expect(sheet.headerFooter.oddFooter).toBe("&CTrang &P / &N");
  });

  it("writes links as internal links to the named sheet and cell", async () => {
    expect(sheet.getCell("D5").value).toEqual({ text: "G12", hyperlink: "#'Lam Sơn'!G12" });
    expect(sheet.getCell("D5").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    // Excel follows an internal link only as `location`, without an external relationship.
    const parts = zipEntries(await fs.readFile(file));
    const xml = [...parts.entries()].find(
      ([name, data]) => name.startsWith("xl/worksheets/sheet") && data.toString().includes("<hyperlink "),
    )!;
    expect(xml[1].toString()).toMatch(/<hyperlink ref="D5" location="&apos;Lam Sơn&apos;!G12"\/>/);
    const rels = [...parts.entries()].filter(([name]) => name.startsWith("xl/worksheets/_rels/"));
    for (const [, data] of rels) expect(data.toString()).not.toContain("G12");
  });

  it("leaves the sheet unprotected, without validations or tab colour, when the layout has none", () => {
    expect((sheet as unknown as { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull();
    expect(sheet.getCell("C3").dataValidation).toBeUndefined();
    expect(sheet.properties.tabColor).toBeUndefined();
  });
});

describe("applySheetLayout for a template sheet", () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    ({ sheet } = await renderAndReopen(
      layout({
        name: "Nam Sông Mã",
        print: null,
        frozenRows: 0,
        showGridlines: true,
        validations: [
          { range: cellRange(2, 2, 3, 2), kind: "decimal", min: 0, max: 10, prompt: "Từ 0 đến 10", error: "Điểm phải từ 0 đến 10" },
          { range: cellRange(4, 2), kind: "decimal", min: 0, max: null, prompt: "Số không âm", error: "Phải ≥ 0" },
          { range: cellRange(2, 3, 4, 3), kind: "list", values: ["Đạt", "Không đạt"], prompt: "Chọn", error: "Chọn Đạt hoặc Không đạt" },
        ],
        unlocked: [cellRange(2, 2, 4, 3)],
        protect: true,
        tabColor: "#70AD47",
      }),
    ));
  });

  it("adds decimal and list validations with their messages", () => {
    expect(sheet.getCell("C3").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 10],
      prompt: "Từ 0 đến 10",
      error: "Điểm phải từ 0 đến 10",
      showErrorMessage: true,
    });
    expect(sheet.getCell("C4").dataValidation).toMatchObject({ type: "decimal", operator: "between" });
    expect(sheet.getCell("C5").dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    expect(sheet.getCell("D3").dataValidation).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
    expect(sheet.getCell("D5").dataValidation).toMatchObject({ type: "list" });
    expect(sheet.getCell("B3").dataValidation).toBeUndefined();
  });

  it("unlocks the input cells and protects the sheet without a password", () => {
    expect(sheet.getCell("C3").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("D5").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("B3").protection?.locked).not.toBe(false);
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true });
    expect(protection.hashValue).toBeUndefined();
    // Selecting cells stays allowed (ExcelJS only records a `false`).
    expect(protection.selectLockedCells).not.toBe(false);
    expect(protection.selectUnlockedCells).not.toBe(false);
  });

  it("colours the tab and shows gridlines with no frozen panes", () => {
    expect(sheet.properties.tabColor).toEqual({ argb: "FF70AD47" });
    expect(sheet.views[0]).toMatchObject({ state: "normal", showGridLines: true });
  });
});

/** An input workbook made by hand: criteria, settings, a unit with formulas and styles, a notes sheet. */
function inputWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const criteria = workbook.addWorksheet("Criteria");
  putRows(criteria, "A1", [
    ["Code", "Criterion", "Type", "Max points"],
    ["I", "Business", "Group", 50],
    ["I.1", "Revenue", "Plan", 10],
  ]);
  criteria.getRow(1).font = { bold: true, name: "Arial", size: 10 };
  const unit = workbook.addWorksheet("Lam Sơn", {
    views: [{ state: "frozen", ySplit: 6, tabSelected: true } as Partial<ExcelJS.WorksheetView>],
  });
  unit.getCell("A1").value = "SELF-ASSESSMENT";
  unit.mergeCells("A1:F1");
  unit.getCell("A1").alignment = { horizontal: "center" };
  putRows(unit, "A6", [
    ["Code", "Target", "Actual", "Self score"],
    ["I.1", 100, 104, { formula: "MIN(C7/B7,1)*10", result: 10 }],
    ["I.2", 80, { formula: "B8*1.05" }, "8,5"],
  ]);
  unit.getCell("D7").numFmt = "0.00";
  unit.getCell("D7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  unit.getCell("E7").value = { error: "#N/A" };
  unit.getCell("D8").dataValidation = {
    type: "decimal",
    operator: "between",
    formulae: [0, 10],
    allowBlank: true,
    showErrorMessage: true,
    error: "0–10",
  };
  unit.getCell("D8").protection = { locked: false };
  unit.getColumn(2).width = 18;
  const notes = workbook.addWorksheet("Notes");
  notes.state = "hidden";
  notes.getCell("A1").value = "=not a formula";
  return workbook;
}

/** What `thidua summarize` does with the copy: refuse the input as output, write atomically. */
async function writeSummaryWorkbook(input: string, output: string, layouts: SheetLayout[], options?: WriteSummaryOptions): Promise<void> {
  if (await sameFile(input, output)) throw new XlsxFileError("same-file", output);
  await writeFileAtomically(output, await summaryWorkbookBytes(input, layouts, options));
}

describe("the summarized copy", () => {
  const outputs = (): SheetLayout[] => [
    layout({ name: "Tổng hợp" }),
    layout({ name: "Chi tiết", links: [], print: null }),
    layout({ name: "Kiểm tra", links: [], print: null }),
  ];
  let input: string;
  let output: string;
  beforeAll(async () => {
    input = await saveWorkbook(inputWorkbook(), dir, "input.xlsx");
    output = path.join(dir, "out", "input.summary.xlsx");
    await writeSummaryWorkbook(input, output, outputs());
  });

  it("puts the new sheets first, in order, and opens on the first", async () => {
    const workbook = await openWorkbook(output);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Kiểm tra", "Criteria", "Lam Sơn", "Notes"]);
    expect(workbook.views[0].activeTab).toBe(0);
    // ExcelJS does not read `tabSelected` back, so look at the XML: only the active sheet is
    // selected, or Excel would open with the sheets grouped.
    const zip = await fs.readFile(output);
    const selected = workbook.worksheets.filter((s) => /<sheetView [^>]*tabSelected="1"/.test(sheetXml(zip, s.name) ?? ""));
    expect(selected.map((s) => s.name)).toEqual(["Tổng hợp"]);
  });

  it("keeps every input sheet as it was: values, formulas, styles, merges, visibility", async () => {
    const before = await openWorkbook(input);
    const after = await openWorkbook(output);
    for (const name of ["Criteria", "Lam Sơn", "Notes"]) {
      expect(sheetContents(after.getWorksheet(name)!)).toEqual(sheetContents(before.getWorksheet(name)!));
    }
    expect(after.getWorksheet("Lam Sơn")!.getColumn(2).width).toBe(18);
    expect(after.getWorksheet("Lam Sơn")!.getCell("D8").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 10] });
    expect(after.getWorksheet("Notes")!.state).toBe("hidden");
  });

  it("keeps the print titles of the new sheet on the right sheet after reordering", async () => {
    const workbook = await openWorkbook(output);
    expect(workbook.getWorksheet("Tổng hợp")!.pageSetup.printTitlesRow).toBe("1:6");
    expect(workbook.getWorksheet("Lam Sơn")!.pageSetup.printTitlesRow).toBeUndefined();
  });

  it("replaces its own older sheets when run on its output", async () => {
    const again = path.join(dir, "again.xlsx");
    const renamed = outputs().map((l) => (l.name === "Tổng hợp" ? { ...l, values: [["NEW"]], merges: [] } : l));
    await writeSummaryWorkbook(output, again, renamed, { replaceSheets: ["Summary", "Details", "Issues"] });
    const workbook = await openWorkbook(again);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Kiểm tra", "Criteria", "Lam Sơn", "Notes"]);
    expect(workbook.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("NEW");
  });

  it("drops older output sheets in the other language when asked", async () => {
    const english = path.join(dir, "english.xlsx");
    await writeSummaryWorkbook(output, english, [layout({ name: "Summary", links: [] })], {
      replaceSheets: ["Tổng hợp", "Chi tiết", "Kiểm tra", "Summary", "Details", "Issues"],
    });
    const workbook = await openWorkbook(english);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Criteria", "Lam Sơn", "Notes"]);
  });

  it("never changes the input file", async () => {
    const before = await fs.readFile(input);
    await writeSummaryWorkbook(input, path.join(dir, "other.xlsx"), outputs());
    expect((await fs.readFile(input)).equals(before)).toBe(true);
  });

  async function refusal(target: string): Promise<string> {
    try {
      await writeSummaryWorkbook(input, target, outputs());
      return "written";
    } catch (error) {
      if (error instanceof XlsxFileError) return error.problem;
      throw error;
    }
  }

  it("refuses to write over its input, however the path is spelt", async () => {
    const before = await fs.readFile(input);
    expect(await refusal(input)).toBe("same-file");
    expect(await refusal(path.join(dir, "out", "..", "input.xlsx"))).toBe("same-file");
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(input, link);
    expect(await refusal(link)).toBe("same-file");
    const hard = path.join(dir, "hard.xlsx");
    await fs.link(input, hard);
    expect(await refusal(hard)).toBe("same-file");
    expect((await fs.readFile(input)).equals(before)).toBe(true);
  });

  it("leaves an existing output untouched, and no stray file, when rendering fails", async () => {
    const target = path.join(dir, "keep.xlsx");
    await fs.writeFile(target, "old");
    // Two merges over one cell: ExcelJS refuses the second (a bad sheet name no longer fails: the
    // writer makes every name one Excel takes).
    const overlapping = layout({ merges: [cellRange(0, 0, 0, 3), cellRange(0, 1, 1, 2)] });
    await expect(writeSummaryWorkbook(input, target, [overlapping])).rejects.toThrow();
    expect(await fs.readFile(target, "utf8")).toBe("old");
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("reports a write failure without leaving a file behind", async () => {
    const blocker = path.join(dir, "blocker");
    await fs.writeFile(blocker, "");
    expect(await refusal(path.join(blocker, "out.xlsx"))).toBe("write-failed");
  });
});

describe("sameFile", () => {
  it("tells different files apart, existing or not", async () => {
    expect(await sameFile(path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx"))).toBe(false);
    expect(await sameFile(path.join(dir, "a.xlsx"), path.join(dir, ".", "a.xlsx"))).toBe(true);
  });
});
