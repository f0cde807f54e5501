// The model refuses what Excel documents it refuses (excel-host/excel-api-semantics.md §7): a read
// of more than 5,000,000 cells, and payloads over 5 MB on the web.
import { installOfficeRuntime, uninstallOfficeRuntime } from ".";

let installed: ReturnType<typeof installOfficeRuntime> | null = null;
afterEach(uninstallOfficeRuntime);

describe("Excel's documented limits in the model", () => {
  it("fails a read of more than 5,000,000 cells with RangeExceedsLimit, and reads 5,000,000", async () => {
    installed = installOfficeRuntime(globalThis, { sheets: [{ name: "A", cells: [[1]] }] });
    const read = (address: string) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("A").getRange(address);
        range.load("rowCount");
        range.load("values");
        await context.sync();
        return range.rowCount;
      });
    await expect(read("A1:E1000001")).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    await expect(read("A1:E1000000")).resolves.toBe(1_000_000);
  }, 120_000);

  it("refuses a request over 5,000,000 UTF-8 bytes on the web only", async () => {
    // 1.7 million "ố" are 5.1 MB in UTF-8 but 1.7 million characters.
    const text = "ố".repeat(1_700_000);
    const write = () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1").values = [[text.slice(0, 32_000)]];
        context.workbook.worksheets.getItem("A").getRange("B1").values = [[text]];
        await context.sync();
      });
    installed = installOfficeRuntime(globalThis, { sheets: [{ name: "A", cells: [[1]] }], platform: "OfficeOnline" });
    await expect(write()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    installed.uninstall();
    installed = installOfficeRuntime(globalThis, { sheets: [{ name: "A", cells: [[1]] }], platform: "PC" });
    await expect(write()).resolves.toBeUndefined();
  }, 120_000);
});
