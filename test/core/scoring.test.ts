// Scores (spec §4), ranking, classification and awards (spec §5), table-driven.
import { classify, DEFAULT_SETTINGS, evaluateWorkbook, rankUnits, roundHalfAway, parseNumberText } from "../../src/core";
import type { RankInput } from "../../src/core/score/rank";
import type { CriteriaTable, Criterion, Settings } from "../../src/core/model/types";
import { applicableMax, scoreUnit } from "../../src/core/score/score";
import type { CriterionEntry } from "../../src/core/read/unitSheet";
import { cleanEntries, workbook, type Entry } from "../support/workbook";

/** Unit A's report line when its entries are changed from the clean ones (clean total: 27). */
function scoreA(changes: Record<string, Entry>) {
  const { report } = evaluateWorkbook(workbook({ A: { ...cleanEntries(), ...changes } }));
  return report.units[0];
}

describe("points and subtotals", () => {
  const cases: Array<[string, Record<string, Entry>, Record<string, number | null>]> = [
    ["a plan at its target counts its max", {}, { I: 19, total: 27 }],
    ["a plan above its target is capped at max", { "I.1": { target: 100, actual: 130, evidence: "x" } }, { I: 19, total: 27 }],
    ["a plan below target counts max × rate", { "I.1": { target: 200, actual: 170, evidence: "x" } }, { I: 17.5, total: 25.5 }],
    ["a plan exactly at the floor still counts", { "I.1": { target: 100, actual: 80, evidence: "x" } }, { I: 17, total: 25 }],
    ["a plan under the floor counts 0", { "I.1": { target: 1000, actual: 799.9 } }, { I: 9, total: 17 }],
    ["a group is capped at its max", { "I.3": { self: 5 }, "I.1": { target: 100, actual: 100, evidence: "x" } }, { I: 20, total: 28 }],
    ["weights multiply the points", { "II.2": { self: 3 } }, { II: 9, total: 28 }],
    ["a count is quantity × points per item, capped at max", { "II.1": { quantity: 10 } }, { II: 9, total: 28 }],
    ["a verified score replaces the self score", { "I.3": { self: 4, verified: 2, note: "Thiếu hồ sơ" } }, { I: 17, total: 25 }],
    ["a verified yes/no may be the points", { "I.2": { self: "Đạt", verified: 0, note: "Không đạt" } }, { I: 14, total: 22 }],
    ["a verified 1 on a yes/no row is yes", { "I.2": { self: "Không", verified: 1, note: "Đạt" } }, { I: 19, total: 27 }],
    [
      "bonus is added, capped at the bonus group's max",
      { "V.1": { self: "Có", evidence: "QĐ 1" }, "V.2": { self: 4 } },
      { bonus: 5, total: 32 },
    ],
    ["deduction is subtracted", { "VI.1": { quantity: 2, evidence: "CV 3" } }, { deduction: 4, total: 23 }],
    ["subtotals round half away from zero", { "I.1": { target: 3, actual: 2.6001, evidence: "x" } }, { I: 17.67, total: 25.67 }],
  ];

  it.each(cases)("%s", (_title, changes, expected) => {
    const unit = scoreA(changes);
    expect(unit.status).toBe("ranked");
    for (const [key, value] of Object.entries(expected)) {
      const actual = key === "total" || key === "bonus" || key === "deduction" ? unit[key] : unit.groups?.[key];
      expect(actual).toBeCloseTo(value as number, 10);
    }
  });

  it("reports maxTotal as the regular groups' maxima, or their criteria's max × weight", () => {
    expect(evaluateWorkbook(workbook({ A: cleanEntries() })).report.maxTotal).toBe(30);
  });

  it("averages plan completion over usable self targets and actuals", () => {
    const unit = scoreA({ "I.1": { target: 100, actual: 97, evidence: "x" } });
    expect(unit.completionRate).toBe(97);
    expect(unit.allTargetsMet).toBe(false);
  });

  it("marks a unit disqualified when a disqualifying criterion counts", () => {
    const unit = scoreA({ "VI.2": { self: "Có", evidence: "BB 1" } });
    expect(unit.disqualified).toBe(true);
    expect(unit.deduction).toBe(3);
  });
});

