import * as path from "path";
import { evaluateWorkbook, previousFromReport, readPreviousSummary, rankChange } from "../../src/core";
import { buildSummarySheet } from "../../src/core/sheets";
import type { CellValue, Language, PreviousPeriod, SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/read";

const CLEAN = path.resolve(__dirname, "../fixtures/examples/example-clean.xlsx");
const DATE = { year: 2024, month: 7, day: 5 };

let clean: WorkbookSnapshot;
beforeAll(async () => {
  clean = await readWorkbookFile(CLEAN);
});

/** A workbook holding only a summary sheet, as a file of last period would give it back. */
function summaryWorkbook(layout: SheetLayout, name = layout.name): WorkbookSnapshot {
  return { sheets: [{ name, cells: layout.values.map((row) => row.slice() as CellValue[]), merges: layout.merges }] };
}

function column(layout: SheetLayout, heading: string): { header: number; col: number } {
  for (let row = 0; row < layout.values.length; row++) {
    const col = layout.values[row].indexOf(heading);
    if (col >= 0) return { header: row, col };
  }
  throw new Error(`no ${heading}`);
}

describe("reading last period's summary", () => {
  it.each(["vi", "en"] as const)("reads our own Summary (%s) by its labels: unit, rank, total, classification", (language: Language) => {
    const evaluation = evaluateWorkbook(clean, { language });
    const period = readPreviousSummary(summaryWorkbook(buildSummarySheet(evaluation, { date: DATE })));
    expect(period?.units.map((u) => [u.unit, u.rank, u.total])).toEqual(evaluation.report.units.map((u) => [u.unit, u.rank, u.total]));
    expect(period?.units[0].classification).toBe(language === "vi" ? "Xuất sắc" : "Excellent");
  });

  it("reads a summary brought in as `Kỳ trước`, and gives null without any summary", () => {
    const layout = buildSummarySheet(evaluateWorkbook(clean), { date: DATE });
    expect(readPreviousSummary(summaryWorkbook(layout, "Kỳ trước"))?.sheet).toBe("Kỳ trước");
    expect(readPreviousSummary(clean)).toBeNull();
  });
});

describe("last period from the report its summary carries (§9.1)", () => {
  it.each(["vi", "en"] as const)(
    "gives each unit's rank, total and classification as its Summary (%s) printed them",
    (language: Language) => {
      const evaluation = evaluateWorkbook(clean, { language });
      const period = previousFromReport(evaluation.report);
      expect(period.sheet).toBeNull();
      expect(period.units.length).toBe(evaluation.report.units.length);
      const printed = readPreviousSummary(summaryWorkbook(buildSummarySheet(evaluation, { date: DATE })));
      expect(period.units).toEqual(printed!.units);
    },
  );

  it("matches last period's units by name as everywhere (case and spacing ignored), in any order", () => {
    const report = evaluateWorkbook(clean).report;
    const last = {
      ...report,
      units: [...report.units].reverse().map((u, i) => ({ ...u, unit: `  ${u.unit.toUpperCase()} `, rank: i + 1 })),
    };
    const run = evaluateWorkbook(clean, { previous: previousFromReport(last) }).report;
    const n = report.units.length;
    expect(run.units.map((u) => u.previous)).toEqual(report.units.map((u, i) => ({ rank: n - i, total: u.total })));
  });
});

describe("rank changes", () => {
  it.each([
    [3, 5, { kind: "up", by: 2 }],
    [4, 3, { kind: "down", by: 1 }],
    [2, 2, { kind: "same", by: 0 }],
    [null, 2, null],
    [2, null, null],
  ] as const)("now %p, then %p", (now, then, expected) => {
    expect(rankChange({ rank: now }, { rank: then })).toEqual(expected);
  });

  it("a unit last period did not list is new", () => {
    expect(rankChange({ rank: 1 }, null)).toEqual({ kind: "new" });
  });
});

describe("a run given last period", () => {
  /** Last period: the current ranking reversed, without the last unit, names in other case. */
  function lastPeriod(): PreviousPeriod {
    const units = evaluateWorkbook(clean).report.units;
    return {
      sheet: "Tổng hợp",
      units: units
        .slice(0, -1)
        .map((u, i) => ({ unit: `  ${u.unit.toUpperCase()} `, rank: units.length - 1 - i, total: 50 + i, classification: null })),
    };
  }

  it("gives each unit its previous rank and total in the report, null when last period did not list it", () => {
    const report = evaluateWorkbook(clean, { previous: lastPeriod() }).report;
    const n = report.units.length;
    expect(report.units.map((u) => u.previous)).toEqual([
      ...report.units.slice(0, -1).map((_, i) => ({ rank: n - 1 - i, total: 50 + i })),
      null,
    ]);
    expect(evaluateWorkbook(clean).report.units.every((u) => !("previous" in u))).toBe(true);
  });

  it.each([
    ["vi", "Hạng kỳ trước", "Thay đổi", "mới"],
    ["en", "Previous rank", "Change", "new"],
  ] as const)("adds the previous rank and change columns to the Summary (%s)", (language, previousHeading, changeHeading, newWord) => {
    const evaluation = evaluateWorkbook(clean, { language, previous: lastPeriod() });
    const layout = buildSummarySheet(evaluation, { date: DATE });
    const previous = column(layout, previousHeading);
    const change = column(layout, changeHeading);
    expect(change.col).toBe(previous.col + 1);
    const firstRow = previous.header + 2;
    const n = evaluation.units.length;
    const rows = evaluation.units.map((u, i) => [
      u.result.rank,
      layout.values[firstRow + i][previous.col],
      layout.values[firstRow + i][change.col],
    ]);
    const expected = evaluation.units.map((u, i) => {
      if (i === n - 1) return [u.result.rank, null, newWord];
      const then = n - 1 - i;
      const by = then - (u.result.rank as number);
      return [u.result.rank, then, by > 0 ? `▲${by}` : by < 0 ? `▼${-by}` : "="];
    });
    expect(rows).toEqual(expected);
    // Without last period, neither column.
    const plain = buildSummarySheet(evaluateWorkbook(clean, { language }), { date: DATE });
    expect(plain.values.flat()).not.toContain(previousHeading);
    expect(plain.values.flat()).not.toContain(changeHeading);
  });
});

describe("last period brought into the workbook as `Kỳ trước`", () => {
  it("is used without being given, and a change to it makes the summary stale", () => {
    const lastLayout = buildSummarySheet(evaluateWorkbook(clean), { date: DATE });
    const imported = summaryWorkbook(lastLayout, "Kỳ trước").sheets[0];
    const workbook: WorkbookSnapshot = { sheets: [...clean.sheets, imported] };
    const evaluation = evaluateWorkbook(workbook);
    expect(evaluation.previous?.sheet).toBe("Kỳ trước");
    expect(evaluation.report.units.map((u) => u.previous?.rank)).toEqual(evaluation.report.units.map((u) => u.rank));
    // Being read, it is no unit sheet and raises no issue of its own.
    expect(evaluation.report.issues).toEqual(evaluateWorkbook(clean).report.issues);
    expect(evaluation.fingerprint).not.toBe(evaluateWorkbook(clean).fingerprint);

    // An explicit last period wins over the sheet.
    const given = evaluateWorkbook(workbook, { previous: { sheet: "x", units: [] } });
    expect(given.report.units.every((u) => u.previous === null)).toBe(true);
  });
});
