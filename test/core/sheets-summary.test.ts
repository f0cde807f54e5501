import { buildSummarySheet } from "../../src/core/sheets/summary";
import { dateLine, scaleLine } from "../../src/core/words";
import type { Language, SheetLayout } from "../../src/core/model/types";
import {
  OPTIONS,
  allValues,
  badLeaves,
  contains,
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
  vi: [
    "STT",
    "Đơn vị",
    "Điểm theo nhóm tiêu chí",
    "Điểm thưởng",
    "Điểm trừ",
    "Tổng điểm",
    "Xếp hạng",
    "Xếp loại",
    "Đề nghị khen thưởng",
    "Ghi chú",
  ],
  en: ["No.", "Unit", "Points by criteria group", "Bonus", "Deduction", "Total", "Rank", "Classification", "Proposed award", "Notes"],
};

/** The header's first row: the row holding the `STT` / `No.` heading. */
function headerRow(layout: SheetLayout, language: Language): number {
  return findOrFail(layout, HEADINGS[language][0]).row;
}

function columnOf(layout: SheetLayout, heading: string): number {
  return findOrFail(layout, heading).col;
}

describe("buildSummarySheet", () => {
  describe.each<Language>(["vi", "en"])("in %s", (language) => {
    const layout = buildSummarySheet(typicalEvaluation(language), OPTIONS);
    const top = headerRow(layout, language);

    it("repeats the header when the table runs past its first page", () => {
      const many = Array.from({ length: 40 }, (_, i) =>
        unitEvaluation(unitResult({ unit: `Công ty ${i + 1}`, sheet: `S${i + 1}`, total: 90 - i, rank: i + 1 })),
      );
      const long = buildSummarySheet(evaluation({ language, units: many }), OPTIONS);
      const longTop = headerRow(long, language);
      expect(long.print?.repeatRows).toEqual({ first: longTop, last: longTop + 1 });
    });

    it("names the sheet in the report language", () => {
      expect(layout.name).toBe(language === "vi" ? "Tổng hợp" : "Summary");
    });

    it.each(HEADINGS[language])("has the heading %s in the two header rows", (heading) => {
      const at = findOrFail(layout, heading);
      expect([top, top + 1]).toContain(at.row);
    });

    it("has the title", () => {
      expect(allValues(layout)).toContain(language === "vi" ? "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA" : "EMULATION SCORING SUMMARY");
    });

    // §8.3 changes this deliberately: a table that fits its first page repeats its header nowhere,
    // so the chart's page does not start with a header alone (a long table: below).
    it("freezes the rows through the header and, the table fitting one page, repeats no header", () => {
      expect(layout.frozenRows).toBe(top + 2);
      expect(layout.print).toMatchObject({
        orientation: "landscape",
        paperSize: "A4",
        fitToPagesWide: 1,
        fitToPagesTall: 0,
        repeatRows: null,
        centerHorizontally: true,
      });
      expect(layout.print?.centerFooter).toBe(language === "vi" ? "Trang &P / &N" : "Page &P of &N");
      expect(layout.showGridlines).toBe(false);
    });

    it("has sound geometry and no undefined, NaN or Infinity", () => {
      expect(geometryProblems(layout)).toEqual([]);
      expect(badLeaves(layout)).toEqual([]);
    });
  });

  it("prints the national heading in Vietnamese only", () => {
    const vi = allValues(buildSummarySheet(typicalEvaluation("vi"), OPTIONS));
    const en = allValues(buildSummarySheet(typicalEvaluation("en"), OPTIONS));
    expect(vi).toEqual(expect.arrayContaining(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]));
    expect(en).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("puts the parent body over the cluster name in bold capitals, and the place and date in italics", () => {
    const layout = buildSummarySheet(typicalEvaluation("vi"), OPTIONS);
    const parent = findOrFail(layout, "UBND TỈNH THANH HÓA");
    const cluster = findOrFail(layout, "CỤM THI ĐUA SỐ 18");
    expect(cluster).toEqual({ row: parent.row + 1, col: parent.col });
    expect(styleAt(layout, cluster.row, cluster.col).bold).toBe(true);
    const date = findOrFail(layout, "Thanh Hóa, ngày 24 tháng 7 năm 2024");
    expect(styleAt(layout, date.row, date.col).italic).toBe(true);
  });

  it("lists the units in the evaluation's order, numbered from 1, the not-ranked last", () => {
    const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
    const top = headerRow(layout, "vi");
    const unitCol = columnOf(layout, "Đơn vị");
    const rows = [0, 1, 2, 3].map((i) => top + 2 + i);
    expect(rows.map((row) => valueAt(layout, row, unitCol))).toEqual(["Công ty A", "Công ty B", "Công ty C", "Công ty D"]);
    expect(rows.map((row) => valueAt(layout, row, 0))).toEqual([1, 2, 3, 4]);
    const rankCol = columnOf(layout, "Xếp hạng");
    expect(rows.map((row) => valueAt(layout, row, rankCol))).toEqual([1, 2, 2, "Không xếp hạng"]);
  });

  it("has one column per regular group, with code, short name and maximum, under one merged heading", () => {
    const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
    const top = headerRow(layout, "vi");
    const heading = findOrFail(layout, "Điểm theo nhóm tiêu chí");
    expect(valueAt(layout, top + 1, heading.col)).toBe("I. Thực hiện nhiệm vụ sản xuất kinh doanh (50)");
    // Group II has no cap: its maximum is what its criteria give, 10 × weight 2.
    expect(valueAt(layout, top + 1, heading.col + 1)).toBe("II. Quản trị doanh nghiệp (20)");
    expect(valueAt(layout, top + 1, heading.col + 2)).toBeNull();
    expect(layout.merges).toContainEqual({ start: { row: top, col: heading.col }, end: { row: top, col: heading.col + 1 } });
    expect(valueAt(layout, top, heading.col + 2)).toBe("Điểm thưởng");
  });

  it("merges the title across the table and every non-group heading down both header rows", () => {
    const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
    const top = headerRow(layout, "vi");
    const lastCol = layout.values[0].length - 1;
    const title = findOrFail(layout, "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA");
    expect(layout.merges).toContainEqual({ start: { row: title.row, col: 0 }, end: { row: title.row, col: lastCol } });
    for (const heading of HEADINGS.vi.filter((h) => h !== "Điểm theo nhóm tiêu chí")) {
      const col = columnOf(layout, heading);
      expect(layout.merges).toContainEqual({ start: { row: top, col }, end: { row: top + 1, col } });
    }
  });

  it("fills and bolds the header and borders the whole table", () => {
    const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
    const top = headerRow(layout, "vi");
    const lastCol = layout.values[0].length - 1;
    expect(styleAt(layout, top, 0)).toMatchObject({ bold: true, border: true });
    expect(styleAt(layout, top, 0).fill).toMatch(/^#[0-9A-F]{6}$/i);
    expect(styleAt(layout, top + 5, lastCol).border).toBe(true);
    expect(styleAt(layout, top + 6, lastCol).border).toBeUndefined();
  });

  it.each(["Điểm thưởng", "Điểm trừ", "Tổng điểm"])("formats %s with two decimals on every unit row", (heading) => {
    const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
    const top = headerRow(layout, "vi");
    const col = columnOf(layout, heading);
    for (let row = top + 2; row < top + 6; row++) expect(styleAt(layout, row, col).numberFormat).toBe("[$-42A]0.00");
  });

  it("formats the group columns with two decimals and prints totals in bold", () => {
    const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
    const top = headerRow(layout, "vi");
    const groupCol = findOrFail(layout, "Điểm theo nhóm tiêu chí").col;
    expect(styleAt(layout, top + 2, groupCol).numberFormat).toBe("[$-42A]0.00");
    expect(styleAt(layout, top + 2, groupCol + 1).numberFormat).toBe("[$-42A]0.00");
    expect(valueAt(layout, top + 2, groupCol)).toBe(48);
    const totalCol = columnOf(layout, "Tổng điểm");
    expect(valueAt(layout, top + 3, totalCol)).toBe(60.5);
    expect(styleAt(layout, top + 3, totalCol).bold).toBe(true);
    expect(styleAt(layout, top + 3, totalCol - 1).bold).toBeFalsy();
  });

  it.each<[Language, string[]]>([
    ["vi", ["Xuất sắc", "Cờ thi đua của UBND tỉnh", "Tốt", "Bỏ phiếu: Bằng khen"]],
    ["en", ["Excellent", "Provincial Emulation Flag", "Good", "Vote: Certificate of Merit of the Provincial Chairman"]],
  ])("writes classifications and awards in words (%s)", (language, words) => {
    expect(allValues(buildSummarySheet(typicalEvaluation(language), OPTIONS))).toEqual(expect.arrayContaining(words));
  });

  describe("notes", () => {
    const notesOf = (language: Language) => {
      const layout = buildSummarySheet(typicalEvaluation(language), OPTIONS);
      const top = headerRow(layout, language);
      const col = columnOf(layout, HEADINGS[language][9]);
      return [0, 1, 2, 3].map((i) => valueAt(layout, top + 2 + i, col));
    };

    it.each<[Language, Array<string | null>]>([
      // Warning counts stay on the Issues sheet (§7.6); the first error is named with its cell.
      ["vi", [null, "Đồng hạng", "Đồng hạng", "ngoài giới hạn cho phép (G18); 1 lỗi khác"]],
      ["en", [null, "Tied", "Tied", "out of range (G18); 1 other error"]],
    ])("give ties and the reason a unit is not ranked, but no warning counts (%s)", (language, expected) => {
      expect(notesOf(language)).toEqual(expected);
    });

    it("give a single error without a count of others, and without a cell when it has none", () => {
      const layout = buildSummarySheet(
        evaluation({
          units: [unitEvaluation(notRanked({ errors: 1 }), {}, [issue({ rule: "no-table", cell: null })])],
        }),
        OPTIONS,
      );
      expect(allValues(layout)).toContain("không có bảng chấm điểm");
    });

    it("blame the criteria or settings when a unit without errors is not ranked", () => {
      const layout = buildSummarySheet(evaluation({ criteria: null, units: [unitEvaluation(notRanked({ errors: 0 }))] }), OPTIONS);
      expect(allValues(layout)).toContain("Bảng tiêu chí hoặc thiết lập chưa hợp lệ (xem trang Kiểm tra)");
    });

    it("say when a ranked unit is excluded from awards", () => {
      const layout = buildSummarySheet(
        evaluation({ units: [unitEvaluation(unitResult({ disqualified: true, classification: "good" }))] }),
        OPTIONS,
      );
      expect(allValues(layout)).toContain("Vi phạm tiêu chí loại trừ khen thưởng");
    });

    it.each([
      [true, false, "Đủ điểm Xuất sắc nhưng chưa đạt mọi chỉ tiêu kế hoạch"],
      [true, true, null],
      [false, false, null],
    ])("explain a unit held back from Excellent by a missed target (targets required %p, met %p)", (requires, met, note) => {
      const unit = unitEvaluation(unitResult({ total: 95, classification: requires && !met ? "good" : "excellent", allTargetsMet: met }));
      const layout = buildSummarySheet(evaluation({ settings: { excellentRequiresAllTargets: requires }, units: [unit] }), OPTIONS);
      const values = allValues(layout);
      expect(values.includes("Đủ điểm Xuất sắc nhưng chưa đạt mọi chỉ tiêu kế hoạch")).toBe(note !== null);
    });
  });

  it("leaves every score cell of a not-ranked unit blank", () => {
    const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
    const top = headerRow(layout, "vi");
    const row = top + 5;
    const first = findOrFail(layout, "Điểm theo nhóm tiêu chí").col;
    const last = columnOf(layout, "Tổng điểm");
    for (let col = first; col <= last; col++) expect(valueAt(layout, row, col)).toBeNull();
    expect(valueAt(layout, row, columnOf(layout, "Xếp loại"))).toBeNull();
    expect(valueAt(layout, row, columnOf(layout, "Đề nghị khen thưởng"))).toBeNull();
  });

  it.each([
    [
      true,
      "Thang điểm 100; điểm thưởng tối đa 10. Xếp loại: Xuất sắc từ 90 và đạt mọi chỉ tiêu kế hoạch, Tốt từ 80, Khá từ 65, Trung bình từ 50.",
    ],
    [false, "Thang điểm 100; điểm thưởng tối đa 10. Xếp loại: Xuất sắc từ 90, Tốt từ 80, Khá từ 65, Trung bình từ 50."],
  ])("states the scale and thresholds under the table (all targets required: %s)", (requires, line) => {
    const layout = buildSummarySheet(
      evaluation({ maxTotal: 100, settings: { excellentRequiresAllTargets: requires }, units: typicalEvaluation().units }),
      OPTIONS,
    );
    const at = findOrFail(layout, line);
    expect(at.row).toBeGreaterThan(headerRow(layout, "vi") + 5);
    expect(styleAt(layout, at.row, at.col).italic).toBe(true);
  });

  it("states thresholds with decimals the Vietnamese way and leaves out the bonus when there is no bonus group", () => {
    expect(
      scaleLine("vi", {
        maxTotal: 120.5,
        bonusMax: null,
        thresholds: { excellent: 95.5, good: 80, fair: 65, average: 50 },
        excellentRequiresAllTargets: false,
      }),
    ).toBe("Thang điểm 120,5. Xếp loại: Xuất sắc từ 95,5, Tốt từ 80, Khá từ 65, Trung bình từ 50.");
    expect(
      scaleLine("en", {
        maxTotal: 100,
        bonusMax: 10,
        thresholds: { excellent: 90, good: 80, fair: 65, average: 50 },
        excellentRequiresAllTargets: true,
      }),
    ).toBe(
      "Scale 100; bonus up to 10. Classification: Excellent from 90 with all plan targets met, Good from 80, Fair from 65, Average from 50.",
    );
  });

  describe("signature blocks", () => {
    it("put the preparer on the left and the cluster leader on the right, with names when set", () => {
      const layout = buildSummarySheet(
        evaluation({ units: typicalEvaluation().units, settings: { preparedBy: "Nguyễn Văn An", signedBy: "Lê Thị Bình" } }),
        OPTIONS,
      );
      const preparer = findOrFail(layout, "NGƯỜI LẬP BIỂU");
      const leader = findOrFail(layout, "TRƯỞNG CỤM THI ĐUA");
      expect(leader.row).toBe(preparer.row);
      expect(leader.col).toBeGreaterThan(preparer.col);
      expect(findOrFail(layout, "Công ty TNHH Lam Sơn - Thanh Hóa")).toEqual({ row: leader.row + 1, col: leader.col });
      expect(findOrFail(layout, "(Ký, ghi rõ họ tên)")).toEqual({ row: preparer.row + 1, col: preparer.col });
      const preparedBy = findOrFail(layout, "Nguyễn Văn An");
      const signedBy = findOrFail(layout, "Lê Thị Bình");
      expect(preparedBy.col).toBe(preparer.col);
      expect(signedBy).toEqual({ row: preparedBy.row, col: leader.col });
      expect(preparedBy.row).toBeGreaterThan(leader.row + 3);
    });

    it("are in English for an English report", () => {
      const values = allValues(buildSummarySheet(typicalEvaluation("en"), OPTIONS));
      expect(values).toEqual(expect.arrayContaining(["PREPARED BY", "CLUSTER LEADER", "(Signature and full name)"]));
    });
  });

  describe("edge cases", () => {
    it.each(["=1+1", "+84 912", "-2+3", "@SUM(1,2)", "'quoted", "#REF!"])("keeps workbook text %s unchanged as a string", (name) => {
      const layout = buildSummarySheet(
        evaluation({
          units: [unitEvaluation(unitResult({ unit: name }))],
          settings: { leaderUnit: name, preparedBy: name },
        }),
        OPTIONS,
      );
      const values = allValues(layout);
      expect(values.filter((value) => value === name).length).toBeGreaterThanOrEqual(3);
    });

    it("writes a blank, not NaN or Infinity, when the engine hands over a number that is not finite", () => {
      const layout = buildSummarySheet(
        evaluation({ units: [unitEvaluation(unitResult({ total: Number.NaN, bonus: Number.POSITIVE_INFINITY }))] }),
        OPTIONS,
      );
      expect(badLeaves(layout)).toEqual([]);
      expect(valueAt(layout, headerRow(layout, "vi") + 2, columnOf(layout, "Tổng điểm"))).toBeNull();
    });

    it("has no group columns and a sound layout when the criteria are unusable", () => {
      const layout = buildSummarySheet(
        evaluation({ criteria: null, maxTotal: 0, units: [unitEvaluation(notRanked({ errors: 0 }))] }),
        OPTIONS,
      );
      const top = headerRow(layout, "vi");
      expect(allValues(layout)).not.toContain("Điểm theo nhóm tiêu chí");
      expect(valueAt(layout, top, 2)).toBe("Điểm thưởng");
      expect(geometryProblems(layout)).toEqual([]);
      expect(badLeaves(layout)).toEqual([]);
    });

    it("has a sound layout with no units and no optional settings", () => {
      const layout = buildSummarySheet(
        evaluation({
          units: [],
          settings: { clusterName: null, period: null, leaderUnit: null, parentBody: null, place: null },
        }),
        OPTIONS,
      );
      expect(geometryProblems(layout)).toEqual([]);
      expect(badLeaves(layout)).toEqual([]);
      expect(allValues(layout)).toContain("Ngày 24 tháng 7 năm 2024");
    });

    it("styles every cell completely, with no two style ranges overlapping", () => {
      const layout = buildSummarySheet(typicalEvaluation(), OPTIONS);
      const rows = layout.values.length;
      const cols = layout.values[0].length;
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < cols; col++) {
          const covering = layout.styles.filter((s) => contains(s.range, { row, col }));
          expect(covering).toHaveLength(1);
          expect(covering[0].style).toMatchObject({ fontName: "Times New Roman" });
          expect(covering[0].style.fontSize).toBeGreaterThanOrEqual(12);
          expect(covering[0].style.fontSize).toBeLessThanOrEqual(13);
        }
      }
    });
  });
});

