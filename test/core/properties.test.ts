// Properties that must hold for any workbook, checked with fast-check.
import fc from "fast-check";
import { evaluateWorkbook, roundHalfAway } from "../../src/core";
import type { CellValue, Report, WorkbookSnapshot } from "../../src/core/model/types";
import { cleanEntries, criteriaSheet, DEFAULT_KEYS, settingsSheet, unitSheet, type Entry } from "../support/workbook";

/** Valid entries for SMALL_CRITERIA, with scores on a 0.25 grid like real ones. */
const validEntries: fc.Arbitrary<Record<string, Entry>> = fc
  .record({
    rate: fc.integer({ min: 70, max: 120 }),
    yes: fc.boolean(),
    i3: fc.integer({ min: 0, max: 20 }),
    count: fc.integer({ min: 0, max: 6 }),
    ii2: fc.integer({ min: 0, max: 12 }),
    bonus: fc.integer({ min: 0, max: 16 }),
    late: fc.integer({ min: 0, max: 3 }),
  })
  .map((r) => ({
    "I.1": { target: 100, actual: r.rate, evidence: "VB" },
    "I.2": { self: r.yes ? "Đạt" : "Không đạt" },
    "I.3": { self: r.i3 / 4 },
    "II.1": { quantity: r.count },
    "II.2": { self: r.ii2 / 4 },
    "V.2": { self: r.bonus / 4 },
    "VI.1": { quantity: r.late, evidence: "CV" },
  }));

function bookOf(units: Array<Record<string, Entry>>, tabOrder?: number[]): WorkbookSnapshot {
  const names = units.map((_, i) => `Đơn vị ${i + 1}`);
  const sheets = units.map((entries, i) => unitSheet(names[i], entries));
  const order = tabOrder ?? sheets.map((_, i) => i);
  return {
    sheets: [criteriaSheet(), settingsSheet(DEFAULT_KEYS, names.map((n) => ({ name: n, sheet: n }))), ...order.map((i) => sheets[i])],
  };
}

const rankOf = (report: Report, unit: string) => report.units.find((u) => u.unit === unit)?.rank;

describe("properties", () => {
  it("ranking does not depend on the sheets' tab order", () => {
    fc.assert(
      fc.property(
        fc.array(validEntries, { minLength: 2, maxLength: 8 }).chain((units) =>
          fc.tuple(fc.constant(units), fc.shuffledSubarray(units.map((_, i) => i), { minLength: units.length, maxLength: units.length })),
        ),
        ([units, order]) => {
          const a = evaluateWorkbook(bookOf(units)).report;
          const b = evaluateWorkbook(bookOf(units, order)).report;
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("raising a unit's points never lowers its rank", () => {
    fc.assert(
      fc.property(fc.array(validEntries, { minLength: 2, maxLength: 8 }), fc.nat(), (units, pick) => {
        const i = pick % units.length;
        const before = rankOf(evaluateWorkbook(bookOf(units)).report, `Đơn vị ${i + 1}`) as number;
        const raised = units.map((u, k) => (k === i ? { ...u, "I.3": { self: 5 }, "II.2": { self: 3 } } : u));
        const after = rankOf(evaluateWorkbook(bookOf(raised)).report, `Đơn vị ${i + 1}`) as number;
        expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 80 },
    );
  });

  it("the columns add up to the total", () => {
    fc.assert(
      fc.property(fc.array(validEntries, { minLength: 1, maxLength: 6 }), (units) => {
        for (const u of evaluateWorkbook(bookOf(units)).report.units) {
          expect(u.status).toBe("ranked");
          const sum = Object.values(u.groups ?? {}).reduce((a, b) => a + b, 0) + (u.bonus as number) - (u.deduction as number);
          expect(roundHalfAway(sum)).toBe(u.total);
          expect(roundHalfAway(u.total as number)).toBe(u.total);
        }
      }),
      { numRuns: 80 },
    );
  });

  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 200 }),
    // Text that itself says "NaN" or "undefined" is quoted in messages, rightly; leave it out here.
    fc.string().filter((text) => !/NaN|undefined/.test(text)),
    fc.constantFrom("8,5", "1.000", "Đạt", "x", "#REF!", "=1+1", "", " ", "Tổng cộng", "I.1", "II"),
    fc.boolean(),
    fc.constant({ kind: "error" as const, code: "#N/A" }),
    fc.constant({ kind: "date" as const, iso: "2024-06-30" }),
    fc.constant({ kind: "uncalculated" as const, formula: "=SUM(G8:G12)" }),
  );
  const anyEntry: fc.Arbitrary<Entry> = fc.record(
    { max: anyCell, target: anyCell, actual: anyCell, quantity: anyCell, self: anyCell, verified: anyCell, evidence: anyCell, note: anyCell },
    { requiredKeys: [] },
  );
  const anyEntries = fc.dictionary(fc.constantFrom("I.1", "I.2", "I.3", "II.1", "II.2", "V.1", "V.2", "VI.1", "VI.2"), anyEntry);

  it("no report holds NaN, Infinity or undefined, whatever the cells hold", () => {
    fc.assert(
      fc.property(fc.array(anyEntries, { minLength: 1, maxLength: 4 }), (units) => {
        const report = evaluateWorkbook(bookOf(units.map((u) => ({ ...cleanEntries(), ...u })))).report;
        walk(report, "report");
        // A message may quote a cell that holds NaN; what it must never say is "undefined".
        for (const issue of report.issues) expect(issue.message).not.toMatch(/undefined/);
      }),
      { numRuns: 150 },
    );
  });
});

/** Fails on any NaN, ±Infinity or undefined in a JSON-like value. */
export function walk(value: unknown, path: string): void {
  if (value === undefined) throw new Error(`undefined at ${path}`);
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`${value} at ${path}`);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
}
