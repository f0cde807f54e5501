// The conference's decision (spec §7.4, §7.7): the example with a Bình xét sheet, changed one
// cell at a time, and decideAwards on its own for what the example cannot show (a tie at the
// quota edge).
import * as path from "path";
import { evaluateWorkbook, issueMessage } from "../../src/core";
import { decideAwards, readConference, type ConferenceUnit } from "../../src/core/score/conference";
import { buildSummarySheet } from "../../src/core/sheets";
import type { CellValue, Report, SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/read";

const EXAMPLE = path.resolve(__dirname, "../fixtures/examples/example-year-conference.xlsx");
let original: WorkbookSnapshot;

beforeAll(async () => {
  original = await readWorkbookFile(EXAMPLE);
}, 60_000);

/** The example with some cells of one sheet changed (A1 addresses). */
function changed(sheetName: string, cells: Record<string, CellValue>): WorkbookSnapshot {
  const sheets = original.sheets.map((s) => {
    if (s.name !== sheetName) return s;
    const copy: SheetSnapshot = { ...s, cells: s.cells.map((r) => r.slice()) };
    for (const [a1, value] of Object.entries(cells)) {
      const col = a1.charCodeAt(0) - 65;
      const row = Number(a1.slice(1)) - 1;
      while (copy.cells.length <= row) copy.cells.push([]);
      copy.cells[row][col] = value;
    }
    return copy;
  });
  return { sheets };
}

const conferenceIssues = (report: Report) =>
  report.issues.filter((i) => i.sheet === "Bình xét").map((i) => `${i.severity} ${i.rule} ${i.cell}`);
const decisions = (report: Report) => report.units.map((u) => u.decision);

describe("the Bình xét sheet (spec §7.4)", () => {
  it("takes the decisions and votes of a clean conference, with only decision-differs warnings", () => {
    const report = evaluateWorkbook(original).report;
    expect(conferenceIssues(report)).toEqual(["warning decision-differs E12", "warning decision-differs E14"]);
    expect(decisions(report)).toEqual(["flag", "certificate", "none", "certificate", "none"]);
    expect(report.units[0].votes).toEqual({ flag: 5, certificate: 0, members: 5 });
    // The conference's issues count for no unit.
    expect(report.units.every((u) => u.warnings === 0 && u.errors === 0)).toBe(true);
  });

  it("is not a unit sheet", () => {
    const report = evaluateWorkbook(original).report;
    expect(report.units.map((u) => u.sheet)).not.toContain("Bình xét");
    expect(report.issues.filter((i) => i.rule === "unlisted-sheet")).toEqual([]);
  });

  it.each([
    ["a date that is not a date", { B3: "32/13/2025" }, "B3"],
    ["members present not a whole number", { B7: 4.5 }, "B7"],
    ["members present zero", { B7: 0 }, "B7"],
    ["more members present than the cluster's five units", { B7: 6 }, "B7"],
    ["members present 1e308", { B7: 1e308 }, "B7"],
    ["an unknown unit", { B12: "Không có" }, "B12"],
    ["a repeated unit", { B12: "Cấp nước" }, "B12"],
    ["votes above the members present", { C10: 6 }, "C10"],
    ["votes not whole", { D11: 2.5 }, "D11"],
    ["votes negative", { D11: -1 }, "D11"],
    ["votes 1e308 with no members present", { B7: null, C10: 1e308 }, "C10"],
    ["an unknown decision", { E10: "Huân chương" }, "E10"],
  ])("reports conference-invalid at its cell for %s, and takes no decision", (_what, cells, cell) => {
    const report = evaluateWorkbook(changed("Bình xét", cells)).report;
    const errors = conferenceIssues(report).filter((i) => i.startsWith("error"));
    expect(errors).toEqual([`error conference-invalid ${cell}`]);
    expect(decisions(report)).toEqual([null, null, null, null, null]);
    expect(report.units.every((u) => u.votes === null)).toBe(true);
    // After conference-invalid no other decision rule runs (§7.7).
    expect(conferenceIssues(report).filter((i) => i.includes("decision-"))).toEqual([]);
  });

  it("requires the members present when a decision is given", () => {
    const report = evaluateWorkbook(changed("Bình xét", { B7: null })).report;
    expect(conferenceIssues(report)).toEqual(["error conference-invalid B7"]);
    expect(decisions(report)).toEqual([null, null, null, null, null]);
  });

  it("reads a blank vote as 0 votes", () => {
    const report = evaluateWorkbook(changed("Bình xét", { D13: null })).report;
    expect(report.units.find((u) => u.sheet === "Sông Chu")?.votes).toEqual({ flag: 0, certificate: 0, members: 5 });
  });

  it("reports decision-below-threshold at the decision cell, and voids every decision", () => {
    // 3 of 5 votes is 60 %: below a 60 % threshold (it must be above), and 2 of 5 below the default 50 %.
    const report = evaluateWorkbook(changed("Bình xét", { D12: 2 })).report;
    expect(conferenceIssues(report)).toContain("error decision-below-threshold E12");
    expect(decisions(report)).toEqual([null, null, null, null, null]);
    expect(report.units.every((u) => u.votes === null)).toBe(true);
    // Warnings found before still stand (§7.7).
    expect(conferenceIssues(report)).toContain("warning decision-differs E14");
  });

  it("reads the vote threshold from Settings like the plan floor (a fraction, or a percent)", () => {
    const book = changed("Thiết lập", { A17: "Tỷ lệ phiếu tối thiểu", B17: 0.8 });
    // Nam Sông Mã has 4 of 5 votes: 80 %, not above 80 %.
    expect(conferenceIssues(evaluateWorkbook(book).report)).toContain("error decision-below-threshold E12");
    const percent = changed("Thiết lập", { A17: "Tỷ lệ phiếu tối thiểu", B17: "75%" });
    expect(conferenceIssues(evaluateWorkbook(percent).report).filter((i) => i.startsWith("error"))).toEqual([]);
  });

  it("reports decision-over-quota at the first decision past the quota", () => {
    // A third certificate: MEDLATEC (row 14) comes after the two the quota allows.
    const report = evaluateWorkbook(changed("Bình xét", { D14: 5, E14: "Bằng khen" })).report;
    expect(conferenceIssues(report).filter((i) => i.startsWith("error"))).toEqual(["error decision-over-quota E14"]);
    expect(decisions(report)).toEqual([null, null, null, null, null]);
  });

  it("reports decision-ineligible for a flag to a unit not excellent", () => {
    // Sông Chu is classed Good: a certificate is allowed, a flag is not.
    const flag = evaluateWorkbook(changed("Bình xét", { C13: 5, E13: "Cờ thi đua", E10: "Không" })).report;
    expect(conferenceIssues(flag).filter((i) => i.startsWith("error"))).toEqual(["error decision-ineligible E13"]);
    expect(decisions(flag)).toEqual([null, null, null, null, null]);
    const certificate = evaluateWorkbook(changed("Bình xét", { D13: 5, E13: "Bằng khen", E12: "Không" })).report;
    expect(conferenceIssues(certificate).filter((i) => i.startsWith("error"))).toEqual([]);
    expect(certificate.units.find((u) => u.sheet === "Sông Chu")?.decision).toBe("certificate");
  });

  it("leaves a blank decision undecided, and still reports its votes", () => {
    const report = evaluateWorkbook(changed("Bình xét", { E14: null })).report;
    const medlatec = report.units.find((u) => u.sheet === "MEDLATEC");
    expect(medlatec?.decision).toBeNull();
    expect(medlatec?.votes).toEqual({ flag: 0, certificate: 1, members: 5 });
    expect(conferenceIssues(report)).toEqual(["warning decision-differs E12"]);
  });

  it("is ignored at a half-year review", () => {
    const report = evaluateWorkbook(changed("Thiết lập", { B4: "6 tháng đầu năm 2024" })).report;
    expect(report.reviewKind).toBe("half-year");
    expect(decisions(report)).toEqual([null, null, null, null, null]);
    expect(report.units.every((u) => u.votes === null)).toBe(true);
    expect(conferenceIssues(report)).toEqual([]);
  });

  it("is not read when the ranking is not complete", () => {
    const report = evaluateWorkbook(changed("Thiết lập", { C23: "Không có sheet" })).report;
    expect(report.complete).toBe(false);
    expect(decisions(report).every((d) => d === null)).toBe(true);
    expect(conferenceIssues(report)).toEqual([]);
  });

  it("says in both languages how to fix a decision", () => {
    const vi = issueMessage("decision-below-threshold", { award: "flag", votes: 2, members: 5, threshold: 50 }, "vi");
    const en = issueMessage("decision-below-threshold", { award: "flag", votes: 2, members: 5, threshold: 50 }, "en");
    expect(vi).toMatch(/2\/5/);
    expect(vi).toMatch(/hãy sửa/);
    expect(en).toMatch(/correct the decision/);
    expect(issueMessage("conference-invalid", { problem: "decision", value: "X" }, "en")).toMatch(/Unknown decision "X"/);
  });
});

describe("decideAwards on its own", () => {
  const unit = (
    name: string,
    award: ConferenceUnit["award"],
    classification: ConferenceUnit["classification"] = "excellent",
  ): ConferenceUnit => ({
    name,
    sheetName: name,
    classification,
    disqualified: false,
    award,
  });
  // Two units, so at most two members present (the bound of §7.4 as docs/workbook.md reads it).
  const sheet = (rows: CellValue[][]): SheetSnapshot => ({
    name: "Conference",
    merges: [],
    cells: [["Members present", 2], [], ["No.", "Unit", "Flag votes", "Certificate votes", "Decision"], ...rows],
  });
  const settings = { voteThreshold: 50, flagQuota: 1, certificateQuota: 2 };

  it("does not call a tie at the quota edge resolved by the vote a difference", () => {
    const units = [unit("A", "vote-flag"), unit("B", "vote-flag")];
    const reading = readConference(
      sheet([
        [1, "A", 2, 0, "Flag"],
        [2, "B", 0, 0, "None"],
      ]),
      units,
    );
    const outcome = decideAwards(settings, units, reading);
    expect(outcome.issues).toEqual([]);
    expect(outcome.decisions).toEqual(["flag", "none"]);
    expect(outcome.votes[0]).toEqual({ flag: 2, certificate: 0, members: 2 });
    expect(outcome.details.decided).toBe(true);
  });

  it("calls a certificate for a vote-flag unit a difference", () => {
    const units = [unit("A", "vote-flag"), unit("B", "vote-flag")];
    const outcome = decideAwards(
      settings,
      units,
      readConference(
        sheet([
          [1, "A", 2, 0, "Flag"],
          [2, "B", 0, 2, "Certificate"],
        ]),
        units,
      ),
    );
    expect(outcome.issues.map((i) => `${i.rule} ${i.cell?.row}:${i.cell?.col}`)).toEqual(["decision-differs 4:4"]);
    expect(outcome.decisions).toEqual(["flag", "certificate"]);
  });

  it("calls a disqualified unit ineligible, and `None` never", () => {
    const units = [{ ...unit("A", null), disqualified: true }, unit("B", null, "average")];
    const flag = decideAwards(
      settings,
      units,
      readConference(
        sheet([
          [1, "A", 2, 0, "Flag"],
          [2, "B", 0, 0, "None"],
        ]),
        units,
      ),
    );
    expect(flag.issues.filter((i) => i.severity === "error").map((i) => i.rule)).toEqual(["decision-ineligible"]);
    expect(flag.decisions).toEqual([null, null]);
    const none = decideAwards(
      settings,
      units,
      readConference(
        sheet([
          [1, "A", 0, 0, "None"],
          [2, "B", 0, 0, "None"],
        ]),
        units,
      ),
    );
    expect(none.issues).toEqual([]);
    expect(none.decisions).toEqual(["none", "none"]);
  });
});

describe("the summary with a conference (spec §7.4)", () => {
  const date = { year: 2025, month: 3, day: 1 };

  it("adds the Kết quả bình xét column after the proposal, and dates the summary on the conference day", () => {
    const layout = buildSummarySheet(evaluateWorkbook(original), { date });
    const cells = layout.values.flat().filter((v): v is string => typeof v === "string");
    expect(cells).toContain("Kết quả bình xét");
    expect(cells).toContain("Cờ thi đua của UBND tỉnh (5/5 phiếu)");
    expect(cells).toContain("Bằng khen của Chủ tịch UBND tỉnh (4/5 phiếu)");
    expect(cells.some((c) => c.includes("ngày 15 tháng 01 năm 2025"))).toBe(true);
    const header = layout.values.find((row) => row.includes("Đề nghị khen thưởng")) ?? [];
    expect(header.indexOf("Kết quả bình xét")).toBe(header.indexOf("Đề nghị khen thưởng") + 1);
  });

  it("has no decision column when the decisions are void", () => {
    const layout = buildSummarySheet(evaluateWorkbook(changed("Bình xét", { E10: "Huân chương" })), { date });
    expect(layout.values.flat()).not.toContain("Kết quả bình xét");
  });

  it("speaks English too", () => {
    const layout = buildSummarySheet(evaluateWorkbook(original, { language: "en" }), { date });
    const cells = layout.values.flat().filter((v): v is string => typeof v === "string");
    expect(cells).toContain("Conference decision");
    expect(cells.some((c) => /\(5\/5 votes\)$/.test(c))).toBe(true);
  });
});

describe("the Summary's notes after the vote (spec §8.2)", () => {
  const date = { year: 2025, month: 3, day: 1 };
  /** Each unit's Notes cell, by the unit's name, from the Summary of a workbook. */
  function notesOf(workbook: WorkbookSnapshot, language?: "en"): Record<string, unknown> {
    const layout = buildSummarySheet(evaluateWorkbook(workbook, language ? { language } : {}), { date });
    const header = layout.values.find((row) => row.includes(language ? "Notes" : "Ghi chú")) ?? [];
    const [unitCol, notesCol] = [header.indexOf(language ? "Unit" : "Đơn vị"), header.indexOf(language ? "Notes" : "Ghi chú")];
    const rows = layout.values.filter((row) => typeof row[0] === "number");
    return Object.fromEntries(
      rows.map((row) => [String(row[unitCol]).replace(/^Công ty (TNHH |Cổ phần )?(MTV )?/, ""), row[notesCol] ?? null]),
    );
  }

  it("says where the decision differs from the proposal, with the votes, and keeps no reason it overrides", () => {
    expect(notesOf(original)).toEqual({
      "Lam Sơn - Thanh Hóa": null,
      "Cấp nước Thanh Hóa": null,
      // Proposed a certificate, decided Không: the votes it had for the certificate.
      "MEDLATEC Thanh Hóa": "Hội nghị quyết định Không (1/5 phiếu), khác đề nghị theo điểm",
      // No proposal (the quota ran out), decided a certificate: no `hết chỉ tiêu khen thưởng` beside it.
      "Thủy lợi Nam Sông Mã":
        "Hội nghị quyết định Bằng khen của Chủ tịch UBND tỉnh (4/5 phiếu), khác đề nghị theo điểm; quy đổi từ 87,5/90 điểm",
      // A reason about the classification, which no decision changes, stays.
      "Sông Chu": "Đủ điểm Xuất sắc nhưng chưa đạt mọi chỉ tiêu kế hoạch",
    });
  });

  it("speaks English too", () => {
    const notes = notesOf(original, "en");
    expect(notes["MEDLATEC Thanh Hóa"]).toBe("Conference decided None (1/5 votes), not the score-based proposal");
    expect(notes["Thủy lợi Nam Sông Mã"]).toBe(
      "Conference decided Certificate of Merit of the Provincial Chairman (4/5 votes), not the score-based proposal; converted from 87.5/90 points",
    );
  });

  it("shows the votes of a Không that agrees with no proposal, when the unit had some", () => {
    // Sông Chu (Good, no proposal) gets 2 certificate votes of 5, and the Không stands.
    const row = original.sheets.find((s) => s.name === "Bình xét")!.cells.findIndex((r) => String(r[1] ?? "").includes("Sông Chu"));
    const notes = notesOf(changed("Bình xét", { [`D${row + 1}`]: 2 }));
    expect(notes["Sông Chu"]).toBe("Hội nghị quyết định Không (2/5 phiếu); Đủ điểm Xuất sắc nhưng chưa đạt mọi chỉ tiêu kế hoạch");
  });

  it("keeps the score-based reasons when the decisions are void", () => {
    const notes = notesOf(changed("Bình xét", { E10: "Huân chương" }));
    expect(notes["Thủy lợi Nam Sông Mã"]).toBe("hết chỉ tiêu khen thưởng; quy đổi từ 87,5/90 điểm");
    expect(notes["MEDLATEC Thanh Hóa"]).toBeNull();
  });
});