describe("dateLine", () => {
  it.each<[Language, string | null, { year: number; month: number; day: number }, string]>([
    ["vi", "Thanh Hóa", { year: 2024, month: 7, day: 24 }, "Thanh Hóa, ngày 24 tháng 7 năm 2024"],
    // Decree 30: days below 10 and the months 1 and 2 take a leading zero.
    ["vi", "Thanh Hóa", { year: 2024, month: 2, day: 5 }, "Thanh Hóa, ngày 05 tháng 02 năm 2024"],
    ["vi", "Thanh Hóa", { year: 2024, month: 12, day: 31 }, "Thanh Hóa, ngày 31 tháng 12 năm 2024"],
    ["vi", null, { year: 2024, month: 3, day: 9 }, "Ngày 09 tháng 3 năm 2024"],
    ["en", "Thanh Hóa", { year: 2024, month: 2, day: 5 }, "Thanh Hóa, 5 February 2024"],
    ["en", "  ", { year: 2024, month: 12, day: 31 }, "31 December 2024"],
  ])("writes the %s date line for %s", (language, place, date, expected) => {
    expect(dateLine(language, place, date)).toBe(expected);
  });

  it.each([
    { year: 2024, month: 13, day: 1 },
    { year: 2024, month: 0, day: 1 },
    { year: 2024, month: 1, day: 0 },
    { year: Number.NaN, month: 1, day: 1 },
  ])("refuses a date that is not one: %o", (date) => {
    expect(() => dateLine("vi", "Thanh Hóa", date)).toThrow(RangeError);
  });
});
