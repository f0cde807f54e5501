// Issue 13 §1 and §3 on Microsoft's runtime: seven units' files imported into a fresh template
// give the bundled sample's report; a corrected file replaces its unit's sheet and keeps the old
// one renamed; last period's summary comes in as `Kỳ trước`; clients below ExcelApi 1.13 are told
// what they need. The harness inserts the files' sheets with the project's own reader.
import * as path from "path";
import { evaluateWorkbook } from "../../src/core";
import type { WorkbookSnapshot } from "../../src/core/model/types";
import { runValidate, type PickedFile } from "../../src/excel";
import { importUnitFiles, insertPreviousSummary, planUnitFiles } from "../../src/excel/import";
import { loadWorkbook, readWorkbookFile } from "../../src/xlsx/read";
import { workbookBytes } from "../../src/xlsx/write";
import { thidua } from "../support/cli";
import { installRuntimeWith } from "../support/host";
import {
  SAMPLE,
  SAMPLE_UNIT_SHEETS,
  HISTORY_SHEETS,
  base64Of,
  sampleTemplateWorkbook,
  sampleUnitFiles,
  writeSampleTemplate,
} from "../support/unitFiles";
import { removeTempDir } from "../support/xlsxWorkbooks";
import { uninstallOfficeRuntime } from "../office-runtime";

let installed: ReturnType<typeof installRuntimeWith> | null = null;
afterEach(uninstallOfficeRuntime);

let dir: string;
let picked: PickedFile[];
let sample: WorkbookSnapshot;
beforeAll(async () => {
  ({ dir, picked, sample } = await sampleUnitFiles("thidua-pane-import-"));
}, 120_000);
afterAll(async () => {
  await removeTempDir(dir);
});

const names = () => installed!.host.sheetNames();

