// The award history and the higher awards' rules (spec §9.2): both sheets read in either
// language, unreadable rows as `history-invalid` at their cell, `eligible` computed from the rules
// sheet's rows alone (a changed row changes the result), `history-gap` at the unit's history,
// and the Summary's `Đủ điều kiện đề nghị` column only when there are rules.
import { evaluateWorkbook } from "../../src/core";
import { parseNeeded, readAwardRules } from "../../src/core/read/awardRules";
import { readHistory } from "../../src/core/read/history";
import { IssueList } from "../../src/core/read/sheet";
import { buildSummarySheet } from "../../src/core/sheets/summary";
import type { CellValue, Evaluation, SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { buildTemplateSheets } from "../../src/core/sheets/template";
import { CLUSTER18_CRITERIA, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { EXAMPLE_RULE } from "../../src/core/schema/history";
import { cleanEntries, sheet, workbook, type Row } from "../support/workbook";
import { OPTIONS } from "../support/sheets-fixtures";

const HISTORY_VI: Row = ["Năm", "Đơn vị", "Xếp loại", "Khen thưởng", "Số quyết định"];
const HISTORY_EN: Row = ["Year", "Unit", "Classification", "Award", "Decision no."];
const RULES_VI: Row = ["Khen thưởng", "Số năm liên tục", "Xếp loại tối thiểu", "Cần có trong giai đoạn"];
const RULES_EN: Row = ["Award", "Consecutive years", "Lowest classification", "Needed in those years"];

const FLAG = "Cờ thi đua của UBND tỉnh";
const CERTIFICATE = "Bằng khen của Chủ tịch UBND tỉnh";
const GOVERNMENT_FLAG = "Cờ thi đua của Chính phủ";
const NEEDED = `1 × ${FLAG} hoặc 2 x ${CERTIFICATE}`;

const historySheet = (rows: Row[], header = HISTORY_VI, name = "Lịch sử thi đua") =>
  sheet(name, [["LỊCH SỬ THI ĐUA"], [], header, ...rows]);
const rulesSheet = (rows: Row[], header = RULES_VI, name = "Điều kiện khen thưởng") => sheet(name, [["ĐIỀU KIỆN"], [], header, ...rows]);

/**
 * A year review of 2025 with three units: A scores 27 (Xuất sắc, the flag), B 25 (Tốt, a
 * certificate), C 18 (Khá, nothing). Thresholds on SMALL_CRITERIA's scale.
 */
function year2025(history: Row[] | null, rules: Row[] | null, period = "Năm 2025"): WorkbookSnapshot {
  const keys: Array<[string, CellValue]> = [
    ["Tên cụm thi đua", "Cụm 18"],
    ["Kỳ đánh giá", period],
    ["Ngưỡng Xuất sắc", 26],
    ["Ngưỡng Tốt", 25],
    ["Ngưỡng Khá", 15],
    ["Ngưỡng Trung bình", 10],
  ];
  const book = workbook(
    { A: cleanEntries(), B: { ...cleanEntries(), "I.3": { self: 2 } }, C: { ...cleanEntries(), "I.3": { self: 0 }, "II.2": { self: 0 } } },
    { keys },
  );
  if (history) book.sheets.push(historySheet(history));
  if (rules) book.sheets.push(rulesSheet(rules));
  return book;
}

const eligibleOf = (evaluation: Evaluation) => Object.fromEntries(evaluation.report.units.map((u) => [u.unit, u.eligible]));
const issuesOf = (evaluation: Evaluation, rule: string) =>
  evaluation.report.issues.filter((i) => i.rule === rule).map((i) => [i.sheet, i.cell, i.message]);

/** Two full past years for every unit: A excellent with decided certificates, B good, C fair. */
const FULL_HISTORY: Row[] = [
  [2023, "A", "Xuất sắc", CERTIFICATE, "12/QĐ-UBND"],
  [2023, "B", "Tốt", null, null],
  [2023, "C", "Khá", null, null],
  [2024, "A", "Xuất sắc", CERTIFICATE, "34/QĐ-UBND"],
  [2024, "B", "Tốt", CERTIFICATE, "35/QĐ-UBND"],
  [2024, "C", "Khá", null, null],
];

describe("reading the award history and the rules (§9.2)", () => {
  it.each([
    ["Vietnamese", HISTORY_VI, RULES_VI],
    ["English", HISTORY_EN, RULES_EN],
  ])("reads both sheets with %s headers alike", (_language, historyHeader, rulesHeader) => {
    const issues = new IssueList();
    const history = readHistory(
      historySheet(
        [
          [2024, "Nam Sông Mã", "Excellent", FLAG, 77],
          [2023, "Lam Sơn", null, null, null],
        ],
        historyHeader,
      ),
      issues,
    );
    const rules = readAwardRules(
      rulesSheet(
        [
          [GOVERNMENT_FLAG, 5, "Xuất sắc", NEEDED],
          ["Khác", "2", "Good", null],
        ],
        rulesHeader,
      ),
      issues,
    );
    expect(issues.items).toEqual([]);
    expect(history.records.map(({ unitCell: _cell, ...record }) => record)).toEqual([
      { year: 2024, unit: "Nam Sông Mã", classification: "excellent", award: FLAG, decisionNo: "77" },
      { year: 2023, unit: "Lam Sơn", classification: null, award: null, decisionNo: null },
    ]);
    expect(rules).toEqual([
      {
        award: GOVERNMENT_FLAG,
        years: 5,
        lowest: "excellent",
        needed: [
          { count: 1, award: FLAG },
          { count: 2, award: CERTIFICATE },
        ],
      },
      { award: "Khác", years: 2, lowest: "good", needed: [] },
    ]);
  });

  it("reads a needed text's alternatives with × or x, with or without spaces, in either language", () => {
    expect(parseNeeded("2×Bằng khen or 3 x Cờ")).toEqual([
      { count: 2, award: "Bằng khen" },
      { count: 3, award: "Cờ" },
    ]);
    expect(parseNeeded("Cờ thi đua  HOẶC  1 X Bằng khen")).toEqual([
      { count: 1, award: "Cờ thi đua" },
      { count: 1, award: "Bằng khen" },
    ]);
    expect(parseNeeded("0 × Cờ")).toBeNull();
    expect(parseNeeded("Cờ hoặc")).toBeNull();
    expect(parseNeeded("2 ×")).toBeNull();
  });

  it("makes each unreadable row history-invalid at its cell, and leaves it out", () => {
    const evaluation = evaluateWorkbook(
      year2025(
        [
          [2024, "A", "Xuất sắc", null, null],
          ["năm ngoái", "A", "Tốt", null, null],
          [2023, null, "Tốt", FLAG, null],
          [2022, "B", "Giỏi", null, null],
        ],
        [
          [GOVERNMENT_FLAG, 0, "Xuất sắc", null],
          [null, 3, "Tốt", null],
          ["X", 2, "Rất tốt", null],
          ["Y", 2, "Tốt", "1 × "],
          ["Z", 1, "Tốt", null],
        ],
      ),
    );
    const invalid = issuesOf(evaluation, "history-invalid");
    expect(invalid.map(([sheetName, cell]) => `${sheetName}!${cell}`)).toEqual([
      "Điều kiện khen thưởng!B4",
      "Điều kiện khen thưởng!A5",
      "Điều kiện khen thưởng!C6",
      "Điều kiện khen thưởng!D7",
      "Lịch sử thi đua!A5",
      "Lịch sử thi đua!B6",
      "Lịch sử thi đua!C7",
    ]);
    expect(invalid[0][2]).toMatch(/^Trang Điều kiện khen thưởng: Số năm liên tục "0" không hợp lệ/);
    expect(invalid[4][2]).toMatch(/Năm "năm ngoái" không phải là năm/);
    expect(invalid[6][2]).toMatch(/Xếp loại "Giỏi" không hợp lệ: chọn một trong Xuất sắc, Tốt/);
    expect(evaluation.awardRules?.map((rule) => rule.award)).toEqual(["Z"]);
    const english = evaluateWorkbook(year2025([["x", "A", null, null, null]], null), { language: "en" });
    expect(issuesOf(english, "history-invalid")[0][2]).toMatch(
      /^Sheet Lịch sử thi đua: Year "x" is not a year: write the year in 4 digits/,
    );
  });

  it("says a sheet without its header cannot be read, at A1", () => {
    const book = year2025(null, null);
    book.sheets.push(sheet("Award history", [["2024", "A"]]));
    expect(issuesOf(evaluateWorkbook(book), "history-invalid").map(([s, c]) => `${s}!${c}`)).toEqual(["Award history!A1"]);
  });
});

describe("eligible (§9.2)", () => {
  it("names the awards whose rule a unit meets, from the rules sheet's rows", () => {
    const evaluation = evaluateWorkbook(year2025(FULL_HISTORY, [[GOVERNMENT_FLAG, 3, "Xuất sắc", NEEDED]]));
    // A: excellent three years, 2 decided certificates (and this year's flag).
    expect(eligibleOf(evaluation)).toEqual({ A: [GOVERNMENT_FLAG], B: [], C: [] });
    expect(evaluation.report.issues).toEqual([]);
  });

  it("counts the current year's proposed award, and only history rows with a decision number", () => {
    const needsTwoFlags = (history: Row[]) =>
      eligibleOf(evaluateWorkbook(year2025(history, [[GOVERNMENT_FLAG, 2, "Xuất sắc", `2 × ${FLAG}`]])));
    expect(needsTwoFlags([[2024, "A", "Xuất sắc", FLAG, null]]).A).toEqual([]);
    expect(needsTwoFlags([[2024, "A", "Xuất sắc", FLAG, "9/QĐ"]]).A).toEqual([GOVERNMENT_FLAG]);
    // This year's flag alone meets a rule needing one, over one year.
    expect(eligibleOf(evaluateWorkbook(year2025(null, [["Một năm", 1, "Xuất sắc", `1 × ${FLAG}`]]))).A).toEqual(["Một năm"]);
  });

  it("takes either alternative separated by hoặc", () => {
    const rules = [["Bằng khen của Thủ tướng", 2, "Tốt", `1 × ${FLAG} hoặc 2 × ${CERTIFICATE}`]];
    // A: this year's flag; B: this year's certificate and 2024's decided one.
    expect(eligibleOf(evaluateWorkbook(year2025(FULL_HISTORY, rules)))).toEqual({
      A: ["Bằng khen của Thủ tướng"],
      B: ["Bằng khen của Thủ tướng"],
      C: [],
    });
  });

  it("finds a unit's rows by its name or its sheet's, as §3 compares names", () => {
    const evaluation = evaluateWorkbook(year2025([[2024, " a ", "Xuất sắc", null, null]], [["R", 2, "Xuất sắc", null]]));
    expect(eligibleOf(evaluation).A).toEqual(["R"]);
  });

  it("warns history-gap at the unit's history for a year missing inside a rule's window, and the unit is not eligible", () => {
    const history = FULL_HISTORY.filter((row) => !(row[0] === 2023 && row[1] === "A"));
    const evaluation = evaluateWorkbook(year2025(history, [[GOVERNMENT_FLAG, 3, "Xuất sắc", NEEDED]]));
    expect(eligibleOf(evaluation).A).toEqual([]);
    const gaps = issuesOf(evaluation, "history-gap");
    // At A's first row (B6: the 2024 row, third in the table after the header on row 3).
    expect(gaps.map(([s, c]) => `${s}!${c}`)).toEqual(["Lịch sử thi đua!B6"]);
    expect(gaps[0][2]).toMatch(/đơn vị "A" thiếu năm 2023/);
    // A unit with no row at all has its gap at the history's Đơn vị header.
    const none = evaluateWorkbook(year2025([[2024, "B", "Tốt", null, null]], [["R", 2, "Tốt", null]]));
    expect(issuesOf(none, "history-gap").map(([s, c, m]) => `${s}!${c} ${/"(\w)"/.exec(m as string)?.[1]}`)).toEqual([
      "Lịch sử thi đua!B3 A",
      "Lịch sử thi đua!B3 C",
    ]);
  });

  it("changes with a rule row, and no code change", () => {
    const evaluate = (rule: Row) => eligibleOf(evaluateWorkbook(year2025(FULL_HISTORY, [rule])));
    expect(evaluate([GOVERNMENT_FLAG, 3, "Xuất sắc", NEEDED]).A).toEqual([GOVERNMENT_FLAG]);
    expect(evaluate([GOVERNMENT_FLAG, 4, "Xuất sắc", NEEDED]).A).toEqual([]);
    expect(evaluate([GOVERNMENT_FLAG, 3, "Xuất sắc", `3 × ${CERTIFICATE}`]).A).toEqual([]);
    expect(evaluate([GOVERNMENT_FLAG, 3, "Tốt", `1 × ${CERTIFICATE}`])).toEqual({ A: [GOVERNMENT_FLAG], B: [GOVERNMENT_FLAG], C: [] });
  });

  it("judges nothing at a half-year review", () => {
    const evaluation = evaluateWorkbook(year2025(null, [["R", 1, "Khá", null]], "6 tháng đầu năm 2025"));
    expect(eligibleOf(evaluation)).toEqual({ A: [], B: [], C: [] });
    expect(evaluation.report.issues).toEqual([]);
  });
});

describe("the Summary's Đủ điều kiện đề nghị column (§9.2)", () => {
  const headers = (evaluation: Evaluation) => buildSummarySheet(evaluation, OPTIONS).values.flat();

  it("is there only when the rules sheet has rows, with each unit's awards", () => {
    const withRules = evaluateWorkbook(year2025(FULL_HISTORY, [[GOVERNMENT_FLAG, 3, "Xuất sắc", NEEDED]]));
    expect(headers(withRules)).toContain("Đủ điều kiện đề nghị");
    expect(headers(withRules)).toContain(GOVERNMENT_FLAG);
    expect(headers(evaluateWorkbook(year2025(FULL_HISTORY, null)))).not.toContain("Đủ điều kiện đề nghị");
    expect(headers(evaluateWorkbook(year2025(FULL_HISTORY, [])))).not.toContain("Đủ điều kiện đề nghị");
    expect(headers(evaluateWorkbook(year2025(FULL_HISTORY, [[GOVERNMENT_FLAG, 3, "Xuất sắc", NEEDED]]), { language: "en" }))).toContain(
      "Eligible for",
    );
  });
});

describe("the template's history sheets (§9.2)", () => {
  it.each(["vi", "en"] as const)("offers both sheets empty in %s, the example rule in the instruction lines only", (language) => {
    const layouts = buildTemplateSheets({ criteria: CLUSTER18_CRITERIA, settings: CLUSTER18_SETTINGS, language });
    const [history, rules] = layouts.slice(-2);
    const example = rules.values.flat().find((value) => typeof value === "string" && value.includes(EXAMPLE_RULE[language][3]));
    expect(example).toBeDefined();
    const snapshot = (layout: SheetLayout) => ({ name: layout.name, cells: layout.values as CellValue[][], merges: layout.merges });
    const issues = new IssueList();
    expect(readHistory(snapshot(history), issues).records).toEqual([]);
    expect(readAwardRules(snapshot(rules), issues)).toEqual([]);
    expect(issues.items).toEqual([]);
    // The same rule typed under the header is read: the example is worded as one would type it.
    const typed = snapshot(rules);
    typed.cells = [...typed.cells, [...EXAMPLE_RULE[language]]];
    expect(readAwardRules(typed, issues).map((rule) => [rule.award, rule.years, rule.lowest, rule.needed.length])).toEqual([
      [EXAMPLE_RULE[language][0], 5, "excellent", 2],
    ]);
  });
});
