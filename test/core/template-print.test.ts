// The unit sheets of the template as paper (issue 10, item 12): A4 landscape one page wide, rows
// that grow with their text, the head of unit's signature block, and the rows that need evidence
// marked on every unit sheet.
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { evaluateWorkbook } from "../../src/core";
import { buildTemplateSheets } from "../../src/core/sheets";
import type { Language, SheetLayout } from "../../src/core/model/types";
import { snapshotOfLayouts } from "../../src/cli/template";
import { heightForLines, wrappedLines } from "../../src/core/sheets/sheet";
import { allValues, findOrFail, styleAt, valueAt } from "../support/sheets-fixtures";

const EVIDENCE_COL = 9; // after the verified and approved scores
const NAME_COL = 1;

function unitSheets(language: Language): SheetLayout[] {
  return buildTemplateSheets({
    criteria: CLUSTER18_CRITERIA,
    settings: CLUSTER18_SETTINGS,
    language,
    criterionNamesEn: CLUSTER18_NAMES_EN,
    // After Criteria and Settings; the award history and its rules (§9.2) follow the units.
  }).slice(2, 2 + CLUSTER18_SETTINGS.units!.length);
}

const criteria = CLUSTER18_CRITERIA.groups.flatMap((group) => group.criteria);
const rowOf = (layout: SheetLayout, code: string) => layout.values.findIndex((line) => line[0] === code);

describe.each(["vi", "en"] as Language[])("template unit sheets (%s)", (language) => {
  const sheets = unitSheets(language);

  it("print A4 landscape, one page wide, on one page as a unit signs it (§8.3: no header repeated alone)", () => {
    expect(sheets.length).toBe(CLUSTER18_SETTINGS.units!.length);
    for (const layout of sheets)
      expect(layout.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToPagesWide: 1, fitToPagesTall: 1, repeatRows: null });
  });

  it("make every criterion row as tall as its wrapped name (§8.3), and a one-line name's row no taller", () => {
    let wrapped = 0;
    for (const layout of sheets) {
      for (const c of criteria) {
        const row = rowOf(layout, c.code);
        const name = valueAt(layout, row, NAME_COL) as string;
        const lines = wrappedLines(name, layout.columnWidths[NAME_COL]);
        if (lines > 1) wrapped++;
        expect([c.code, layout.rowHeights[row] ?? heightForLines(1)]).toEqual([c.code, lines > 1 ? heightForLines(lines) : heightForLines(1)]);
        expect(styleAt(layout, row, NAME_COL).wrap).toBe(true);
        expect(styleAt(layout, row, EVIDENCE_COL).wrap).toBe(true);
      }
    }
    expect(wrapped).toBeGreaterThan(0);
  });

  it("end with the head of unit's signature block under the table", () => {
    const title = language === "vi" ? "THỦ TRƯỞNG ĐƠN VỊ" : "HEAD OF UNIT";
    for (const layout of sheets) {
      const at = findOrFail(layout, title);
      const lastCriterion = Math.max(...criteria.map((c) => rowOf(layout, c.code)));
      expect(at.row).toBeGreaterThan(lastCriterion + 1);
      expect(styleAt(layout, at.row, at.col).bold).toBe(true);
      // Nothing under the table is in the code column, where the engine would read it.
      for (let row = lastCriterion + 1; row < layout.values.length; row++) expect(layout.values[row][0]).toBeNull();
    }
  });

  it("mark every criterion that needs evidence, and only those: (*), a fill and an input message on the evidence cell", () => {
    expect(criteria.some((c) => c.evidenceRequired)).toBe(true);
    expect(criteria.some((c) => !c.evidenceRequired)).toBe(true);
    for (const layout of sheets) {
      const plainFill = styleAt(layout, rowOf(layout, criteria.find((c) => !c.evidenceRequired)!.code), EVIDENCE_COL).fill;
      for (const c of criteria) {
        const row = rowOf(layout, c.code);
        const name = valueAt(layout, row, NAME_COL) as string;
        const message = layout.validations.find(
          (v) =>
            v.kind === "any" &&
            v.range.start.row <= row &&
            row <= v.range.end.row &&
            v.range.start.col <= EVIDENCE_COL &&
            EVIDENCE_COL <= v.range.end.col,
        );
        const fill = styleAt(layout, row, EVIDENCE_COL).fill;
        if (c.evidenceRequired) {
          expect([c.code, name.endsWith(" (*)"), fill !== plainFill, (message?.prompt.length ?? 0) > 0]).toEqual([
            c.code,
            true,
            true,
            true,
          ]);
        } else {
          expect([c.code, name.includes("(*)"), fill, message]).toEqual([c.code, false, plainFill, undefined]);
        }
      }
      const legend = allValues(layout).find((v) => typeof v === "string" && v.includes("\n(*) "));
      expect(legend).toBeDefined();
    }
  });

  it("read back by the engine as before: criteria, units and no setup issue", () => {
    const layouts = buildTemplateSheets({
      criteria: CLUSTER18_CRITERIA,
      settings: CLUSTER18_SETTINGS,
      language,
      criterionNamesEn: CLUSTER18_NAMES_EN,
    });
    const evaluation = evaluateWorkbook(snapshotOfLayouts(layouts));
    expect(evaluation.criteria).toEqual(language === "vi" ? CLUSTER18_CRITERIA : expect.objectContaining({ groups: expect.any(Array) }));
    expect(evaluation.report.units.map((u) => u.sheet)).toEqual(CLUSTER18_SETTINGS.units!.map((u) => u.sheet));
    expect(new Set(evaluation.report.issues.map((i) => i.rule))).toEqual(new Set(["empty-score", "plan-input"]));
  });
});
