// A large province for the scale test and the bench (issue 21 §5): `clusters` summaries of `units`
// units each. One cluster workbook is made (the sample's builder) and summarized once; the others
// are copies whose report part names another cluster, so the desk reads `clusters` full reports
// and checks each summary's freshness, as it would a real province's.
import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { readReportPart, withReportPart } from "../src/xlsx/reportPart";
import { unzipCapped, zipPackage } from "../src/xlsx/package";
import { applySheetLayout, workbookBytes } from "../src/xlsx/write";
import { clusterLayouts } from "./province-sample";

/**
 * Writes the province's summaries into `dir` and returns their folder.
 * @example await largeProvince(dir, 40, 30) // dir/summaries with 40 files
 */
export async function largeProvince(dir: string, clusters: number, units: number): Promise<string> {
  const names = Array.from({ length: units }, (_, i) => `Đơn vị số ${i + 1}`);
  const plan = {
    file: "cum.xlsx",
    number: 1,
    units: names,
    period: "Năm 2024",
    decide: [{ rank: 1, award: "flag" as const }],
    planted: [],
  };
  const workbook = new ExcelJS.Workbook();
  for (const layout of clusterLayouts(plan)) await applySheetLayout(workbook, layout);
  const source = path.join(dir, "cum.xlsx");
  await fs.writeFile(source, await workbookBytes(workbook));
  const summaries = path.join(dir, "summaries");
  await fs.mkdir(summaries, { recursive: true });
  const first = path.join(summaries, "cum01.summary.xlsx");
  const code = await main(["summarize", source, "--out", first], {
    stdout: () => undefined,
    stderr: () => undefined,
    today: () => ({ year: 2025, month: 1, day: 15 }),
  });
  if (code === 2) throw new Error("the scale province's cluster could not be summarized");
  const bytes = await fs.readFile(first);
  const report = readReportPart(bytes)!;
  for (let n = 2; n <= clusters; n++) {
    const renamed = { ...report, cluster: `Cụm thi đua số ${n}` };
    const file = path.join(summaries, `cum${String(n).padStart(2, "0")}.summary.xlsx`);
    await fs.writeFile(file, zipPackage(withReportPart(unzipCapped(bytes, file), renamed)));
  }
  return summaries;
}
