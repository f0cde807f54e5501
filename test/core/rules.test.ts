// Every rule id of spec §3, triggered at the right sheet and cell, and silent on clean input.
// Unit sheets follow test/support/workbook.ts: header on row 6, I.1 on row 8 … VI.2 on row 19;
// columns A code, C max, D target, E actual, F quantity, G self, H verified, I evidence, J note.
import { evaluateWorkbook } from "../../src/core";
import type { Issue, WorkbookSnapshot } from "../../src/core/model/types";
import {
  cleanEntries,
  criteriaSheet,
  DEFAULT_KEYS,
  settingsSheet,
  sheet,
  SMALL_CRITERIA,
  unitSheet,
  workbook,
  withSheet,
  type CriteriaRow,
  type Entry,
} from "../support/workbook";

const located = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.rule} ${i.sheet}!${i.cell} ${i.criterion}`);

/** A workbook of two clean units where unit "A" gets the given entries instead. */
function withUnitA(changes: Record<string, Entry>): WorkbookSnapshot {
  return workbook({ A: { ...cleanEntries(), ...changes }, B: cleanEntries() });
}

describe("clean input", () => {
  it("gives no issue at all and ranks every unit", () => {
    const { report } = evaluateWorkbook(workbook({ A: cleanEntries(), B: cleanEntries() }));
    expect(report.issues).toEqual([]);
    expect(report.units.map((u) => u.status)).toEqual(["ranked", "ranked"]);
  });
});

describe("unit-sheet rules", () => {
  const cases: Array<[string, Record<string, Entry>, string]> = [
    ["empty-score on a blank score", { "I.3": { self: null } }, "error empty-score A!G10 I.3"],
    ["empty-score on a blank yes/no", { "I.2": {} }, "error empty-score A!G9 I.2"],
    ["empty-score on a blank quantity", { "II.1": {} }, "error empty-score A!F12 II.1"],
    ["not-a-number on text", { "I.3": { self: "bốn" } }, "error not-a-number A!G10 I.3"],
    ["not-a-number on a boolean", { "I.3": { self: true } }, "error not-a-number A!G10 I.3"],
    ["not-a-number on a date", { "I.3": { self: { kind: "date", iso: "2024-03-04" } } }, "error not-a-number A!G10 I.3"],
    ["cell-error on an error value", { "I.3": { self: { kind: "error", code: "#REF!" } } }, "error cell-error A!G10 I.3"],
    ["cell-error on error text", { "I.3": { self: "#DIV/0!" } }, "error cell-error A!G10 I.3"],
    [
      "cell-error on a formula never calculated",
      { "I.3": { self: { kind: "uncalculated", formula: "=G8+1" } } },
      "error cell-error A!G10 I.3",
    ],
    ["out-of-range above max", { "I.3": { self: 6 } }, "error out-of-range A!G10 I.3"],
    ["out-of-range below 0", { "I.3": { self: -1 } }, "error out-of-range A!G10 I.3"],
    ["out-of-range on a negative quantity", { "II.1": { quantity: -2 } }, "error out-of-range A!F12 II.1"],
    ["out-of-range on a negative actual", { "I.1": { target: 100, actual: -5, evidence: "x" } }, "error out-of-range A!E8 I.1"],
    ["out-of-range on a verified score above max", { "I.3": { self: 4, verified: 7, note: "x" } }, "error out-of-range A!H10 I.3"],
    ["yesno-value on a word that is neither", { "I.2": { self: "Tạm được" } }, "error yesno-value A!G9 I.2"],
    ["yesno-value on a number other than 0 and 1", { "I.2": { self: 3 } }, "error yesno-value A!G9 I.2"],
    ["plan-input on a missing target", { "I.1": { actual: 100, evidence: "x" } }, "error plan-input A!D8 I.1"],
    ["plan-input on a zero target", { "I.1": { target: 0, actual: 100, evidence: "x" } }, "error plan-input A!D8 I.1"],
    ["plan-input on a missing actual", { "I.1": { target: 100, evidence: "x" } }, "error plan-input A!E8 I.1"],
    ["evidence-missing when points count", { "I.1": { target: 100, actual: 90 } }, "warning evidence-missing A!I8 I.1"],
    ["evidence-missing in a bonus row", { "V.1": { self: "Có" } }, "warning evidence-missing A!I15 V.1"],
    ["text-number on a comma decimal", { "I.3": { self: "3,5" } }, "warning text-number A!G10 I.3"],
    [
      "self-score-mismatch on a plan row",
      { "I.1": { target: 100, actual: 100, self: 8, evidence: "x" } },
      "warning self-score-mismatch A!G8 I.1",
    ],
    ["self-score-mismatch on a count row", { "II.1": { quantity: 3, self: 4 } }, "warning self-score-mismatch A!G12 II.1"],
    ["verification-note-missing", { "I.3": { self: 4, verified: 3 } }, "warning verification-note-missing A!J10 I.3"],
    ["max-mismatch", { "I.3": { self: 4, max: 6 } }, "warning max-mismatch A!C10 I.3"],
    ["max-mismatch on a max that is not a number", { "I.3": { self: 4, max: "năm" } }, "warning max-mismatch A!C10 I.3"],
  ];

  it.each(cases)("%s", (_title, changes, expected) => {
    const { report } = evaluateWorkbook(withUnitA(changes));
    expect(located(report.issues)).toEqual([expected]);
    const unitA = report.units.find((u) => u.sheet === "A");
    const isError = expected.startsWith("error");
    expect(unitA?.status).toBe(isError ? "not-ranked" : "ranked");
    expect(unitA?.errors).toBe(isError ? 1 : 0);
    expect(unitA?.warnings).toBe(isError ? 0 : 1);
  });

  it("reports a code unknown to the criteria at its code cell", () => {
    const book = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { extraRows: [{ Mã: "IX.9", "Tự chấm": 1 }] }));
    expect(located(evaluateWorkbook(book).report.issues)).toEqual(["error unknown-code A!A20 null"]);
  });

  it("reports a code seen twice at the later row", () => {
    const book = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { extraRows: [{ Mã: "i.3", "Tự chấm": 5 }] }));
    expect(located(evaluateWorkbook(book).report.issues)).toEqual(["error duplicate-code A!A20 I.3"]);
  });

  it("reports a regular criterion without a row, with no cell", () => {
    const book = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { omit: ["I.2"] }));
    expect(located(evaluateWorkbook(book).report.issues)).toEqual(["error missing-criterion A!null I.2"]);
  });

  it("counts missing bonus and deduction rows as 0 with no issue", () => {
    const book = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { omit: ["V", "V.1", "V.2", "VI", "VI.1", "VI.2"] }));
    const { report } = evaluateWorkbook(book);
    expect(report.issues).toEqual([]);
    expect(report.units.find((u) => u.sheet === "A")?.total).toBe(27);
  });

  it("puts the issue at the code cell when the table lacks the input column a row needs", () => {
    const columns = ["Mã", "Nội dung tiêu chí", "Kế hoạch", "Thực hiện", "Tự chấm", "Minh chứng"];
    const book = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { columns }));
    expect(located(evaluateWorkbook(book).report.issues)).toEqual(["error empty-score A!A12 II.1"]);
  });

  it("puts verification-note-missing at the verified cell when there is no note column", () => {
    const columns = ["Mã", "Nội dung tiêu chí", "Điểm tối đa", "Kế hoạch", "Thực hiện", "Số lượng", "Tự chấm", "Thẩm định", "Minh chứng"];
    const book = withSheet(withUnitA({}), unitSheet("A", { ...cleanEntries(), "I.3": { self: 4, verified: 2 } }, { columns }));
    expect(located(evaluateWorkbook(book).report.issues)).toEqual(["warning verification-note-missing A!H10 I.3"]);
  });

  it("makes problems in self inputs warnings when the row has a verified score", () => {
    const { report } = evaluateWorkbook(withUnitA({ "I.3": { self: 9, verified: 5, note: "Đã xác minh" } }));
    expect(located(report.issues)).toEqual(["warning out-of-range A!G10 I.3"]);
    expect(report.units.find((u) => u.sheet === "A")?.status).toBe("ranked");
  });

  it("checks the unit's own total row, and reads nothing below it", () => {
    const extraRows: Array<Record<string, string | number | null>> = [
      { Mã: null, "Nội dung tiêu chí": "Tổng cộng", "Tự chấm": 26 },
      { Mã: "Người lập biểu", "Tự chấm": "Nguyễn Văn A" },
    ];
    const book = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { extraRows }));
    expect(located(evaluateWorkbook(book).report.issues)).toEqual(["warning total-mismatch A!G20 null"]);
    const agreeing = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { extraRows: [{ Mã: "Tổng cộng", "Tự chấm": 27 }] }));
    expect(evaluateWorkbook(agreeing).report.issues).toEqual([]);
  });

  it("warns when the sheet names another unit than the list", () => {
    const book = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { statedName: "Công ty khác" }));
    expect(located(evaluateWorkbook(book).report.issues)).toEqual(["warning unit-name-mismatch A!B3 null"]);
  });

  it("ignores case and spacing when comparing unit names", () => {
    const book = withSheet(withUnitA({}), unitSheet("A", cleanEntries(), { statedName: "  a " }));
    expect(evaluateWorkbook(book).report.issues).toEqual([]);
  });
});

describe("workbook-level rules", () => {
  it("reports a listed unit without a sheet on the Settings sheet, at its sheet cell", () => {
    const book = workbook({ A: cleanEntries() });
    book.sheets[1] = settingsSheet(DEFAULT_KEYS, [
      { name: "A", sheet: "A" },
      { name: "Đơn vị B", sheet: "Không có" },
    ]);
    const { report } = evaluateWorkbook(book);
    expect(located(report.issues)).toEqual(["error missing-sheet Thiết lập!C8 null"]);
    const b = report.units.find((u) => u.unit === "Đơn vị B");
    expect(b).toMatchObject({ status: "not-ranked", errors: 1, sheet: "Không có", total: null });
  });

  it("reports a listed sheet without a unit table, with no cell", () => {
    const book = workbook({ A: cleanEntries(), B: cleanEntries() });
    book.sheets[3] = sheet("B", [["Ghi chú"], ["Đơn vị chưa nộp"]]);
    expect(located(evaluateWorkbook(book).report.issues)).toEqual(["error no-table B!null null"]);
  });

  it("warns about a unit table on a sheet not in the list, counting it for no unit", () => {
    const book = workbook({ A: cleanEntries() });
    book.sheets.push(unitSheet("Extra"));
    const { report } = evaluateWorkbook(book);
    expect(located(report.issues)).toEqual(["warning unlisted-sheet Extra!null null"]);
    expect(report.units).toHaveLength(1);
    expect(report.units[0].warnings).toBe(0);
  });

  it("takes every sheet with a unit table, in tab order, when there is no units list", () => {
    const book = workbook({ Z: cleanEntries(), A: cleanEntries() }, { list: false });
    book.sheets.push(sheet("Ghi chú", [["Notes only"]]));
    const { report } = evaluateWorkbook(book);
    expect(report.issues).toEqual([]);
    expect(report.units.map((u) => u.sheet)).toEqual(["Z", "A"]);
    expect(report.units.map((u) => u.rank)).toEqual([1, 1]);
  });

  it("never reads the output sheets as input", () => {
    const book = workbook({ A: cleanEntries() }, { list: false });
    book.sheets.push(unitSheet("Tổng hợp"), unitSheet("Details"), unitSheet("Kiểm tra"));
    expect(evaluateWorkbook(book).report.units.map((u) => u.sheet)).toEqual(["A"]);
  });
});

describe("criteria-invalid", () => {
  const replace = (code: string, row: CriteriaRow) => SMALL_CRITERIA.map((r) => (r[0] === code ? row : r));
  const cases: Array<[string, CriteriaRow[], string, string]> = [
    ["a duplicate code", [...SMALL_CRITERIA, ["i.1", "Lặp", "Chấm điểm", 1]], "A17", "i.1"],
    ["an unknown type", replace("I.3", ["I.3", "x", "Tự luận", 5]), "C7", "I.3"],
    ["a missing max", replace("I.3", ["I.3", "x", "Chấm điểm", null]), "D7", "I.3"],
    ["a max that is not a number", replace("I.3", ["I.3", "x", "Chấm điểm", "năm"]), "D7", "I.3"],
    ["a max of 0", replace("I.3", ["I.3", "x", "Chấm điểm", 0]), "D7", "I.3"],
    ["a negative weight", replace("I.3", ["I.3", "x", "Chấm điểm", 5, -1]), "E7", "I.3"],
    ["a count without points per item", replace("II.1", ["II.1", "x", "Đếm", 4, 1, null]), "F9", "II.1"],
    ["a floor that is not a number", replace("I.1", ["I.1", "x", "Kế hoạch", 10, 1, null, "cao"]), "G5", "I.1"],
    ["an evidence flag that is not yes/no", replace("I.1", ["I.1", "x", "Kế hoạch", 10, 1, null, 80, "Chắc vậy"]), "H5", "I.1"],
    ["a criterion above the first group", [["I.0", "x", "Chấm điểm", 1], ...SMALL_CRITERIA], "A4", "I.0"],
    ["a missing type", replace("I.3", ["I.3", "x", ""]), "C7", "I.3"],
    // Absurd sizes would overflow totals to Infinity (issue 10): 1e308 × 1e308 is not a number.
    ["a max of 1e308", replace("I.3", ["I.3", "x", "Chấm điểm", 1e308]), "D7", "I.3"],
    ["a weight of 1e308", replace("I.3", ["I.3", "x", "Chấm điểm", 5, 1e308]), "E7", "I.3"],
    ["points per item above the limit", replace("II.1", ["II.1", "x", "Đếm", 4, 1, 100_001]), "F9", "II.1"],
  ];

  it.each(cases)("is reported for %s, at its cell, and then no unit is ranked", (_title, rows, cell, criterion) => {
    const { report } = evaluateWorkbook(workbook({ A: cleanEntries() }, { criteria: rows }));
    expect(located(report.issues)).toEqual([`error criteria-invalid Tiêu chí!${cell} ${criterion}`]);
    expect(report.units.every((u) => u.status === "not-ranked" && u.errors === 0)).toBe(true);
  });

  it("accepts a table on 1,000 points, and sizes up to the limit", () => {
    const big = replace("I.3", ["I.3", "x", "Chấm điểm", 100_000, 1]);
    // The unit sheet still says 5, so the only finding is that copy's max: no criteria-invalid.
    const { report } = evaluateWorkbook(workbook({ A: cleanEntries() }, { criteria: big }));
    expect(located(report.issues)).toEqual(["warning max-mismatch A!C10 I.3"]);
    expect(report.units[0].status).toBe("ranked");
  });

  it("is reported when the sheet is missing, or has no header, or no criteria", () => {
    const noSheet = workbook({ A: cleanEntries() });
    noSheet.sheets.splice(0, 1);
    expect(located(evaluateWorkbook(noSheet).report.issues)).toEqual(["error criteria-invalid null!null null"]);
    const noHeader = withSheet(
      workbook({ A: cleanEntries() }),
      sheet("Tiêu chí", [
        ["Mã", "Nội dung"],
        ["I", "x"],
      ]),
    );
    expect(located(evaluateWorkbook(noHeader).report.issues)).toEqual(["error criteria-invalid Tiêu chí!null null"]);
    const noCriteria = withSheet(workbook({ A: cleanEntries() }), criteriaSheet([["I", "x", "Nhóm", 10]]));
    expect(located(evaluateWorkbook(noCriteria).report.issues)).toEqual(["error criteria-invalid Tiêu chí!A3 null"]);
  });

  it("reads the table whatever the column order, with English labels", () => {
    const header = [
      "Type",
      "Code",
      "Max points",
      "Criterion",
      "Weight",
      "Points per item",
      "Plan floor",
      "Evidence required",
      "Disqualifies awards",
    ];
    const rows = SMALL_CRITERIA.map((r) => [r[2], r[0], r[3], r[1], r[4], r[5], r[6], r[7], r[8]] as unknown as CriteriaRow);
    const english = rows.map((r) => r.map((v) => (v === "Nhóm" ? "Group" : v === "Chấm điểm" ? "Score" : v)) as unknown as CriteriaRow);
    const book = withSheet(workbook({ A: cleanEntries() }), { ...criteriaSheet(english, header), name: "Tiêu chí" });
    const { report } = evaluateWorkbook(book);
    expect(report.issues).toEqual([]);
    expect(report.units[0].total).toBe(27);
  });
});

describe("settings-invalid", () => {
  const cases: Array<[string, Array<[string, string | number]>, string]> = [
    ["thresholds out of order", [["Ngưỡng Tốt", 95]], "B4"],
    ["a threshold that is not a number", [["Ngưỡng Khá", "khá"]], "B3"],
    ["a negative quota", [["Số Cờ thi đua", -1]], "B3"],
    ["a fractional quota", [["Số Bằng khen", 1.5]], "B3"],
    ["an unknown tie-break key", [["Thứ tự xét khi bằng điểm", "I; tuổi đời"]], "B3"],
    ["a tie-break group that does not exist", [["Tie-break order", "III"]], "B3"],
    ["an unknown language", [["Ngôn ngữ báo cáo", "fr"]], "B3"],
    ["a yes/no that is neither", [["Xuất sắc phải đạt mọi chỉ tiêu", "tuỳ"]], "B3"],
  ];

  it.each(cases)("is reported for %s, at the value's cell, and then no unit is ranked", (_title, keys, cell) => {
    const orderedKeys: Array<[string, string | number]> = keys[0][0] === "Ngưỡng Tốt" ? [["Ngưỡng Xuất sắc", 90], ...keys] : keys;
    const book = workbook({ A: cleanEntries() }, { keys: orderedKeys });
    const { report } = evaluateWorkbook(book);
    expect(located(report.issues)).toEqual([`error settings-invalid Thiết lập!${cell} null`]);
    expect(report.units[0]).toMatchObject({ status: "not-ranked", errors: 0, total: null, completionRate: 100 });
  });

  it("takes defaults for blank values and accepts English keys", () => {
    const book = workbook(
      { A: cleanEntries() },
      {
        keys: [
          ["Cluster name", "Cluster 5"],
          ["Period", ""],
          ["Emulation flags", null as unknown as string],
        ],
      },
    );
    const { report, settings } = evaluateWorkbook(book);
    expect(report.issues).toEqual([]);
    expect(report.cluster).toBe("Cluster 5");
    expect(report.period).toBeNull();
    expect(settings.flagQuota).toBe(1);
  });
});

describe("messages", () => {
  it("are written in the report language", () => {
    const vi = evaluateWorkbook(withUnitA({ "I.3": { self: 6 } })).report.issues[0].message;
    const en = evaluateWorkbook(withUnitA({ "I.3": { self: 6 } }), { language: "en" }).report.issues[0].message;
    expect(vi).toBe("6 nằm ngoài khoảng 0 – 5: nhập điểm từ 0 đến 5");
    expect(en).toBe("6 is outside 0 – 5: enter points from 0 to 5");
  });

  it("ask to recalculate a formula saved without its value", () => {
    const { report } = evaluateWorkbook(withUnitA({ "I.3": { self: { kind: "uncalculated", formula: "=1+2" } } }), { language: "en" });
    expect(report.issues[0].message).toMatch(/recalculate/);
  });
});

describe("two-row headers", () => {
  // Row 6: Mã | Nội dung | Điểm tối đa | Kế hoạch | Thực hiện | Số lượng | Điểm (G6:H6) | Minh chứng
  // Row 7:                                                                 Tự chấm | Thẩm định
  const rows = (mergeInfo: boolean) => {
    const base = unitSheet("A", cleanEntries(), {
      columns: ["Mã", "Nội dung tiêu chí", "Điểm tối đa", "Kế hoạch", "Thực hiện", "Số lượng", "Tự chấm", "Thẩm định", "Minh chứng"],
    });
    const cells = base.cells.map((r) => [...r]);
    const header = ["Mã", "Nội dung tiêu chí", "Điểm tối đa", "Kế hoạch", "Thực hiện", "Số lượng", "Điểm", null, "Minh chứng"];
    const second = [null, null, null, null, null, null, "Tự chấm", "Thẩm định", null];
    cells.splice(5, 1, header, second);
    const merges = mergeInfo ? ["A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "F6:F7", "G6:H6", "I6:I7"] : [];
    return sheet("A", cells, merges);
  };

  it.each([
    ["with merged areas", true],
    ["without merge information (older Excel)", false],
  ])("reads the columns under a heading merged across, %s", (_title, mergeInfo) => {
    const book = withSheet(withUnitA({}), rows(mergeInfo));
    const { report } = evaluateWorkbook(book);
    expect(report.issues).toEqual([]);
    expect(report.units.find((u) => u.sheet === "A")?.total).toBe(27);
  });

  it("does not take a group row whose name starts like a label for a second header row", () => {
    // The default layout's first row under the header is group I; give it a name starting with "Thực hiện".
    const base = unitSheet("A");
    const cells = base.cells.map((r) => [...r]);
    cells[6][1] = "Thực hiện nhiệm vụ sản xuất kinh doanh";
    const { report } = evaluateWorkbook(withSheet(withUnitA({}), sheet("A", cells)));
    expect(report.issues).toEqual([]);
  });
});

describe("edge cases found by the property tests", () => {
  it("reports a target so small that the plan rate overflows, instead of an infinite completion rate", () => {
    const { report } = evaluateWorkbook(withUnitA({ "I.1": { target: 5e-324, actual: 1, evidence: "x" } }));
    expect(located(report.issues)).toEqual(["error plan-input A!D8 I.1"]);
    expect(report.units.every((u) => u.completionRate === null || Number.isFinite(u.completionRate))).toBe(true);
  });

  it("keeps a huge but finite completion rate finite", () => {
    const { report } = evaluateWorkbook(withUnitA({ "I.1": { target: 5e-324, actual: 8.9e-20, evidence: "x" } }));
    const unitA = report.units.find((u) => u.sheet === "A");
    expect(Number.isFinite(unitA?.completionRate)).toBe(true);
    expect(unitA?.completionRate).toBeGreaterThan(1e300);
  });
});
