// The report inside the workbook (contract §9.1) from the pane's Generate, on Microsoft's Excel
// runtime answered by our model: Generate adds one custom XML part of our namespace in the syncs
// it already makes, a second Generate replaces it, reading it back gives the run's report, and it
// is the same report the command line keeps in its summary (parity).
import { promises as fs } from "fs";
import * as path from "path";
import { REPORT_NAMESPACE } from "../../src/core";
import { runGenerate } from "../../src/excel";
import { runReadReport } from "../../src/excel/readReport";
import { readWorkbookFile } from "../../src/xlsx/read";
import { readReportPart } from "../../src/xlsx/reportPart";
import { thidua } from "../support/cli";
import { installRuntimeWith } from "../support/host";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { uninstallOfficeRuntime } from "../office-runtime";

const EXAMPLE = path.resolve(__dirname, "../fixtures/examples/example-year-conference.xlsx");
const DATE = { year: 2024, month: 7, day: 5 };
const TIMEOUT = 60_000;

let dir: string;
let installed: ReturnType<typeof installRuntimeWith> | null = null;
beforeAll(async () => {
  dir = await makeTempDir("thidua-report-part-excel-");
});
afterAll(async () => {
  await removeTempDir(dir);
});
afterEach(uninstallOfficeRuntime);

const ours = (host: ReturnType<typeof installRuntimeWith>["host"]) =>
  host.customXmlParts().filter((p) => p.namespaceUri === REPORT_NAMESPACE);

describe("the report's part from Generate", () => {
  it(
    "is added in Generate's three syncs, reads back as the run's report, and a second Generate replaces it",
    async () => {
      installed = installRuntimeWith(await readWorkbookFile(EXAMPLE));
      const host = installed.host;
      // Another add-in's part, which Generate leaves alone.
      await Excel.run(async (context) => {
        context.workbook.customXmlParts.add('<other xmlns="urn:someone:else">kept</other>');
        await context.sync();
      });
      await installed.settled();
      host.resetStats();
      const result = await runGenerate(undefined, { date: DATE });
      await installed.settled();
      // The three syncs of Generate (no range outlives its request, so the runtime sends no
      // clean-up after the run): the part adds none.
      expect(host.syncCount).toBe(3);
      expect(ours(host)).toHaveLength(1);
      expect(await runReadReport("vi")).toEqual(JSON.parse(JSON.stringify(result.evaluation.report)));

      await runGenerate(undefined, { date: DATE });
      expect(ours(host)).toHaveLength(1);
      expect(host.customXmlParts().map((p) => p.namespaceUri)).toEqual(["urn:someone:else", REPORT_NAMESPACE]);
      expect((await runReadReport("vi"))?.conferenceDate).toBe("2025-01-15");
    },
    TIMEOUT,
  );

  it("reads no report from a workbook without one", async () => {
    installed = installRuntimeWith(await readWorkbookFile(EXAMPLE));
    expect(await runReadReport("vi")).toBeNull();
  });

  it(
    "is the same report the command line keeps in its summary (parity)",
    async () => {
      installed = installRuntimeWith(await readWorkbookFile(EXAMPLE));
      await runGenerate(undefined, { date: DATE });
      const fromPane = await runReadReport("vi");
      const input = path.join(dir, "example.xlsx");
      await fs.copyFile(EXAMPLE, input);
      const out = path.join(dir, "example.summary.xlsx");
      expect((await thidua("summarize", input, "--out", out)).code).toBe(0);
      const fromCli = readReportPart(await fs.readFile(out));
      // The report carries no time of writing, so nothing is masked.
      expect(fromPane).not.toBeNull();
      expect(fromPane).toEqual(fromCli);
    },
    TIMEOUT,
  );
});
