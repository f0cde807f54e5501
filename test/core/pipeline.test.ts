// Each step of evaluateWorkbook on its own (src/core/run: setup → units → scores → standings →
// report), called with small inputs and checked on its own output.
import { codeKey, DEFAULT_SETTINGS, issueMessage, scoreUnit } from "../../src/core";
import { readSetup, type Setup } from "../../src/core/run/setup";
import { readUnits, type UnitRead } from "../../src/core/run/units";
import { scoreUnits, type ScoredUnit } from "../../src/core/run/scores";
import { rankScoredUnits, type Standings } from "../../src/core/run/standings";
import { buildReport } from "../../src/core/run/report";
import type { RawIssue } from "../../src/core/read/sheet";
import type { UnitScores } from "../../src/core/score/score";
import type { Settings, WorkbookSnapshot } from "../../src/core/model/types";
import type { CriterionEntry } from "../../src/core/read/unitSheet";
import {
  cleanEntries,
  criteriaSheet,
  DEFAULT_KEYS,
  settingsSheet,
  sheet,
  unitSheet,
  workbook,
  withSheet,
  type Entry,
} from "../support/workbook";

const rules = (issues: RawIssue[]) => issues.map((i) => `${i.severity} ${i.rule} ${i.sheet}`);

/** The units step's output for a workbook, through the setup step. */
function unitsOf(book: WorkbookSnapshot) {
  const setup = readSetup(book);
  return { setup, ...readUnits(setup) };
}

describe("readSetup (spec §1–§2: criteria, settings, units list)", () => {
  it("reads the criteria and settings and leaves the other sheets as unit candidates", () => {
    const setup = readSetup(workbook({ A: cleanEntries(), B: cleanEntries() }));
    expect(setup.criteria?.groups.map((g) => g.code)).toEqual(["I", "II", "V", "VI"]);
    expect(setup.criteriaIndex).not.toBeNull();
    expect(setup.settings.clusterName).toBe("Cụm thi đua số 18");
    expect(setup.settings.units?.map((u) => u.sheet)).toEqual(["A", "B"]);
    expect(setup.settingsValid).toBe(true);
    expect(setup.settingsSheetName).toBe("Thiết lập");
    expect(setup.unitSheetCandidates.map((s) => s.name)).toEqual(["A", "B"]);
    expect(setup.issues).toEqual([]);
  });

  it("never reads the output sheets, so a second run reads what the first one read", () => {
    const book = workbook({ A: cleanEntries() });
    const withOutputs: WorkbookSnapshot = { sheets: [sheet("Tổng hợp", [["x"]]), ...book.sheets, sheet("Issues", [["x"]])] };
    const setup = readSetup(withOutputs);
    expect(setup.workbook.sheets.map((s) => s.name)).toEqual(["Tiêu chí", "Thiết lập", "A"]);
    expect(setup.unitSheetCandidates.map((s) => s.name)).toEqual(["A"]);
  });

  it("knows outputs by their mark: a listed unit sheet named like an output is read, a marked sheet of any name is not", () => {
    const book = workbook({ A: cleanEntries(), Details: cleanEntries(), "Kiểm tra": cleanEntries() });
    const marked = { ...sheet("Details (2)", [["Đơn vị", "Tổng điểm"]]), outputMark: true };
    const setup = readSetup({ sheets: [marked, ...book.sheets] });
    expect(setup.unitSheetCandidates.map((s) => s.name)).toEqual(["A", "Details", "Kiểm tra"]);
    const { units, unlistedIssues } = readUnits(setup);
    expect(units.map((u) => [u.sheetName, u.issues.length, u.reading !== null])).toEqual([
      ["A", 0, true],
      ["Details", 0, true],
      ["Kiểm tra", 0, true],
    ]);
    expect(unlistedIssues).toEqual([]);
  });

  it("takes an unmarked sheet named like an output, not in the units list, for an output written before marks", () => {
    const book = workbook({ A: cleanEntries() });
    const old = unitSheet("Details", cleanEntries());
    const setup = readSetup({ sheets: [...book.sheets, old] });
    expect(setup.unitSheetCandidates.map((s) => s.name)).toEqual(["A"]);
    expect(readUnits(setup).unlistedIssues).toEqual([]);
    // Without a units list every unit table counts, but an output's name still says "old output".
    const unlisted = readSetup({ sheets: [...workbook({ A: cleanEntries() }, { list: false }).sheets, old] });
    expect(readUnits(unlisted).units.map((u) => u.sheetName)).toEqual(["A"]);
  });

  it("a marked sheet is an output even when the units list names it", () => {
    const book = workbook({ A: cleanEntries(), Details: cleanEntries() });
    const sheets = book.sheets.map((s) => (s.name === "Details" ? { ...s, outputMark: true } : s));
    const { units } = readUnits(readSetup({ sheets }));
    expect(units.map((u) => [u.sheetName, u.issues.map((i) => i.rule)])).toEqual([
      ["A", []],
      ["Details", ["missing-sheet"]],
    ]);
  });

  it("reads a merged area as its top-left cell only", () => {
    const book = workbook({ A: cleanEntries() });
    const merged = sheet("Ghi chú", [["Tiêu đề", "bóng"]], ["A1:B1"]);
    const setup = readSetup({ sheets: [...book.sheets, merged] });
    expect(setup.workbook.sheets[3].cells[0]).toEqual(["Tiêu đề", null]);
  });

  it("takes the caller's language over the Settings sheet's", () => {
    const book = workbook({ A: cleanEntries() }, { keys: [...DEFAULT_KEYS, ["Ngôn ngữ báo cáo", "en"]] });
    expect(readSetup(book).language).toBe("en");
    expect(readSetup(book, "vi").language).toBe("vi");
  });

  it("without a Criteria sheet, has no criteria and a criteria-invalid issue", () => {
    const setup = readSetup({ sheets: [settingsSheet(DEFAULT_KEYS, null), unitSheet("A")] });
    expect(setup.criteria).toBeNull();
    expect(setup.criteriaIndex).toBeNull();
    expect(rules(setup.issues)).toEqual(["error criteria-invalid null"]);
  });

  it("without a Settings sheet, has the default settings and no units list", () => {
    const setup = readSetup({ sheets: [criteriaSheet(), unitSheet("A")] });
    expect(setup.settingsSheetName).toBeNull();
    expect(setup.settings.units).toBeNull();
    expect(setup.settings.flagQuota).toBe(DEFAULT_SETTINGS.flagQuota);
    expect(setup.unitSheetCandidates.map((s) => s.name)).toEqual(["A"]);
  });

  it("marks the settings invalid after a settings-invalid error", () => {
    const setup = readSetup(workbook({ A: cleanEntries() }, { keys: [...DEFAULT_KEYS, ["Số Cờ thi đua", "một"]] }));
    expect(setup.settingsValid).toBe(false);
    expect(rules(setup.issues)).toEqual(["error settings-invalid Thiết lập"]);
  });
});

