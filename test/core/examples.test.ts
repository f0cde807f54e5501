// The worked examples in test/fixtures/examples (the contract's, kept as the project's own data)
// are the acceptance tests of the engine itself (the CLI
// has its own over the same files).
import * as fs from "fs";
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read";
import { reportDifferences } from "../helpers/report-compare";

const EXAMPLES = path.resolve(__dirname, "../fixtures/examples");
// Version 1 reports only: an example with no NAME.expected.json (such as the year conference) is
// for version 2 of the contract, and its NAME.v2.expected.json waits for that.
const names = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".expected.json") && !f.endsWith(".v2.expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""));

describe("the contract's worked examples", () => {
  it("finds the examples", () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
  });

  it.each(names)("gives the expected report for %s", async (name) => {
    const snapshot = await readWorkbookFile(path.join(EXAMPLES, `${name}.xlsx`));
    const expected = JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.expected.json`), "utf8"));
    const report = evaluateWorkbook(snapshot).report;
    expect(reportDifferences(report, expected)).toEqual([]);
    for (const issue of report.issues) expect(issue.message.length).toBeGreaterThan(5);
  });
});
