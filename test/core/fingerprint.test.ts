import fc from "fast-check";
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import { fnv1a, inputFingerprint, readRecordedFingerprint } from "../../src/core/run/fingerprint";
import { buildSummarySheet } from "../../src/core/sheets";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/read";

const CLEAN = path.resolve(__dirname, "../fixtures/examples/example-clean.xlsx");
const DATE = { year: 2024, month: 7, day: 5 };

function copyOf(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: snapshot.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => row.slice()) })) };
}

/** The workbook with the Summary a run of it makes, as a reader would give it back. */
function withSummary(snapshot: WorkbookSnapshot, language: "vi" | "en" = "vi"): WorkbookSnapshot {
  const evaluation = evaluateWorkbook(snapshot, { language });
  const layout = buildSummarySheet(evaluation, { date: DATE, time: { hour: 9, minute: 7 } });
  const summary: SheetSnapshot = { name: layout.name, cells: layout.values.map((row) => row.slice() as CellValue[]), merges: [] };
  return { sheets: [...snapshot.sheets.filter((s) => s.name !== layout.name), summary] };
}

/** The first number in a unit sheet's table, where a unit types its points. */
function firstNumber(sheet: SheetSnapshot): { row: number; col: number; value: number } {
  for (let row = 0; row < sheet.cells.length; row++) {
    for (let col = 0; col < sheet.cells[row].length; col++) {
      const value = sheet.cells[row][col];
      if (typeof value === "number" && value > 0) return { row, col, value };
    }
  }
  throw new Error(`no number on ${sheet.name}`);
}

let clean: WorkbookSnapshot;
beforeAll(async () => {
  clean = await readWorkbookFile(CLEAN);
});

describe("inputFingerprint", () => {
  it("is the FNV-1a of each sheet's name and its non-blank cells with their places, joined", () => {
    const sheets: SheetSnapshot[] = [
      { name: " Tiêu chí ", cells: [["Mã", null, 5], [], [true, "", { kind: "error", code: "#N/A" }]], merges: [] },
      { name: "Lam Sơn", cells: [[null, 0.25]], merges: [] },
    ];
    // Written out by hand, as the text the hash is defined over.
    const joined =
      "\u0002tiêu chí\u00010,0\u0001sMã\u00010,2\u0001n5\u00012,0\u0001bT\u00012,2\u0001e#N/A\u0002lam sơn\u00010,1\u0001n0.25";
    expect(inputFingerprint(sheets)).toBe(fnv1a(joined));
    expect(inputFingerprint(sheets)).not.toBe(inputFingerprint([sheets[1], sheets[0]]));
  });

  it("is that joined text's FNV-1a for any cells: whole, negative, fractional and huge numbers, texts, marks", () => {
    // The hash mixes numbers and places digit by digit instead of writing them out; the text it
    // stands for is spelt here with String(), as the definition says.
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(null, "", 0, -0, 10, 1e15, -1e15, 999999999999999, 2 ** 53, 1e21, 0.1, true, false),
      fc.integer({ min: -2e6, max: 2e6 }),
      fc.double({ noNaN: true }),
      fc.string({ maxLength: 4 }),
      fc.constant<CellValue>({ kind: "date", iso: "2024-07-05" }),
    );
    const sheet = fc.record({
      name: fc.constantFrom("A", "Lam Sơn"),
      cells: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (drawn) => {
        const sheets: SheetSnapshot[] = drawn.map((s) => ({ ...s, merges: [] }));
        let joined = "";
        for (const s of sheets) {
          joined += `\u0002${s.name.toLowerCase()}`;
          s.cells.forEach((row, r) =>
            row.forEach((value, c) => {
              if (value === null || value === "") return;
              const text =
                typeof value === "number"
                  ? `n${String(value)}`
                  : typeof value === "string"
                    ? `s${value}`
                    : typeof value === "boolean"
                      ? value
                        ? "bT"
                        : "bF"
                      : `d${(value as { iso: string }).iso}`;
              joined += `\u0001${r},${c}\u0001${text}`;
            }),
          );
        }
        expect(inputFingerprint(sheets)).toBe(fnv1a(joined));
      }),
      { numRuns: 300 },
    );
  });

  it("takes a sheet's name as every layer compares names (nameKey): case, spacing and invisible marks aside", () => {
    const cells = [[1]];
    const named = (name: string) => inputFingerprint([{ name, cells, merges: [] }]);
    expect(named("LAM  Sơn\u200b")).toBe(named("Lam Sơn"));
    expect(named("Lam Son")).not.toBe(named("Lam Sơn"));
  });
});

