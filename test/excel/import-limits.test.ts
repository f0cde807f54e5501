// Importing units' files within what Excel on the web documents it refuses (issue 19): requests
// over 5 MB (`RequestPayloadSizeLimitExceeded`) and inserted files with a chart, comment,
// PivotTable or slicer (`UnsupportedFeature`). The host is Excel on the web (`OfficeOnline`), so
// the model applies both; the product must split the inserts, refuse a file too large by name
// before any change, and undo what it renamed or added when Excel refuses an insert.
import { randomBytes } from "crypto";
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { runValidate, type PickedFile } from "../../src/excel";
import { importUnitFiles, insertPreviousSummary } from "../../src/excel/import";
import { unzipCapped, zipPackage } from "../../src/xlsx/package";
import { thidua } from "../support/cli";
import { installRuntimeWith } from "../support/host";
import { SAMPLE, SAMPLE_UNIT_SHEETS, HISTORY_SHEETS, base64Of, sampleTemplateWorkbook, sampleUnitFiles } from "../support/unitFiles";
import { removeTempDir } from "../support/xlsxWorkbooks";
import { uninstallOfficeRuntime } from "../office-runtime";

const FIVE_MB = 5_000_000;
const WEB = { platform: "OfficeOnline" } as const;

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

let dir: string;
let picked: PickedFile[];
let sample: WorkbookSnapshot;
beforeAll(async () => {
  ({ dir, picked, sample } = await sampleUnitFiles("thidua-import-limits-"));
}, 120_000);
afterAll(async () => {
  await removeTempDir(dir);
});

/** The same file with extra parts added to its zip (a picture's worth of bytes, a chart part …). */
function withParts(file: PickedFile, parts: Record<string, Buffer>, name = file.name): PickedFile {
  const entries = unzipCapped(Buffer.from(file.base64 as string, "base64"), file.name);
  for (const [part, data] of Object.entries(parts)) entries.set(part, data);
  return { name, base64: zipPackage(entries).toString("base64") };
}

/** Incompressible bytes, as a photo pasted into a unit's file would be. */
const padding = (bytes: number) => ({ "xl/media/image1.png": randomBytes(bytes) });
/** A chart part: enough for Excel on the web to refuse the file. */
const CHART = { "xl/charts/chart1.xml": Buffer.from('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>') };

const names = () => installed!.host.sheetNames();

describe("importing on Excel on the web", () => {
  it("splits seven files of more than 5 MB in all into requests each under 5 MB", async () => {
    const large = picked.map((file) => withParts(file, padding(900_000)));
    expect(large.reduce((n, f) => n + (f.base64 as string).length, 0)).toBeGreaterThan(FIVE_MB);
    installed = installRuntimeWith(sampleTemplateWorkbook(), WEB);
    installed.host.resetStats();
    await importUnitFiles(large, "vi");
    await installed.settled();
    const requests = installed.requests;
    expect(requests.every((r) => r.outcome === "ok" && r.bytes < FIVE_MB)).toBe(true);
    const inserting = requests.filter((r) => r.actions.includes("3 InsertWorksheetsFromBase64"));
    expect(inserting.length).toBeGreaterThan(2);
    expect(names()).toEqual(["Tiêu chí", "Thiết lập", ...SAMPLE_UNIT_SHEETS, ...HISTORY_SHEETS]);
    expect((await runValidate()).report).toEqual(evaluateWorkbook(sample).report);
  }, 180_000);

  it("refuses a file too large for any request by name, before changing anything", async () => {
    installed = installRuntimeWith(sampleTemplateWorkbook(), WEB);
    installed.host.resetStats();
    const huge = withParts(picked[5], padding(3_000_000), "Lam Sơn ảnh.xlsx");
    await expect(importUnitFiles([picked[0], huge], "en")).rejects.toThrow(/Lam Sơn ảnh\.xlsx is too large .* Nothing was changed/);
    await installed.settled();
    expect(installed.requests.some((r) => r.actions.some((a) => a.startsWith("4 ") || a.startsWith("3 Insert")))).toBe(false);
    expect(names()).toEqual(["Tiêu chí", "Thiết lập", ...SAMPLE_UNIT_SHEETS, ...HISTORY_SHEETS]);
  }, 120_000);

  it("undoes the renames and inserts when Excel refuses a file with a chart, and names that file", async () => {
    installed = installRuntimeWith(sampleTemplateWorkbook(), WEB);
    await importUnitFiles(picked, "vi");
    await installed.settled();
    const before = names();
    const lamSon = installed.host.values("Lam Sơn");
    // A corrected Cấp nước (inserted and renamed first), then Lam Sơn's file with a chart.
    const corrected = [withParts(picked[2], {}, "cap-nuoc-sua.xlsx"), withParts(picked[5], CHART, "lam-son-bieu-do.xlsx")];
    const refused = importUnitFiles(corrected, "vi");
    await expect(refused).rejects.toThrow(/lam-son-bieu-do\.xlsx: tệp có biểu đồ.*Sổ làm việc chưa bị thay đổi/);
    await expect(refused).rejects.not.toThrow(/cap-nuoc-sua/);
    await installed.settled();
    expect(names()).toEqual(before);
    expect(installed.host.values("Lam Sơn")).toEqual(lamSon);
  }, 120_000);

  it("puts back a kept Kỳ trước when Excel refuses last period's summary for its chart", async () => {
    const summarized = path.join(dir, "last-year.summary.xlsx");
    expect((await thidua("summarize", SAMPLE, "--out", summarized)).code).toBe(0);
    const lastYear = { name: "nam-2023.xlsx", base64: await base64Of(summarized) };
    const withPrevious = { sheets: [...sample.sheets, { name: "Kỳ trước", cells: [["x"]], merges: [] }] };
    installed = installRuntimeWith(withPrevious, WEB);
    await expect(insertPreviousSummary(lastYear, "en")).rejects.toThrow(/nam-2023\.xlsx: the file has a chart.*Nothing was changed/);
    await installed.settled();
    expect(names()).toEqual(withPrevious.sheets.map((s) => s.name));
  }, 120_000);
});