describe("importing units' files in the add-in", () => {
  it("brings seven units' files into a fresh template in four syncs: the sample's report", async () => {
    installed = installRuntimeWith(sampleTemplateWorkbook());
    const planned = await planUnitFiles(picked, "vi");
    await installed.settled();
    expect(planned).toMatchObject({ sheets: 7, skipped: 0 });
    expect(planned.lines[5]).toBe("Lam Sơn.xlsx › Lam Sơn → “Lam Sơn”: thay trang trống hiện có của Công ty TNHH Lam Sơn - Thanh Hóa");
    // Planning wrote nothing.
    expect(names()).toEqual(["Tiêu chí", "Thiết lập", ...SAMPLE_UNIT_SHEETS, ...HISTORY_SHEETS]);

    installed.host.resetStats();
    const done = await importUnitFiles(picked, "vi");
    await installed.settled();
    expect(done.lines).toEqual(planned.lines);
    // Names, data, renames and inserts, deletes and names. The read keeps no range past its sync
    // (issue 20), so the runtime sends no clean-up request after the run.
    expect(installed.host.syncCount).toBe(4);
    expect(installed.requests.some((r) => r.actions.includes("3 _RemoveReference"))).toBe(false);
    expect(names()).toEqual(["Tiêu chí", "Thiết lập", ...SAMPLE_UNIT_SHEETS, ...HISTORY_SHEETS]);
    const report = (await runValidate()).report;
    expect(report).toEqual(evaluateWorkbook(sample).report);
  }, 120_000);

  it("replaces a unit's sheet from a corrected file and keeps the old one, renamed", async () => {
    installed = installRuntimeWith(sampleTemplateWorkbook());
    await importUnitFiles(picked, "vi");
    await installed.settled();
    const corrected = await loadWorkbook(path.join(dir, "Lam Sơn.xlsx"));
    const sheet = corrected.getWorksheet("Lam Sơn")!;
    // Lam Sơn corrects II.4's self score (column G).
    const row = sheet.getColumn(1).values.findIndex((v) => v === "II.4");
    const old = sheet.getCell(row, 7).value as number;
    sheet.getCell(row, 7).value = old - 1;
    const file = { name: "lam-son-sua.xlsx", base64: (await workbookBytes(corrected)).toString("base64") };

    const done = await importUnitFiles([file], "vi");
    await installed.settled();
    expect(done.lines).toEqual([
      "lam-son-sua.xlsx › Lam Sơn → “Lam Sơn”: thay trang hiện có của Công ty TNHH Lam Sơn - Thanh Hóa; trang cũ được giữ lại, đổi tên thành “Lam Sơn (cũ 1)”",
    ]);
    const all = names();
    expect(all.slice(all.indexOf("Lam Sơn"), all.indexOf("Lam Sơn") + 2)).toEqual(["Lam Sơn", "Lam Sơn (cũ 1)"]);
    expect(installed.host.values("Lam Sơn")[row - 1][6]).toBe(old - 1);
    expect(installed.host.values("Lam Sơn (cũ 1)")[row - 1][6]).toBe(old);
    const lamSon = (await runValidate()).report.units.find((u) => u.sheet === "Lam Sơn")!;
    expect(lamSon.selfTotal).toBe(evaluateWorkbook(sample).report.units.find((u) => u.sheet === "Lam Sơn")!.selfTotal! - 1);
  }, 120_000);

  it("gives the command line's result on the same files", async () => {
    const template = await writeSampleTemplate(dir);
    const out = path.join(dir, "cli-imported.xlsx");
    const files = picked.map((p) => path.join(dir, p.name));
    expect((await thidua("import", template, ...files, "--out", out)).code).toBe(0);

    installed = installRuntimeWith(sampleTemplateWorkbook());
    await importUnitFiles(picked, "vi");
    await installed.settled();
    expect((await runValidate()).report).toEqual(evaluateWorkbook(await readWorkbookFile(out)).report);
  }, 120_000);

  it("says that Microsoft 365 or Office 2021 is needed below ExcelApi 1.13, and changes nothing", async () => {
    installed = installRuntimeWith(sampleTemplateWorkbook(), { requirementSets: { ExcelApi: "1.12" } });
    await expect(importUnitFiles(picked, "vi")).rejects.toThrow("Microsoft 365 hoặc Office 2021");
    await expect(insertPreviousSummary(picked[0], "en")).rejects.toThrow("Microsoft 365 or Office 2021");
    expect(names()).toEqual(["Tiêu chí", "Thiết lập", ...SAMPLE_UNIT_SHEETS, ...HISTORY_SHEETS]);
  });
});

describe("last period's summary in the add-in", () => {
  it("comes in as Kỳ trước, and a second one keeps the first renamed", async () => {
    const summarized = path.join(dir, "last-year.summary.xlsx");
    expect((await thidua("summarize", SAMPLE, "--out", summarized)).code).toBe(0);
    const lastYear = { name: "nam-2023.xlsx", base64: await base64Of(summarized) };
    // The desktop: Excel on the web refuses the summary for its chart (import-limits.test.ts).
    installed = installRuntimeWith(sample, { platform: "PC" });

    const first = await insertPreviousSummary(lastYear, "vi");
    await installed.settled();
    expect(first).toEqual({ sheet: "Kỳ trước", units: 7, keptAs: [] });
    expect(names()).toEqual([...sample.sheets.map((s) => s.name), "Kỳ trước"]);
    const report = (await runValidate()).report;
    // The same standings as last period: every unit keeps its rank.
    for (const unit of report.units) expect(unit.previous).toEqual({ rank: unit.rank, total: unit.total });

    const second = await insertPreviousSummary(lastYear, "vi");
    await installed.settled();
    expect(second.keptAs).toEqual(["Kỳ trước (cũ 1)"]);
    expect(names().slice(-2)).toEqual(["Kỳ trước (cũ 1)", "Kỳ trước"]);
  }, 120_000);

  it("refuses a workbook without a summary, naming it", async () => {
    installed = installRuntimeWith(sample);
    await expect(insertPreviousSummary({ name: "trong.xlsx", base64: picked[0].base64 }, "vi")).rejects.toThrow(
      "trong.xlsx không có bảng tổng hợp",
    );
    expect(names()).toEqual(sample.sheets.map((s) => s.name));
  });
});
