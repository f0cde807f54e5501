import { installOfficeRuntime } from ".";

describe("smoke", () => {
  it("loads and syncs", async () => {
    const installed = installOfficeRuntime(globalThis, { sheets: [{ name: "A", cells: [[1, "x"]] }] });
    const result = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const used = context.workbook.worksheets.getItem("A").getUsedRange().load("values, address");
      const missing = context.workbook.worksheets.getItemOrNullObject("B");
      await context.sync();
      const added = context.workbook.worksheets.add("B");
      added.getRange("A1:B1").values = [[2, "=1+1"]];
      added.getRange("A1").format.font.bold = true;
      await context.sync();
      return { names: sheets.items.map((s) => s.name), values: used.values, address: used.address, missing: missing.isNullObject };
    });
    await installed.settled();
    console.log(JSON.stringify(result), installed.host.values("B"), installed.requests);
    installed.uninstall();
  }, 60_000);
});
