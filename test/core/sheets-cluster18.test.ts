import { settingsUnitSheetCell } from "../../src/core/sheets/template";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { badLeaves } from "../support/sheets-fixtures";

const criteria = CLUSTER18_CRITERIA.groups.flatMap((group) => group.criteria);
const byCode = (code: string) => {
  const found = criteria.find((one) => one.code === code);
  if (!found) throw new Error(`no criterion ${code}`);
  return found;
};

describe("Cluster 18 defaults", () => {
  it("has the six groups of the sample, with their kinds and caps", () => {
    expect(CLUSTER18_CRITERIA.groups.map((g) => [g.code, g.kind, g.max, g.criteria.length])).toEqual([
      ["I", "group", 50, 6],
      ["II", "group", 20, 5],
      ["III", "group", 20, 5],
      ["IV", "group", 10, 3],
      ["V", "bonus-group", 10, 4],
      ["VI", "deduction-group", null, 5],
    ]);
  });

  it("has regular groups worth 100 points, each group's criteria adding up to its cap", () => {
    const regular = CLUSTER18_CRITERIA.groups.filter((g) => g.kind === "group");
    expect(regular.reduce((sum, g) => sum + (g.max ?? 0), 0)).toBe(100);
    for (const g of regular) expect(g.criteria.reduce((sum, c) => sum + c.max * c.weight, 0)).toBe(g.max);
  });

  it.each([
    ["I.1", { type: "plan", max: 10, planFloor: 80, evidenceRequired: true, perItem: null }],
    ["I.4", { type: "yesno", max: 6, planFloor: 0, evidenceRequired: true }],
    ["I.5", { type: "plan", max: 6, planFloor: 80, evidenceRequired: false }],
    ["II.3", { type: "score", max: 4, evidenceRequired: false }],
    ["III.5", { type: "count", max: 3, perItem: 0.5, evidenceRequired: true }],
    ["V.3", { type: "count", max: 2, perItem: 0.5 }],
    ["VI.3", { type: "count", max: 9, perItem: 3, disqualifies: false }],
    ["VI.4", { type: "yesno", max: 5, disqualifies: true, evidenceRequired: true }],
    ["VI.5", { type: "yesno", max: 3, disqualifies: true }],
  ])("copies %s from the sample", (code, expected) => {
    expect(byCode(code)).toMatchObject(expected);
  });

  it("fills the spec's defaults and points each criterion at its group", () => {
    for (const group of CLUSTER18_CRITERIA.groups) {
      for (const c of group.criteria) {
        expect(c.groupCode).toBe(group.code);
        expect(c.weight).toBe(1);
        expect(c.code.startsWith(`${group.code}.`)).toBe(true);
        if (c.type === "count") expect(c.perItem).toBeGreaterThan(0);
        else expect(c.perItem).toBeNull();
        if (c.type !== "plan") expect(c.planFloor).toBe(0);
      }
    }
  });

  it("has an English name for every group and criterion", () => {
    const codes = CLUSTER18_CRITERIA.groups.flatMap((g) => [g.code, ...g.criteria.map((c) => c.code)]);
    expect(Object.keys(CLUSTER18_NAMES_EN).sort()).toEqual([...codes].sort());
    expect(CLUSTER18_NAMES_EN["VI.2"]).toBe("Unexcused absence from a cluster meeting (2 points each time)");
  });

  it("has the sample's settings with the parent body and place", () => {
    expect(CLUSTER18_SETTINGS).toMatchObject({
      clusterName: "Cụm thi đua số 18",
      period: "6 tháng đầu năm 2024",
      leaderUnit: "Công ty TNHH Lam Sơn - Thanh Hóa",
      thresholds: { excellent: 90, good: 80, fair: 65, average: 50 },
      excellentRequiresAllTargets: true,
      flagQuota: 1,
      certificateQuota: 2,
      tieBreak: [{ kind: "group", code: "I" }, { kind: "completion" }, { kind: "deduction" }, { kind: "bonus" }],
      language: "vi",
      parentBody: "UBND TỈNH THANH HÓA",
      place: "Thanh Hóa",
    });
  });

  it("lists the seven units in the sample's order, each with the template's sheet cell", () => {
    const units = CLUSTER18_SETTINGS.units ?? [];
    expect(units.map((u) => [u.no, u.sheet])).toEqual([
      [1, "Nam Sông Mã"],
      [2, "Môi trường đô thị"],
      [3, "Cấp nước"],
      [4, "Sông Chu"],
      [5, "Bắc Sông Mã"],
      [6, "Lam Sơn"],
      [7, "MEDLATEC"],
    ]);
    units.forEach((unit, index) => expect(unit.sheetCell).toEqual(settingsUnitSheetCell(index)));
    expect(units.find((u) => u.sheet === "Lam Sơn")?.name).toBe(CLUSTER18_SETTINGS.leaderUnit);
  });

  it("holds no undefined, NaN or Infinity", () => {
    expect(badLeaves(CLUSTER18_CRITERIA)).toEqual([]);
    expect(badLeaves(CLUSTER18_SETTINGS)).toEqual([]);
  });
});