describe("number reading", () => {
  it.each([
    ["8,5", 8.5],
    [" 7.25 ", 7.25],
    ["-1", -1],
    ["1.000", 1000],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["0,25", 0.25],
  ])("reads %p as %p", (text, value) => expect(parseNumberText(text)).toBe(value));

  it.each(["tám", "8,5 điểm", "1.2.3", "", "--1", "1,2,3"])("reads %p as no number", (text) => expect(parseNumberText(text)).toBeNull());

  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [-2.345, -2.35],
    [0.125, 0.13],
    [95.37, 95.37],
  ])("rounds %p half away from zero to %p", (value, rounded) => expect(roundHalfAway(value)).toBe(rounded));
});

function unit(order: number, total: number, extra: Partial<RankInput> = {}): RankInput {
  return {
    order,
    total,
    groups: { I: 40 },
    bonus: 0,
    deduction: 0,
    completionRate: 100,
    allTargetsMet: true,
    disqualified: false,
    ...extra,
  };
}
const settings = (changes: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

describe("ranking", () => {
  it("orders by total, high first, and skips ranks after a tie (1, 2, 2, 4)", () => {
    const units = [unit(0, 80), unit(1, 95), unit(2, 80), unit(3, 70)];
    const { outcomes, order } = rankUnits(units, settings());
    expect(order).toEqual([1, 0, 2, 3]);
    expect(outcomes.map((o) => o.rank)).toEqual([2, 1, 2, 4]);
    expect(outcomes.map((o) => o.tied)).toEqual([true, false, true, false]);
  });

  const tieBreaks: Array<[string, Partial<RankInput>, Partial<RankInput>]> = [
    ["group I's subtotal first", { groups: { I: 45 } }, { groups: { I: 44 } }],
    ["then higher plan completion", { completionRate: 103 }, { completionRate: 101 }],
    ["then fewer deduction points", { deduction: 0 }, { deduction: 1 }],
    ["then more bonus", { bonus: 2 }, { bonus: 1 }],
  ];
  it.each(tieBreaks)("breaks equal totals by %s", (_title, better, worse) => {
    const { outcomes, order } = rankUnits([unit(0, 90, worse), unit(1, 90, better)], settings());
    expect(order).toEqual([1, 0]);
    expect(outcomes.map((o) => [o.rank, o.tied])).toEqual([
      [2, false],
      [1, false],
    ]);
  });

  it("follows the order of keys the settings give", () => {
    const tieBreak = [{ kind: "bonus" as const }, { kind: "deduction" as const }];
    const { order } = rankUnits([unit(0, 90, { deduction: 0, bonus: 1 }), unit(1, 90, { deduction: 2, bonus: 3 })], settings({ tieBreak }));
    expect(order).toEqual([1, 0]);
  });

  it("keeps list order among units equal on every key", () => {
    const { order, outcomes } = rankUnits([unit(0, 90), unit(1, 90), unit(2, 90)], settings());
    expect(order).toEqual([0, 1, 2]);
    expect(outcomes.every((o) => o.rank === 1 && o.tied)).toBe(true);
  });
});

describe("classification", () => {
  const cases: Array<[number, Partial<RankInput>, string]> = [
    [90, {}, "excellent"],
    [89.99, {}, "good"],
    [80, {}, "good"],
    [65, {}, "fair"],
    [50, {}, "average"],
    [49.99, {}, "not-completed"],
    [95, { allTargetsMet: false }, "good"],
    [95, { disqualified: true }, "good"],
  ];
  it.each(cases)("classifies a total of %p (%p) as %p", (total, extra, expected) => {
    expect(classify(unit(0, total, extra), settings())).toBe(expected);
  });

  it("does not require all targets when the setting says no", () => {
    expect(classify(unit(0, 95, { allTargetsMet: false }), settings({ excellentRequiresAllTargets: false }))).toBe("excellent");
  });
});

describe("awards", () => {
  const award = (units: RankInput[], changes: Partial<Settings> = {}) => rankUnits(units, settings(changes)).outcomes.map((o) => o.award);

  it("gives flags, then certificates, in rank order", () => {
    expect(award([unit(0, 99), unit(1, 97), unit(2, 95), unit(3, 93)])).toEqual(["flag", "certificate", "certificate", null]);
  });

  it("sends a tie across the flag quota to a vote and uses the quota up", () => {
    expect(award([unit(0, 97), unit(1, 97), unit(2, 95)])).toEqual(["vote-flag", "vote-flag", "certificate"]);
  });

  it("gives a tie that fits the quota the award each", () => {
    expect(award([unit(0, 99), unit(1, 97), unit(2, 97)], { certificateQuota: 2 })).toEqual(["flag", "certificate", "certificate"]);
  });

  it("sends a tie across the certificate quota to a vote", () => {
    expect(award([unit(0, 99), unit(1, 97), unit(2, 96), unit(3, 96)])).toEqual([
      "flag",
      "certificate",
      "vote-certificate",
      "vote-certificate",
    ]);
  });

  it("passes over a disqualified leader without blocking the units below", () => {
    expect(award([unit(0, 99, { disqualified: true }), unit(1, 95), unit(2, 92)])).toEqual([null, "flag", "certificate"]);
  });

  it("gives a flag only to excellent units, a certificate to good ones too", () => {
    expect(award([unit(0, 95, { allTargetsMet: false }), unit(1, 85), unit(2, 70)])).toEqual(["certificate", "certificate", null]);
  });

  it("gives nothing, not a vote, for a quota of 0", () => {
    expect(award([unit(0, 97), unit(1, 97)], { flagQuota: 0, certificateQuota: 0 })).toEqual([null, null]);
  });
});

describe("scoreUnit's applicable maximum (§7.1)", () => {
  const criterion = (code: string, max: number): Criterion => ({
    code,
    name: code,
    type: "score",
    max,
    weight: 1,
    perItem: null,
    planFloor: 0,
    evidenceRequired: false,
    disqualifies: false,
    mayBeNotApplicable: true,
    groupCode: "I",
  });
  // Group I's criteria add up to 30 but it is capped at 20; group II has no cap.
  const criteria: CriteriaTable = {
    groups: [
      { code: "I", name: "I", kind: "group", max: 20, criteria: [criterion("I.1", 10), criterion("I.2", 10), criterion("I.3", 10)] },
      { code: "II", name: "II", kind: "group", max: null, criteria: [criterion("II.1", 10), criterion("II.2", 10)] },
    ],
  };
  const entry = (c: Criterion, row: number, notApplicable: boolean): CriterionEntry => ({
    criterion: c,
    row,
    points: notApplicable ? 0 : 5,
    selfPoints: 5,
    plainSelfPoints: 5,
    planRate: null,
    notApplicable,
    selfNotApplicable: false,
    reviewed: false,
    reviewCol: 0,
  });
  const entriesWith = (notApplicable: string[]) =>
    new Map(criteria.groups.flatMap((g) => g.criteria).map((c, row) => [c.code, entry(c, row, notApplicable.includes(c.code))] as const));

  it.each([
    ["none", [], 40],
    ["one in the capped group: the rest still reaches the cap", ["I.1"], 40],
    ["two in the capped group: below the cap", ["I.1", "I.2"], 30],
    ["one in the uncapped group: the capped one keeps its cap", ["II.1"], 30],
  ])("not applicable: %s", (_, notApplicable, expected) => {
    const entries = entriesWith(notApplicable);
    expect(scoreUnit(criteria, entries, "points")?.applicableMax).toBe(expected);
    expect(applicableMax(criteria, entries, "points")).toBe(expected);
    // The unit's own inputs mark nothing, so their maximum is the whole table's.
    expect(scoreUnit(criteria, entries, "selfPoints")?.applicableMax).toBe(40);
  });
});
