// Links and places name a sheet the way Excel reads it back (issue 10, item 8): a bare name that
// Excel could take for a cell in A1 or R1C1 notation, or a number, is quoted.
import { sheetReference } from "../../src/core/model/address";
import { issuePlace } from "../../src/cli/format";

describe("sheetReference", () => {
  it.each([
    ["R1C1", "'R1C1'!G9"],
    ["r1c1", "'r1c1'!G9"],
    ["R", "'R'!G9"],
    ["C", "'C'!G9"],
    ["RC", "'RC'!G9"],
    ["R2", "'R2'!G9"],
    ["C12", "'C12'!G9"],
    ["RC3", "'RC3'!G9"],
    ["AB12", "'AB12'!G9"],
    ["XFD1", "'XFD1'!G9"],
    ["ABCD1", "'ABCD1'!G9"],
    ["2024", "'2024'!G9"],
    ["1A", "'1A'!G9"],
    [".x", "'.x'!G9"],
    ["TRUE", "'TRUE'!G9"],
    ["Lam Sơn", "'Lam Sơn'!G9"],
    ["Ban-A", "'Ban-A'!G9"],
    ["O'Neil", "'O''Neil'!G9"],
  ])("quotes %s", (sheet, expected) => {
    expect(sheetReference(sheet, "G9")).toBe(expected);
  });

  it.each(["Beta", "Unit_1", "Rx", "RCA", "Sheet1A", "A1B"])("leaves %s bare", (sheet) => {
    expect(sheetReference(sheet, "G9")).toBe(`${sheet}!G9`);
  });

  it("is what the command line prints as an issue's place", () => {
    expect(issuePlace({ severity: "error", rule: "out-of-range", sheet: "R1C1", cell: "G9", criterion: "I.1", message: "" })).toBe(
      "'R1C1'!G9",
    );
  });
});
