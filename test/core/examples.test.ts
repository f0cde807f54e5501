// The worked examples in shared/examples are the acceptance tests of the engine itself (the CLI
// has its own over the same files).
import * as fs from "fs";
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read";
import { reportDifferences } from "../helpers/report-compare";

const EXAMPLES = path.resolve(__dirname, "../../../shared/examples");
const names = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")).map((f) => f.replace(/\.xlsx$/, ""));

describe("shared examples", () => {
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
