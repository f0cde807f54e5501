// Proves the in-memory Excel host (test/excel-host) reproduces the Office.js behaviours listed in
// test/excel-host/excel-api-semantics.md. Every test drives the fake through the public
// Office.js surface (typed with @types/office-js) and checks the workbook through `host`.

import { createExcelHost, installExcelHost, OfficeError, type ExcelHostOptions, type FixtureCell, type SheetSpec } from "./excel-host";

// ---------------------------------------------------------------------------------------------
// Builders and helpers

function setup(options: ExcelHostOptions = {}) {
  const created = createExcelHost(options);
  return { excel: created.Excel, office: created.Office, ext: created.OfficeExtension, host: created.host };
}

/** A unit's sheet: a header row and `rows` rows of criteria with scores. */
function unitSheet(name: string, rows = 3): SheetSpec {
  const cells: FixtureCell[][] = [["STT", "Tiêu chí", "Điểm"]];
  for (let i = 1; i <= rows; i++) cells.push([i, `Tiêu chí ${i}`, i * 10]);
  return { name, cells };
}

async function rejectionOf(promise: Promise<unknown>): Promise<OfficeError> {
  try {
    await promise;
  } catch (error) {
    return error as OfficeError;
  }
  throw new Error("expected the promise to reject");
}

function thrownBy(fn: () => unknown): OfficeError {
  try {
    fn();
  } catch (error) {
    return error as OfficeError;
  }
  throw new Error("expected the call to throw");
}

