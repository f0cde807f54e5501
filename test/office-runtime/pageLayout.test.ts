// PageLayout.setPrintMargins (ExcelApi 1.9) in the model, as Generate's sheet frame sets the six
// margins with it: each margin given lands in points whatever the unit, those left out stay, and a
// unit or option Excel does not know sets none of them.
import { installOfficeRuntime } from ".";

let installed: ReturnType<typeof installOfficeRuntime> | null = null;
afterEach(() => {
  installed?.uninstall();
  installed = null;
});

/** The sheet's six margins in points, after `set` ran on its page layout. */
async function marginsAfter(set: (page: Excel.PageLayout) => void): Promise<number[]> {
  installed = installOfficeRuntime(globalThis, { sheets: [{ name: "A", cells: [[1]] }], requirementSets: { ExcelApi: "1.9" } });
  return Excel.run(async (context) => {
    const page = context.workbook.worksheets.getItem("A").pageLayout;
    set(page);
    await context.sync();
    page.load("leftMargin, rightMargin, topMargin, bottomMargin, headerMargin, footerMargin");
    await context.sync();
    return [page.leftMargin, page.rightMargin, page.topMargin, page.bottomMargin, page.headerMargin, page.footerMargin];
  });
}

describe("PageLayout.setPrintMargins in the model", () => {
  it("sets the margins given, in points, and keeps the others", async () => {
    const before = await marginsAfter(() => undefined);
    installed?.uninstall();
    const inches = await marginsAfter((page) =>
      page.setPrintMargins("Inches" as Excel.PrintMarginUnit, { left: 0.7, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }),
    );
    expect(inches).toEqual([0.7, 0.5, 0.6, 0.6, 0.3, 0.3].map((v) => v * 72));
    installed?.uninstall();
    const some = await marginsAfter((page) => page.setPrintMargins("Centimeters" as Excel.PrintMarginUnit, { left: 2.54 }));
    expect(some).toEqual([72, ...before.slice(1)]);
  }, 60_000);

  it("refuses a unit or an option it does not know, setting nothing", async () => {
    await expect(marginsAfter((page) => page.setPrintMargins("Miles" as Excel.PrintMarginUnit, { left: 1 }))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    installed?.uninstall();
    const odd = { left: 1, gutter: 1 } as Excel.PageLayoutMarginOptions;
    await expect(marginsAfter((page) => page.setPrintMargins("Inches" as Excel.PrintMarginUnit, odd))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(installed!.host.pageLayout("A").leftMargin).not.toBe(72);
  }, 60_000);
});
