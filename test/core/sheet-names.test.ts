// Sheet names Excel takes (issue 19 §8): one helper every writer names its sheets through.
import { freeSheetName, keptName, layoutsClearOf, nameKey, sheetNameProblem } from "../../src/core";
import type { SheetLayout } from "../../src/core/model/types";

const LONG = "Công ty Cổ phần Cấp nước Thanh Hóa chi nhánh"; // 44 characters

const taken = (...names: string[]) => new Set(names.map(nameKey));

describe("sheetNameProblem", () => {
  it.each<[string, string | null]>([
    ["Tổng hợp", null],
    ["x".repeat(31), null],
    ["x".repeat(32), "too-long"],
    [LONG, "too-long"],
    ["  ", "blank"],
    ...[":", "\\", "/", "?", "*", "[", "]"].map((ch): [string, string] => [`A${ch}B`, "character"]),
    ["'Lam Sơn", "apostrophe"],
  ])("%j → %j", (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });
});

describe("freeSheetName", () => {
  it("keeps a good free name, and numbers a taken one", () => {
    expect(freeSheetName("Details", taken())).toBe("Details");
    expect(freeSheetName("Details", taken("details", "Details (2)"))).toBe("Details (3)");
  });

  it("never gives a name Excel refuses, however long or odd the wanted one", () => {
    for (const wanted of [LONG, "A/B:C?[D]*\\", "'quoted'", "x".repeat(40), "😀".repeat(20), ""]) {
      const once = freeSheetName(wanted, taken());
      const again = freeSheetName(wanted, taken(once));
      expect([once, again].map(sheetNameProblem)).toEqual([null, null]);
      expect(nameKey(again)).not.toBe(nameKey(once));
    }
  });

  it("keeps the numbering whole when it shortens: the 42-character name becomes 31 with its (2)", () => {
    const second = freeSheetName(LONG, taken(freeSheetName(LONG, taken())));
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});

describe("the writers name sheets through it", () => {
  it("keptName shortens a long unit sheet's name to stay within 31 characters", () => {
    const kept = keptName(LONG, taken(LONG), "vi");
    expect(kept).toMatch(/ \(cũ 1\)$/);
    expect(sheetNameProblem(kept)).toBeNull();
  });

  it("layoutsClearOf makes a layout's name one Excel takes, and its links follow", () => {
    const layout = (name: string, links: SheetLayout["links"] = []): SheetLayout =>
      ({ name, values: [], styles: [], merges: [], links }) as unknown as SheetLayout;
    const written = layoutsClearOf([layout(LONG), layout("Summary", [{ cell: { row: 0, col: 0 }, sheet: LONG } as never])], []);
    expect(sheetNameProblem(written[0].name)).toBeNull();
    expect((written[1].links[0] as { sheet: string }).sheet).toBe(written[0].name);
  });
});
