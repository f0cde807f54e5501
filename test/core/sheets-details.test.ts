import { buildDetailsSheet } from "../../src/core/sheets/details";
import type { Language, SheetLayout } from "../../src/core/model/types";
import {
  OPTIONS,
  allValues,
  badLeaves,
  evaluation,
  findOrFail,
  geometryProblems,
  group,
  criterion,
  smallCriteria,
  styleAt,
  typicalEvaluation,
  valueAt,
} from "../support/sheets-fixtures";
import { unitEvaluation, unitResult } from "../support/unitResult";

/** The row whose code column holds `code`. */
function rowOf(layout: SheetLayout, code: string): number {
  const row = layout.values.findIndex((line) => line[0] === code);
  if (row < 0) throw new Error(`no row for ${code}`);
  return row;
}

function unitColumn(layout: SheetLayout, unit: string): number {
  return findOrFail(layout, unit).col;
}

describe("buildDetailsSheet", () => {
  it.each<[Language, string, string[]]>([
    ["vi", "Chi tiết", ["Mã", "Nội dung tiêu chí", "Điểm tối đa", "Hệ số"]],
    ["en", "Details", ["Code", "Criterion", "Max points", "Weight"]],
  ])("is named and headed in the report language (%s)", (language, name, headings) => {
    const layout = buildDetailsSheet(typicalEvaluation(language), OPTIONS);
    expect(layout.name).toBe(name);
    const header = findOrFail(layout, headings[0]).row;
    expect(layout.values[header].slice(0, 4)).toEqual(headings);
    expect(layout.values[header].slice(4)).toEqual(["Công ty A", "Công ty B", "Công ty C", "Công ty D"]);
  });

  it("shows every unit's counted points per criterion, blank where there are none", () => {
    const subject = typicalEvaluation();
    const layout = buildDetailsSheet(subject, OPTIONS);
    const codes = subject.criteria!.groups.flatMap((g) => g.criteria.map((c) => c.code));
    for (const unit of subject.units) {
      const col = unitColumn(layout, unit.result.unit);
      for (const code of codes) {
        expect([code, unit.result.unit, valueAt(layout, rowOf(layout, code), col)]).toEqual([
          code,
          unit.result.unit,
          unit.points[code] ?? null,
        ]);
      }
    }
  });

  it.each<[Language, string]>([
    ["vi", "KAD"],
    ["en", "N/A"],
  ])("shows a criterion that does not apply as its mark, never 0.00 like a failure (%s, §8.2)", (language, mark) => {
    const applies = unitResult({ unit: "Công ty A", sheet: "A", total: 60, groups: { I: 45, II: 15 }, rank: 1 });
    const partly = unitResult({ unit: "Công ty B", sheet: "B", total: 58, groups: { I: 45, II: 13 }, rank: 2, notApplicable: ["I.2"] });
    const subject = evaluation({
      language,
      units: [unitEvaluation(applies, { "I.1": 30, "I.2": 0 }), unitEvaluation(partly, { "I.1": 30, "I.2": 0 })],
    });
    const layout = buildDetailsSheet(subject, OPTIONS);
    const row = rowOf(layout, "I.2");
    // A failure stays a number; only the not-applicable cell holds the mark, as text, centred.
    expect(valueAt(layout, row, unitColumn(layout, "Công ty A"))).toBe(0);
    expect(valueAt(layout, row, unitColumn(layout, "Công ty B"))).toBe(mark);
    expect(styleAt(layout, row, unitColumn(layout, "Công ty B"))).toMatchObject({ horizontal: "center" });
    expect(styleAt(layout, row, unitColumn(layout, "Công ty B"))?.numberFormat).toBeUndefined();
    expect(valueAt(layout, rowOf(layout, "I.1"), unitColumn(layout, "Công ty B"))).toBe(30);
  });

  it("lists groups and criteria in table order with their max and weight", () => {
    const layout = buildDetailsSheet(typicalEvaluation(), OPTIONS);
    const codes = layout.values.map((line) => line[0]).filter((code) => typeof code === "string" && /^[IV]/.test(code));
    expect(codes).toEqual(["I", "I.1", "I.2", "II", "II.1", "V", "V.1", "VI", "VI.1"]);
    expect(layout.values[rowOf(layout, "II.1")].slice(2, 4)).toEqual([10, 2]);
    // An uncapped group's max is what its criteria can give (10 × weight 2).
    expect(valueAt(layout, rowOf(layout, "II"), 2)).toBe(20);
  });

  it("puts the engine's subtotals on the group rows, in bold, with two decimals", () => {
    const layout = buildDetailsSheet(typicalEvaluation(), OPTIONS);
    const colA = unitColumn(layout, "Công ty A");
    expect(valueAt(layout, rowOf(layout, "I"), colA)).toBe(48);
    expect(valueAt(layout, rowOf(layout, "II"), colA)).toBe(17);
    expect(valueAt(layout, rowOf(layout, "V"), colA)).toBe(2);
    expect(valueAt(layout, rowOf(layout, "VI"), colA)).toBe(1);
    expect(styleAt(layout, rowOf(layout, "II"), colA)).toMatchObject({ bold: true, numberFormat: "[$-42A]0.00" });
    expect(styleAt(layout, rowOf(layout, "II.1"), colA).bold).toBeFalsy();
    expect(styleAt(layout, rowOf(layout, "II.1"), colA).numberFormat).toBe("[$-42A]0.00");
  });

  it("sums each of several bonus groups itself, weighted, capped and rounded", () => {
    const criteria = smallCriteria();
    criteria.groups.push(group("VII", { kind: "bonus-group", max: 3, criteria: [criterion("VII.1", { max: 4, weight: 1.5 })] }));
    const layout = buildDetailsSheet(
      evaluation({ criteria, units: [unitEvaluation(unitResult({ bonus: 5 }), { "V.1": 2.005, "VII.1": 4 })] }),
      OPTIONS,
    );
    const col = unitColumn(layout, "Công ty A");
    expect(valueAt(layout, rowOf(layout, "V"), col)).toBe(2.01);
    expect(valueAt(layout, rowOf(layout, "VII"), col)).toBe(3);
  });

  it("ends with bonus, deduction, total and rank rows in bold", () => {
    const layout = buildDetailsSheet(typicalEvaluation(), OPTIONS);
    const colB = unitColumn(layout, "Công ty B");
    const colD = unitColumn(layout, "Công ty D");
    const total = findOrFail(layout, "Tổng điểm").row;
    expect(valueAt(layout, total, colB)).toBe(60.5);
    expect(valueAt(layout, total, 2)).toBe(70);
    expect(styleAt(layout, total, colB)).toMatchObject({ bold: true, numberFormat: "[$-42A]0.00" });
    const rank = findOrFail(layout, "Xếp hạng").row;
    expect(rank).toBe(total + 1);
    expect(valueAt(layout, rank, colB)).toBe(2);
    expect(valueAt(layout, rank, colD)).toBe("Không xếp hạng");
    expect(valueAt(layout, total - 2, 1)).toBe("Điểm thưởng");
    expect(valueAt(layout, total - 2, colB)).toBe(0);
    expect(valueAt(layout, total - 1, 1)).toBe("Điểm trừ");
    expect(styleAt(layout, total - 2, 1).bold).toBe(true);
  });

  it("leaves a not-ranked unit's subtotals and total blank", () => {
    const layout = buildDetailsSheet(typicalEvaluation(), OPTIONS);
    const colD = unitColumn(layout, "Công ty D");
    for (const code of ["I", "II", "V", "VI"]) expect(valueAt(layout, rowOf(layout, code), colD)).toBeNull();
    expect(valueAt(layout, findOrFail(layout, "Tổng điểm").row, colD)).toBeNull();
  });

  it("freezes the header and the code and name columns, and prints landscape one page wide", () => {
    const layout = buildDetailsSheet(typicalEvaluation(), OPTIONS);
    const header = findOrFail(layout, "Mã").row;
    expect(layout.frozenRows).toBe(header + 1);
    expect(layout.frozenColumns).toBe(2);
    expect(layout.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      repeatRows: { first: header, last: header },
    });
  });

  it.each<Language>(["vi", "en"])("has sound geometry and no undefined, NaN or Infinity (%s)", (language) => {
    const layout = buildDetailsSheet(typicalEvaluation(language), OPTIONS);
    expect(geometryProblems(layout)).toEqual([]);
    expect(badLeaves(layout)).toEqual([]);
  });

  describe("edge cases", () => {
    it.each<[Language, string]>([
      ["vi", "Không lập được bảng điểm chi tiết vì bảng tiêu chí chưa hợp lệ; xem trang Kiểm tra."],
      ["en", "No details: the criteria table is invalid; see the Issues sheet."],
    ])("is a single explanatory line when the criteria are unusable (%s)", (language, line) => {
      const layout = buildDetailsSheet(evaluation({ language, criteria: null, units: typicalEvaluation().units }), OPTIONS);
      expect(layout.values).toEqual([[line]]);
      expect(geometryProblems(layout)).toEqual([]);
      expect(badLeaves(layout)).toEqual([]);
    });

    it.each(["=1+1", "+84 912", "-2+3", "@SUM(1,2)"])("keeps the unit name %s as a string heading", (name) => {
      const layout = buildDetailsSheet(evaluation({ units: [unitEvaluation(unitResult({ unit: name }))] }), OPTIONS);
      expect(allValues(layout)).toContain(name);
    });

    it("has a sound layout with no units", () => {
      const layout = buildDetailsSheet(evaluation({ units: [] }), OPTIONS);
      expect(geometryProblems(layout)).toEqual([]);
      expect(badLeaves(layout)).toEqual([]);
    });
  });
});
