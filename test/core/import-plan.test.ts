// The import plan (issue 13 §1), on snapshots: which sheet of which file is which unit's, what
// happens to the sheet there now, and every line left out, in both languages.
import { importPlanLines, keptName, planImport, type IncomingFile } from "../../src/core/run/importPlan";
import { nameKey } from "../../src/core/model/text";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/types";
import { sampleTemplateLayouts } from "../support/unitFiles";

/** The fresh template as a snapshot. */
function template(): WorkbookSnapshot {
  return {
    sheets: sampleTemplateLayouts().map((layout) => ({ name: layout.name, cells: layout.values as CellValue[][], merges: layout.merges })),
  };
}

/** A unit's sheet of the template with one self score entered (and, if given, another name). */
function filled(workbook: WorkbookSnapshot, sheet: string, name = sheet, score = 3): SheetSnapshot {
  const source = workbook.sheets.find((s) => s.name === sheet)!;
  const cells = source.cells.map((row) => row.slice());
  const header = cells.findIndex((row) => row.includes("Tự chấm"));
  const self = cells[header].indexOf("Tự chấm");
  const row = cells.findIndex((r) => r[0] === "II.4");
  cells[row][self] = score;
  return { name, cells, merges: source.merges };
}

const file = (name: string, ...sheets: SheetSnapshot[]): IncomingFile => ({ name, sheets });

