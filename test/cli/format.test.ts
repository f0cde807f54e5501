import { DEFAULT_SETTINGS } from "../../src/core";
import type { Evaluation, Issue, Report, UnitEvaluation, UnitResult } from "../../src/core/model/types";
import {
  formatConferenceErrors,
  formatDecisions,
  formatIssues,
  formatPapers,
  formatRanking,
  formatTotal,
  issuePlace,
} from "../../src/cli/format";
import { unitResult } from "../support/unitResult";
import { conferenceDetails } from "../support/paneBuilders";

/** A ranked unit of 50 points, through the one shared builder. */
function unit(overrides: Partial<UnitResult>): UnitResult {
  return unitResult({ unit: "Đơn vị", sheet: "Sheet", groups: { I: 50 }, bonus: 0, deduction: 0, total: 50, ...overrides });
}

function issue(overrides: Partial<Issue>): Issue {
  return {
    severity: "error",
    rule: "out-of-range",
    sheet: "B",
    cell: "G18",
    criterion: "II.4",
    message: "4 is outside 0 – 3",
    ...overrides,
  };
}

const units: UnitResult[] = [
  unit({ unit: "Công ty Cấp nước", sheet: "Cấp nước", total: 97.5, rank: 1, tied: true, award: "vote-flag" }),
  unit({ unit: "Công ty Môi trường đô thị", sheet: "Môi trường", total: 97.5, rank: 1, tied: true, award: "vote-flag", warnings: 1 }),
  unit({ unit: "Sông Chu", sheet: "Sông Chu", total: 81.255, rank: 3, classification: "good", award: "certificate" }),
  unit({
    unit: "Công ty Nam Sông Mã",
    sheet: "Nam Sông Mã",
    status: "not-ranked",
    errors: 2,
    total: null,
    rank: null,
    classification: null,
    groups: null,
  }),
];
const setupIssue = issue({
  severity: "warning",
  rule: "unlisted-sheet",
  sheet: "Ghi chú",
  cell: null,
  criterion: null,
  message: "not in the list",
});
const unitIssues: Record<string, Issue[]> = {
  "Nam Sông Mã": [
    issue({ sheet: "Nam Sông Mã" }),
    issue({ sheet: "Nam Sông Mã", rule: "plan-input", cell: "D10", criterion: "I.3", message: "The target is missing" }),
  ],
  "Môi trường": [
    issue({ severity: "warning", rule: "text-number", sheet: "Môi trường", cell: "G17", criterion: "II.3", message: "read as 3.5" }),
  ],
};
const report: Report = {
  schemaVersion: 3,
  cluster: "Cụm thi đua số 18",
  period: "6 tháng đầu năm 2024",
  language: "vi",
  reviewKind: "year",
  // A formatting fixture: awards beside a not-ranked unit, which the engine would not propose
  // (§7.6); the provisional line is tested on its own below.
  complete: true,
  maxTotal: 100,
  leader: null,
  superior: null,
  conferenceDate: null,
  quota: { flag: 1, certificate: 2 },
  units,
  issues: [setupIssue, ...Object.values(unitIssues).flat()],
};
const evaluation: Evaluation = {
  report,
  criteria: null,
  settings: {
    ...DEFAULT_SETTINGS,
    // List order differs from rank order: the issues follow the list.
    units: ["Nam Sông Mã", "Môi trường", "Cấp nước", "Sông Chu"].map((sheet, i) => ({
      no: i + 1,
      name: sheet,
      sheet,
      sheetCell: { row: 16 + i, col: 2 },
    })),
  },
  units: units.map((result): UnitEvaluation => ({ result, points: {}, issues: unitIssues[result.sheet] ?? [] })),
};

describe("formatTotal", () => {
  it.each([
    [97.5, "en", "97.50"],
    [97.5, "vi", "97,50"],
    [105, "vi", "105,00"],
    [0, "en", "0.00"],
  ] as const)("prints %p in %s as %s", (value, language, text) => {
    expect(formatTotal(value, language)).toBe(text);
  });
});