describe("readUnits (spec §2 unit sheets, §3 checks)", () => {
  it("takes exactly the listed units, in list order, matching sheet names ignoring case", () => {
    const book = workbook({ B: cleanEntries(), A: cleanEntries() });
    const relisted = withSheet(
      book,
      settingsSheet(DEFAULT_KEYS, [
        { name: "Đơn vị A", sheet: "a" },
        { name: "Đơn vị B", sheet: "B" },
      ]),
    );
    const { units, unlistedIssues } = unitsOf(relisted);
    expect(units.map((u) => [u.name, u.sheetName, u.order])).toEqual([
      ["Đơn vị A", "A", 0],
      ["Đơn vị B", "B", 1],
    ]);
    expect(units.every((u) => u.reading !== null)).toBe(true);
    expect(unlistedIssues).toEqual([]);
  });

  it("gives a listed unit without a sheet a missing-sheet error on the Settings sheet, at its sheet cell", () => {
    const book = withSheet(
      workbook({ A: cleanEntries() }),
      settingsSheet(DEFAULT_KEYS, [
        { name: "A", sheet: "A" },
        { name: "Z", sheet: "Z" },
      ]),
    );
    const { units } = unitsOf(book);
    expect(units[1]).toMatchObject({ name: "Z", sheetName: "Z", order: 1, reading: null });
    expect(units[1].issues).toEqual([
      { severity: "error", rule: "missing-sheet", sheet: "Thiết lập", cell: { row: 7, col: 2 }, criterion: null, params: { name: "Z" } },
    ]);
  });

  it("warns about a unit table on a sheet the list leaves out, for no unit", () => {
    const book = workbook({ A: cleanEntries() });
    const { units, unlistedIssues } = unitsOf({ sheets: [...book.sheets, unitSheet("Extra"), sheet("Notes", [["ghi chú"]])] });
    expect(units.map((u) => u.sheetName)).toEqual(["A"]);
    expect(rules(unlistedIssues)).toEqual(["warning unlisted-sheet Extra"]);
  });

  it("without a list, takes every sheet with a unit table in tab order, named as the sheet states", () => {
    const book: WorkbookSnapshot = {
      sheets: [criteriaSheet(), unitSheet("B", cleanEntries(), { statedName: "Công ty B" }), sheet("Notes", [["x"]]), unitSheet("A")],
    };
    const { units, unlistedIssues } = unitsOf(book);
    expect(units.map((u) => [u.name, u.sheetName, u.order])).toEqual([
      ["Công ty B", "B", 0],
      ["A", "A", 1],
    ]);
    expect(unlistedIssues).toEqual([]);
  });

  it("warns when the sheet states another name than the list", () => {
    const book = withSheet(workbook({ A: cleanEntries() }), unitSheet("A", cleanEntries(), { statedName: "Công ty khác" }));
    const [unit] = unitsOf(book).units;
    expect(unit.name).toBe("A");
    expect(rules(unit.issues)).toEqual(["warning unit-name-mismatch A"]);
  });

  it("gives a listed sheet without a unit table a no-table error", () => {
    const book = withSheet(workbook({ A: cleanEntries() }), sheet("A", [["Không có bảng"]]));
    const [unit] = unitsOf(book).units;
    expect(unit.reading).toBeNull();
    expect(rules(unit.issues)).toEqual(["error no-table A"]);
  });

  it("reads every criterion row against the criteria, with the row's issues", () => {
    const [unit] = unitsOf(workbook({ A: { ...cleanEntries(), "I.3": { self: 9 } } })).units;
    expect(unit.reading?.entries.get(codeKey("I.3"))?.row).toBe(9);
    expect(unit.reading?.entries.size).toBe(9);
    expect(rules(unit.issues)).toEqual(["error out-of-range A"]);
  });

  it("finds the unit but reads nothing without criteria", () => {
    const setup = readSetup(workbook({ A: cleanEntries() }));
    const { units } = readUnits({ ...setup, criteria: null, criteriaIndex: null });
    expect(units).toMatchObject([{ name: "A", sheetName: "A", reading: null, issues: [] }]);
  });
});

