// `thidua province` (spec §9.3) on the committed sample province: the reports read from each
// summary's custom XML part, a workbook without one refused by name, the JSON report, the council's
// votes read from an existing --out, and --out never an input.
import { promises as fs } from "fs";
import * as path from "path";
import { thidua } from "../support/cli";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { readWorkbookFile } from "../../src/xlsx/read";
import { CLUSTER18_PLAN, CLUSTER_PLANS, DUPLICATE_OF, NOT_SUMMARIZED } from "../../scripts/province-sample";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "province");
const SUMMARIES = path.join(SAMPLE, "summaries");
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => removeTempDir(dir));

describe("thidua province", () => {
  it("reads the sample province's folder, names the workbook without a report, and writes the JSON report", async () => {
    const out = path.join(dir, "province.xlsx");
    const json = path.join(dir, "province.json");
    const run = await thidua("province", SUMMARIES, "--out", out, "--json", json, "--lang", "vi");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${NOT_SUMMARIZED.file}: Tệp "${NOT_SUMMARIZED.file}" không có báo cáo của cụm`);
    const report = JSON.parse(await fs.readFile(json, "utf8"));
    expect([report.schemaVersion, report.kind, report.year]).toEqual([3, "province", 2024]);
    expect(report.clusters.map((c: { file: string }) => c.file)).not.toContain(NOT_SUMMARIZED.file);
    expect(report.clusters).toHaveLength(1 + CLUSTER_PLANS.length);
    const byFile = report.issues
      .filter((i: { file: string | null }) => i.file !== null)
      .map((i: { file: string; rule: string }) => `${i.file} ${i.rule}`);
    const planted = CLUSTER_PLANS.flatMap((p) =>
      p.planted.filter((r) => r.startsWith("province-")).map((r) => `${p.file.replace(".xlsx", ".summary.xlsx")} ${r}`),
    );
    planted.push(`${DUPLICATE_OF.file} province-duplicate-cluster`, `${NOT_SUMMARIZED.file} province-no-report`);
    expect(byFile.sort()).toEqual(planted.sort());
    const sheets = (await readWorkbookFile(out)).sheets.map((s) => s.name);
    expect(sheets).toEqual(["Các cụm", "Đề nghị", "Hội đồng"]);
    expect(CLUSTER18_PLAN.planted).toEqual(["nomination-not-first"]);
  });

  it("reads the council's votes from an existing --out and adds its minutes and submission", async () => {
    const out = path.join(dir, "voted.xlsx");
    await fs.copyFile(path.join(SAMPLE, "province.xlsx"), out);
    const run = await thidua("province", SUMMARIES, "--out", out);
    expect(run.code).toBe(1);
    const sheets = (await readWorkbookFile(out)).sheets.map((s) => s.name);
    expect(sheets.slice(0, 5)).toEqual(["Các cụm", "Đề nghị", "Hội đồng", "Biên bản Hội đồng", "Tờ trình Hội đồng"]);
  });

  it("never writes over one of its inputs", async () => {
    const input = path.join(SUMMARIES, "cum18.summary.xlsx");
    const run = await thidua("province", SUMMARIES, "--out", input);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(input);
  });
});