describe("formatRanking", () => {
  const lines = formatRanking(report, "en");

  it("starts with the cluster and period, then the column heads", () => {
    expect(lines[0]).toBe("Cụm thi đua số 18 · 6 tháng đầu năm 2024");
    expect(lines[1]).toMatch(/^Rank +Unit +Total +Classification +Proposed award$/);
  });

  it("marks shared ranks, prints totals with two decimals and awards in words", () => {
    expect(lines[2]).toMatch(/^ +1= +Công ty Cấp nước +97\.50 +Excellent +Vote: Provincial Emulation Flag$/);
    expect(lines[3]).toMatch(/^ +1= +Công ty Môi trường đô thị +97\.50 +Excellent +Vote: Provincial Emulation Flag$/);
    expect(lines[4]).toMatch(/^ +3 +Sông Chu +81\.26 +Good +Certificate of Merit of the Provincial Chairman$/);
  });

  it("lines the totals up", () => {
    const ends = lines.slice(2, 5).map((line) => line.indexOf("."));
    expect(new Set(ends).size).toBe(1);
  });

  it("lists a unit not ranked with its error count", () => {
    expect(lines[5]).toMatch(/^ +- +Công ty Nam Sông Mã +not ranked: 2 errors$/);
  });

  it("ends with the counts of the whole report", () => {
    expect(lines[lines.length - 1]).toBe("2 errors, 2 warnings.");
  });

  it("speaks Vietnamese", () => {
    const vi = formatRanking(report, "vi");
    expect(vi[1]).toMatch(/^Hạng +Đơn vị +Tổng điểm +Xếp loại +Đề nghị khen thưởng$/);
    expect(vi[2]).toContain("97,50  Xuất sắc  Bỏ phiếu: Cờ thi đua");
    expect(vi[5]).toContain("không xếp hạng: 2 lỗi");
    expect(vi[vi.length - 1]).toBe("2 lỗi, 2 cảnh báo.");
  });

  it("leaves the heading out when the workbook names no cluster or period", () => {
    expect(formatRanking({ ...report, cluster: null, period: null }, "en")[0]).toMatch(/^Rank/);
  });

  it("writes awards under the Settings' names (§7.3)", () => {
    const named = formatRanking(report, "vi", { flagName: "Cờ thi đua của UBND tỉnh Thanh Hóa", certificateName: "Bằng khen UBND tỉnh" });
    expect(named[2]).toMatch(/Bỏ phiếu: Cờ thi đua của UBND tỉnh Thanh Hóa$/);
    expect(named[4]).toMatch(/Tốt +Bằng khen UBND tỉnh$/);
  });

  it("says when the review is half-year, and leaves the award column out (§7.3)", () => {
    const halfYear = formatRanking({ ...report, reviewKind: "half-year", units: report.units.map((u) => ({ ...u, award: null })) }, "vi");
    expect(halfYear[1]).toBe("SƠ KẾT 6 THÁNG");
    expect(halfYear[2]).toMatch(/^Hạng +Đơn vị +Tổng điểm +Xếp loại$/);
  });

  it("says when the ranking is provisional (§7.6)", () => {
    const provisional = formatRanking({ ...report, complete: false }, "vi");
    expect(provisional[1]).toBe("KẾT QUẢ TẠM THỜI — 1 đơn vị chưa được xếp hạng");
    expect(formatRanking(report, "vi")).not.toContainEqual(expect.stringMatching(/TẠM THỜI/));
  });
});

describe("formatIssues", () => {
  const lines = formatIssues(evaluation, "en");

  it("puts issues that belong to no unit first", () => {
    expect(lines.slice(0, 2)).toEqual(["Criteria, settings and other sheets", "  Ghi chú  Warning  unlisted-sheet  not in the list"]);
  });

  it("groups the rest by unit in the units list's order, with each place, rule and message", () => {
    expect(lines.slice(2)).toEqual([
      "Công ty Nam Sông Mã (Nam Sông Mã): 2 errors, 0 warnings",
      "  'Nam Sông Mã'!G18  Error  out-of-range  II.4  4 is outside 0 – 3",
      "  'Nam Sông Mã'!D10  Error  plan-input  I.3  The target is missing",
      "Công ty Môi trường đô thị (Môi trường): 0 errors, 1 warning",
      "  'Môi trường'!G17  Warning  text-number  II.3  read as 3.5",
      "Công ty Cấp nước (Cấp nước): no problems",
      "Sông Chu (Sông Chu): no problems",
      "2 errors, 2 warnings.",
    ]);
  });
});