describe("scoreUnits (spec §4)", () => {
  /** The units of a one-unit workbook whose unit A has these entries (and these extra rows). */
  function readA(entries: Record<string, Entry>, extraRows: Array<Record<string, string | number | null>> = []) {
    const book = withSheet(workbook({ A: entries }), unitSheet("A", entries, { extraRows }));
    return unitsOf(book);
  }

  it("scores a unit without errors from its counted points, with its completion", () => {
    const { setup, units } = readA(cleanEntries());
    const [scored] = scoreUnits(setup, units);
    const entries = units[0].reading?.entries as Map<string, CriterionEntry>;
    expect(scored.scores).toEqual(scoreUnit(setup.criteria!, entries, "points"));
    expect(scored.scores?.total).toBe(27);
    expect(scored).toMatchObject({ name: "A", sheetName: "A", order: 0, completionRate: 100, allTargetsMet: true, disqualified: false });
    expect(scored.entries).toBe(entries);
  });

  it("does not score a unit with an error, but still works out its completion", () => {
    const { setup, units } = readA({ ...cleanEntries(), "I.3": { self: 9 }, "I.1": { target: 100, actual: 50, evidence: "x" } });
    const [scored] = scoreUnits(setup, units);
    expect(scored.scores).toBeNull();
    expect(scored.completionRate).toBe(50);
    expect(scored.allTargetsMet).toBe(false);
  });

  it("scores nobody when the settings are invalid", () => {
    const { setup, units } = readA(cleanEntries());
    const [scored] = scoreUnits({ ...setup, settingsValid: false }, units);
    expect(scored.scores).toBeNull();
    expect(scored.completionRate).toBe(100);
  });

  it("marks a unit disqualified when a disqualifying criterion counts", () => {
    const { setup, units } = readA({ ...cleanEntries(), "VI.2": { self: "Có" } });
    expect(scoreUnits(setup, units)[0].disqualified).toBe(true);
  });

  it("leaves a unit that was not read without scores, completion or entries", () => {
    const unread: UnitRead = { name: "Z", sheetName: "Z", order: 3, reading: null, issues: [] };
    const { setup } = readA(cleanEntries());
    const [scored] = scoreUnits(setup, [unread]);
    expect(scored).toMatchObject({ name: "Z", sheetName: "Z", order: 3, scores: null, completionRate: null, allTargetsMet: false });
    expect(scored.entries.size).toBe(0);
  });

  it("checks the sheet's own total after the unit's other issues, without changing its input", () => {
    const { setup, units } = readA({ ...cleanEntries(), "I.3": { self: "4,0" } }, [
      { Mã: null, "Nội dung tiêu chí": "Tổng cộng", "Tự chấm": 1 },
    ]);
    const before = rules(units[0].issues);
    const [scored] = scoreUnits(setup, units);
    expect(before).toEqual(["warning text-number A"]);
    expect(rules(units[0].issues)).toEqual(before);
    expect(scored.issues.map((i) => i.rule)).toEqual(["text-number", "total-mismatch"]);
    expect(scored.issues[1].cell).toEqual({ row: 19, col: 6 });
    expect(scored.scores).not.toBeNull();
  });

  it("is content with an own total that matches the self inputs", () => {
    const { setup, units } = readA(cleanEntries());
    const selfTotal = scoreUnit(setup.criteria!, units[0].reading!.entries, "selfPoints")!.total;
    const matching = readA(cleanEntries(), [{ Mã: null, "Nội dung tiêu chí": "Tổng cộng", "Tự chấm": selfTotal }]);
    expect(scoreUnits(matching.setup, matching.units)[0].issues).toEqual([]);
    const asText = readA(cleanEntries(), [{ Mã: null, "Nội dung tiêu chí": "Tổng cộng", "Tự chấm": String(selfTotal) }]);
    expect(rules(scoreUnits(asText.setup, asText.units)[0].issues)).toEqual(["warning text-number A"]);
  });
});

