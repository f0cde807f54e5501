import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { XlsxFileError } from "../../src/xlsx/errors";
import { readWorkbookFile } from "../../src/xlsx/read";
import type { CellValue, SheetSnapshot } from "../../src/core/model/types";
import { makeTempDir, putRows, removeTempDir, saveWorkbook, cellAt } from "../support/xlsxWorkbooks";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** A unit sheet as a secretary lays it out: merged title, two-row merged header, formulas, typos. */
function handMadeWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet("Ghi chú");
  notes.getCell("A1").value = "Read me first";

  const unit = workbook.addWorksheet("Lam Sơn");
  unit.getCell("A1").value = "BẢNG TỰ CHẤM ĐIỂM THI ĐUA";
  unit.mergeCells("A1:G1");
  unit.getCell("A3").value = { richText: [{ text: "Đơn vị: ", font: { bold: true } }, { text: "Công ty TNHH Lam Sơn" }] };
  unit.getCell("A4").value = "Ngày nộp";
  unit.getCell("B4").value = new Date(Date.UTC(2024, 5, 30));
  unit.getCell("B4").numFmt = "dd/mm/yyyy";
  // Two-row header: "Mã" merged down, "Điểm" merged across over its two columns.
  putRows(unit, "A5", [
    ["Mã", "Nội dung", "Kế hoạch", "Thực hiện", "Điểm", undefined, "Minh chứng"],
    [undefined, undefined, undefined, undefined, "Tự chấm", "Thẩm định", undefined],
  ]);
  unit.mergeCells("A5:A6");
  unit.mergeCells("B5:B6");
  unit.mergeCells("E5:F5");
  putRows(unit, "A7", [
    ["I.1", "Doanh thu", 100, 104, { formula: "MIN(D7/C7,1)*10", result: 10 }, null, "Văn bản 13/2024"],
    ["I.2", "Lợi nhuận", 80, { formula: "C8*1.05" }, "8,5", 8, { text: "Báo cáo", hyperlink: "https://example.org/bc.pdf" }],
    ["II.1", "Báo cáo đúng hạn", null, null, "Đạt", true, { error: "#REF!" }],
    ["II.2", "Bảo hiểm", null, null, { formula: "1/0", result: { error: "#DIV/0!" } }, false, ""],
  ]);
  // A shared formula, as Excel saves a formula filled down.
  unit.getCell("H7").value = { formula: "E7*2", result: 20, shareType: "shared", ref: "H7:H9" } as ExcelJS.CellValue;
  unit.getCell("H8").value = { sharedFormula: "H7", result: 17 } as ExcelJS.CellValue;
  unit.getCell("H9").value = { sharedFormula: "H7" } as ExcelJS.CellValue;
  unit.getCell("C11").value = 0.8;
  unit.getCell("C11").numFmt = "0%";

  const hidden = workbook.addWorksheet("Thiết lập");
  hidden.state = "hidden";
  hidden.getCell("A1").value = "Tên cụm thi đua";
  hidden.getCell("B1").value = "Cụm thi đua số 18";
  const veryHidden = workbook.addWorksheet("Ẩn");
  veryHidden.state = "veryHidden";
  veryHidden.getCell("B2").value = 1;
  workbook.addWorksheet("Trống");
  return workbook;
}

const at = cellAt;

