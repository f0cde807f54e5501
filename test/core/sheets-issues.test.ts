import { buildIssuesSheet, MAX_ISSUE_ROWS } from "../../src/core/sheets/issues";
import type { Issue, Language } from "../../src/core/model/types";
import {
  OPTIONS,
  allValues,
  badLeaves,
  evaluation,
  findOrFail,
  geometryProblems,
  issue,
  styleAt,
  typicalEvaluation,
  valueAt,
} from "../support/sheets-fixtures";
import { notRanked, unitEvaluation, unitResult } from "../support/unitResult";

const HEADINGS: Record<Language, string[]> = {
  vi: ["STT", "Mức độ", "Đơn vị", "Trang tính", "Ô", "Tiêu chí", "Loại kiểm tra", "Nội dung", "Mã kiểm tra"],
  en: ["No.", "Severity", "Unit", "Sheet", "Cell", "Criterion", "Check", "Message", "Check id"],
};

/** A workbook with issues of every kind of location: unit sheets, the Settings sheet, no cell, no sheet. */
function mixedEvaluation(language: Language = "vi") {
  const missing = issue({ rule: "missing-sheet", sheet: "Thiết lập", cell: "C21", criterion: null, message: "Không có trang tính" });
  const onSheet = issue({ rule: "evidence-missing", sheet: "Sông Chu", cell: "I34", criterion: "V.4" });
  const noTable = issue({ rule: "no-table", sheet: "Lam Sơn", cell: null, criterion: null });
  const warning = issue({ severity: "warning", rule: "text-number", sheet: "MEDLATEC", cell: "G17", criterion: "II.3" });
  const settingsProblem = issue({ rule: "settings-invalid", sheet: "Thiết lập", cell: "B6", criterion: null });
  const unlisted: Issue = issue({ severity: "warning", rule: "unlisted-sheet", sheet: "Nháp", cell: null, criterion: null });
  const noSheet = issue({ rule: "criteria-invalid", sheet: null, cell: "A1", criterion: null });
  const units = [
    unitEvaluation(unitResult({ unit: "Công ty MEDLATEC", sheet: "MEDLATEC", warnings: 1 }), {}, [warning]),
    unitEvaluation(notRanked({ unit: "Công ty Nam Sông Mã", sheet: "Nam Sông Mã" }), {}, [missing]),
    unitEvaluation(notRanked({ unit: "Công ty Sông Chu", sheet: "Sông Chu" }), {}, [onSheet]),
    unitEvaluation(notRanked({ unit: "Công ty Lam Sơn", sheet: "Lam Sơn" }), {}, [noTable]),
  ];
  return evaluation({ language, units, issues: [missing, onSheet, noTable, warning, settingsProblem, unlisted, noSheet] });
}

function firstIssueRow(language: Language, layout = buildIssuesSheet(mixedEvaluation(language), OPTIONS)): number {
  return findOrFail(layout, HEADINGS[language][0]).row + 1;
}

