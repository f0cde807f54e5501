// A pure function of the evaluation: no DOM needed.
import { groupIssues } from "../../src/taskpane/issueGroups";
import { evaluation, issue, unit } from "../support/paneBuilders";

describe("groupIssues", () => {
  it("returns no groups for a clean workbook", () => {
    expect(groupIssues(evaluation({ units: [unit("A", "A")] }))).toEqual([]);
  });

  it("puts issues that belong to no unit in a first group without unit or sheet", () => {
    const settings = issue({ rule: "settings-invalid", sheet: "Thiết lập", cell: "B7" });
    const groups = groupIssues(evaluation({ workbookIssues: [settings], units: [unit("A", "A", {}, [issue()])] }));
    expect(groups.map((g) => [g.unit, g.sheet, g.issues.length])).toEqual([
      [null, null, 1],
      ["A", "A", 1],
    ]);
    expect(groups[0].issues[0]).toBe(settings);
  });

  it("counts errors and warnings per group", () => {
    const groups = groupIssues(
      evaluation({ units: [unit("A", "A", {}, [issue(), issue({ cell: "G13" }), issue({ severity: "warning", rule: "text-number" })])] }),
    );
    expect(groups[0]).toMatchObject({ errors: 2, warnings: 1 });
  });

  it("tells a workbook issue from an identical unit issue by counting copies", () => {
    // The same finding (say, two blank keys on Settings reported alike) can appear more than once.
    const same = issue({ rule: "missing-sheet", sheet: "Thiết lập", cell: "D21" });
    const result = evaluation({ workbookIssues: [{ ...same }], units: [unit("A", "A", { status: "not-ranked" }, [{ ...same }])] });
    const groups = groupIssues(result);
    expect(groups.map((g) => [g.unit, g.issues.length])).toEqual([
      [null, 1],
      ["A", 1],
    ]);
  });

  it("puts the Conference sheet's decision issues in their own group, after the workbook's", () => {
    const settings = issue({ rule: "settings-invalid", sheet: "Thiết lập", cell: "B7", criterion: null });
    const decisions = (["conference-invalid", "decision-below-threshold", "decision-over-quota", "decision-ineligible"] as const).map(
      (rule, i) => issue({ rule, sheet: "Bình xét", cell: `E${10 + i}`, criterion: null }),
    );
    const differs = issue({ severity: "warning", rule: "decision-differs", sheet: "Bình xét", cell: "E14", criterion: null });
    const groups = groupIssues(evaluation({ workbookIssues: [settings, ...decisions, differs], units: [unit("A", "A", {}, [issue()])] }));
    expect(groups.map((g) => [g.kind, g.unit, g.sheet, g.issues.length, g.errors, g.warnings])).toEqual([
      ["workbook", null, null, 1, 1, 0],
      ["conference", null, "Bình xét", 5, 4, 1],
      ["unit", "A", "A", 1, 1, 0],
    ]);
    expect(groups[1].issues.map((i) => i.cell)).toEqual(["E10", "E11", "E12", "E13", "E14"]);
  });

  it("matches unit issues by value, not by object identity", () => {
    const unitIssue = issue();
    const result = evaluation({ units: [unit("A", "A", {}, [unitIssue])] });
    result.report.issues = [{ ...unitIssue }];
    expect(groupIssues(result).map((g) => g.unit)).toEqual(["A"]);
  });
});
