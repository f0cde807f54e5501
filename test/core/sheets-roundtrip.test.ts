// The template read back by the engine: what `thidua template` writes must be what
// `thidua summarize` reads, and the output sheets of a real evaluation must be sound.
import { buildOutputSheets } from "../../src/core/sheets";
import { AWARD_WORDS } from "../../src/core/words";
import { buildTemplateSheets } from "../../src/core/sheets/template";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { evaluateWorkbook } from "../../src/core/run/evaluate";
import type { CellValue, Language, SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { OPTIONS, badLeaves, findOrFail, geometryProblems } from "../support/sheets-fixtures";

const COL = { target: 3, actual: 4, quantity: 5, self: 6, evidence: 9 };

function toSnapshot(layouts: SheetLayout[]): WorkbookSnapshot {
  return {
    sheets: layouts.map((layout) => ({
      name: layout.name,
      cells: layout.values.map((line) => line.map((value): CellValue => value)),
      merges: layout.merges,
    })),
  };
}

/**
 * Fills every unit sheet as a unit would: every plan met, every yes/no answered yes, every score
 * at its max except II.3, which drops by 0.25 per unit so the ranking is known; evidence
 * everywhere; bonus and deduction rows left blank.
 */
function fillIn(layouts: SheetLayout[], language: Language): SheetLayout[] {
  const yes = language === "vi" ? "Đạt" : "Yes";
  const bonusOrDeduction = new Set(
    CLUSTER18_CRITERIA.groups.filter((g) => g.kind !== "group").flatMap((g) => g.criteria.map((c) => c.code)),
  );
  return layouts.map((layout, sheetIndex) => {
    // Criteria and Settings before the units, the award history and its rules (§9.2) after them.
    if (sheetIndex < 2 || sheetIndex >= 2 + CLUSTER18_SETTINGS.units!.length) return layout;
    const unitIndex = sheetIndex - 2;
    const values = layout.values.map((line) => [...line]);
    for (const criterion of CLUSTER18_CRITERIA.groups.flatMap((g) => g.criteria)) {
      if (bonusOrDeduction.has(criterion.code)) continue;
      const row = values.findIndex((line) => line[0] === criterion.code);
      const line = values[row];
      if (criterion.type === "plan") [line[COL.target], line[COL.actual]] = [200, 200];
      if (criterion.type === "yesno") line[COL.self] = yes;
      if (criterion.type === "count") line[COL.quantity] = criterion.max / (criterion.perItem ?? 1);
      if (criterion.type === "score") line[COL.self] = criterion.code === "II.3" ? criterion.max - 0.25 * unitIndex : criterion.max;
      line[COL.evidence] = `Văn bản số ${unitIndex + 1}/2024`;
    }
    return { ...layout, values };
  });
}

describe.each<Language>(["vi", "en"])("the %s template read back by the engine", (language) => {
  const template = buildTemplateSheets({
    criteria: CLUSTER18_CRITERIA,
    settings: CLUSTER18_SETTINGS,
    language,
    criterionNamesEn: CLUSTER18_NAMES_EN,
  });

  it("gives back the criteria table it was built from", () => {
    const evaluation = evaluateWorkbook(toSnapshot(template));
    const names = (code: string, name: string) => (language === "en" ? CLUSTER18_NAMES_EN[code] : name);
    const expected = {
      groups: CLUSTER18_CRITERIA.groups.map((g) => ({
        ...g,
        name: names(g.code, g.name),
        criteria: g.criteria.map((c) => ({ ...c, name: names(c.code, c.name) })),
      })),
    };
    expect(evaluation.criteria).toEqual(expected);
    expect(evaluation.report.maxTotal).toBe(100);
  });

  it("gives back the settings it was built from, the report language being the template's", () => {
    const evaluation = evaluateWorkbook(toSnapshot(template));
    // The award names are written out as their defaults, so the secretary sees what will be printed.
    expect(evaluation.settings).toEqual({
      ...CLUSTER18_SETTINGS,
      language,
      flagName: AWARD_WORDS[language].flag,
      certificateName: AWARD_WORDS[language].certificate,
    });
    expect(evaluation.report.issues.filter((issue) => issue.rule === "criteria-invalid" || issue.rule === "settings-invalid")).toEqual([]);
  });

  it("asks every unit for its scores while the sheets are empty", () => {
    const evaluation = evaluateWorkbook(toSnapshot(template));
    expect(evaluation.units.map((unit) => unit.result.status)).toEqual(Array(7).fill("not-ranked"));
    const rules = new Set(evaluation.report.issues.map((issue) => issue.rule));
    expect([...rules].sort()).toEqual(["empty-score", "plan-input"]);
  });

  describe("once the units have filled it in", () => {
    const evaluation = evaluateWorkbook(toSnapshot(fillIn(template, language)));

    it("ranks every unit with no issue at all", () => {
      expect(evaluation.report.issues).toEqual([]);
      expect(evaluation.report.units.map((unit) => [unit.sheet, unit.rank, unit.total])).toEqual(
        CLUSTER18_SETTINGS.units!.map((unit, index) => [unit.sheet, index + 1, 100 - 0.25 * index]),
      );
    });

    it("builds sound output sheets from that evaluation", () => {
      const sheets = buildOutputSheets(evaluation, OPTIONS);
      for (const layout of sheets) {
        expect([layout.name, geometryProblems(layout)]).toEqual([layout.name, []]);
        expect(badLeaves(layout, layout.name)).toEqual([]);
      }
      const [summary] = sheets;
      const first = findOrFail(summary, CLUSTER18_SETTINGS.units![0].name);
      const last = findOrFail(summary, CLUSTER18_SETTINGS.units![6].name);
      expect(last.row).toBe(first.row + 6);
      expect(summary.values.flat()).toContain(
        language === "vi"
          ? "Thang điểm 100; điểm thưởng tối đa 10. Xếp loại: Xuất sắc từ 90 và đạt mọi chỉ tiêu kế hoạch, Tốt từ 80, Khá từ 65, Trung bình từ 50."
          : "Scale 100; bonus up to 10. Classification: Excellent from 90 with all plan targets met, Good from 80, Fair from 65, Average from 50.",
      );
    });

    it("reads the deduction rows' own yes answer from the drop-down", () => {
      const filled = fillIn(template, language);
      const unitSheet = filled[2];
      const row = unitSheet.values.findIndex((line) => line[0] === "VI.4");
      const validation = unitSheet.validations.find(
        (v) => v.range.start.row <= row && v.range.end.row >= row && v.range.start.col === COL.self,
      );
      if (validation?.kind !== "list") throw new Error("VI.4 has no drop-down");
      const values = unitSheet.values.map((line) => [...line]);
      values[row][COL.self] = validation.values[0];
      values[row][COL.evidence] = "Biên bản số 7/2024";
      const result = evaluateWorkbook(toSnapshot([filled[0], filled[1], { ...unitSheet, values }])).report.units[0];
      expect(result).toMatchObject({ deduction: 5, disqualified: true, total: 95 });
    });

    it("reads the same workbook again once the output sheets are in it", () => {
      const again = evaluateWorkbook(toSnapshot([...buildOutputSheets(evaluation, OPTIONS), ...fillIn(template, language)]));
      expect(again.report).toEqual(evaluation.report);
    });
  });
});