describe("fnv1a", () => {
  it.each([
    ["", "811c9dc5"],
    ["a", "e40c292c"],
    ["foobar", "bf9cf968"],
  ])("hashes %j as the published FNV-1a 32-bit vectors", (text, expected) => {
    expect(fnv1a(text)).toBe(expected);
  });
});

describe("the data fingerprint", () => {
  it("tells a number from the same text, and a cell's place", () => {
    const sheet = (cells: CellValue[][]): SheetSnapshot => ({ name: "A", cells, merges: [] });
    expect(inputFingerprint([sheet([[1]])])).not.toBe(inputFingerprint([sheet([["1"]])]));
    expect(inputFingerprint([sheet([[1, null]])])).not.toBe(inputFingerprint([sheet([[null, 1]])]));
    expect(inputFingerprint([sheet([[1, ""]])])).toBe(inputFingerprint([sheet([[1]])]));
  });

  it("is printed on the Summary with the time, in both languages", () => {
    for (const language of ["vi", "en"] as const) {
      const evaluation = evaluateWorkbook(clean, { language });
      const layout = buildSummarySheet(evaluation, { date: DATE, time: { hour: 9, minute: 7 } });
      const texts = layout.values.flat().filter((v): v is string => typeof v === "string");
      const line =
        language === "vi"
          ? `Lập lúc 09:07 ngày 05/07/2024, dấu dữ liệu ${evaluation.fingerprint}`
          : `Made at 09:07 on 5 July 2024, data fingerprint ${evaluation.fingerprint}`;
      expect(texts).toContain(line);
    }
    expect(evaluateWorkbook(clean).fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });

  it("does not depend on the language of the run or on the output sheets", () => {
    expect(evaluateWorkbook(clean, { language: "en" }).fingerprint).toBe(evaluateWorkbook(clean, { language: "vi" }).fingerprint);
    expect(evaluateWorkbook(withSummary(clean)).fingerprint).toBe(evaluateWorkbook(clean).fingerprint);
  });
});

describe("summary-stale", () => {
  const staleOf = (snapshot: WorkbookSnapshot) =>
    evaluateWorkbook(snapshot, { checkSummary: true }).report.issues.filter((i) => i.rule === "summary-stale");

  it("is silent right after the summary is made, and without a summary", () => {
    expect(staleOf(withSummary(clean))).toEqual([]);
    expect(staleOf(withSummary(clean, "en"))).toEqual([]);
    expect(staleOf(clean)).toEqual([]);
  });

  it("warns once a unit's cell changes, pointing at the fingerprint line, until the summary is made again", () => {
    const summarized = withSummary(clean);
    const unitSheetName = evaluateWorkbook(clean).report.units[0].sheet;
    const changed = copyOf(summarized);
    const unitSheet = changed.sheets.find((s) => s.name === unitSheetName) as SheetSnapshot;
    const cell = firstNumber(unitSheet);
    unitSheet.cells[cell.row][cell.col] = cell.value - 1;

    const stale = staleOf(changed);
    expect(stale).toHaveLength(1);
    const recorded = readRecordedFingerprint(changed);
    expect(recorded).not.toBeNull();
    expect(stale[0]).toMatchObject({ severity: "warning", sheet: "Tổng hợp", criterion: null });
    expect(stale[0].message).toContain(recorded?.fingerprint as string);
    expect(stale[0].message).toMatch(/lập lại bảng tổng hợp/);
    // Generate does not ask for the check: its own Issues sheet never carries the warning.
    expect(evaluateWorkbook(changed).report.issues.some((i) => i.rule === "summary-stale")).toBe(false);

    expect(staleOf(withSummary(changed))).toEqual([]);
  });

  it("ignores a sheet the run does not read", () => {
    const summarized = withSummary(clean);
    const scratch: SheetSnapshot = { name: "Ghi chép", cells: [["họp ngày 5/7"]], merges: [] };
    expect(staleOf({ sheets: [...summarized.sheets, scratch] })).toEqual([]);
  });

  it("warns when a Settings cell changes", () => {
    const changed = copyOf(withSummary(clean));
    const settings = changed.sheets.find((s) => /thiết lập|settings/i.test(s.name)) as SheetSnapshot;
    settings.cells.push(["ghi chú mới"]);
    expect(staleOf(changed)).toHaveLength(1);
  });
});

describe("the Conference sheet in the fingerprint (§7.4)", () => {
  const CONFERENCE = path.resolve(__dirname, "../fixtures/examples/example-year-conference.xlsx");
  const staleOf = (snapshot: WorkbookSnapshot) =>
    evaluateWorkbook(snapshot, { checkSummary: true }).report.issues.filter((i) => i.rule === "summary-stale");
  let year: WorkbookSnapshot;
  beforeAll(async () => {
    year = await readWorkbookFile(CONFERENCE);
  });
  /** The example's Bình xét sheet in a copy: C10 is Lam Sơn's flag votes, B3 the meeting's date. */
  const conferenceOf = (snapshot: WorkbookSnapshot) => snapshot.sheets.find((s) => s.name === "Bình xét") as SheetSnapshot;

  it("counts the votes: one vote changed makes the summary stale, and a new summary clears it", () => {
    const summarized = withSummary(year);
    expect(staleOf(summarized)).toEqual([]);
    const changed = copyOf(summarized);
    expect(conferenceOf(changed).cells[9][2]).toBe(5);
    conferenceOf(changed).cells[9][2] = 4;
    // Still a valid decision (4 of 5 is above half), so only the fingerprint tells.
    expect(evaluateWorkbook(changed).report.units[0].votes).toEqual({ flag: 4, certificate: 0, members: 5 });
    expect(staleOf(changed)).toHaveLength(1);
    expect(staleOf(withSummary(changed))).toEqual([]);
  });

  it("reads the meeting's date as the day it is, whether a date cell or dd/mm/yyyy text", () => {
    const typed = copyOf(year);
    expect(conferenceOf(typed).cells[2][1]).toEqual({ kind: "date", iso: "2025-01-15" });
    conferenceOf(typed).cells[2][1] = "15/01/2025";
    expect(evaluateWorkbook(typed).fingerprint).toBe(evaluateWorkbook(year).fingerprint);
    conferenceOf(typed).cells[2][1] = "16/01/2025";
    expect(evaluateWorkbook(typed).fingerprint).not.toBe(evaluateWorkbook(year).fingerprint);
  });

  it("leaves the sheet out at a half-year review, which does not read it", () => {
    const halfYear = copyOf(year);
    const settings = halfYear.sheets.find((s) => s.name === "Thiết lập") as SheetSnapshot;
    const periodRow = settings.cells.findIndex((row) => row[0] === "Kỳ đánh giá");
    expect(periodRow).toBeGreaterThanOrEqual(0);
    // No `Loại kỳ` key: the period tells the kind (§7.3).
    settings.cells[periodRow][1] = "6 tháng đầu năm 2024";
    expect(evaluateWorkbook(halfYear).report.reviewKind).toBe("half-year");
    const before = evaluateWorkbook(halfYear).fingerprint;
    conferenceOf(halfYear).cells[9][2] = 4;
    expect(evaluateWorkbook(halfYear).fingerprint).toBe(before);
  });
});