describe("planImport", () => {
  it("matches a sheet by its name as the engine compares names (composed letters, invisible marks, case)", () => {
    const cluster = template();
    const decomposed = `\u200B${"LAM SƠN".normalize("NFD")}`;
    const plan = planImport(
      cluster,
      [file("ls.xlsx", { ...filled(cluster, "Lam Sơn", decomposed), cells: withoutStatedName(filled(cluster, "Lam Sơn")) })],
      "vi",
    );
    expect(plan.skipped).toEqual([]);
    expect(plan.entries).toEqual([
      {
        file: 0,
        fileName: "ls.xlsx",
        sourceSheet: decomposed,
        unit: "Công ty TNHH Lam Sơn - Thanh Hóa",
        target: "Lam Sơn",
        action: "replace",
        existing: "Lam Sơn",
        keptAs: null,
      },
    ]);
  });

  it("matches a sheet by the unit's name written on it, whatever the sheet is called", () => {
    const cluster = template();
    const plan = planImport(cluster, [file("a.xlsx", filled(cluster, "Cấp nước", "Sheet1"))], "en");
    expect(plan.entries.map((e) => [e.sourceSheet, e.unit, e.target])).toEqual([
      ["Sheet1", "Công ty Cổ phần Cấp nước Thanh Hóa", "Cấp nước"],
    ]);
  });

  it("keeps a sheet with entries under a free name, and replaces a blank one outright", () => {
    const cluster = template();
    cluster.sheets = cluster.sheets.map((s) => (s.name === "Sông Chu" ? filled(cluster, "Sông Chu", "Sông Chu", 1) : s));
    cluster.sheets.push({ name: "Sông Chu (cũ 1)", cells: [["x"]], merges: [] });
    const plan = planImport(
      cluster,
      [file("sc.xlsx", filled(cluster, "Sông Chu")), file("bsm.xlsx", filled(cluster, "Bắc Sông Mã"))],
      "vi",
    );
    expect(plan.entries.map((e) => [e.target, e.action, e.keptAs])).toEqual([
      ["Sông Chu", "replace", "Sông Chu (cũ 2)"],
      ["Bắc Sông Mã", "replace", null],
    ]);
    expect(importPlanLines(plan, "en")[0]).toBe(
      "sc.xlsx › Sông Chu → “Sông Chu”: replaces Công ty TNHH MTV Sông Chu's sheet; the old one is kept, renamed “Sông Chu (cũ 2)”",
    );
  });

  it("adds a sheet the workbook lacks as new", () => {
    const cluster = template();
    const sheet = filled(cluster, "MEDLATEC");
    cluster.sheets = cluster.sheets.filter((s) => s.name !== "MEDLATEC");
    const plan = planImport(cluster, [file("m.xlsx", sheet)], "vi");
    expect(plan.entries.map((e) => [e.target, e.action, e.existing, e.keptAs])).toEqual([["MEDLATEC", "new", null, null]]);
    expect(importPlanLines(plan, "vi")).toEqual(["m.xlsx › MEDLATEC → “MEDLATEC”: trang mới cho Công ty TNHH MEDLATEC Thanh Hóa"]);
  });

  it("skips files that are not .xlsx, files with no listed unit, blank sheets and a unit given twice", () => {
    const cluster = template();
    const criteria = cluster.sheets[0];
    const plan = planImport(
      cluster,
      [
        { name: "a.xls", sheets: null },
        file("b.xlsx", { name: "Khác", cells: [["Không có bảng"]], merges: [] }),
        // A full copy of the template sent back: its setup and blank sheets are passed over.
        file(
          "c.xlsx",
          criteria,
          filled(cluster, "Lam Sơn"),
          cluster.sheets.find((s) => s.name === "MEDLATEC")!,
        ),
        file("d.xlsx", filled(cluster, "Lam Sơn", "Lam Sơn (2)")),
        file("e.txt", filled(cluster, "Cấp nước")),
      ],
      "en",
    );
    expect(plan.entries).toEqual([]);
    expect(importPlanLines(plan, "en")).toEqual([
      "a.xls: skipped — not an .xlsx workbook; save it as an Excel Workbook (.xlsx)",
      "b.xlsx: skipped — no sheet has a unit table for a listed unit; check the unit's name (Unit:) or the sheet's name",
      "c.xlsx › MEDLATEC: skipped — Công ty TNHH MEDLATEC Thanh Hóa's sheet has nothing entered",
      "c.xlsx › Lam Sơn: skipped — Công ty TNHH Lam Sơn - Thanh Hóa is also in d.xlsx › Lam Sơn (2); pick one file per unit",
      "d.xlsx › Lam Sơn (2): skipped — Công ty TNHH Lam Sơn - Thanh Hóa is also in c.xlsx › Lam Sơn; pick one file per unit",
      "e.txt: skipped — not an .xlsx workbook; save it as an Excel Workbook (.xlsx)",
    ]);
    expect(importPlanLines(plan, "vi")[0]).toBe("a.xls: bỏ qua — không phải sổ tính .xlsx; hãy lưu lại dưới dạng Excel Workbook (.xlsx)");
  });

  it("never touches a setup or output sheet, even when the units list names one", () => {
    const cluster = template();
    const settings = cluster.sheets.find((s) => s.name === "Thiết lập")!;
    settings.cells = settings.cells.map((row) => row.map((v) => (v === "Lam Sơn" ? "Tổng hợp" : v)));
    const unit = filled(cluster, "Lam Sơn", "Tổng hợp");
    const plan = planImport(cluster, [file("x.xlsx", { ...unit, name: "LS" })], "en");
    expect(plan.entries).toEqual([]);
    expect(plan.skipped.map((s) => s.reason.kind)).toEqual(["protected"]);
  });
});

/** The sheet's cells with its `Đơn vị:` line blanked, so only its sheet name can match. */
function withoutStatedName(sheet: SheetSnapshot): CellValue[][] {
  return sheet.cells.map((row) => (row[0] === "Đơn vị:" ? row.map(() => null) : row));
}

describe("keptName", () => {
  it("stays within 31 characters and free, whatever the name's length", () => {
    const long = "Công ty Cổ phần Môi trường đô t"; // 31 characters
    expect(long.length).toBe(31);
    const first = keptName(long, new Set(), "vi");
    expect(first).toBe("Công ty Cổ phần Môi trườ (cũ 1)");
    expect(keptName(long, new Set([nameKey(first.toUpperCase())]), "vi")).toBe("Công ty Cổ phần Môi trườ (cũ 2)");
    expect(keptName("Lam Sơn", new Set(), "en")).toBe("Lam Sơn (old 1)");
  });
});
