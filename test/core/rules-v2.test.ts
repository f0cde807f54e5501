// Version 2 of the contract (spec §7.1–7.3, §7.6): each new rule fires at its sheet and cell and
// stays silent on clean input; converted totals are worked out by hand.
//
// Layout (test/support/workbook.ts): Criteria header on row 3, I row 4, I.1 row 5 … VI.2 row 16,
// column J the new `Có thể không áp dụng`. Unit sheets: header row 6, I.1 row 8, I.2 row 9, I.3
// row 10, II.1 row 12, II.2 row 13, V.1 row 15, V.2 row 16, VI.1 row 18, VI.2 row 19; columns
// A code, D target, E actual, F quantity, G self, H verified, I evidence, J note, K approved.
//
// SMALL_CRITERIA: I capped at 20 (I.1 plan 10, I.2 yes/no 5, I.3 score 5), II without cap
// (II.1 count 4, II.2 score 3 × weight 2), so maxTotal = 20 + 10 = 30. The clean entries earn
// I = 10 + 5 + 4 = 19 and II = 3 + 2.5 × 2 = 8: total 27.
import { evaluateWorkbook } from "../../src/core";
import { buildSummarySheet } from "../../src/core/sheets";
import type { CellValue, Issue, Report, SheetLayout } from "../../src/core/model/types";
import {
  cleanEntries,
  CRITERIA_HEADER,
  DEFAULT_KEYS,
  SMALL_CRITERIA,
  UNIT_HEADER,
  workbook,
  type CriteriaRow,
  type Entry,
} from "../support/workbook";

