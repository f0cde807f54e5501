// A pure function of the evaluation: no DOM needed.
import { groupIssues } from "../../src/taskpane/issueGroups";
import { evaluation, issue, unit } from "./builders";

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

  it("matches unit issues by value, not by object identity", () => {
    const unitIssue = issue();
    const result = evaluation({ units: [unit("A", "A", {}, [unitIssue])] });
    result.report.issues = [{ ...unitIssue }];
    expect(groupIssues(result).map((g) => g.unit)).toEqual(["A"]);
  });
});
