// The bench's 1,000-unit workbook (test/support/synthetic, as scripts/bench.ts builds it) read
// under Excel on the web's 5 MB cap (issue 19 §5): every response of a Generate stays under it,
// the second Generate too, which reads the first one's outputs (a Summary of 1,000 rows, a
// Details sheet with a column per unit, wider than the columns read).
import { runGenerate } from "../../src/excel";
import { PAYLOAD_BUDGET_BYTES } from "../../src/excel/read";
import { installRuntimeWith } from "../support/host";
import { syntheticWorkbook } from "../support/synthetic";
import { uninstallOfficeRuntime } from "../office-runtime";

const FIVE_MB = 5_000_000;
const DATE = { year: 2024, month: 7, day: 24 };

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

describe("the bench's 1,000-unit workbook on the web", () => {
  it("is read with every response under 5 MB (within the budget), before and after its outputs exist", async () => {
    installed = installRuntimeWith(syntheticWorkbook(1000), { payloadLimitBytes: FIVE_MB });
    const host = installed.host;
    for (const run of ["first", "second"]) {
      host.resetStats();
      const result = await runGenerate(undefined, { date: DATE });
      await installed.settled();
      expect({ run, ranked: result.evaluation.report.units.filter((u) => u.status === "ranked").length }).toEqual({ run, ranked: 1000 });
      // The outputs are the product's own: no warning for the Details sheet's far columns.
      expect(result.readWarnings).toEqual([]);
      expect(host.syncs.every((s) => s.outcome === "ok")).toBe(true);
      const largest = Math.max(...host.syncs.map((s) => s.responseBytes));
      expect(largest).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
      expect(Math.max(...host.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(FIVE_MB);
    }
    expect(host.sheetNames().slice(0, 3)).toEqual(["Tổng hợp", "Chi tiết", "Kiểm tra"]);
  }, 240_000);
});