describe("readWorkbookFile on a hand-made workbook", () => {
  let sheets: SheetSnapshot[];
  let unit: SheetSnapshot;
  beforeAll(async () => {
    const file = await saveWorkbook(handMadeWorkbook(), dir, "hand-made.xlsx");
    sheets = (await readWorkbookFile(file)).sheets;
    unit = sheets.find((s) => s.name === "Lam Sơn")!;
  });

  it("reads every sheet in tab order, hidden and very hidden ones too", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Ghi chú", "Lam Sơn", "Thiết lập", "Ẩn", "Trống"]);
    expect(at(sheets[2], "B1")).toBe("Cụm thi đua số 18");
    expect(at(sheets[3], "B2")).toBe(1);
  });

  it("anchors values at A1 and pads rows to a rectangle", () => {
    expect(at(unit, "A1")).toBe("BẢNG TỰ CHẤM ĐIỂM THI ĐUA");
    const widths = new Set(unit.cells.map((row) => row.length));
    expect(widths.size).toBe(1);
    expect(unit.cells.length).toBe(11);
    expect(unit.cells[0].length).toBe(8);
  });

  it("gives an empty sheet no cells", () => {
    expect(sheets[4]).toEqual({ name: "Trống", cells: [], merges: [] });
  });

  it("keeps merged values in the top-left cell only", () => {
    expect(["B1", "C1", "G1"].map((a) => at(unit, a))).toEqual([null, null, null]);
    expect(at(unit, "A5")).toBe("Mã");
    expect(at(unit, "A6")).toBeNull();
    expect(at(unit, "E5")).toBe("Điểm");
    expect(at(unit, "F5")).toBeNull();
    expect(at(unit, "E6")).toBe("Tự chấm");
    expect(at(unit, "F6")).toBe("Thẩm định");
  });

  it("lists the merged areas as zero-based ranges", () => {
    const merges = unit.merges.map((m) => `${m.start.row},${m.start.col}:${m.end.row},${m.end.col}`).sort();
    expect(merges).toEqual(["0,0:0,6", "4,0:5,0", "4,1:5,1", "4,4:4,5"].sort());
  });

  it.each<[string, CellValue]>([
    ["C7", 100],
    ["E7", 10], // formula → its cached result
    ["E8", "8,5"], // text stays text; the engine decides it is a text-number
    ["F8", 8],
    ["G8", "Báo cáo"], // hyperlink → its text
    ["E9", "Đạt"],
    ["F9", true],
    ["F10", false],
    ["A3", "Đơn vị: Công ty TNHH Lam Sơn"], // rich text → plain text
    ["H7", 20], // shared formula master
    ["H8", 17], // shared formula follower
    ["C11", 0.8], // a percentage is a number
    ["C9", null],
    ["G10", ""], // empty text stays text; the engine treats it as blank
  ])("reads %s as %j", (a1, expected) => {
    expect(at(unit, a1)).toEqual(expected);
  });

  it("reads error cells and error results as error values", () => {
    expect(at(unit, "G9")).toEqual({ kind: "error", code: "#REF!" });
    expect(at(unit, "E10")).toEqual({ kind: "error", code: "#DIV/0!" });
  });

  it("reads a formula saved without a result as uncalculated, keeping the formula as Excel shows it", () => {
    expect(at(unit, "D8")).toEqual({ kind: "uncalculated", formula: "=C8*1.05" });
    expect(at(unit, "H9")).toEqual({ kind: "uncalculated", formula: "=E9*2" });
  });

  it("reads dates as ISO dates, not as numbers", () => {
    expect(at(unit, "B4")).toEqual({ kind: "date", iso: "2024-06-30" });
  });
});

describe("a workbook ExcelJS wrote", () => {
  it("reads the same way", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("B2").value = "x";
    sheet.mergeCells("B2:C3");
    sheet.getCell("A4").value = { formula: "1+1", result: 2 };
    // The grid ends at the last value; the merge is clipped to it (column C holds nothing), so a
    // merged area never makes the grid larger than the values.
    expect((await readWorkbookFile(await saveWorkbook(workbook, dir, "in-memory.xlsx"))).sheets[0]).toEqual({
      name: "S",
      cells: [
        [null, null],
        [null, "x"],
        [null, null],
        [2, null],
      ],
      merges: [{ start: { row: 1, col: 1 }, end: { row: 2, col: 1 } }],
    });
  });

  it("reads an internal link cell as its text", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").getCell("A1").value = { text: "đi tới", hyperlink: "#'Lam Sơn'!G12" };
    expect((await readWorkbookFile(await saveWorkbook(workbook, dir, "link.xlsx"))).sheets[0].cells).toEqual([["đi tới"]]);
  });
});

describe("readWorkbookFile on files that are not workbooks", () => {
  async function problemOf(file: string): Promise<string> {
    try {
      await readWorkbookFile(file);
    } catch (error) {
      if (error instanceof XlsxFileError) return error.problem;
      throw error;
    }
    return "read";
  }

  it("reports a missing file", async () => {
    expect(await problemOf(path.join(dir, "nope.xlsx"))).toBe("not-found");
  });

  it("reports a folder", async () => {
    expect(await problemOf(dir)).toBe("not-a-file");
  });

  it("reports a text file named .xlsx", async () => {
    const file = path.join(dir, "text.xlsx");
    await fs.writeFile(file, "Mã\tLoại\nI\tNhóm\n");
    expect(await problemOf(file)).toBe("not-xlsx");
  });

  it("reports an empty file", async () => {
    const file = path.join(dir, "empty.xlsx");
    await fs.writeFile(file, "");
    expect(await problemOf(file)).toBe("not-xlsx");
  });

  it("reports an old .xls or a password-protected workbook", async () => {
    const file = path.join(dir, "old.xls");
    await fs.writeFile(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await problemOf(file)).toBe("legacy-or-encrypted");
  });

  it("reports a damaged zip", async () => {
    const file = path.join(dir, "damaged.xlsx");
    await fs.writeFile(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)]));
    expect(await problemOf(file)).toBe("not-xlsx");
  });
});