/** A unit after scoring, as the ranking step sees it. */
function scoredUnit(name: string, order: number, total: number | null, extra: Partial<ScoredUnit> = {}): ScoredUnit {
  const scores: UnitScores | null =
    total === null ? null : { groups: { I: total }, bonus: 0, deduction: 0, converted: total, applicableMax: 100, total };
  return {
    name,
    sheetName: name,
    order,
    entries: new Map(),
    scores,
    completionRate: null,
    allTargetsMet: true,
    disqualified: false,
    notApplicable: [],
    applicableMax: 100,
    selfTotal: total,
    review: "none",
    issues: [],
    ...extra,
  };
}

describe("rankScoredUnits (spec §5)", () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, thresholds: { excellent: 90, good: 80, fair: 65, average: 50 } };

  it("ranks the units with scores by total and leaves the others in list order, proposing no award while some are not ranked (§7.6)", () => {
    const units = [scoredUnit("A", 0, 82), scoredUnit("X", 1, null), scoredUnit("B", 2, 95), scoredUnit("Y", 3, null)];
    const standings = rankScoredUnits(settings, units);
    expect(standings.ranked.map((r) => [r.unit.name, r.outcome.rank, r.outcome.classification, r.outcome.award])).toEqual([
      ["B", 1, "excellent", null],
      ["A", 2, "good", null],
    ]);
    expect(standings.notRanked.map((u) => u.name)).toEqual(["X", "Y"]);
    expect(standings.ranked[1].unit).toBe(units[0]);
  });

  it("proposes awards when every unit is ranked at a year review, and none at a half-year review (§7.3)", () => {
    const units = [scoredUnit("A", 0, 82), scoredUnit("B", 1, 95)];
    const awards = (s: Settings) => rankScoredUnits(s, units).ranked.map((r) => r.outcome.award);
    expect(awards({ ...settings, reviewKind: "year" })).toEqual(["flag", "certificate"]);
    expect(awards({ ...settings, reviewKind: "half-year" })).toEqual([null, null]);
  });

  it("gives tied units one rank and keeps their list order", () => {
    const units = [scoredUnit("A", 0, 70), scoredUnit("B", 1, 85), scoredUnit("C", 2, 85)];
    const standings = rankScoredUnits(settings, units);
    expect(standings.ranked.map((r) => [r.unit.name, r.outcome.rank, r.outcome.tied])).toEqual([
      ["B", 1, true],
      ["C", 1, true],
      ["A", 3, false],
    ]);
  });

  it("keeps a disqualified unit from Excellent", () => {
    const standings = rankScoredUnits(settings, [scoredUnit("A", 0, 95, { disqualified: true })]);
    expect(standings.ranked[0].outcome.classification).toBe("good");
  });

  it("ranks nobody when no unit has scores", () => {
    expect(rankScoredUnits(settings, [scoredUnit("X", 0, null)])).toEqual({
      ranked: [],
      notRanked: [expect.objectContaining({ name: "X" })],
    });
  });
});

