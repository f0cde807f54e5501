// §8.2: the units list's optional `Tên ngắn` / `Short name` column, read into the report's unit
// result (absent when the list gives none: the short name is then the sheet's), and carried over
// by the template (`template --from`).
import { buildTemplateSheets, evaluateWorkbook, unitShortName } from "../../src/core";
import { readSetup } from "../../src/core/run/setup";
import { cleanEntries, DEFAULT_KEYS, sheet, workbook, withSheet } from "../support/workbook";

const LONG = "Công ty Cổ phần Môi trường và Công trình đô thị Thanh Hóa";

/** The workbook of `workbook()` whose units list has a fourth column headed `header`. */
function withShortNames(header: string, shortNames: Array<string | null>) {
  const book = workbook({ MT: cleanEntries(), CN: cleanEntries() });
  const rows = [["THIẾT LẬP"], [], ...DEFAULT_KEYS.map(([k, v]) => [k, v]), [], ["STT", "Tên đơn vị", "Trang tính", header]];
  rows.push([1, LONG, "MT", shortNames[0]], [2, "Công ty Cấp nước", "CN", shortNames[1]]);
  return withSheet(book, sheet("Thiết lập", rows));
}

describe("the units list's short name", () => {
  it.each(["Tên ngắn", "Short name"])("is read from the column %s into the report", (header) => {
    const report = evaluateWorkbook(withShortNames(header, ["Môi trường", null])).report;
    const byUnit = Object.fromEntries(report.units.map((u) => [u.unit, u]));
    expect(byUnit[LONG].shortName).toBe("Môi trường");
    // A blank cell gives none: the JSON has no field, and the sheet's name stands in.
    expect("shortName" in byUnit["Công ty Cấp nước"]).toBe(false);
    expect(unitShortName(byUnit["Công ty Cấp nước"])).toBe("CN");
    expect(unitShortName(byUnit[LONG])).toBe("Môi trường");
  });

  it("is absent from every unit of a list without the column, as before", () => {
    const report = evaluateWorkbook(workbook({ A: cleanEntries() })).report;
    expect(report.units.map((u) => "shortName" in u)).toEqual([false]);
  });

  it("falls back to the unit's name when it has no sheet either", () => {
    expect(unitShortName({ unit: "Công ty A", sheet: "" })).toBe("Công ty A");
  });

  it("is carried over by the template, whose list gains the column only when some unit has one", () => {
    const setup = readSetup(withShortNames("Tên ngắn", ["Môi trường", null]));
    const settingsOf = (units: typeof setup.settings.units) =>
      buildTemplateSheets({ criteria: setup.criteria!, settings: { ...setup.settings, units }, language: "vi" }).find(
        (l) => l.name === "Thiết lập",
      )!;
    const header = (values: unknown[][]) => values.find((row) => row.includes("Trang tính"));
    const withColumn = settingsOf(setup.settings.units);
    expect(header(withColumn.values)).toEqual(["STT", "Tên đơn vị", "Trang tính", "Tên ngắn"]);
    expect(withColumn.values.find((row) => row.includes("MT"))?.[3]).toBe("Môi trường");
    const without = settingsOf(setup.settings.units!.map(({ shortName: _unused, ...unit }) => unit));
    expect(header(without.values)).toEqual(["STT", "Tên đơn vị", "Trang tính"]);
    // Read back, the template's list gives the same short names.
    expect(
      readSetup({
        sheets: [
          ...buildTemplateSheets({ criteria: setup.criteria!, settings: setup.settings, language: "vi" }).map((l) => ({
            name: l.name,
            cells: l.values,
            merges: l.merges,
          })),
        ],
      }).settings.units?.map((u) => u.shortName),
    ).toEqual(["Môi trường", undefined]);
  });
});
