// Builds the sample province (issue 21 §4) under samples/province/: each cluster's workbook
// (province-sample.ts, with three years of award history and the rules: province-history.ts)
// summarized by `thidua summarize`, so each summary carries its report
// (§9.1); Cluster 12's summary then made stale (an entry changed after summarizing), a second copy
// of Cluster 3's summary, and Cluster 21's own workbook sent beside its summary. Then `thidua province` on
// the folder, the council's votes typed into its Hội đồng sheet, and `thidua province` again, which
// adds the council's minutes and submission. Deterministic: fixed dates, fixed zip dates. Run
// with `npm run sample:province`; the results are committed.
import { promises as fs } from "fs";
import * as path from "path";
import * as os from "os";
import * as ExcelJS from "exceljs";
import type { SheetLayout } from "../src/core/model/types";
import { main } from "../src/cli/main";
import { withFixedDates } from "../src/xlsx/package";
import { readWorkbookFile } from "../src/xlsx/read";
import { writeFileAtomically } from "../src/xlsx/files";
import { applySheetLayout, summaryWorkbookBytes, workbookBytes } from "../src/xlsx/write";
import { SAMPLE_PATH, repositoryRoot } from "./make-sample";
import {
  CLUSTER18_PLAN,
  CLUSTER_PLANS,
  DUPLICATE_OF,
  NOT_SUMMARIZED,
  STALE_FILE,
  cluster18History,
  clusterLayouts,
  conferenceLayout,
  withCluster18History,
} from "./province-sample";

const FOLDER = path.join(repositoryRoot(), "samples", "province");
const SUMMARIES = path.join(FOLDER, "summaries");
const FILE_DATE = new Date(Date.UTC(2025, 1, 20, 8, 0, 0));
const TODAY = { year: 2025, month: 2, day: 20 };

/** Runs `thidua …` in-process with the sample's date; stops on exit 2. */
async function thidua(...argv: string[]): Promise<number> {
  let said = "";
  const code = await main(argv, { stdout: (t) => (said += t), stderr: (t) => (said += t), today: () => TODAY });
  if (code === 2) throw new Error(`thidua ${argv.join(" ")}: ${said}`);
  return code;
}

async function writeLayouts(file: string, layouts: SheetLayout[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua";
  for (const layout of layouts) await applySheetLayout(workbook, layout);
  await writeFileAtomically(file, await workbookBytes(workbook, { fixedDate: FILE_DATE }));
}

/** Sets a file's zip dates to the sample's, so running again changes no byte. */
async function fixDates(file: string): Promise<void> {
  await fs.writeFile(file, withFixedDates(await fs.readFile(file), FILE_DATE));
}

/** The cluster workbooks, in a scratch folder: only their summaries are kept. */
async function clusterWorkbooks(scratch: string): Promise<Map<string, string>> {
  const made = new Map<string, string>();
  const sample = await readWorkbookFile(SAMPLE_PATH);
  const cum18 = withCluster18History(sample);
  const cum18File = path.join(scratch, CLUSTER18_PLAN.file);
  const added = [conferenceLayout(cum18, CLUSTER18_PLAN), ...cluster18History(sample)];
  await fs.writeFile(cum18File, await summaryWorkbookBytes(SAMPLE_PATH, added, { inputSheets: true }));
  made.set(CLUSTER18_PLAN.file, cum18File);
  for (const plan of CLUSTER_PLANS) {
    const file = path.join(scratch, plan.file);
    await writeLayouts(file, clusterLayouts(plan));
    made.set(plan.file, file);
  }
  return made;
}

/** Cluster 12's summary with one unit's entry changed after it was made (a stale summary). */
async function makeStale(summary: string): Promise<void> {
  const plan = CLUSTER_PLANS.find((p) => p.file === STALE_FILE)!;
  const layouts = clusterLayouts(plan);
  const unit = layouts[2];
  const values = unit.values.map((row) => [...row]);
  const row = values.findIndex((r) => typeof r[0] === "string" && /^III\./.test(r[0]) && typeof r[6] === "number");
  values[row][6] = (values[row][6] as number) - 0.5;
  await fs.writeFile(summary, await summaryWorkbookBytes(summary, [{ ...unit, values }], { inputSheets: true }));
}

async function run(): Promise<void> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), "thidua-province-"));
  await fs.rm(SUMMARIES, { recursive: true, force: true });
  await fs.mkdir(SUMMARIES, { recursive: true });
  const workbooks = await clusterWorkbooks(scratch);
  for (const [file, workbook] of workbooks) {
    await thidua("summarize", workbook, "--out", path.join(SUMMARIES, file.replace(/\.xlsx$/, ".summary.xlsx")));
  }
  await makeStale(path.join(SUMMARIES, STALE_FILE.replace(/\.xlsx$/, ".summary.xlsx")));
  await fs.copyFile(path.join(SUMMARIES, DUPLICATE_OF.of.replace(/\.xlsx$/, ".summary.xlsx")), path.join(SUMMARIES, DUPLICATE_OF.file));
  await fs.copyFile(workbooks.get(NOT_SUMMARIZED.of)!, path.join(SUMMARIES, NOT_SUMMARIZED.file));
  for (const name of await fs.readdir(SUMMARIES)) await fixDates(path.join(SUMMARIES, name));

  const provinceFile = path.join(FOLDER, "province.xlsx");
  await fs.rm(provinceFile, { force: true });
  await thidua("province", SUMMARIES, "--out", provinceFile);
  await typeCouncilVotes(provinceFile);
  await thidua("province", SUMMARIES, "--out", provinceFile, "--json", path.join(FOLDER, "province.report.json"));
  await fixDates(provinceFile);
  await fs.rm(scratch, { recursive: true, force: true });
  process.stdout.write(`Wrote ${path.relative(process.cwd(), FOLDER)}\n`);
}

/** The council met: 15 members, every nomination put to the vote, one flag cut to a certificate. */
async function typeCouncilVotes(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Hội đồng")!;
  const key = (label: string, value: ExcelJS.CellValue) =>
    sheet.eachRow((row) => {
      if (row.getCell(1).value === label) row.getCell(3).value = value;
    });
  key("Ngày họp", "25/02/2025");
  key("Địa điểm", "Hội trường UBND tỉnh Thanh Hóa");
  key("Chủ trì", "Ông Đỗ Minh Tuấn - Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh");
  key("Thư ký", "Bà Lê Thị Hà - Trưởng ban Thi đua - Khen thưởng tỉnh");
  key("Số thành viên dự họp", 15);
  key("Bắt đầu", "8 giờ 00");
  key("Kết thúc", "10 giờ 30");
  let header = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === "STT") header = n;
  });
  let index = 0;
  sheet.eachRow((row, n) => {
    if (n <= header || row.getCell(3).value === null) return;
    const flag = /Cờ/.test(String(row.getCell(4).value));
    // The council cuts one flag (the cluster's second, over its quota) to a certificate.
    const cut = flag && /Thọ Xuân/.test(String(row.getCell(3).value));
    row.getCell(5).value = flag ? (cut ? 6 : 12 + (index % 3)) : 0;
    row.getCell(6).value = flag ? (cut ? 13 : 0) : 11 + (index % 4);
    row.getCell(7).value = flag && !cut ? "Cờ thi đua" : "Bằng khen";
    index++;
  });
  // The sample's date as the workbook's own (docProps), else each run would stamp its clock there.
  await fs.writeFile(file, await workbookBytes(workbook, { fixedDate: FILE_DATE }));
}

if (require.main === module) {
  run().catch((error: unknown) => {
    process.stderr.write(`make-province: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
