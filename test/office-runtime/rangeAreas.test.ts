// Worksheet.getRanges (ExcelApi 1.9) in the model, as Generate's formats lean on it: a property set
// on a RangeAreas lands on every area, borders keep each area's own edges, a bad or cut address is
// refused, clients before ExcelApi 1.9 cannot call it, and setColumnProperties sets widths.
import { installOfficeRuntime } from ".";

let installed: ReturnType<typeof installOfficeRuntime> | null = null;
afterEach(() => {
  installed?.uninstall();
  installed = null;
});

function install(version = "1.9") {
  installed = installOfficeRuntime(globalThis, { sheets: [{ name: "A", cells: [[1]] }], requirementSets: { ExcelApi: version } });
  return installed;
}

/** Each edge's style on `address` after `write` ran. */
async function borderStyles(address: string): Promise<Record<string, string>> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("A");
    const edges = ["EdgeTop", "EdgeBottom", "InsideHorizontal", "InsideVertical"] as const;
    const items = edges.map((edge) => sheet.getRange(address).format.borders.getItem(edge).load("style"));
    await context.sync();
    return Object.fromEntries(items.map((item, i) => [edges[i], item.style]));
  });
}

describe("Worksheet.getRanges in the model", () => {
  it("sets a format on every area, and each area's borders with its own inside edges", async () => {
    const run = install();
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("A").getRanges("A1:B2, D4:E5;G1");
      areas.format.font.bold = true;
      areas.format.fill.color = "#DCE6F1";
      for (const edge of ["EdgeTop", "EdgeBottom", "InsideHorizontal", "InsideVertical"] as const)
        areas.format.borders.getItem(edge).style = "Continuous" as Excel.BorderLineStyle;
      await context.sync();
    });
    const fills = run.host.fills("A", "A1:G5");
    expect([fills[0][0], fills[1][1], fills[3][3], fills[4][4], fills[0][6]]).toEqual(Array(5).fill("#DCE6F1"));
    expect([fills[2][2], fills[0][2], fills[3][5]]).toEqual([null, null, null]);
    expect(run.host.fonts("A", "E5")[0][0].bold).toBe(true);
    // Inside A1:B2 and D4:E5 there are lines; between the areas (B2 to D4) there are none.
    expect(await borderStyles("A1:B2")).toEqual({
      EdgeTop: "Continuous",
      EdgeBottom: "Continuous",
      InsideHorizontal: "Continuous",
      InsideVertical: "Continuous",
    });
    expect(await borderStyles("C1:C4")).toMatchObject({ InsideHorizontal: "None" });
  });

  it("refuses an address that is not one, and one cut mid-area past 8,192 characters", async () => {
    install();
    const format = (address: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRanges(address).format.font.bold = true;
        await context.sync();
      });
    await expect(format("A1:B2, nonsense")).rejects.toMatchObject({ code: "InvalidArgument" });
    // Areas `B10:C10`, spaced so that the 8,192nd character is a colon: Excel reads "…,B10:".
    const body = Array.from({ length: 1200 }, () => "B10:C10").join(",");
    const colon = body.lastIndexOf(":", 8191 - 3);
    const cut = `A1,${" ".repeat(8191 - 3 - colon)}${body}`;
    expect(cut[8191]).toBe(":");
    await expect(format(cut)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(format(cut.slice(0, 8000).replace(/,[^,]*$/, ""))).resolves.toBeUndefined();
  });

  it("is not there before ExcelApi 1.9", async () => {
    install("1.7");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRanges("A1:B2").format.font.bold = true;
        await context.sync();
      }),
    ).rejects.toThrow();
  });

  it("sets column widths from setColumnProperties, leaving columns given {} as they are", async () => {
    const run = install();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("A1:C1").setColumnProperties([{ format: { columnWidth: 30 } }, {}, { format: { columnWidth: 60 } }]);
      await context.sync();
    });
    expect(run.host.columnWidths("A")).toEqual({ A: 30, C: 60 });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("A")
          .getRange("A1:C1")
          .setColumnProperties([{ format: { columnWidth: 30 } }]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
  it("sets row heights from setRowProperties, leaving rows given {} as they are", async () => {
    const run = install();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("A1:A3").setRowProperties([{ format: { rowHeight: 30 } }, {}, { format: { rowHeight: 45 } }]);
      await context.sync();
    });
    expect(run.host.rowHeights("A")).toEqual({ "1": 30, "3": 45 });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("A")
          .getRange("A1:A3")
          .setRowProperties([{ format: { rowHeight: 30 } }]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