describe("formatIssues in Vietnamese", () => {
  it("names each check in Vietnamese, never by its id", () => {
    const lines = formatIssues(evaluation, "vi");
    expect(lines).toContain("  'Nam Sông Mã'!G18  Lỗi  ngoài giới hạn cho phép  II.4  4 is outside 0 – 3");
    expect(lines).toContain("  Ghi chú  Cảnh báo  trang tính ngoài danh sách  not in the list");
    expect(lines.join("\n")).not.toMatch(/out-of-range|plan-input|text-number|unlisted-sheet/);
  });
});

describe("issuePlace", () => {
  it.each([
    [{ sheet: "Lam Sơn", cell: "G12" }, "'Lam Sơn'!G12"],
    [{ sheet: "MEDLATEC", cell: "G17" }, "MEDLATEC!G17"],
    [{ sheet: "Lam Sơn", cell: null }, "Lam Sơn"],
    [{ sheet: null, cell: null }, "-"],
  ])("shows %j as %s", (place, text) => {
    expect(issuePlace(issue(place))).toBe(text);
  });
});

describe("after the ranking (§8.2)", () => {
  const votes = (flag: number, certificate: number) => ({ flag, certificate, members: 7 });
  const decided: Report = {
    ...report,
    units: [
      unit({ unit: "Lam Sơn", award: "vote-flag", decision: "flag", votes: votes(6, 0) }),
      unit({ unit: "Công ty Môi trường đô thị", rank: 2, award: null, decision: "certificate", votes: votes(0, 5) }),
      unit({ unit: "Sông Chu", rank: 3, award: "certificate", decision: "none", votes: votes(0, 2) }),
      unit({ unit: "Undecided", rank: 4 }),
    ],
  };

  it("prints each decision with its votes, in rank order, and says which differ from the proposal", () => {
    const names = { flagName: "Cờ thi đua", certificateName: "Bằng khen" };
    expect(formatDecisions(decided, "vi", names)).toEqual([
      "Kết quả bình xét:",
      "  Lam Sơn                    Cờ thi đua (6/7 phiếu)",
      "  Công ty Môi trường đô thị  Bằng khen (5/7 phiếu), khác đề nghị theo điểm",
      "  Sông Chu                   Không (2/7 phiếu), khác đề nghị theo điểm",
    ]);
    expect(formatDecisions(decided, "en", { flagName: "Flag", certificateName: "Certificate" })[2]).toBe(
      "  Công ty Môi trường đô thị  Certificate (5/7 votes), not the score-based proposal",
    );
  });

  it("prints nothing when no decision stands", () => {
    expect(formatDecisions(report, "vi")).toEqual([]);
  });

  it("names the papers written beside the summary, in the run's language", () => {
    const sheets = (...names: string[]) => names.map((name) => ({ name }));
    expect(formatPapers(sheets("Tổng hợp", "Chi tiết", "Kiểm tra", "Biên bản", "Đề nghị khen thưởng"), "vi")).toEqual([
      "Giấy tờ đã lập: Biên bản, Đề nghị khen thưởng",
    ]);
    expect(formatPapers(sheets("Summary", "Details", "Issues", "Nominations"), "en")).toEqual(["Papers written: Nominations"]);
    expect(formatPapers(sheets("Summary", "Details", "Issues"), "en")).toEqual([]);
  });

  it("prints the Conference sheet's errors with their cells, and not its warnings or other sheets' issues", () => {
    const error = issue({ rule: "conference-invalid", sheet: "Bình xét", cell: "C10", criterion: null, message: "votes above 5" });
    const warning = issue({
      severity: "warning",
      rule: "decision-differs",
      sheet: "Bình xét",
      cell: "E12",
      criterion: null,
      message: "differs",
    });
    const withErrors: Evaluation = {
      ...evaluation,
      report: { ...report, issues: [...report.issues, error, warning] },
      conference: conferenceDetails({ members: 5 }),
    };
    expect(formatConferenceErrors(withErrors, "vi")).toEqual([
      'Lỗi trên trang "Bình xét":',
      "  'Bình xét'!C10  Lỗi  trang bình xét không hợp lệ  votes above 5",
    ]);
    expect(formatConferenceErrors(withErrors, "en")[0]).toBe('Errors on the "Bình xét" sheet:');
    expect(formatConferenceErrors(evaluation, "vi")).toEqual([]);
  });
});
