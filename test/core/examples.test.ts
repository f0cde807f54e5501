// The worked examples in test/fixtures/examples (the contract's, kept as the project's own data)
// are the acceptance tests of the engine itself (the CLI has its own over the same files). The
// reports are version 3 (NAME.v3.expected.json).
import * as fs from "fs";
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read";
import { reportDifferences } from "../support/report-compare";

const EXAMPLES = path.resolve(__dirname, "../fixtures/examples");
const names = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".v3.expected.json"))
  .map((f) => f.replace(/\.v3\.expected\.json$/, ""));

describe("the contract's worked examples", () => {
  it("finds the examples", () => {
    expect(names).toEqual(expect.arrayContaining(["example-clean", "example-problems", "example-year-conference"]));
  });

  it.each(names)(
    "gives the expected report for %s",
    async (name) => {
      const snapshot = await readWorkbookFile(path.join(EXAMPLES, `${name}.xlsx`));
      const expected = JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.v3.expected.json`), "utf8"));
      const report = evaluateWorkbook(snapshot).report;
      expect(reportDifferences(report, expected)).toEqual([]);
      for (const issue of report.issues) expect(issue.message.length).toBeGreaterThan(5);
    },
    60_000,
  );
});