const PROPERTY_NOT_LOADED = (name: string) =>
  `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

// ---------------------------------------------------------------------------------------------

describe("proxy objects, load and sync", () => {
  it("throws PropertyNotLoaded when values are read before sync", async () => {
    const { excel, ext } = setup({ sheets: [unitSheet("Sheet1")] });
    let error: OfficeError | undefined;
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2");
      error = thrownBy(() => range.values);
      range.load("values");
      // Loaded but not synced yet: still not available.
      expect(thrownBy(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([
        ["STT", "Tiêu chí", "Điểm"],
        [1, "Tiêu chí 1", 10],
      ]);
    });
    expect(error).toBeInstanceOf(ext.Error);
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "PropertyNotLoaded",
      httpStatusCode: 400,
      message: PROPERTY_NOT_LOADED("values"),
      debugInfo: { code: "PropertyNotLoaded", errorLocation: "Range.values" },
      traceMessages: [],
      innerError: null,
    });
    expect(String(error)).toBe(`PropertyNotLoaded: ${PROPERTY_NOT_LOADED("values")}`);
  });

  it.each([
    ["a comma-separated string", "values, address"],
    ["an array", ["values", "address"]],
    ["{select}", { select: "values,address" }],
    ["a strict object", { values: true, address: true }],
  ])("loads the named properties when given %s, and only those", async (_label, option) => {
    const { excel } = setup({ sheets: [unitSheet("Sheet1")] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.load(option as string);
      await context.sync();
      expect(range.values).toEqual([["Tiêu chí 1"]]);
      expect(range.address).toBe("Sheet1!B2");
      expect(thrownBy(() => range.text).code).toBe("PropertyNotLoaded");
    });
  });

  it("loads nested paths and {select, expand}, and reads null when cells differ", async () => {
    const { excel } = setup({ sheets: [unitSheet("Sheet1")] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.bold = true;
      const mixed = sheet.getRange("A1:B1").load("format/font/bold, format/font/name");
      const expanded = sheet.getRange("A1").load({ select: "address", expand: "format/fill" });
      await context.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.font.name).toBe("Calibri");
      expect(expanded.address).toBe("Sheet1!A1");
      expect(expanded.format.fill.color).toBe("#FFFFFF");
      expect(thrownBy(() => expanded.values).code).toBe("PropertyNotLoaded");
    });
  });

  it("throws InvalidArgument immediately for load options of the wrong type", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const error = thrownBy(() => range.load({ select: 5 } as unknown as string));
      expect(error.code).toBe("InvalidArgument");
      await context.sync();
    });
  });

  it("keeps a setter's value readable before sync, until a load replaces it with Excel's value", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["=1+2"]];
      range.format.font.color = "red";
      expect(range.values).toEqual([["=1+2"]]);
      expect(range.format.font.color).toBe("red");
      range.load("values, format/font/color");
      await context.sync();
      expect(range.values).toEqual([[3]]);
      expect(range.format.font.color).toBe("#FF0000");
    });
  });

  it("fills a ClientResult at sync without a load and throws ValueNotLoaded before", async () => {
    const { excel } = setup({ sheets: [unitSheet("A"), unitSheet("B")] });
    await excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      const error = thrownBy(() => count.value);
      expect(error.code).toBe("ValueNotLoaded");
      expect(error.message).toBe(
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  it("gives toJSON with only the loaded properties", async () => {
    const { excel } = setup({ sheets: [unitSheet("Sheet1")] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("address, format/font/bold");
      await context.sync();
      expect(range.toJSON()).toEqual({ address: "Sheet1!A1", format: { font: { bold: false } } });
    });
  });

  it.each([
    ["an unknown property", { nope: 1 }, "Property 'nope' does not exist on the object."],
    ["a read-only property", { address: "A1" }, "Attempting to set read-only property 'address'."],
    ["worksheet on a range", { worksheet: {} }, `Changes to property 'worksheet' cannot be applied through an "object.set" method.`],
  ])("makes set() throw InvalidArgument for %s", async (_label, properties, message) => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const error = thrownBy(() => range.set(properties as Excel.Interfaces.RangeUpdateData));
      expect(error).toMatchObject({ code: "InvalidArgument", message });
      await context.sync();
    });
  });

  it("applies set() to scalars and nested objects, skipping read-only ones when asked", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.set({ values: [["x"]], format: { font: { bold: true }, fill: { color: "#FFFF00" } } });
      range.set({ address: "Z9", numberFormat: [["@"]] } as Excel.Interfaces.RangeUpdateData, { throwOnReadOnly: false });
      await context.sync();
    });
    expect(host.values("Sheet1", "A1")).toEqual([["x"]]);
    expect(host.fonts("Sheet1", "A1")[0][0].bold).toBe(true);
    expect(host.fills("Sheet1", "A1")).toEqual([["#FFFF00"]]);
    expect(host.numberFormats("Sheet1", "A1")).toEqual([["@"]]);
  });

  it("requires struct properties such as pageLayout.zoom to be assigned whole", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      expect(thrownBy(() => (layout.zoom.scale = 200)).code).toBe("PropertyNotLoaded");
      layout.zoom = { scale: 200 };
      await context.sync();
    });
    expect(host.pageLayout("Sheet1").zoom).toEqual({ scale: 200 });
  });

  it("rejects with InvalidRequestContext when an object is used in another context", async () => {
    const { excel } = setup();
    await excel.run(async (first) => {
      const range = first.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await excel.run(async (second) => {
        expect(thrownBy(() => second.load(range, "values")).code).toBe("InvalidRequestContext");
        await second.sync();
      });
      await first.sync();
    });
  });
});

describe("Excel.run", () => {
  it("rejects with RunMustReturnPromise when the batch returns no promise", async () => {
    const { excel, host } = setup();
    const error = await rejectionOf(
      excel.run(((context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      }) as unknown as (context: Excel.RequestContext) => Promise<void>),
    );
    expect(error.code).toBe("RunMustReturnPromise");
    expect(host.values("Sheet1", "A1")).toEqual([[""]]);
  });

  it("syncs once more after the batch so queued writes are applied", async () => {
    const { excel, host } = setup();
    const result = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[42]];
      return "done";
    });
    expect(result).toBe("done");
    expect(host.values("Sheet1", "A1")).toEqual([[42]]);
    expect(host.syncCount).toBe(1);
  });

  it("invalidates the run's objects afterwards, except tracked ones", async () => {
    const { excel, host } = setup();
    let loose: Excel.Range | undefined;
    let kept: Excel.Range | undefined;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      loose = sheet.getRange("A1").load("address");
      kept = sheet.getRange("B1");
      context.trackedObjects.add(kept);
      await context.sync();
    });
    expect(loose!.address).toBe("Sheet1!A1"); // loaded values stay readable
    const error = thrownBy(() => loose!.load("values"));
    expect(error.code).toBe("InvalidObjectPath");
    expect(error.message).toContain('use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods');
    expect(thrownBy(() => (loose!.values = [[1]])).code).toBe("InvalidObjectPath");
    await excel.run(kept!, async (context) => {
      kept!.values = [["tracked"]];
      context.trackedObjects.remove(kept!);
      await context.sync();
    });
    expect(host.values("Sheet1", "B1")).toEqual([["tracked"]]);
  });
});

describe("worksheets", () => {
  it("rejects at sync with ItemNotFound for a missing sheet, even if the proxy is never used", async () => {
    const { excel } = setup({ sheets: [unitSheet("Lam Sơn")] });
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope"); // does not throw here
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "ItemNotFound", message: "The requested resource doesn't exist.", httpStatusCode: 404 });
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    expect(error.debugInfo.surroundingStatements).toContain("// >>>>>");
  });

  it("finds sheets by name ignoring case", async () => {
    const { excel } = setup({ sheets: [unitSheet("Lam Sơn")] });
    const name = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("LAM SƠN").load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Lam Sơn");
  });

  it("sets isNullObject at sync for getItemOrNullObject, with no load", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("Orders"), unitSheet("Keep")] });
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const present = context.workbook.worksheets.getItemOrNullObject("orders");
      expect(thrownBy(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      missing.load("name");
      missing.delete(); // ignored on a null object
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      present.delete();
      await context.sync();
    });
    expect(host.sheetNames()).toEqual(["Keep"]);
  });

  it("lists items in tab order, hidden sheets included, and throws before a load", async () => {
    const { excel } = setup({ sheets: [unitSheet("A"), { ...unitSheet("B"), visibility: "Hidden" }, unitSheet("C")] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrownBy(() => sheets.items).code).toBe("PropertyNotLoaded");
      sheets.load("items/name, items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["A", "Visible"],
        ["B", "Hidden"],
        ["C", "Visible"],
      ]);
      expect(sheets.toJSON()).toEqual({ items: [{ name: "A", visibility: "Visible" }, { name: "B", visibility: "Hidden" }, { name: "C", visibility: "Visible" }] });
    });
  });

  it("appends an added sheet at the end without activating it", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("A"), unitSheet("B")] });
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add("Tổng hợp").load("position, name");
      await context.sync();
      expect(added.position).toBe(2);
    });
    expect(host.sheetNames()).toEqual(["A", "B", "Tổng hợp"]);
    expect(host.activeSheet()).toBe("A");
  });

  const invalidNames: [string, string][] = [
    ["", "InvalidArgument"],
    ["   ", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a?b", "InvalidArgument"],
    ["a*b", "InvalidArgument"],
    ["a[b", "InvalidArgument"],
    ["a]b", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["quoted'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["existing", "ItemAlreadyExists"],
    ["EXISTING", "ItemAlreadyExists"],
  ];

  it.each(invalidNames)("rejects add(%j) with %s", async (name, code) => {
    const { excel, host } = setup({ sheets: [unitSheet("Existing")] });
    const error = await rejectionOf(excel.run(async (context) => void context.workbook.worksheets.add(name)));
    expect(error.code).toBe(code);
    expect(host.sheetNames()).toEqual(["Existing"]);
  });

  it.each(invalidNames)("rejects renaming to %j with %s", async (name, code) => {
    const { excel, host } = setup({ sheets: [unitSheet("Existing"), unitSheet("Other")] });
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").name = name;
      }),
    );
    expect(error.code).toBe(code);
    expect(host.sheetNames()).toEqual(["Existing", "Other"]);
  });

  it.each(["x".repeat(31), "Lam Sơn", "O'Brien", "Tổng hợp (2024)"])("accepts the sheet name %j", async (name) => {
    const { excel, host } = setup();
    await excel.run(async (context) => void context.workbook.worksheets.add(name));
    expect(host.sheetNames()).toEqual(["Sheet1", name]);
  });

  it("lets a sheet be renamed to a different case of its own name", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("summary")] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("summary").name = "Summary";
    });
    expect(host.sheetNames()).toEqual(["Summary"]);
  });

  it.each([
    ["the last visible sheet", [unitSheet("Only"), { ...unitSheet("Hidden"), visibility: "Hidden" as const }], "Only"],
    ["a very hidden sheet", [unitSheet("Shown"), { ...unitSheet("Secret"), visibility: "VeryHidden" as const }], "Secret"],
  ])("rejects deleting %s with InvalidOperation", async (_label, sheets, target) => {
    const { excel, host } = setup({ sheets });
    const error = await rejectionOf(excel.run(async (context) => context.workbook.worksheets.getItem(target).delete()));
    expect(error.code).toBe("InvalidOperation");
    expect(host.sheetNames()).toEqual(sheets.map((s) => s.name));
  });

  it("moves a sheet with a zero-based position and activates on request", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("A"), unitSheet("B"), unitSheet("C")] });
    await excel.run(async (context) => {
      const c = context.workbook.worksheets.getItem("C");
      c.position = 0;
      c.activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("C");
    });
    expect(host.sheetNames()).toEqual(["C", "A", "B"]);
    expect(host.activeSheet()).toBe("C");
  });
});

describe("ranges: values and formulas", () => {
  it.each([
    ["Sheet1", "A1:B4", "Sheet1!A1:B4"],
    ["Lam Sơn", "A1:B2", "'Lam Sơn'!A1:B2"],
    ["Sheet1", "C3", "Sheet1!C3"],
    ["Sheet1", "A:B", "Sheet1!A:B"],
    ["Sheet1", "1:4", "Sheet1!1:4"],
  ])("reads the address of %s!%s as %s", async (sheetName, address, expected) => {
    const { excel } = setup({ sheets: [{ name: sheetName }] });
    const actual = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(address).load("address");
      await context.sync();
      return range.address;
    });
    expect(actual).toBe(expected);
  });

  // A1 holds 5; each input is written to B1.
  it.each([
    ["=A1*2", 10, "=A1*2", "Double"],
    ["=SUM(A1,3)", 8, "=SUM(A1,3)", "Double"],
    ["+A1", 5, "=+A1", "Double"],
    ["-A1", -5, "=-A1", "Double"],
    ["- ghi chú", "#NAME?", "=- ghi chú", "Error"],
    ["123", 123, 123, "Double"],
    ["-12.5", -12.5, -12.5, "Double"],
    ["1,234", 1234, 1234, "Double"],
    ["TRUE", true, true, "Boolean"],
    ["'=A1", "=A1", "=A1", "String"],
    ["'123", "123", "123", "String"],
    ["Tiêu chí", "Tiêu chí", "Tiêu chí", "String"],
    ["", "", "", "Empty"],
  ])("parses the written string %j like typing: value %j, formula %j, type %s", async (input, value, formula, type) => {
    const { excel } = setup({ sheets: [{ name: "Sheet1", cells: [[5, "old"]] }] });
    const range = await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
      cell.values = [[input]];
      cell.load("values, formulas, valueTypes");
      await context.sync();
      return cell;
    });
    expect(range.values).toEqual([[value]]);
    expect(range.formulas).toEqual([[formula]]);
    expect(range.valueTypes).toEqual([[type]]);
  });

  it("turns a percentage into a number with a percent format", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["50%"]];
    });
    expect(host.values("Sheet1", "A1")).toEqual([[0.5]]);
    expect(host.numberFormats("Sheet1", "A1")).toEqual([["0%"]]);
    expect(host.texts("Sheet1", "A1")).toEqual([["50%"]]);
  });

  it.each(["=A1", "123", "-5", "+x", "TRUE"])("keeps %j as text in a cell formatted @", async (input) => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
      cell.numberFormat = [["@"]];
      cell.values = [[input]];
    });
    expect(host.values("Sheet1", "B1")).toEqual([[input]]);
    expect(host.formulas("Sheet1", "B1")).toEqual([[input]]);
  });

  it("applies a 1×1 array to every cell of the range", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B3");
      range.values = [[7]];
      range.numberFormat = [["0.00"]];
    });
    expect(host.values("Sheet1", "A1:B3")).toEqual([
      [7, 7],
      [7, 7],
      [7, 7],
    ]);
    expect(host.texts("Sheet1", "A1:B1")).toEqual([["7.00", "7.00"]]);
  });

  it.each([
    ["too few columns", "A1:C1", [[1, 2]]],
    ["too many rows", "A1:A2", [[1], [2], [3]]],
    ["ragged rows", "A1:B2", [[1, 2], [3]]],
  ])("rejects a write with %s at sync, not at assignment", async (_label, address, values) => {
    const { excel, host } = setup();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
        range.values = values; // no throw here
        await context.sync();
      }),
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    });
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    expect(host.values("Sheet1")).toEqual([]);
  });

  it("leaves a cell unchanged where the written array holds null", async () => {
    const { excel, host } = setup({ sheets: [{ name: "Sheet1", cells: [["keep", "old"]] }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "new"]] as unknown as string[][];
    });
    expect(host.values("Sheet1", "A1:B1")).toEqual([["keep", "new"]]);
  });

  it("reads empty cells as \"\", booleans as TRUE in text and errors as their code", async () => {
    const { excel } = setup({ sheets: [{ name: "Sheet1", cells: [[null, true, { kind: "error", code: "#DIV/0!" }, 0.5]], numberFormats: { D1: "0%" } }] });
    const range = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").load("values, text, formulas, valueTypes");
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([["", true, "#DIV/0!", 0.5]]);
    expect(range.text).toEqual([["", "TRUE", "#DIV/0!", "50%"]]);
    expect(range.formulas).toEqual([["", true, "#DIV/0!", 0.5]]);
    expect(range.valueTypes).toEqual([["Empty", "Boolean", "Error", "Double"]]);
  });

  it("reads null for values of whole columns or rows and rejects writes to them", async () => {
    const { excel } = setup({ sheets: [unitSheet("Sheet1")] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const columns = sheet.getRange("A:B").load("values, formulas, numberFormat, text");
      const rows = sheet.getRange("1:4").load("values");
      await context.sync();
      expect([columns.values, columns.formulas, columns.numberFormat, columns.text, rows.values]).toEqual([null, null, null, null, null]);
    });
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A:A").values = [["x"]];
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("turns an ISO date into a date serial (1 Jan 2000 = 36526) shown as a date", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["2000-01-01"]];
    });
    expect(host.values("Sheet1", "A1")).toEqual([[36526]]);
    expect(host.texts("Sheet1", "A1")).toEqual([["2000-01-01"]]);
  });

  it("reads a fixture formula's cached value, and evaluates formulas written without one", async () => {
    const { excel } = setup({ sheets: [{ name: "Sheet1", cells: [[2, 3, 99]], formulas: { C1: "=VLOOKUP(A1,X:Y,2)", D1: "=A1+B1" } }] });
    const range = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("C1:D1").load("values, formulas");
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([[99, 5]]);
    expect(range.formulas).toEqual([["=VLOOKUP(A1,X:Y,2)", "=A1+B1"]]);
  });

  it("resizes and offsets ranges, rejecting results outside the sheet at sync", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      const resized = base.getResizedRange(2, -1).load("address");
      const offset = base.getOffsetRange(1, 2).load("address");
      await context.sync();
      expect([resized.address, offset.address]).toEqual(["Sheet1!B2:B5", "Sheet1!D3:E4"]);
    });
    const error = await rejectionOf(excel.run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0)));
    expect(error.code).toBe("InvalidArgument");
  });

  it("addresses cells zero-based with getRangeByIndexes and getCell", async () => {
    const { excel } = setup({ sheets: [unitSheet("Sheet1")] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const block = sheet.getRangeByIndexes(1, 1, 2, 2).load("address, values");
      const cell = block.getCell(1, 1).load("address");
      await context.sync();
      expect(block.address).toBe("Sheet1!B2:C3");
      expect(block.values).toEqual([
        ["Tiêu chí 1", 10],
        ["Tiêu chí 2", 20],
      ]);
      expect(cell.address).toBe("Sheet1!C3");
    });
  });
});

describe("merged cells", () => {
  it("reads \"\" for every merged cell except the top-left", async () => {
    const { excel } = setup({ sheets: [{ name: "Sheet1", cells: [["Báo cáo", "hidden", "hidden"]], merges: ["A1:C1"] }] });
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Báo cáo", "", ""]]);
  });

  it("keeps only the top-left value when merging and reports the merged areas", async () => {
    const { excel, host } = setup({ sheets: [{ name: "Sheet1", cells: [["a", "b", "c"], ["d", "e", "f"]] }] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C2").merge(true);
      const none = sheet.getRange("E5:F6").getMergedAreasOrNullObject();
      const areas = sheet.getRange("A1:C2").getMergedAreasOrNullObject();
      areas.load("address, areaCount, areas/items/address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(areas.isNullObject).toBe(false);
      expect(areas.address).toBe("Sheet1!A1:C1, Sheet1!A2:C2");
      expect(areas.areas.items.map((r) => r.address)).toEqual(["Sheet1!A1:C1", "Sheet1!A2:C2"]);
    });
    expect(host.values("Sheet1", "A1:C2")).toEqual([
      ["a", "", ""],
      ["d", "", ""],
    ]);
    expect(host.merges("Sheet1")).toEqual(["A1:C1", "A2:C2"]);
    await excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").unmerge());
    expect(host.merges("Sheet1")).toEqual([]);
    expect(host.values("Sheet1", "A1:C1")).toEqual([["a", "", ""]]);
  });
});

describe("used range", () => {
  it.each([
    ["includes cells that only have formatting", undefined, "Sheet1!A1:D10"],
    ["counts values only when asked", true, "Sheet1!A1:C4"],
  ])("%s", async (_label, valuesOnly, expected) => {
    const { excel } = setup({ sheets: [unitSheet("Sheet1")] });
    const address = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D10").format.fill.color = "#FFFF00";
      const used = sheet.getUsedRange(valuesOnly).load("address");
      await context.sync();
      return used.address;
    });
    expect(address).toBe(expected);
  });

  it("gives A1 for a blank sheet, and a null object from getUsedRangeOrNullObject", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });
});

describe("formatting a summary sheet", () => {
  it("writes fonts, fills, borders, alignment and sizes that read back through load and the host", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.values = [["STT", "Đơn vị", "Tổng"]];
      header.format.font.set({ bold: true, italic: true, color: "#1f4e79", name: "Times New Roman", size: 13, underline: "Single" });
      header.format.fill.color = "#DDEBF7";
      header.format.horizontalAlignment = "Center";
      header.format.verticalAlignment = "Center";
      header.format.wrapText = true;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"] as const) {
        const border = header.format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
        border.color = "#000000";
      }
      sheet.getRange("B:B").format.columnWidth = 150;
      sheet.getRange("1:1").format.rowHeight = 30;
      sheet.getRange("A1:C1").format.autofitRows();
      const read = sheet.getRange("A1:C1").load("format/font/bold, format/font/color, format/fill/color, format/horizontalAlignment, format/rowHeight");
      const inside = header.format.borders.getItem("InsideVertical").load("style, weight");
      await context.sync();
      expect(read.format.font.bold).toBe(true);
      expect(read.format.font.color).toBe("#1F4E79");
      expect(read.format.fill.color).toBe("#DDEBF7");
      expect(read.format.horizontalAlignment).toBe("Center");
      expect(read.format.rowHeight).toBe(30);
      expect([inside.style, inside.weight]).toEqual(["Continuous", "Thin"]);
    });
    expect(host.fonts("Sheet1", "B1")[0][0]).toEqual({ name: "Times New Roman", size: 13, color: "#1F4E79", bold: true, italic: true, underline: "Single", strikethrough: false });
    expect(host.fills("Sheet1", "A1:D1")).toEqual([["#DDEBF7", "#DDEBF7", "#DDEBF7", null]]);
    expect(host.borders("Sheet1", "B1")[0][0]).toMatchObject({
      EdgeTop: { style: "Continuous", weight: "Thin", color: "#000000" },
      EdgeLeft: { style: "Continuous" },
      EdgeRight: { style: "Continuous" },
      EdgeBottom: { style: "Continuous" },
    });
    expect(host.borders("Sheet1", "A2")[0][0].EdgeTop).toBeNull();
    expect(host.alignment("Sheet1", "C1")[0][0]).toEqual({ horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, indentLevel: 0 });
    expect(host.columnWidths("Sheet1")).toEqual({ B: 150 });
    expect(host.rowHeights("Sheet1")).toEqual({ "1": 30 });
    expect(host.autofitCalls("Sheet1")).toEqual([{ kind: "rows", address: "A1:C1" }]);
  });

  it("clears a fill and rejects colours Excel would not accept", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.format.fill.color = "yellow";
      await context.sync();
      expect(host.fills("Sheet1", "A1")).toEqual([["#FFFF00"]]);
      range.format.fill.clear();
    });
    expect(host.fills("Sheet1", "A1")).toEqual([[null]]);
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.color = "not a colour";
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("freezes rows and reports the frozen location", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      const before = panes.getLocationOrNullObject();
      panes.freezeRows(2);
      const after = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(before.isNullObject).toBe(true);
      expect(after.address).toBe("Sheet1!1:2");
    });
    expect(host.frozen("Sheet1")).toEqual({ rows: 2, columns: 0 });
  });

  it("sets up the page: orientation, paper, zoom, margins, print titles and footer", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.centerHorizontally = true;
      layout.leftMargin = 36;
      layout.setPrintTitleRows("$1:$2");
      layout.headersFooters.defaultForAllPages.centerFooter = "Trang &P / &N";
    });
    expect(host.pageLayout("Sheet1")).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      leftMargin: 36,
    });
    expect(host.printTitles("Sheet1")).toEqual({ rows: "$1:$2", columns: null });
    expect(host.headerFooter("Sheet1").defaultForAllPages.centerFooter).toBe("Trang &P / &N");
  });

  it.each([
    ["print titles that are not whole rows", (layout: Excel.PageLayout) => layout.setPrintTitleRows("A1:B2")],
    ["a zoom scale above 400", (layout: Excel.PageLayout) => (layout.zoom = { scale: 500 })],
  ])("rejects %s with InvalidArgument", async (_label, write) => {
    const { excel } = setup();
    const error = await rejectionOf(excel.run(async (context) => void write(context.workbook.worksheets.getItem("Sheet1").pageLayout)));
    expect(error.code).toBe("InvalidArgument");
  });

  it("writes hyperlinks to other sheets, and clear('Hyperlinks') keeps the formatting", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("Tổng hợp"), unitSheet("Lam Sơn")] });
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Tổng hợp").getRange("E2");
      cell.hyperlink = { documentReference: "'Lam Sơn'!A1", textToDisplay: "Lam Sơn", screenTip: "Mở trang" };
      cell.format.font.bold = true;
      const read = cell.load("hyperlink, values");
      await context.sync();
      expect(read.hyperlink).toEqual({ documentReference: "'Lam Sơn'!A1", textToDisplay: "Lam Sơn", screenTip: "Mở trang" });
      expect(read.values).toEqual([["Lam Sơn"]]);
    });
    expect(host.hyperlinks("Tổng hợp")).toEqual({ E2: { documentReference: "'Lam Sơn'!A1", textToDisplay: "Lam Sơn", screenTip: "Mở trang" } });
    await excel.run(async (context) => context.workbook.worksheets.getItem("Tổng hợp").getRange("E2").clear("Hyperlinks"));
    expect(host.hyperlinks("Tổng hợp")).toEqual({});
    expect(host.fonts("Tổng hợp", "E2")[0][0].bold).toBe(true);
  });

  it("stores data validation rules with formulas read back as strings", async () => {
    const { excel, host } = setup();
    await excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10").dataValidation;
      validation.rule = { decimal: { formula1: 0, formula2: 10, operator: "Between" } };
      validation.prompt = { title: "Điểm", message: "Từ 0 đến 10", showPrompt: true };
      const read = validation;
      read.load("type, rule");
      await context.sync();
      expect(read.type).toBe("Decimal");
      expect(read.rule).toEqual({ decimal: { formula1: "=0", formula2: "=10", operator: "Between" } });
    });
    expect(host.dataValidations("Sheet1")).toMatchObject([{ address: "C2:C10", prompt: { title: "Điểm", message: "Từ 0 đến 10" } }]);
    await excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10").dataValidation.clear());
    expect(host.dataValidations("Sheet1")).toEqual([]);
  });
});

describe("protected sheets", () => {
  it.each([
    ["values", (range: Excel.Range) => (range.values = [["changed"]])],
    ["formulas", (range: Excel.Range) => (range.formulas = [["=1+1"]])],
    ["a number format", (range: Excel.Range) => (range.numberFormat = [["0.00"]])],
    ["a font", (range: Excel.Range) => (range.format.font.bold = true)],
    ["a fill", (range: Excel.Range) => (range.format.fill.color = "#FF0000")],
    ["a merge", (range: Excel.Range) => range.merge()],
  ])("rejects writing %s to locked cells with AccessDenied and leaves the sheet as it was", async (_label, write) => {
    const { excel, host } = setup({ sheets: [{ ...unitSheet("Sheet1"), protected: true }] });
    const before = host.snapshotSheet("Sheet1");
    const error = await rejectionOf(excel.run(async (context) => void write(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1"))));
    expect(error).toMatchObject({ code: "AccessDenied", message: "You cannot perform the requested operation." });
    expect(host.snapshotSheet("Sheet1")).toEqual(before);
  });

  it("allows writes to cells unlocked before protect(), and formatting when allowFormatCells is set", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("Sheet1")] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C2:C4").format.protection.locked = false;
      sheet.protection.protect({ allowFormatCells: true });
      sheet.getRange("C2").values = [[99]];
      sheet.getRange("A1").format.font.bold = true;
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
    });
    expect(host.values("Sheet1", "C2")).toEqual([[99]]);
    expect(host.fonts("Sheet1", "A1")[0][0].bold).toBe(true);
    expect(host.protection("Sheet1").protected).toBe(true);
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["x"]];
      }),
    );
    expect(error.code).toBe("AccessDenied");
  });

  it("accepts writes again after unprotect()", async () => {
    const { excel, host } = setup({ sheets: [{ ...unitSheet("Sheet1"), protected: true }] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.unprotect();
      sheet.getRange("A1").values = [["ok"]];
    });
    expect(host.values("Sheet1", "A1")).toEqual([["ok"]]);
  });
});

describe("requirement sets", () => {
  type Probe = [string, string, string, (context: Excel.RequestContext) => unknown];
  const probes: Probe[] = [
    ["Worksheet.getUsedRangeOrNullObject", "1.3", "1.4", (c) => c.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject()],
    ["WorksheetCollection.getItemOrNullObject", "1.3", "1.4", (c) => c.workbook.worksheets.getItemOrNullObject("Sheet1")],
    ["Worksheet.freezePanes", "1.6", "1.7", (c) => c.workbook.worksheets.getItem("Sheet1").freezePanes],
    ["Worksheet.pageLayout", "1.7", "1.9", (c) => c.workbook.worksheets.getItem("Sheet1").pageLayout],
    ["Range.dataValidation", "1.7", "1.8", (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation],
    ["Range.getMergedAreasOrNullObject", "1.12", "1.13", (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").getMergedAreasOrNullObject()],
    ["Range.hyperlink", "1.6", "1.7", (c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1").hyperlink = { address: "https://example.com" })],
    ["Worksheet.getRangeByIndexes", "1.6", "1.7", (c) => c.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1)],
    ["Worksheet.showGridlines", "1.7", "1.8", (c) => (c.workbook.worksheets.getItem("Sheet1").showGridlines = false)],
  ];

  it.each(probes)("throws ApiNotFound at the call for %s below ExcelApi %s", async (name, below, needed, call) => {
    const { excel } = setup({ requirementSets: { ExcelApi: below } });
    await excel.run(async (context) => {
      const error = thrownBy(() => call(context));
      expect(error.code).toBe("ApiNotFound");
      expect(error.message).toBe(`The method or property ${name} is part of the ExcelApi ${needed} requirement set, which is not available in your version of Excel.`);
      await context.sync();
    });
  });

  it.each(probes)("allows %s from ExcelApi %s's successor on", async (_name, _below, needed, call) => {
    const { excel } = setup({ requirementSets: { ExcelApi: needed } });
    await excel.run(async (context) => {
      expect(() => call(context)).not.toThrow();
      await context.sync();
    });
  });

  it.each([
    ["ExcelApi", "1.7", true],
    ["ExcelApi", "1.10", false],
    ["ExcelApi", "1.1", true],
    ["ExcelApi", undefined, true],
    ["WordApi", "1.1", false],
  ])("answers isSetSupported(%s, %s) = %s on an Office 2019 host", (name, version, expected) => {
    const { office } = setup({ requirementSets: { ExcelApi: "1.7" } });
    expect(office.context.requirements.isSetSupported(name, version)).toBe(expected);
  });
});

describe("sync accounting", () => {
  it("counts round trips only for syncs with queued commands", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("Sheet1")] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C4").load("values");
      await context.sync();
      await context.sync(); // nothing queued: no round trip
      range.values = range.values.map((row) => row.map(() => "x"));
      await context.sync();
    }); // the final sync has nothing queued either
    expect(host.syncCount).toBe(2);
    expect(host.syncCallCount).toBe(4);
    expect(host.syncs.map((s) => s.outcome)).toEqual(["ok", "ok"]);
  });

  it("counts request bytes by what is written and response bytes by what is loaded", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("Sheet1", 40)] });
    const big = Array.from({ length: 40 }, (_, i) => [`Đơn vị số ${i}`, i]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("E1").values = [[1]];
      await context.sync();
      sheet.getRange("E1:F40").values = big;
      await context.sync();
      sheet.getRange("A1").load("values");
      await context.sync();
      sheet.getRange("A1:C41").load("values");
      await context.sync();
    });
    const [small, large, oneCell, table] = host.syncs;
    expect(large.requestBytes).toBeGreaterThan(JSON.stringify(big).length);
    expect(large.requestBytes).toBeGreaterThan(small.requestBytes + 500);
    expect(table.responseBytes).toBeGreaterThan(oneCell.responseBytes + 500);
    expect(host.bytesSent).toBe(host.syncs.reduce((n, s) => n + s.requestBytes, 0));
    expect(host.bytesReceived).toBe(host.syncs.reduce((n, s) => n + s.responseBytes, 0));
  });

  it("fails the n-th sync from now after applying the first half of its commands, with no rollback", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("Sheet1")] });
    let loaded: Excel.Range | undefined;
    host.failAtSync(2, "GeneralException");
    const error = await rejectionOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("E1").values = [["sync 1"]];
        await context.sync();
        // Sync 2 queues 4 commands: the first two run, then it fails.
        sheet.getRange("E2").values = [["applied"]];
        loaded = sheet.getRange("A1").load("values");
        sheet.getRange("E3").values = [["not applied"]];
        sheet.getRange("E4").values = [["not applied"]];
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(OfficeError);
    expect(error.code).toBe("GeneralException");
    expect(host.values("Sheet1", "E1:E4")).toEqual([["sync 1"], ["applied"], [""], [""]]);
    expect(loaded!.values).toEqual([["STT"]]);
    expect(host.syncs.map((s) => s.outcome)).toEqual(["ok", "GeneralException"]);
  });

  it.each<["none" | "all", string[]]>([
    ["none", [""]],
    ["all", ["x"]],
  ])("applies %s of the failing sync's commands when asked", async (applied, expected) => {
    const { excel, host } = setup();
    host.failAtSync(1, "InvalidOperation", { applied });
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(host.values("Sheet1", "A1")).toEqual([expected]);
  });

  it("stops a batch at a failing statement: earlier ones stay applied, later ones don't run", async () => {
    const { excel, host } = setup();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
        sheet.getRange("A2").values = [["after"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(host.values("Sheet1", "A1:A2")).toEqual([["before"], [""]]);
  });

  it("rejects an oversized request with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const { excel, host } = setup({ payloadLimitBytes: 2000 });
    const error = await rejectionOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["small"]];
        sheet.getRange("A2:A201").values = Array.from({ length: 200 }, (_, i) => [`row ${i}`]);
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.values("Sheet1")).toEqual([]);
  });

  it("rejects an oversized response with ResponsePayloadSizeLimitExceeded and applies nothing", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("Sheet1", 100)] });
    host.payloadLimitBytes = 1500;
    const error = await rejectionOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("E1").values = [["written in the same sync"]];
        sheet.getRange("A1:C101").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.values("Sheet1", "E1")).toEqual([[""]]);
  });

  it("rejects with InvalidOperationInCellEditMode while the user edits a cell", async () => {
    const { excel, host } = setup({ cellEditMode: true });
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      }),
    );
    expect(error).toMatchObject({
      code: "InvalidOperationInCellEditMode",
      message: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
    });
    expect(host.values("Sheet1")).toEqual([]);
  });

  it("waits for the cell edit to end when the run asks for delayForCellEdit", async () => {
    const { excel, host } = setup({ cellEditMode: true });
    let finished = false;
    const running = excel
      .run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      })
      .then(() => {
        finished = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(finished).toBe(false);
    expect(host.values("Sheet1")).toEqual([]);
    host.cellEditMode = false;
    await running;
    expect(finished).toBe(true);
    expect(host.values("Sheet1", "A1")).toEqual([["x"]]);
    expect(host.syncs[0].waitedForCellEdit).toBe(true);
  });
});

describe("Office namespace", () => {
  it("resolves onReady with the Excel host and exposes language, theme and HostType", async () => {
    const { office } = setup({ displayLanguage: "vi-VN", platform: "OfficeOnline", theme: { isDarkTheme: true } });
    const info = await office.onReady();
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(info.host).toBe(office.HostType.Excel);
    expect(office.context.displayLanguage).toBe("vi-VN");
    expect(office.context.officeTheme.isDarkTheme).toBe(true);
  });

  it("runs a function associated with an action and records event.completed()", async () => {
    const { office, excel, host } = setup();
    office.actions.associate("summarize", (event: { completed(): void }) => {
      void excel.run(async (context) => {
        context.workbook.worksheets.add("Tổng hợp");
        await context.sync();
        event.completed();
      });
    });
    const invocation = host.invokeAction("summarize");
    await invocation.completed;
    expect(host.sheetNames()).toContain("Tổng hợp");
    expect(host.actionCompletions).toEqual([{ actionId: "summarize", options: undefined }]);
    expect(() => host.invokeAction("unknown")).toThrow(/No function is associated/);
  });

  it("installs Excel, Office and OfficeExtension on a global and removes them again", async () => {
    const globalObject: Record<string, unknown> = { Office: "previous" };
    const installed = installExcelHost(globalObject, { sheets: [unitSheet("Sheet1")] });
    expect(globalObject.Excel).toBe(installed.Excel);
    expect(globalObject.Office).toBe(installed.Office);
    const excel = globalObject.Excel as typeof Excel;
    const error = await rejectionOf(excel.run(async (context) => void context.workbook.worksheets.getItem("Nope")));
    expect(error).toBeInstanceOf((globalObject.OfficeExtension as typeof OfficeExtension).Error);
    expect((globalObject.Excel as typeof Excel).ErrorCodes.itemNotFound).toBe(error.code);
    installed.uninstall();
    expect(globalObject).toEqual({ Office: "previous" });
  });
});

describe("snapshots and scale", () => {
  it("snapshots a sheet so a test can prove an add-in left it unchanged", async () => {
    const { excel, host } = setup({ sheets: [unitSheet("Lam Sơn"), unitSheet("Tổng hợp")] });
    const before = host.snapshotSheet("Lam Sơn");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Tổng hợp").getRange("A1:C4").format.font.bold = true;
      context.workbook.worksheets.getItem("Lam Sơn").getRange("A1:C4").load("values");
    });
    expect(host.snapshotSheet("Lam Sơn")).toEqual(before);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Lam Sơn").getRange("C2").format.fill.color = "#FF0000";
    });
    expect(host.snapshotSheet("Lam Sơn")).not.toEqual(before);
  });

  // Speed is measured by `npm run bench`, never asserted here; this checks the work is done.
  it.each([200, 500])("reads a %i-unit workbook and writes its summary in three syncs", async (units) => {
    const sheets = Array.from({ length: units }, (_, i) => {
      const cells: FixtureCell[][] = Array.from({ length: 45 }, (_, r) =>
        Array.from({ length: 10 }, (_, c) => (c === 1 ? `Tiêu chí ${r}` : r * c + 0.25)),
      );
      return { name: `Đơn vị ${i + 1}`, cells, merges: ["A1:J1"] };
    });
    const { excel, host } = setup({ sheets });
    await excel.run(async (context) => {
      const worksheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const used = worksheets.items.map((sheet) => sheet.getUsedRange().load("values"));
      await context.sync();
      const summary = context.workbook.worksheets.add("Tổng hợp");
      const rows = used.map((range, i) => [worksheets.items[i].name, range.values[44][9]]);
      const body = summary.getRangeByIndexes(0, 0, rows.length, 2);
      body.values = rows;
      body.format.font.name = "Times New Roman";
      await context.sync();
    });
    expect(host.syncCount).toBe(3);
    expect(host.values("Tổng hợp", `A${units}:B${units}`)).toEqual([[`Đơn vị ${units}`, 44 * 9 + 0.25]]);
  });
});