const located = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.rule} ${i.sheet}!${i.cell} ${i.criterion}`);

const NA_HEADER = [...CRITERIA_HEADER, "Có thể không áp dụng"];
const UNIT_COLUMNS = [...UNIT_HEADER, "Điểm duyệt"];
/** Thresholds as percents of the 30-point scale (§7.3): Excellent from 25.5, Good 21, Fair 15, Average 9. */
const PERCENT_THRESHOLDS: Array<[string, CellValue]> = [
  ["Ngưỡng Xuất sắc", "85%"],
  ["Ngưỡng Tốt", "70%"],
  ["Ngưỡng Khá", "50%"],
  ["Ngưỡng Trung bình", "30%"],
];
const HALF_YEAR_KEYS: Array<[string, CellValue]> = [...DEFAULT_KEYS, ...PERCENT_THRESHOLDS];
const YEAR_KEYS: Array<[string, CellValue]> = [
  ["Tên cụm thi đua", "Cụm thi đua số 18"],
  ["Kỳ đánh giá", "Năm 2024"],
  ...PERCENT_THRESHOLDS,
];

/** SMALL_CRITERIA with `May be N/A` set to the given value on the given codes. */
function criteriaWithNA(marks: Record<string, CellValue>): CriteriaRow[] {
  return SMALL_CRITERIA.map((row) => {
    if (!(row[0] in marks)) return row;
    const padded = [...row] as CellValue[];
    while (padded.length < 9) padded.push(null);
    padded.push(marks[row[0]]);
    return padded as unknown as CriteriaRow;
  });
}

/** Two units A and B on the v2 layout; I.2 and I.1 may be N/A unless told otherwise. */
function book(
  a: Record<string, Entry>,
  options: { b?: Record<string, Entry>; keys?: Array<[string, CellValue]>; naCodes?: Record<string, CellValue> } = {},
) {
  return workbook(
    { A: { ...cleanEntries(), ...a }, B: options.b ?? cleanEntries() },
    {
      criteria: criteriaWithNA(options.naCodes ?? { "I.1": "Có", "I.2": "Có", "II.1": "Có" }),
      criteriaHeader: NA_HEADER,
      unitColumns: UNIT_COLUMNS,
      keys: options.keys ?? DEFAULT_KEYS,
    },
  );
}

const unitA = (report: Report) => report.units.find((u) => u.sheet === "A")!;
const evaluate = (...args: Parameters<typeof book>) => evaluateWorkbook(book(...args));

describe("clean version 2 input", () => {
  it("gives no issue, every unit at full scale, unconverted and unreviewed", () => {
    const { report } = evaluate({});
    expect(report.issues).toEqual([]);
    expect(report.schemaVersion).toBe(3);
    expect(report.complete).toBe(true);
    expect(report.reviewKind).toBe("half-year");
    for (const unit of report.units) {
      expect(unit).toMatchObject({
        status: "ranked",
        total: 27,
        notApplicable: [],
        applicableMax: 30,
        converted: 27,
        selfTotal: 27,
        review: "none",
      });
      expect(unit).toMatchObject({ decision: null, votes: null });
    }
  });
});

describe("not-applicable criteria (§7.1)", () => {
  it("converts a unit's regular points to the common scale, worked out by hand", () => {
    // A: I.2 (yes/no, 5) does not apply. I = 10 + 0 + 4 = 14; applicable I = min(20, 10 + 5) = 15;
    // II = 8 of 10. applicableMax = 25; converted = (14 + 8) × 30 ÷ 25 = 26.4; total 26.4.
    const { report } = evaluate({ "I.2": { self: "Không áp dụng" } });
    expect(report.issues).toEqual([]);
    expect(unitA(report)).toMatchObject({
      groups: { I: 14, II: 8 },
      notApplicable: ["I.2"],
      applicableMax: 25,
      converted: 26.4,
      total: 26.4,
      selfTotal: 26.4,
    });
  });

  it("caps a group's applicable maximum and rounds the converted figure", () => {
    // A: II.1 (count, 4) does not apply: II = 0 + 5 = 5 of 6; I = 19 of 20. applicableMax = 26;
    // converted = 24 × 30 ÷ 26 = 27.6923… → 27.69. Bonus V.2 = 2 is added after conversion.
    const { report } = evaluate({ "II.1": { self: "N/A" }, "V.2": { self: 2 } });
    expect(report.issues).toEqual([]);
    expect(unitA(report)).toMatchObject({ notApplicable: ["II.1"], applicableMax: 26, converted: 27.69, bonus: 2, total: 29.69 });
  });

  it("reads the mark in the target cell of a Plan row, and leaves the row out of completion", () => {
    // I.1 (plan, 10) does not apply: I = 0 + 5 + 4 = 9 of min(20, 10) = 10; II 8 of 10.
    // converted = 17 × 30 ÷ 20 = 25.5.
    const { report } = evaluate({ "I.1": { target: "KAD", evidence: null } });
    expect(report.issues).toEqual([]);
    expect(unitA(report)).toMatchObject({
      notApplicable: ["I.1"],
      applicableMax: 20,
      converted: 25.5,
      completionRate: null,
      allTargetsMet: true,
    });
  });

  describe("in a Plan row's self cell with the target blank (§8.4)", () => {
    // As the target-marked row above: I = 9 of 10 applicable, II 8 of 10; converted = 25.5.
    const converted = { notApplicable: ["I.1"], applicableMax: 20, converted: 25.5, total: 25.5, selfTotal: 25.5 };

    it("makes the row not applicable, as the mark in the target does", () => {
      const { report } = evaluate({ "I.1": { self: "Không áp dụng" } });
      expect(report.issues).toEqual([]);
      expect(unitA(report)).toMatchObject({ ...converted, completionRate: null, review: "none" });
    });

    it("is confirmed by a verified cell holding the mark: no plan-input, no verification-note-missing", () => {
      const { report } = evaluate({ "I.1": { self: "Không áp dụng", verified: "Không áp dụng" } });
      expect(report.issues).toEqual([]);
      expect(unitA(report)).toMatchObject({ ...converted, status: "ranked", review: "partial" });
    });

    it("is overruled by a verified number: scored as verified, the unit's own view converted, a note asked for", () => {
      // I = 8 + 5 + 4 = 17, II 8: total 25, unconverted; the self total keeps the unit's mark (25.5).
      const { report } = evaluate({ "I.1": { self: "KAD", verified: 8, evidence: "VB 1" } });
      expect(located(report.issues)).toEqual(["warning verification-note-missing A!J8 I.1"]);
      expect(unitA(report)).toMatchObject({ notApplicable: [], total: 25, selfTotal: 25.5, review: "partial" });
      const noted = evaluate({ "I.1": { self: "KAD", verified: 8, evidence: "VB 1", note: "có giao" } }).report;
      expect(noted.issues).toEqual([]);
    });

    it("is ignored beside a target typed: the target stands for the unit's own level (§7.7)", () => {
      const scored = evaluate({ "I.1": { target: 100, actual: 100, self: "N/A", evidence: "VB 1" } }).report;
      expect(scored.issues).toEqual([]);
      expect(unitA(scored)).toMatchObject({ notApplicable: [], total: 27, selfTotal: 27 });
      const noActual = evaluate({ "I.1": { target: 100, self: "N/A", evidence: "VB 1" } }).report;
      expect(located(noActual.issues)).toEqual(["error plan-input A!E8 I.1"]);
    });

    it("is an error at the self cell where the criterion may not be N/A, and no plan-input", () => {
      const { report } = evaluate({ "I.1": { self: "KAD" } }, { naCodes: { "I.2": "Có" } });
      expect(located(report.issues)).toEqual(["error not-applicable A!G8 I.1"]);
    });
  });

  it("is an error on a criterion whose May be N/A is not yes, at the marked cell", () => {
    const { report } = evaluate({ "I.3": { self: "Không áp dụng" } });
    expect(located(report.issues)).toEqual(["error not-applicable A!G10 I.3"]);
    expect(unitA(report).status).toBe("not-ranked");
  });

  it("is an error on a bonus row", () => {
    const { report } = evaluate({ "V.2": { self: "NA" } });
    expect(located(report.issues)).toEqual(["error not-applicable A!G16 V.2"]);
  });

  it("is an error when every criterion of a group is marked, at the code cell of its first criterion", () => {
    const { report } = evaluate({ "II.1": { self: "N/A" }, "II.2": { self: "N/A" } }, { naCodes: { "II.1": "Có", "II.2": "Có" } });
    expect(located(report.issues)).toEqual(["error not-applicable A!A12 II.1"]);
  });

  it("is overruled by a verified number: scored as usual, a warning where the mark is not allowed", () => {
    const { report } = evaluate({ "I.3": { self: "KAD", verified: 3, note: "đã kiểm tra" } });
    expect(located(report.issues)).toEqual(["warning not-applicable A!G10 I.3"]);
    expect(unitA(report)).toMatchObject({ status: "ranked", notApplicable: [], total: 26, review: "partial" });
    const allowed = evaluate({ "I.2": { self: "KAD", verified: "Đạt", note: "có giao" } }).report;
    expect(allowed.issues).toEqual([]);
    expect(unitA(allowed)).toMatchObject({ notApplicable: [], total: 27 });
  });

  it("is confirmed by a verified cell holding the mark, which counts as reviewed", () => {
    const { report } = evaluate({ "I.2": { self: "Đạt", verified: "Không áp dụng", note: "không giao" } });
    expect(report.issues).toEqual([]);
    expect(unitA(report)).toMatchObject({ notApplicable: ["I.2"], converted: 26.4, review: "partial", selfTotal: 27 });
  });

  it("is a criteria-invalid error when set on a bonus criterion, at its cell; a no there is harmless", () => {
    const bad = evaluate({}, { naCodes: { "V.2": "Có" } }).report;
    expect(located(bad.issues)).toEqual(["error criteria-invalid Tiêu chí!J13 V.2"]);
    expect(evaluate({}, { naCodes: { "V.2": "Không" } }).report.issues).toEqual([]);
  });

  it("shows a Converted column and a note on the summary only when some unit is converted", () => {
    const converted = evaluateWorkbook(book({ "I.2": { self: "KAD" } }));
    const layout = buildSummarySheet(converted, { date: { year: 2024, month: 7, day: 24 } });
    expect(values(layout)).toContain("Điểm quy đổi");
    expect(values(layout)).toContain("quy đổi từ 22/25 điểm");
    const plain = buildSummarySheet(evaluateWorkbook(book({})), { date: { year: 2024, month: 7, day: 24 } });
    expect(values(plain)).not.toContain("Điểm quy đổi");
  });
});

describe("review levels (§7.2)", () => {
  it("counts the approved score over the verified and self scores", () => {
    const { report } = evaluate({ "I.3": { self: 4, verified: 3, approved: 5, note: "tỉnh duyệt" } });
    expect(report.issues).toEqual([]);
    expect(unitA(report)).toMatchObject({ groups: { I: 20, II: 8 }, total: 28, selfTotal: 27, review: "partial" });
  });

  it("checks the approved value at its cell, and makes problems below it warnings", () => {
    expect(located(evaluate({ "I.3": { self: 4, approved: 7, note: "x" } }).report.issues)).toEqual(["error out-of-range A!K10 I.3"]);
    expect(located(evaluate({ "I.3": { self: 4, approved: "năm", note: "x" } }).report.issues)).toEqual(["error not-a-number A!K10 I.3"]);
    expect(located(evaluate({ "I.2": { self: "Đạt", approved: "Tạm", note: "x" } }).report.issues)).toEqual(["error yesno-value A!K9 I.2"]);
    const below = evaluate({ "I.3": { self: 9, verified: "#REF!", approved: 4, note: "x" } }).report;
    expect(located(below.issues)).toEqual(["warning out-of-range A!G10 I.3", "warning cell-error A!H10 I.3"]);
    expect(unitA(below).status).toBe("ranked");
  });

  it("asks for a note when the approved score differs from the verified one, once a row", () => {
    const { report } = evaluate({ "I.3": { self: 4, verified: 4, approved: 5 } });
    expect(located(report.issues)).toEqual(["warning verification-note-missing A!J10 I.3"]);
    const twice = evaluate({ "I.3": { self: 4, verified: 3, approved: 5 } }).report;
    expect(located(twice.issues)).toEqual(["warning verification-note-missing A!J10 I.3"]);
  });

  it("reports review none, partial or full", () => {
    const full: Record<string, Entry> = {};
    for (const [code, entry] of Object.entries(cleanEntries())) {
      const points = { "I.1": 10, "I.2": "Đạt", "I.3": 4, "II.1": 3, "II.2": 2.5 }[code] as CellValue;
      full[code] = { ...entry, verified: points };
    }
    const { report } = evaluate(full);
    expect(report.issues).toEqual([]);
    expect(unitA(report).review).toBe("full");
    expect(report.units.find((u) => u.sheet === "B")!.review).toBe("none");
  });

  it("warns not-verified at the first unchecked row's verified cell when verification is required, and notes the award", () => {
    const keys: Array<[string, CellValue]> = [...YEAR_KEYS, ["Yêu cầu thẩm định", "Có"]];
    const b = { ...cleanEntries(), "I.3": { self: 3 } };
    const evaluation = evaluateWorkbook(book({ "I.1": { target: 100, actual: 100, evidence: "VB 1", verified: 10 } }, { b, keys }));
    expect(located(evaluation.report.issues)).toEqual(["warning not-verified A!H9 I.2", "warning not-verified B!H8 I.1"]);
    // Only the Notes change: the award is as computed.
    expect(evaluation.report.units.map((u) => u.award)).toEqual(["flag", "certificate"]);
    const layout = buildSummarySheet(evaluation, { date: { year: 2025, month: 1, day: 10 } });
    expect(values(layout).filter((v) => typeof v === "string" && v.includes("chờ thẩm định"))).toHaveLength(2);
    expect(evaluate({}, { keys: YEAR_KEYS }).report.issues).toEqual([]);
  });

  it("shows Tự chấm and Chênh lệch on the summary only when some unit has a verified or approved value", () => {
    const reviewed = evaluateWorkbook(book({ "I.3": { self: 4, verified: 3, note: "x" } }));
    const layout = buildSummarySheet(reviewed, { date: { year: 2024, month: 7, day: 24 } });
    const header = values(layout);
    expect(header).toEqual(expect.arrayContaining(["Tự chấm", "Chênh lệch"]));
    const unitRow = layout.values.find((row) => row.includes("A"))!;
    const selfCol = layout.values.find((row) => row.includes("Tự chấm"))!.indexOf("Tự chấm");
    expect([unitRow[selfCol], unitRow[selfCol + 1]]).toEqual([27, -1]);
    expect(values(buildSummarySheet(evaluateWorkbook(book({})), { date: { year: 2024, month: 7, day: 24 } }))).not.toContain("Chênh lệch");
  });
});

describe("the kind of review (§7.3)", () => {
  it("is inferred from the period, and given by Loại kỳ", () => {
    expect(evaluate({}).report.reviewKind).toBe("half-year");
    expect(evaluate({}, { keys: YEAR_KEYS }).report.reviewKind).toBe("year");
    expect(evaluate({}, { keys: [...DEFAULT_KEYS, ["Loại kỳ", "Tổng kết năm"]] }).report.reviewKind).toBe("year");
    expect(evaluate({}, { keys: [...YEAR_KEYS, ["Loại kỳ", "Sơ kết"]] }).report.reviewKind).toBe("half-year");
  });

  it("is settings-invalid at its value when it is neither", () => {
    const { report } = evaluate({}, { keys: [...DEFAULT_KEYS, ["Loại kỳ", "quý 3"]] });
    expect(located(report.issues)).toEqual(["error settings-invalid Thiết lập!B5 null"]);
  });

  it("proposes no award at a half-year review: no award column, a SƠ KẾT 6 THÁNG line", () => {
    const half = evaluateWorkbook(book({}, { b: { ...cleanEntries(), "I.3": { self: 3 } }, keys: HALF_YEAR_KEYS }));
    expect(half.report.units.map((u) => [u.rank, u.classification, u.award])).toEqual([
      [1, "excellent", null],
      [2, "excellent", null],
    ]);
    const layout = buildSummarySheet(half, { date: { year: 2024, month: 7, day: 24 } });
    expect(values(layout)).toContain("SƠ KẾT 6 THÁNG");
    expect(values(layout)).not.toContain("Đề nghị khen thưởng");
    const year = evaluateWorkbook(book({}, { b: { ...cleanEntries(), "I.3": { self: 3 } }, keys: YEAR_KEYS }));
    expect(year.report.units.map((u) => u.award)).toEqual(["flag", "certificate"]);
    expect(values(buildSummarySheet(year, { date: { year: 2025, month: 1, day: 10 } }))).not.toContain("SƠ KẾT 6 THÁNG");
  });

  it("writes awards under the Settings' names", () => {
    const keys: Array<[string, CellValue]> = [
      ...YEAR_KEYS,
      ["Tên Cờ thi đua", "Cờ thi đua của UBND tỉnh Thanh Hóa"],
      ["Tên Bằng khen", "Bằng khen UBND tỉnh"],
    ];
    const evaluation = evaluateWorkbook(book({}, { b: { ...cleanEntries(), "I.3": { self: 3 } }, keys }));
    const layout = buildSummarySheet(evaluation, { date: { year: 2025, month: 1, day: 10 } });
    expect(values(layout)).toEqual(expect.arrayContaining(["Cờ thi đua của UBND tỉnh Thanh Hóa", "Bằng khen UBND tỉnh"]));
  });

  it("reads thresholds written as a percent of the scale", () => {
    // Scale 30: 90% is 27, so a total of 27 is Excellent and 26 is Good (80% = 24).
    const keys: Array<[string, CellValue]> = [
      ...DEFAULT_KEYS,
      ["Ngưỡng Xuất sắc", "90%"],
      ["Ngưỡng Tốt", 0.8],
      ["Ngưỡng Khá", "65 %"],
      ["Ngưỡng Trung bình", 0.5],
    ];
    const evaluation = evaluateWorkbook(book({}, { b: { ...cleanEntries(), "I.3": { self: 3 } }, keys }));
    expect(evaluation.report.issues).toEqual([]);
    expect(evaluation.settings.thresholds).toEqual({ excellent: 27, good: 24, fair: 19.5, average: 15 });
    expect(evaluation.report.units.map((u) => u.classification)).toEqual(["excellent", "good"]);
  });

  it("dates the summary by Ngày lập when set", () => {
    const keys: Array<[string, CellValue]> = [...YEAR_KEYS, ["Địa danh", "Thanh Hóa"], ["Ngày lập", "15/01/2025"]];
    const layout = buildSummarySheet(evaluateWorkbook(book({}, { keys })), { date: { year: 2030, month: 3, day: 3 } });
    expect(values(layout)).toContain("Thanh Hóa, ngày 15 tháng 01 năm 2025");
    const bad = evaluate({}, { keys: [...YEAR_KEYS, ["Ngày lập", "mai"]] }).report;
    expect(located(bad.issues)).toEqual(["error settings-invalid Thiết lập!B9 null"]);
  });
});

describe("habits of real units (§7.6)", () => {
  it.each<[string, Record<string, Entry>, string, number]>([
    ["a dash as 0", { "I.3": { self: "-" } }, "warning text-number A!G10 I.3", 23],
    ["an en dash in a quantity", { "II.1": { quantity: "–" } }, "warning text-number A!F12 II.1", 24],
    ["a note after a number", { "I.3": { self: "4 (có biên bản PCCC)" } }, "warning text-number A!G10 I.3", 27],
    ["a note after a decimal comma", { "II.2": { self: "2,5 - đạt" } }, "warning text-number A!G13 II.2", 27],
  ])("reads %s with a text-number warning", (_title, changes, expected, total) => {
    const { report } = evaluate(changes);
    expect(located(report.issues)).toEqual([expected]);
    expect(unitA(report).total).toBe(total);
  });

  it("keeps a note with another digit not-a-number, and a dash on a Yes/No row yesno-value", () => {
    expect(located(evaluate({ "I.3": { self: "4 (BB số 12)" } }).report.issues)).toEqual(["error not-a-number A!G10 I.3"]);
    expect(located(evaluate({ "I.3": { self: "4 hoặc 5" } }).report.issues)).toEqual(["error not-a-number A!G10 I.3"]);
    expect(located(evaluate({ "I.2": { self: "-" } }).report.issues)).toEqual(["error yesno-value A!G9 I.2"]);
  });

  it.each<[CellValue, number]>([
    ["Không có", 0],
    ["Chưa đạt", 0],
    ["Chưa", 0],
    ["Có đạt", 5],
    ["Hoàn thành", 5],
    ["Đạt (có biên bản)", 5],
  ])("reads the yes/no value %p as a label", (value, points) => {
    const { report } = evaluate({ "I.2": { self: value } });
    expect(report.issues).toEqual([]);
    expect(unitA(report).groups?.I).toBe(10 + points + 4);
  });

  it("makes missing evidence a warning: 0 points on a regular or bonus row", () => {
    const regular = evaluate({ "I.1": { target: 100, actual: 100 } }).report;
    expect(located(regular.issues)).toEqual(["warning evidence-missing A!I8 I.1"]);
    expect(unitA(regular)).toMatchObject({ status: "ranked", groups: { I: 9, II: 8 }, total: 17, selfTotal: 17 });
    const bonus = evaluate({ "V.1": { self: "Có" } }).report;
    expect(located(bonus.issues)).toEqual(["warning evidence-missing A!I15 V.1"]);
    expect(unitA(bonus)).toMatchObject({ bonus: 0, total: 27 });
  });

  it("counts a deduction without evidence as entered", () => {
    const criteria = criteriaWithNA({}).map((row) =>
      row[0] === "VI.1" ? (["VI.1", "Báo cáo chậm", "Đếm", 6, 1, 2, null, "Có"] as CriteriaRow) : row,
    );
    const evaluation = evaluateWorkbook(
      workbook(
        { A: { ...cleanEntries(), "VI.1": { quantity: 1 } }, B: cleanEntries() },
        { criteria, criteriaHeader: NA_HEADER, unitColumns: UNIT_COLUMNS },
      ),
    );
    expect(located(evaluation.report.issues)).toEqual(["warning evidence-missing A!I18 VI.1"]);
    expect(unitA(evaluation.report)).toMatchObject({ deduction: 2, total: 25 });
    expect(evaluation.report.issues[0].message).toMatch(/điểm trừ vẫn được tính/);
  });

  it("proposes no award while some unit is not ranked, and says so in bold on the summary", () => {
    const evaluation = evaluateWorkbook(book({ "I.3": { self: "bốn" } }, { keys: YEAR_KEYS }));
    expect(evaluation.report.complete).toBe(false);
    expect(evaluation.report.units.map((u) => [u.sheet, u.status, u.award])).toEqual([
      ["B", "ranked", null],
      ["A", "not-ranked", null],
    ]);
    const layout = buildSummarySheet(evaluation, { date: { year: 2025, month: 1, day: 10 } });
    const line = "KẾT QUẢ TẠM THỜI — 1 đơn vị chưa được xếp hạng";
    expect(values(layout)).toContain(line);
    const at = cellOf(layout, line);
    expect(layout.styles.some((s) => s.style.bold && s.range.start.row === at.row && s.range.start.col === at.col)).toBe(true);
    // The not-ranked unit's note names its first error in words, with its cell.
    expect(values(layout)).toContain("không phải là số (G10)");
  });

  it("notes an Excellent unit left without an award because the quota ran out", () => {
    const keys: Array<[string, CellValue]> = [...YEAR_KEYS, ["Số Cờ thi đua", 1], ["Số Bằng khen", 0]];
    const evaluation = evaluateWorkbook(book({}, { b: { ...cleanEntries(), "I.3": { self: 3 } }, keys }));
    expect(evaluation.report.units.map((u) => [u.classification, u.award])).toEqual([
      ["excellent", "flag"],
      ["excellent", null],
    ]);
    expect(values(buildSummarySheet(evaluation, { date: { year: 2025, month: 1, day: 10 } }))).toContain("hết chỉ tiêu khen thưởng");
  });
});

function values(layout: SheetLayout): unknown[] {
  return layout.values.flat();
}

function cellOf(layout: SheetLayout, value: string): { row: number; col: number } {
  for (let row = 0; row < layout.values.length; row++) {
    const col = layout.values[row].indexOf(value);
    if (col >= 0) return { row, col };
  }
  throw new Error(`no cell holds ${value}`);
}
