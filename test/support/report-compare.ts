// Compares a report with an expected one the way test/fixtures/examples/README.md says: issues in any
// order and without their message, numbers to 0.01, everything else exactly.
import type { Report } from "../../src/core/model/types";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Lists every difference between `actual` and `expected` as `path: actual ≠ expected`. */
export function reportDifferences(actual: Report, expected: unknown): string[] {
  const diffs: string[] = [];
  const a = JSON.parse(JSON.stringify(actual)) as { [key: string]: Json };
  const e = expected as { [key: string]: Json };
  const issueKey = (i: Json) => {
    const o = i as { [key: string]: Json };
    return [o.severity, o.rule, o.sheet, o.cell, o.criterion].join("|");
  };
  const actualIssues = ((a.issues as Json[]) ?? []).map(issueKey).sort();
  const expectedIssues = ((e.issues as Json[]) ?? []).map(issueKey).sort();
  compare(actualIssues, expectedIssues, "issues", diffs);
  const { issues: _a, ...restActual } = a;
  const { issues: _e, ...restExpected } = e;
  compare(restActual, restExpected, "", diffs);
  return diffs;
}

function compare(actual: Json | undefined, expected: Json | undefined, path: string, diffs: string[]): void {
  if (typeof expected === "number" && typeof actual === "number") {
    if (Math.abs(actual - expected) > 0.01 + 1e-9) diffs.push(`${path}: ${actual} ≠ ${expected}`);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length) diffs.push(`${path}: length ${actual.length} ≠ ${expected.length}`);
    for (let i = 0; i < Math.min(actual.length, expected.length); i++) compare(actual[i], expected[i], `${path}[${i}]`, diffs);
    return;
  }
  if (expected && typeof expected === "object" && actual && typeof actual === "object" && !Array.isArray(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys)
      compare((actual as Record<string, Json>)[key], (expected as Record<string, Json>)[key], path ? `${path}.${key}` : key, diffs);
    return;
  }
  if (actual !== expected) diffs.push(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
}
