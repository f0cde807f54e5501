// The bench's 1,000-unit workbook (test/support/synthetic, as scripts/bench.ts builds it) read
// under Excel on the web's 5 MB cap (issue 19 §5): every response of a Generate stays under it,
// the second Generate too, which reads the first one's outputs (a Summary of 1,000 rows, a
// Details sheet with a column per unit, wider than the columns read).
import { runGenerate } from "../../src/excel";
import { detectFeatures } from "../../src/excel/features";
import { PAYLOAD_BUDGET_BYTES, readSnapshot } from "../../src/excel/read";
import { BYTES_PER_CELL, MAX_REFUSALS } from "../../src/excel/readBlocks";
import { installRuntimeWith } from "../support/host";
import { syntheticWorkbook } from "../support/synthetic";
import { uninstallOfficeRuntime } from "../office-runtime";

const FIVE_MB = 5_000_000;
const DATE = { year: 2024, month: 7, day: 24 };

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

/** Every sheet read by the add-in's read, the syncs counted from the read's first. */
async function readAll(budget?: number) {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    installed!.host.resetStats();
    return readSnapshot(context, sheets.items, detectFeatures(), { budget });
  });
}

/** A Vietnamese note of `length` characters (two or three UTF-8 bytes for most letters). */
const note = (row: number, length: number) => `Ghi chú dài ${row}: ${"thi đua khen thưởng ".repeat(length)}`.slice(0, length);

describe("wide values on the web: the estimate is too small, the read halves its blocks", () => {
  const ROWS = 3_000;
  const LENGTH = 1_500;

  it("reads 3,000 notes of 1,500 characters whole, retrying refused blocks in halves, not a sync per row", async () => {
    installed = installRuntimeWith(syntheticWorkbook(2), { platform: "OfficeOnline" });
    installed.host.setCells(
      "Đơn vị 1",
      "L1",
      Array.from({ length: ROWS }, (_, r) => [note(r + 1, LENGTH)]),
    );
    // The estimate alone lets this sheet through as one block (rows × columns × BYTES_PER_CELL),
    // but its notes answer more than Excel on the web's 5 MB.
    expect(ROWS * 12 * BYTES_PER_CELL).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    expect(Buffer.byteLength(Array.from({ length: ROWS }, (_, r) => note(r + 1, LENGTH)).join(""), "utf8")).toBeGreaterThan(FIVE_MB);
    const snapshot = await readAll();
    const unit = snapshot.sheets.find((s) => s.name === "Đơn vị 1")!;
    expect(unit.cells).toHaveLength(ROWS);
    for (const r of [0, 1, ROWS / 2 - 1, ROWS / 2, ROWS - 1]) expect(unit.cells[r][11]).toBe(note(r + 1, LENGTH));
    expect(unit.cells[6][0]).toBe("I");
    const syncs = installed.host.syncs;
    // Refused after the first sync too (the estimate's block), and read in halves after that.
    const refused = syncs.filter((s) => s.outcome === "ResponsePayloadSizeLimitExceeded");
    expect(syncs.slice(1).some((s) => s.outcome === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(refused.length).toBeLessThanOrEqual(MAX_REFUSALS + 1);
    expect(syncs.filter((s) => s.outcome !== "ok" && s.outcome !== "ResponsePayloadSizeLimitExceeded")).toEqual([]);
    for (const sync of syncs.filter((s) => s.outcome === "ok")) expect(sync.responseBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    // As many syncs as the size needs (about 9 MB of notes: a few), never one per row.
    expect(syncs.length).toBeLessThan(12);
  }, 120_000);

  it("gives up with Excel's error, after a bounded number of tries, when one row alone is too large", async () => {
    installed = installRuntimeWith(syntheticWorkbook(2), { platform: "OfficeOnline", payloadLimitBytes: 60_000 });
    installed.host.setCells("Đơn vị 1", "A50", [Array.from({ length: 26 }, (_, c) => note(c, 3_000))]);
    // A budget under this limit, as the product's is under 5 MB; the row answers about 100 KB.
    await expect(readAll(50_000)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const refused = installed.host.syncs.filter((s) => s.outcome === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(1);
    expect(refused.length).toBeLessThanOrEqual(MAX_REFUSALS + 2);
  }, 120_000);
});

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
