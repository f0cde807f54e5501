import { buildTemplateSheets, settingsUnitSheetCell } from "../../src/core/sheets/template";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { evaluateWorkbook } from "../../src/core/run/evaluate";
import type { CellAddress, CellValidation, Language, SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import {
  badLeaves,
  contains,
  criterion,
  findOrFail,
  geometryProblems,
  group,
  settings,
  styleAt,
  valueAt,
} from "../support/sheets-fixtures";

function template(language: Language = "vi"): SheetLayout[] {
  return buildTemplateSheets({
    criteria: CLUSTER18_CRITERIA,
    settings: CLUSTER18_SETTINGS,
    language,
    criterionNamesEn: CLUSTER18_NAMES_EN,
  });
}

function sheet(sheets: SheetLayout[], name: string): SheetLayout {
  const found = sheets.find((one) => one.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

// The spec's labels (workbook.md §2), written out here so the template is checked against the
// contract, not against its own text table.
const SPEC = {
  vi: {
    criteria: "Tiêu chí",
    settings: "Thiết lập",
    history: ["Lịch sử thi đua", "Điều kiện khen thưởng"],
    criteriaHeader: [
      "Mã",
      "Nội dung",
      "Loại",
      "Điểm tối đa",
      "Hệ số",
      "Điểm mỗi đơn vị",
      "Ngưỡng tối thiểu",
      "Cần minh chứng",
      "Loại trừ khen thưởng",
      "Có thể không áp dụng",
    ],
    types: {
      group: "Nhóm",
      "bonus-group": "Nhóm thưởng",
      "deduction-group": "Nhóm trừ",
      score: "Chấm điểm",
      yesno: "Đạt/Không đạt",
      plan: "Kế hoạch",
      count: "Đếm",
    },
    keys: [
      "Tên cụm thi đua",
      "Kỳ đánh giá",
      "Đơn vị trưởng cụm",
      "Ngưỡng Xuất sắc",
      "Ngưỡng Tốt",
      "Ngưỡng Khá",
      "Ngưỡng Trung bình",
      "Xuất sắc phải đạt mọi chỉ tiêu",
      "Số Cờ thi đua",
      "Số Bằng khen",
      "Thứ tự xét khi bằng điểm",
      "Ngôn ngữ báo cáo",
      "Cơ quan cấp trên",
      "Địa danh",
      "Người lập biểu",
      "Người ký",
      "Loại kỳ",
      "Yêu cầu thẩm định",
      "Tên Cờ thi đua",
      "Tên Bằng khen",
      "Ngày lập",
      "Tỷ lệ phiếu tối thiểu",
    ],
    unitsHeader: ["STT", "Tên đơn vị", "Trang tính"],
    unitLabel: "Đơn vị",
    unitHeader: [
      "Mã",
      "Nội dung",
      "Điểm tối đa",
      "Kế hoạch",
      "Thực hiện",
      "Số lượng",
      "Tự chấm",
      "Thẩm định",
      "Điểm duyệt",
      "Minh chứng",
      "Ghi chú thẩm định",
    ],
    halfYear: "Sơ kết 6 tháng",
    flagName: "Cờ thi đua của UBND tỉnh",
    certificateName: "Bằng khen của Chủ tịch UBND tỉnh",
    mark: "Không áp dụng",
    yesNo: ["Đạt", "Không đạt"],
  },
  en: {
    criteria: "Criteria",
    settings: "Settings",
    history: ["Award history", "Award rules"],
    criteriaHeader: [
      "Code",
      "Criterion",
      "Type",
      "Max points",
      "Weight",
      "Points per item",
      "Plan floor",
      "Evidence required",
      "Disqualifies awards",
      "May be N/A",
    ],
    types: {
      group: "Group",
      "bonus-group": "Bonus group",
      "deduction-group": "Deduction group",
      score: "Score",
      yesno: "Yes/No",
      plan: "Plan",
      count: "Count",
    },
    keys: [
      "Cluster name",
      "Period",
      "Leader unit",
      "Excellent from",
      "Good from",
      "Fair from",
      "Average from",
      "Excellent requires all targets",
      "Emulation flags",
      "Certificates of merit",
      "Tie-break order",
      "Report language",
      "Parent body",
      "Place",
      "Prepared by",
      "Signed by",
      "Review kind",
      "Verification required",
      "Flag name",
      "Certificate name",
      "Date prepared",
      "Vote threshold",
    ],
    unitsHeader: ["No.", "Unit", "Sheet"],
    unitLabel: "Unit",
    unitHeader: [
      "Code",
      "Criterion",
      "Max points",
      "Target",
      "Actual",
      "Quantity",
      "Self score",
      "Verified score",
      "Approved score",
      "Evidence",
      "Verification note",
    ],
    halfYear: "half-year",
    flagName: "Provincial Emulation Flag",
    certificateName: "Certificate of Merit of the Provincial Chairman",
    mark: "N/A",
    yesNo: ["Yes", "No"],
  },
} as const;

/** Whether a header cell carries the spec's label: equal, or the label followed by a space or `(` (spec §1). */
function carriesLabel(cell: unknown, label: string): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim().replace(/:$/, "");
  return text === label || text.startsWith(`${label} `) || text.startsWith(`${label}(`);
}

const UNIT_COL = { code: 0, target: 3, actual: 4, quantity: 5, self: 6, verified: 7, approved: 8, evidence: 9, note: 10 };

function isUnlocked(layout: SheetLayout, at: CellAddress): boolean {
  return layout.unlocked.some((range) => contains(range, at));
}

function validationAt(layout: SheetLayout, at: CellAddress): CellValidation | undefined {
  const found = layout.validations.filter((v) => contains(v.range, at));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

/** Row of a code in a unit sheet's code column. */
function rowOf(layout: SheetLayout, code: string): number {
  const row = layout.values.findIndex((line) => line[0] === code);
  if (row < 0) throw new Error(`no row ${code} on ${layout.name}`);
  return row;
}

describe("buildTemplateSheets", () => {
  describe.each<Language>(["vi", "en"])("in %s", (language) => {
    const sheets = template(language);
    const spec = SPEC[language];

    it("writes Criteria, Settings, one sheet per listed unit in list order, then the award history and its rules (§9.2)", () => {
      expect(sheets.map((one) => one.name)).toEqual([
        spec.criteria,
        spec.settings,
        ...CLUSTER18_SETTINGS.units!.map((unit) => unit.sheet),
        ...spec.history,
      ]);
    });

    it("protects every sheet", () => {
      for (const one of sheets) expect([one.name, one.protect]).toEqual([one.name, true]);
    });

    it("has sound geometry and no undefined, NaN or Infinity on any sheet", () => {
      for (const one of sheets) {
        expect([one.name, geometryProblems(one)]).toEqual([one.name, []]);
        expect(badLeaves(one, one.name)).toEqual([]);
      }
    });

    it("heads the criteria table with the spec's labels", () => {
      const criteria = sheet(sheets, spec.criteria);
      const header = findOrFail(criteria, spec.criteriaHeader[0]).row;
      spec.criteriaHeader.forEach((label, col) =>
        expect([label, carriesLabel(valueAt(criteria, header, col), label)]).toEqual([label, true]),
      );
      expect(criteria.frozenRows).toBe(header + 1);
    });

    it("writes every group and criterion with the spec's type label", () => {
      const criteria = sheet(sheets, spec.criteria);
      for (const g of CLUSTER18_CRITERIA.groups) {
        expect(valueAt(criteria, rowOf(criteria, g.code), 2)).toBe(spec.types[g.kind]);
        for (const c of g.criteria) {
          const row = rowOf(criteria, c.code);
          expect(criteria.values[row].slice(2, 6)).toEqual([spec.types[c.type], c.max, c.weight, c.perItem]);
        }
      }
      expect(valueAt(criteria, rowOf(criteria, "I.1"), 6)).toBe(80);
      expect(valueAt(criteria, rowOf(criteria, "VI.4"), 8)).toBe(language === "vi" ? "Có" : "Yes");
      expect(valueAt(criteria, rowOf(criteria, "VI.3"), 8)).toBeNull();
    });

    it("writes every settings key with the value to its right, then the units list", () => {
      const settingsSheet = sheet(sheets, spec.settings);
      for (const key of spec.keys) findOrFail(settingsSheet, key);
      const value = (key: string) => {
        const at = findOrFail(settingsSheet, key);
        return valueAt(settingsSheet, at.row, at.col + 1);
      };
      expect(value(spec.keys[0])).toBe("Cụm thi đua số 18");
      // Thresholds as a share of the table's 100 points, shown as a percent (spec §7.3).
      expect(value(spec.keys[3])).toBe(0.9);
      const excellent = findOrFail(settingsSheet, spec.keys[3]);
      expect(styleAt(settingsSheet, excellent.row, excellent.col + 1).numberFormat).toBe(language === "vi" ? "[$-42A]0%" : "[$-409]0%");
      expect(value(spec.keys[7])).toBe(language === "vi" ? "Có" : "Yes");
      expect(value(spec.keys[10])).toBe(
        language === "vi" ? "I; tỷ lệ hoàn thành; điểm trừ; điểm thưởng" : "I; completion; deduction; bonus",
      );
      expect(value(spec.keys[11])).toBe(language);
      expect(value(spec.keys[12])).toBe("UBND TỈNH THANH HÓA");
      expect(value(spec.keys[14])).toBeNull();
      const header = findOrFail(settingsSheet, spec.unitsHeader[0]);
      expect(settingsSheet.values[header.row]).toEqual([...spec.unitsHeader]);
      for (const key of spec.keys) expect([key, header.row > findOrFail(settingsSheet, key).row]).toEqual([key, true]);
    });

    it("writes version 2's keys with their defaults, a hint beside each, and drop-downs for the words they take", () => {
      const settingsSheet = sheet(sheets, spec.settings);
      const at = (key: string) => findOrFail(settingsSheet, key);
      const value = (key: string) => valueAt(settingsSheet, at(key).row, at(key).col + 1);
      const [reviewKind, verificationRequired, flagName, certificateName, datePrepared, voteThreshold] = spec.keys.slice(16);
      // Blank, its default: the kind follows the period (Cluster 18's is a half-year). It sits under the period.
      expect(value(reviewKind)).toBeNull();
      expect(at(reviewKind).row).toBe(at(spec.keys[1]).row + 1);
      expect(value(verificationRequired)).toBe(language === "vi" ? "Không" : "No");
      expect(value(flagName)).toBe(spec.flagName);
      expect(value(certificateName)).toBe(spec.certificateName);
      expect(value(datePrepared)).toBeNull();
      expect(value(voteThreshold)).toBe(0.5);
      expect(styleAt(settingsSheet, at(voteThreshold).row, 1).numberFormat).toBe(language === "vi" ? "[$-42A]0%" : "[$-409]0%");
      for (const key of spec.keys.slice(16)) {
        const hint = valueAt(settingsSheet, at(key).row, 2);
        expect([key, typeof hint === "string" && hint.length > 20]).toEqual([key, true]);
      }
      for (const key of spec.keys.slice(0, 16)) expect([key, valueAt(settingsSheet, at(key).row, 2)]).toEqual([key, null]);
      const choices = (key: string) => validationAt(settingsSheet, { row: at(key).row, col: 1 });
      expect(choices(reviewKind)).toMatchObject({ kind: "list", values: [spec.halfYear, language === "vi" ? "Tổng kết năm" : "year"] });
      expect(choices(verificationRequired)).toMatchObject({ kind: "list", values: language === "vi" ? ["Có", "Không"] : ["Yes", "No"] });
      expect(choices(spec.keys[7])).toMatchObject({ kind: "list" });
      expect(choices(flagName)).toBeUndefined();
    });

    it("writes the kind of review asked for, and one the period does not give", () => {
      const kindCell = (layouts: SheetLayout[]) => {
        const settingsSheet = sheet(layouts, spec.settings);
        const at = findOrFail(settingsSheet, spec.keys[16]);
        return valueAt(settingsSheet, at.row, at.col + 1);
      };
      const year = language === "vi" ? "Tổng kết năm" : "year";
      const build = (extra: Partial<Parameters<typeof buildTemplateSheets>[0]>) =>
        buildTemplateSheets({ criteria: CLUSTER18_CRITERIA, settings: CLUSTER18_SETTINGS, language, ...extra });
      expect(kindCell(build({ reviewKind: "year" }))).toBe(year);
      expect(kindCell(build({ reviewKind: "half-year" }))).toBe(spec.halfYear);
      expect(kindCell(build({ settings: { ...CLUSTER18_SETTINGS, reviewKind: "year" } }))).toBe(year);
    });

    it("offers the may-be-N/A choice on every criterion of a regular group, and on no other row", () => {
      const criteria = sheet(sheets, spec.criteria);
      const col = spec.criteriaHeader.length - 1;
      for (const g of CLUSTER18_CRITERIA.groups) {
        expect(validationAt(criteria, { row: rowOf(criteria, g.code), col })).toBeUndefined();
        for (const c of g.criteria) {
          const row = rowOf(criteria, c.code);
          if (g.kind === "group") {
            expect(valueAt(criteria, row, col)).toBe(language === "vi" ? "Không" : "No");
            expect(validationAt(criteria, { row, col })).toMatchObject({
              kind: "list",
              values: language === "vi" ? ["Có", "Không"] : ["Yes", "No"],
            });
          } else {
            expect([c.code, valueAt(criteria, row, col), validationAt(criteria, { row, col })]).toEqual([c.code, null, undefined]);
          }
        }
      }
      // The line above the header says what the column does, and is not read as a header.
      const guide = valueAt(criteria, findOrFail(criteria, spec.criteriaHeader[0]).row - 1, 0);
      expect(guide).toEqual(expect.stringContaining(spec.criteriaHeader[col]));
    });

    it("writes each unit's sheet name where the bundled settings say it is", () => {
      const settingsSheet = sheet(sheets, spec.settings);
      for (const unit of CLUSTER18_SETTINGS.units!) {
        expect(valueAt(settingsSheet, unit.sheetCell.row, unit.sheetCell.col)).toBe(unit.sheet);
        expect(valueAt(settingsSheet, unit.sheetCell.row, unit.sheetCell.col - 1)).toBe(unit.name);
      }
    });

    describe("a unit sheet", () => {
      const unit = CLUSTER18_SETTINGS.units![0];
      const layout = sheet(sheets, unit.sheet);
      const header = findOrFail(layout, spec.unitHeader[0]).row;

      it("names the unit beside the spec's unit label, above the table", () => {
        const label = layout.values.findIndex((line) => carriesLabel(line[0], spec.unitLabel));
        expect(label).toBeGreaterThanOrEqual(0);
        expect(label).toBeLessThan(header);
        expect(valueAt(layout, label, 1)).toBe(unit.name);
      });

      // §8.3 changes the print set-up deliberately: the sheet fits one page, so no header repeats alone.
      it("heads the table with the spec's labels and freezes through the header", () => {
        spec.unitHeader.forEach((label, col) => expect([label, carriesLabel(valueAt(layout, header, col), label)]).toEqual([label, true]));
        expect(header).toBeLessThan(30);
        expect(layout.frozenRows).toBe(header + 1);
        expect(layout.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToPagesWide: 1, repeatRows: null });
      });

      it("lists every group and criterion of the table, in order, and nothing else in the code column", () => {
        const codes = layout.values
          .slice(header + 1)
          .map((line) => line[0])
          .filter((code) => code !== null);
        expect(codes).toEqual(CLUSTER18_CRITERIA.groups.flatMap((g) => [g.code, ...g.criteria.map((c) => c.code)]));
      });

      it("leaves no cell of a group row unlocked, and prints group rows bold on a fill", () => {
        for (const g of CLUSTER18_CRITERIA.groups) {
          const row = rowOf(layout, g.code);
          for (let col = 0; col <= UNIT_COL.note; col++)
            expect([g.code, col, isUnlocked(layout, { row, col })]).toEqual([g.code, col, false]);
          expect(styleAt(layout, row, 1)).toMatchObject({ bold: true });
          expect(styleAt(layout, row, 1).fill).toBeDefined();
        }
      });

      it("locks the code, name and max of every criterion", () => {
        for (const c of CLUSTER18_CRITERIA.groups.flatMap((g) => g.criteria)) {
          const row = rowOf(layout, c.code);
          for (const col of [0, 1, 2]) expect(isUnlocked(layout, { row, col })).toBe(false);
        }
      });

      const cases: Array<[string, string, number[], number[]]> = [
        // code, type, unlocked input columns besides verified/evidence/note, locked input columns
        ["I.1", "plan", [UNIT_COL.target, UNIT_COL.actual], [UNIT_COL.quantity, UNIT_COL.self]],
        ["II.1", "yesno", [UNIT_COL.self], [UNIT_COL.target, UNIT_COL.actual, UNIT_COL.quantity]],
        ["II.3", "score", [UNIT_COL.self], [UNIT_COL.target, UNIT_COL.actual, UNIT_COL.quantity]],
        ["II.5", "count", [UNIT_COL.quantity], [UNIT_COL.target, UNIT_COL.actual, UNIT_COL.self]],
      ];
      it.each(cases)("opens exactly the inputs a %s row (%s) needs, with a light fill", (code, _type, open, closed) => {
        const row = rowOf(layout, code);
        for (const col of [...open, UNIT_COL.verified, UNIT_COL.approved, UNIT_COL.evidence, UNIT_COL.note]) {
          expect([col, isUnlocked(layout, { row, col })]).toEqual([col, true]);
          expect(styleAt(layout, row, col).fill).toMatch(/^#[0-9A-F]{6}$/i);
        }
        for (const col of closed) {
          expect([col, isUnlocked(layout, { row, col })]).toEqual([col, false]);
          expect(validationAt(layout, { row, col })).toBeUndefined();
        }
      });

      it("validates a score row's self score and every verified and approved score as 0 to the criterion's max", () => {
        for (const c of CLUSTER18_CRITERIA.groups.flatMap((g) => g.criteria)) {
          const row = rowOf(layout, c.code);
          expect(validationAt(layout, { row, col: UNIT_COL.verified })).toMatchObject({ kind: "decimal", min: 0, max: c.max });
          expect(validationAt(layout, { row, col: UNIT_COL.approved })).toMatchObject({ kind: "decimal", min: 0, max: c.max });
          expect(styleAt(layout, row, UNIT_COL.approved).fill).toBe(styleAt(layout, row, UNIT_COL.verified).fill);
          if (c.type === "score")
            expect(validationAt(layout, { row, col: UNIT_COL.self })).toMatchObject({ kind: "decimal", min: 0, max: c.max });
        }
      });

      it("offers the yes/no words on yes/no rows, Có/Không on deduction rows", () => {
        expect(validationAt(layout, { row: rowOf(layout, "II.1"), col: UNIT_COL.self })).toMatchObject({
          kind: "list",
          values: [...spec.yesNo],
        });
        expect(validationAt(layout, { row: rowOf(layout, "VI.4"), col: UNIT_COL.self })).toMatchObject({
          kind: "list",
          values: language === "vi" ? ["Có", "Không"] : ["Yes", "No"],
        });
      });

      it("validates targets, actuals and quantities as numbers of 0 or more", () => {
        for (const [code, col] of [
          ["I.1", UNIT_COL.target],
          ["I.1", UNIT_COL.actual],
          ["II.5", UNIT_COL.quantity],
          ["VI.2", UNIT_COL.quantity],
        ] as const) {
          expect(validationAt(layout, { row: rowOf(layout, code), col })).toMatchObject({ kind: "decimal", min: 0, max: null });
        }
      });

      it("gives every validation a prompt and an error message within Excel's limits", () => {
        expect(layout.validations.length).toBeGreaterThan(0);
        for (const validation of layout.validations) {
          expect(validation.prompt.length).toBeGreaterThan(0);
          expect(validation.prompt.length).toBeLessThanOrEqual(255);
          // An input message alone (evidence cells) has no error to show.
          if (validation.kind === "any") continue;
          expect(validation.error.length).toBeGreaterThan(0);
          expect(validation.error.length).toBeLessThanOrEqual(225);
        }
      });

      it("validates and unlocks only cells of criterion rows", () => {
        const criterionRows = new Set(CLUSTER18_CRITERIA.groups.flatMap((g) => g.criteria.map((c) => rowOf(layout, c.code))));
        for (const range of [...layout.unlocked, ...layout.validations.map((v) => v.range)]) {
          for (let row = range.start.row; row <= range.end.row; row++) expect(criterionRows.has(row)).toBe(true);
        }
      });
    });
  });

  it("uses the English names in an English template and the Vietnamese ones otherwise", () => {
    const en = sheet(template("en"), "Nam Sông Mã");
    const vi = sheet(template("vi"), "Nam Sông Mã");
    const evidenceMark = CLUSTER18_CRITERIA.groups[0].criteria[0].evidenceRequired ? " (*)" : "";
    expect(valueAt(en, rowOf(en, "I.1"), 1)).toBe(`Revenue against plan${evidenceMark}`);
    expect(valueAt(en, rowOf(en, "I"), 1)).toBe("Business and public-service plan");
    expect(valueAt(vi, rowOf(vi, "I.1"), 1)).toBe(`Doanh thu so với kế hoạch${evidenceMark}`);
  });

  describe("edge cases", () => {
    const oneGroup = { groups: [group("I", { max: 10, criteria: [criterion("I.1", { type: "plan", planFloor: 0.5 })] })] };
    const listing = (sheetName: string, index = 0) => ({
      no: index + 1,
      name: `Đơn vị ${index}`,
      sheet: sheetName,
      sheetCell: settingsUnitSheetCell(index),
    });

    it("writes a floor of 1 % or less as a fraction shown as a percent, so it reads back the same", () => {
      const [criteria] = buildTemplateSheets({ criteria: oneGroup, settings: settings({ units: [] }), language: "vi" });
      const row = rowOf(criteria, "I.1");
      expect(valueAt(criteria, row, 6)).toBeCloseTo(0.005, 10);
      expect(styleAt(criteria, row, 6).numberFormat).toMatch(/%$/);
    });

    it("writes no units list and no unit sheets when the settings have none", () => {
      const sheets = buildTemplateSheets({ criteria: oneGroup, settings: settings({ units: null }), language: "vi" });
      expect(sheets.map((sheet) => sheet.name)).toEqual(["Tiêu chí", "Thiết lập", "Lịch sử thi đua", "Điều kiện khen thưởng"]);
      expect(sheets[1].values.flat()).not.toContain("Trang tính");
    });

    it.each(["=1+1", "+84 912", "-2+3", "@SUM(1,2)"])("keeps workbook text %s as a string on the unit sheet and in the list", (text) => {
      const sheets = buildTemplateSheets({
        criteria: oneGroup,
        settings: settings({ clusterName: text, units: [{ ...listing("A"), name: text }] }),
        language: "vi",
      });
      expect(sheets[1].values.flat().filter((v) => v === text)).toHaveLength(2);
      expect(sheets[2].values.flat().filter((v) => v === text)).toHaveLength(2);
    });

    it.each([
      ["a name longer than 31 characters", "Công ty TNHH Một thành viên số 12345"],
      ["a character Excel forbids", "Lam Sơn / 2"],
      ["the name of another sheet", "Tiêu chí"],
      ["an output sheet's name", "Tổng hợp"],
      ["an empty name", " "],
    ])("refuses a unit sheet with %s", (_what, name) => {
      expect(() => buildTemplateSheets({ criteria: oneGroup, settings: settings({ units: [listing(name)] }), language: "vi" })).toThrow(
        RangeError,
      );
    });

    describe("criteria that may not apply to a unit (spec §7.1)", () => {
      // I: a plan (10) and a yes/no (10) that may not apply, a score (10) that must; II: a count (10) that may not apply.
      const criteria = {
        groups: [
          group("I", {
            criteria: [
              criterion("I.1", { type: "plan", mayBeNotApplicable: true }),
              criterion("I.2", { type: "yesno", mayBeNotApplicable: true }),
              criterion("I.3"),
            ],
          }),
          group("II", { criteria: [criterion("II.1", { type: "count", perItem: 2, mayBeNotApplicable: true, groupCode: "II" })] }),
        ],
      };
      const build = (language: Language) =>
        buildTemplateSheets({ criteria, settings: settings({ units: [listing("A")], tieBreak: [] }), language });

      it.each<Language>(["vi", "en"])("opens the cells where the mark goes to it, names those criteria in the legend (%s)", (language) => {
        const mark = SPEC[language].mark;
        const [criteriaSheet, , unit] = build(language);
        expect(valueAt(criteriaSheet, rowOf(criteriaSheet, "I.1"), 9)).toBe(language === "vi" ? "Có" : "Yes");
        expect(valueAt(criteriaSheet, rowOf(criteriaSheet, "I.3"), 9)).toBe(language === "vi" ? "Không" : "No");
        const at = (code: string, col: number) => ({ row: rowOf(unit, code), col });
        // A number-only rule would refuse the mark: the cell takes any value and says both.
        expect(validationAt(unit, at("I.1", UNIT_COL.target))).toMatchObject({ kind: "any", prompt: expect.stringContaining(mark) });
        expect(validationAt(unit, at("I.1", UNIT_COL.actual))).toMatchObject({ kind: "decimal", min: 0 });
        expect(validationAt(unit, at("I.2", UNIT_COL.self))).toMatchObject({ kind: "list", values: [...SPEC[language].yesNo, mark] });
        expect(validationAt(unit, at("I.3", UNIT_COL.self))).toMatchObject({ kind: "decimal", min: 0, max: 10 });
        expect(isUnlocked(unit, at("II.1", UNIT_COL.self))).toBe(true);
        expect(validationAt(unit, at("II.1", UNIT_COL.self))).toMatchObject({ kind: "list", values: [mark] });
        for (const code of ["I.1", "I.2", "II.1"]) {
          for (const col of [UNIT_COL.verified, UNIT_COL.approved]) {
            expect([code, col, validationAt(unit, at(code, col))]).toEqual([
              code,
              col,
              expect.objectContaining({ kind: "any", prompt: expect.stringContaining(mark) }),
            ]);
          }
        }
        expect(validationAt(unit, at("I.3", UNIT_COL.approved))).toMatchObject({ kind: "decimal", max: 10 });
        const legend = unit.values.flat().find((v) => typeof v === "string" && v.includes("I.1, I.2, II.1"));
        expect(legend).toEqual(expect.stringContaining(mark));
      });

      it("reads the mark the drop-down offers as not applicable, and converts the unit's points", () => {
        const [criteriaSheet, settingsSheet, unit] = build("vi");
        const values = unit.values.map((line) => [...line]);
        const put = (code: string, col: number, value: string | number) => (values[rowOf(unit, code)][col] = value);
        const yesNo = unit.validations.find((v) => contains(v.range, { row: rowOf(unit, "I.2"), col: UNIT_COL.self }));
        if (yesNo?.kind !== "list") throw new Error("I.2 has no drop-down");
        put("I.1", UNIT_COL.target, SPEC.vi.mark);
        put("I.2", UNIT_COL.self, yesNo.values[2]);
        put("I.3", UNIT_COL.self, 8);
        put("II.1", UNIT_COL.quantity, 5);
        const snapshot: WorkbookSnapshot = {
          sheets: [criteriaSheet, settingsSheet, { ...unit, values }].map((layout) => ({
            name: layout.name,
            cells: layout.values,
            merges: layout.merges,
          })),
        };
        const [result] = evaluateWorkbook(snapshot).report.units;
        // Applicable: I.3 (10) and II.1 (10) of 40; earned 8 + 10 = 18, converted 18 × 40 ÷ 20 = 36.
        expect(result).toMatchObject({ status: "ranked", notApplicable: ["I.1", "I.2"], applicableMax: 20, converted: 36, total: 36 });
      });
    });

    it("refuses two units on the same sheet, whatever the case", () => {
      expect(() =>
        buildTemplateSheets({
          criteria: oneGroup,
          settings: settings({ units: [listing("Lam Sơn"), listing("LAM SƠN", 1)] }),
          language: "vi",
        }),
      ).toThrow(/used twice/);
    });
  });
});