describe("buildIssuesSheet", () => {
  it.each<[Language, string]>([
    ["vi", "Kiểm tra"],
    ["en", "Issues"],
  ])("is named and headed in the report language (%s)", (language, name) => {
    const layout = buildIssuesSheet(mixedEvaluation(language), OPTIONS);
    expect(layout.name).toBe(name);
    const header = findOrFail(layout, HEADINGS[language][0]).row;
    expect(layout.values[header]).toEqual(HEADINGS[language]);
  });

  it("has one row per issue, in report order, with sheet, cell, criterion and message", () => {
    const subject = mixedEvaluation();
    const layout = buildIssuesSheet(subject, OPTIONS);
    const first = firstIssueRow("vi", layout);
    subject.report.issues.forEach((expected, index) => {
      const line = layout.values[first + index];
      expect(line[0]).toBe(index + 1);
      expect(line.slice(3, 6)).toEqual([expected.sheet, expected.cell, expected.criterion]);
      expect(line[7]).toBe(expected.message);
    });
    expect(layout.values.length).toBe(first + subject.report.issues.length);
  });

  it("links the cell column of every issue with a sheet and a cell to that sheet and cell, and no other", () => {
    const subject = mixedEvaluation();
    const layout = buildIssuesSheet(subject, OPTIONS);
    const first = firstIssueRow("vi", layout);
    const cellCol = HEADINGS.vi.indexOf("Ô");
    const expected = subject.report.issues.flatMap((one, index) =>
      one.sheet !== null && one.cell !== null ? [{ at: { row: first + index, col: cellCol }, sheet: one.sheet, cell: one.cell }] : [],
    );
    expect(expected).toHaveLength(4);
    expect(layout.links).toEqual(expected);
    for (const link of layout.links) expect(valueAt(layout, link.at.row, link.at.col)).toBe(link.cell);
  });

  it("does not link a cell text that is not an A1 address", () => {
    const odd = issue({ cell: "not a cell" });
    const layout = buildIssuesSheet(evaluation({ units: [unitEvaluation(notRanked(), {}, [odd])] }), OPTIONS);
    expect(layout.links).toEqual([]);
    expect(allValues(layout)).toContain("not a cell");
  });

  it("names the unit of each issue, also for a missing sheet reported on the Settings sheet", () => {
    const layout = buildIssuesSheet(mixedEvaluation(), OPTIONS);
    const first = firstIssueRow("vi", layout);
    const units = [0, 1, 2, 3, 4, 5, 6].map((index) => valueAt(layout, first + index, 2));
    expect(units).toEqual(["Công ty Nam Sông Mã", "Công ty Sông Chu", "Công ty Lam Sơn", "Công ty MEDLATEC", null, null, null]);
  });

  it.each<[Language, string[], string[]]>([
    ["vi", ["Lỗi", "Lỗi", "Lỗi", "Cảnh báo"], ["Thiếu trang tính", "Thiếu minh chứng", "Không có bảng chấm điểm", "Số nhập dạng chữ"]],
    ["en", ["Error", "Error", "Error", "Warning"], ["Missing sheet", "Evidence missing", "No scoring table", "Number typed as text"]],
  ])("words severity and check in the report language (%s)", (language, severities, rules) => {
    const layout = buildIssuesSheet(mixedEvaluation(language), OPTIONS);
    const first = firstIssueRow(language, layout);
    expect([0, 1, 2, 3].map((i) => valueAt(layout, first + i, 1))).toEqual(severities);
    expect([0, 1, 2, 3].map((i) => valueAt(layout, first + i, 6))).toEqual(rules);
    // The id stays, in its own column, whatever the language.
    const ids = [0, 1, 2, 3].map((i) => valueAt(layout, first + i, 8));
    expect(ids).toEqual(["missing-sheet", "evidence-missing", "no-table", "text-number"]);
  });

  it("marks errors red and warnings amber", () => {
    const layout = buildIssuesSheet(mixedEvaluation(), OPTIONS);
    const first = firstIssueRow("vi", layout);
    const error = styleAt(layout, first, 1);
    const warning = styleAt(layout, first + 3, 1);
    const redness = (hex = "#000000") => parseInt(hex.slice(1, 3), 16) - parseInt(hex.slice(3, 5), 16);
    expect(redness(error.fill)).toBeGreaterThan(40);
    expect(redness(error.fontColor)).toBeGreaterThan(100);
    expect(warning.fill).toBeDefined();
    expect(warning.fill).not.toBe(error.fill);
    // Amber: much red, a fair amount of green, little blue.
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(warning.fill!.slice(at, at + 2), 16));
    expect(r).toBeGreaterThan(200);
    expect(g).toBeGreaterThan(150);
    expect(b).toBeLessThan(g);
  });

  it("counts errors and warnings above the table", () => {
    expect(
      allValues(buildIssuesSheet(mixedEvaluation(), OPTIONS)).some((v) => typeof v === "string" && v.startsWith("5 lỗi, 2 cảnh báo.")),
    ).toBe(true);
    expect(
      allValues(buildIssuesSheet(mixedEvaluation("en"), OPTIONS)).some(
        (v) => typeof v === "string" && v.startsWith("5 errors, 2 warnings."),
      ),
    ).toBe(true);
  });

  it("freezes the header and prints landscape one page wide with the header repeated", () => {
    const layout = buildIssuesSheet(mixedEvaluation(), OPTIONS);
    const header = firstIssueRow("vi", layout) - 1;
    expect(layout.frozenRows).toBe(header + 1);
    expect(layout.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      repeatRows: { first: header, last: header },
    });
  });

  it.each<Language>(["vi", "en"])("has sound geometry and no undefined, NaN or Infinity (%s)", (language) => {
    for (const subject of [mixedEvaluation(language), typicalEvaluation(language)]) {
      const layout = buildIssuesSheet(subject, OPTIONS);
      expect(geometryProblems(layout)).toEqual([]);
      expect(badLeaves(layout)).toEqual([]);
    }
  });

  describe("edge cases", () => {
    it.each<[Language, string]>([
      ["vi", "Không có lỗi hay cảnh báo nào."],
      ["en", "No errors or warnings."],
    ])("is one line saying so when there are no issues (%s)", (language, line) => {
      const layout = buildIssuesSheet(evaluation({ language, units: [unitEvaluation(unitResult())] }), OPTIONS);
      expect(layout.values).toEqual([[line]]);
      expect(layout.links).toEqual([]);
      expect(geometryProblems(layout)).toEqual([]);
    });

    it.each(["=1+1", "+84 912", "-2+3", "@SUM(1,2)"])("keeps workbook text %s (sheet, unit, message) as strings", (text) => {
      const own = issue({ sheet: text, message: text });
      const layout = buildIssuesSheet(evaluation({ units: [unitEvaluation(notRanked({ unit: text, sheet: text }), {}, [own])] }), OPTIONS);
      expect(allValues(layout).filter((value) => value === text)).toHaveLength(3);
      expect(layout.links).toEqual([expect.objectContaining({ sheet: text, cell: "G18" })]);
    });

    it("lists at most MAX_ISSUE_ROWS issues and counts the rest on a last line", () => {
      const many = Array.from({ length: MAX_ISSUE_ROWS + 7 }, (_, n) => issue({ sheet: "Sông Chu", cell: `G${n + 10}`, criterion: "I.1" }));
      const units = [unitEvaluation(notRanked({ unit: "Công ty Sông Chu", sheet: "Sông Chu" }), {}, many)];
      const layout = buildIssuesSheet(evaluation({ units, issues: many }), OPTIONS);
      const first = findOrFail(layout, HEADINGS.vi[0]).row + 1;
      expect(valueAt(layout, first + MAX_ISSUE_ROWS - 1, 0)).toBe(MAX_ISSUE_ROWS);
      expect(String(valueAt(layout, first + MAX_ISSUE_ROWS, 0))).toMatch(/^… và 7 lỗi, cảnh báo khác/);
      expect(layout.values.length).toBe(first + MAX_ISSUE_ROWS + 1);
      expect(layout.links).toHaveLength(MAX_ISSUE_ROWS);
      expect(geometryProblems(layout)).toEqual([]);
    });
  });
});