describe("buildReport (spec §6)", () => {
  const raw = (rule: RawIssue["rule"], sheetName: string | null, severity: RawIssue["severity"] = "error"): RawIssue => ({
    severity,
    rule,
    sheet: sheetName,
    cell: sheetName ? { row: 2, col: 1 } : null,
    criterion: null,
    params: { name: sheetName ?? "" },
  });
  const setup: Pick<Setup, "criteria" | "settings" | "language" | "issues"> = {
    criteria: readSetup(workbook({ A: cleanEntries() })).criteria,
    settings: { ...DEFAULT_SETTINGS, clusterName: "Cụm 1", period: "2024" },
    language: "en",
    issues: [raw("settings-invalid", "Thiết lập")],
  };

  it("lists the units ranked first, then the not-ranked, and issues from setup, each unit in list order, then unlisted", () => {
    const a = scoredUnit("A", 0, 70, { issues: [raw("text-number", "A", "warning")] });
    const x = scoredUnit("X", 1, null, { issues: [raw("no-table", "X")] });
    const b = scoredUnit("B", 2, 90);
    const standings: Standings = rankScoredUnits(setup.settings, [a, x, b]);
    const { report, units } = buildReport(setup, [a, x, b], standings, [raw("unlisted-sheet", "Extra", "warning")]);
    expect(report.units.map((u) => [u.unit, u.status, u.rank])).toEqual([
      ["B", "ranked", 1],
      ["A", "ranked", 2],
      ["X", "not-ranked", null],
    ]);
    expect(report.issues.map((i) => `${i.rule} ${i.sheet}!${i.cell}`)).toEqual([
      "settings-invalid Thiết lập!B3",
      "text-number A!B3",
      "no-table X!B3",
      "unlisted-sheet Extra!B3",
    ]);
    expect(report.issues[3].message).toBe(issueMessage("unlisted-sheet", { name: "Extra" }, "en"));
    expect(units.map((u) => u.result)).toEqual(report.units);
    expect(units[1].issues.map((i) => i.rule)).toEqual(["text-number"]);
    expect(report).toMatchObject({ schemaVersion: 3, cluster: "Cụm 1", period: "2024", language: "en", maxTotal: 30 });
    // §9.1: the leader and the superior body from Settings; no conference read, no date.
    expect(report).toMatchObject({ leader: setup.settings.leaderUnit, superior: setup.settings.parentBody, conferenceDate: null });
  });

  it("gives a not-ranked unit null scores, but its completion and issue counts", () => {
    const x = scoredUnit("X", 0, null, {
      completionRate: 80,
      allTargetsMet: false,
      issues: [raw("no-table", "X"), raw("text-number", "X", "warning")],
    });
    const { report } = buildReport(setup, [x], { ranked: [], notRanked: [x] }, []);
    expect(report.units[0]).toEqual({
      unit: "X",
      sheet: "X",
      status: "not-ranked",
      errors: 1,
      warnings: 1,
      groups: null,
      bonus: null,
      deduction: null,
      total: null,
      completionRate: 80,
      allTargetsMet: false,
      disqualified: false,
      rank: null,
      tied: false,
      classification: null,
      award: null,
      notApplicable: [],
      applicableMax: 100,
      converted: null,
      selfTotal: null,
      review: "none",
      decision: null,
      votes: null,
      eligible: [],
    });
  });

  it("gives each unit its counted points by criterion code, in the criteria's order, ranked or not", () => {
    const book = workbook({ A: cleanEntries(), B: { ...cleanEntries(), "I.3": { self: "bốn" } } });
    const setupAB = readSetup(book);
    const scored = scoreUnits(setupAB, readUnits(setupAB).units);
    const { units } = buildReport(setupAB, scored, rankScoredUnits(setupAB.settings, scored), []);
    expect(units.map((u) => u.result.status)).toEqual(["ranked", "not-ranked"]);
    expect(Object.keys(units[0].points)).toEqual(["I.1", "I.2", "I.3", "II.1", "II.2", "V.1", "V.2", "VI.1", "VI.2"]);
    expect([units[0].points["I.3"], units[0].points["V.1"]]).toEqual([4, 0]);
    expect([units[1].points["I.3"], units[1].points["II.2"]]).toEqual([null, 2.5]);
  });

  it("takes more issues than a function call takes arguments", () => {
    // 200,000 arguments overflow V8's default stack; a workbook can hold that many issues.
    const many: RawIssue[] = [];
    for (let i = 0; i < 200_000; i++) many.push(raw("text-number", "A", "warning"));
    const a = scoredUnit("A", 0, 70, { issues: many });
    const { report } = buildReport(setup, [a], rankScoredUnits(setup.settings, [a]), [raw("unlisted-sheet", "Extra", "warning")]);
    expect(report.issues).toHaveLength(200_002);
    expect(report.units[0].warnings).toBe(200_000);
  }, 60_000);
});
