// Builds the two bundled samples: the Cluster 18 template (the engine's own, as `thidua template`
// makes it) filled in with made-up but plausible entries, once as the year review of 2024
// (assets/cluster18-2024.xlsx: awards are proposed, so the demo shows them) and once as the
// half-year review (assets/cluster18-2024-h1.xlsx: ranked and classified, no award; spec §7.3).
// Both hold the same entries, so the guide's arithmetic is the same in both; only the period
// differs. Deterministic: a seeded generator and a fixed file date, so re-running it changes
// nothing unless the code does. Run with `npm run sample`; the results are committed.
//
// What the data shows: units close to plan (actual/target 0.93–1.08), yes/no mostly Đạt, a few
// small deductions and bonus items with their evidence, one verified score with its note, and
// one unit with exactly one warning (a self score typed as text "4,5"). No unit has an error;
// the script checks that by running the engine on the file it wrote.
import { existsSync } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { evaluateWorkbook, findUnitTable, fitRowHeights, onOnePageWhenClose } from "../src/core";
import { buildTemplateSheets } from "../src/core/sheets";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../src/core/schema/cluster18";
import type { Criterion, OutputValue, SheetLayout } from "../src/core/model/types";
import { snapshotOfLayouts } from "../src/cli/template";
import { readWorkbookFile } from "../src/xlsx/read";
import { writeFileAtomically } from "../src/xlsx/files";
import { applySheetLayout, workbookBytes } from "../src/xlsx/write";

/** The repository's root: the folder above this file's that holds package.json (src or dist). */
export function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export type SampleKind = "year" | "half-year";

/** Each sample: its file, its period, and the day its reports were due (the file's date, not the clock's). */
export const SAMPLES: Record<SampleKind, { path: string; period: string; fileDate: Date }> = {
  year: {
    path: path.join(repositoryRoot(), "assets", "cluster18-2024.xlsx"),
    period: "Năm 2024",
    fileDate: new Date(Date.UTC(2025, 0, 10, 8, 0, 0)),
  },
  "half-year": {
    path: path.join(repositoryRoot(), "assets", "cluster18-2024-h1.xlsx"),
    period: "6 tháng đầu năm 2024",
    fileDate: new Date(Date.UTC(2024, 6, 5, 8, 0, 0)),
  },
};
/** The demo's sample: the year review. */
export const SAMPLE_PATH = SAMPLES.year.path;
const SEED = 18_2024;

/** mulberry32: a small seeded generator, so the sample is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Entry = Partial<Record<"target" | "actual" | "quantity" | "self" | "verified" | "evidence" | "note", OutputValue>>;

/** Half-year plan figures by unit sheet: revenue, profit, budget (million VND), income (million VND a month), sector target. */
const PLANS: Record<string, { revenue: number; profit: number; budget: number; income: number; sector: number; sectorEvidence: string }> = {
  "Nam Sông Mã": {
    revenue: 68_500,
    profit: 2_950,
    budget: 1_840,
    income: 9.2,
    sector: 31_450,
    sectorEvidence: "Biên bản nghiệm thu diện tích tưới vụ Chiêm Xuân 2024",
  },
  "Môi trường đô thị": {
    revenue: 412_000,
    profit: 18_600,
    budget: 15_300,
    income: 10.4,
    sector: 96_000,
    sectorEvidence: "Sổ theo dõi khối lượng rác thu gom, có xác nhận của Sở TN&MT",
  },
  "Cấp nước": {
    revenue: 356_000,
    profit: 31_200,
    budget: 22_700,
    income: 12.8,
    sector: 21_600_000,
    sectorEvidence: "Báo cáo sản lượng nước thương phẩm 6 tháng",
  },
  "Sông Chu": {
    revenue: 74_200,
    profit: 3_100,
    budget: 2_050,
    income: 9.0,
    sector: 27_300,
    sectorEvidence: "Biên bản nghiệm thu diện tích tưới vụ Chiêm Xuân 2024",
  },
  "Bắc Sông Mã": {
    revenue: 59_800,
    profit: 2_480,
    budget: 1_620,
    income: 8.7,
    sector: 24_850,
    sectorEvidence: "Biên bản nghiệm thu diện tích tưới vụ Chiêm Xuân 2024",
  },
  "Lam Sơn": {
    revenue: 1_245_000,
    profit: 86_400,
    budget: 74_900,
    income: 11.6,
    sector: 520_000,
    sectorEvidence: "Báo cáo sản lượng sản xuất 6 tháng, đã kiểm toán nội bộ",
  },
  MEDLATEC: {
    revenue: 186_000,
    profit: 14_900,
    budget: 9_300,
    income: 14.1,
    sector: 148_000,
    sectorEvidence: "Thống kê lượt khám từ phần mềm quản lý bệnh viện",
  },
};

/** The few entries that make each unit's half-year its own; the rest is generated. */
const SPECIAL: Record<string, Record<string, Entry>> = {
  "Nam Sông Mã": {
    "V.3": { quantity: 1, evidence: "Lợi nhuận vượt 6% kế hoạch, Báo cáo tài chính quý II/2024" },
  },
  "Môi trường đô thị": {
    "VI.1": { quantity: 1, evidence: "Công văn số 21/CTĐ ngày 12/4/2024 của Trưởng cụm về báo cáo chậm" },
  },
  "Cấp nước": {
    "V.4": { self: 1.5, evidence: "Mô hình cấp nước an toàn được UBND tỉnh nhân rộng, QĐ số 1876/QĐ-UBND" },
  },
  "Sông Chu": {
    // The verification team scored lower than the unit, and said why.
    "II.3": { self: 3.5, verified: 3, note: "Biên bản kiểm tra PCCC ngày 20/5/2024 còn 2 tồn tại chưa khắc phục" },
    "VI.1": { quantity: 1, evidence: "Công văn số 34/CTĐ ngày 06/6/2024 của Trưởng cụm về báo cáo chậm" },
  },
  "Bắc Sông Mã": {
    // The one warning in the sample: a score typed as text with a decimal comma.
    "III.2": { self: "4,5" },
    "III.4": { self: "Không đạt" },
  },
  "Lam Sơn": {
    "V.2": { self: "Đạt", evidence: "Bằng khen của Chủ tịch UBND tỉnh, QĐ số 1521/QĐ-UBND ngày 12/4/2024" },
  },
  MEDLATEC: {
    "VI.2": { quantity: 1, evidence: "Biên bản hội nghị cụm ngày 15/3/2024" },
  },
};

const EVIDENCE: Record<string, string> = {
  "I.1": "Báo cáo tài chính 6 tháng đầu năm 2024",
  "I.2": "Báo cáo tài chính 6 tháng đầu năm 2024",
  "I.3": "Xác nhận nghĩa vụ thuế của Cục Thuế tỉnh Thanh Hóa",
  "I.4": "Báo cáo giám sát tài chính 6 tháng đầu năm 2024",
  "II.5": "Quyết định công nhận sáng kiến của Hội đồng sáng kiến",
  "III.5": "Danh mục tin, bài kèm đường dẫn",
};

/** Entries of one unit for every criterion of the regular groups; bonus and deduction rows stay blank unless special. */
function unitEntries(sheet: string, random: () => number): Record<string, Entry> {
  const plan = PLANS[sheet];
  // Most targets met (100–108 %), about one in five a little short (93–99 %).
  const near = (target: number, decimals = 0) => {
    const ratio = random() < 0.2 ? 0.93 + random() * 0.06 : 1 + random() * 0.08;
    const factor = 10 ** decimals;
    return Math.round(target * ratio * factor) / factor;
  };
  const planTargets: Record<string, [number, number]> = {
    "I.1": [plan.revenue, 0],
    "I.2": [plan.profit, 0],
    "I.3": [plan.budget, 0],
    "I.5": [plan.income, 1],
    "I.6": [plan.sector, 0],
  };
  const entries: Record<string, Entry> = {};
  for (const group of CLUSTER18_CRITERIA.groups) {
    if (group.kind !== "group") continue;
    for (const criterion of group.criteria) entries[criterion.code] = generated(criterion);
  }
  function generated(criterion: Criterion): Entry {
    const evidence = criterion.evidenceRequired ? (criterion.code === "I.6" ? plan.sectorEvidence : EVIDENCE[criterion.code]) : undefined;
    const withEvidence = (entry: Entry): Entry => (evidence ? { ...entry, evidence } : entry);
    switch (criterion.type) {
      case "plan": {
        const [target, decimals] = planTargets[criterion.code];
        return withEvidence({ target, actual: near(target, decimals) });
      }
      case "yesno":
        return withEvidence({ self: random() < 0.93 ? "Đạt" : "Không đạt" });
      case "score": {
        const off = [0, 0, 0.25, 0.5, 0.5, 1][Math.floor(random() * 6)];
        return { self: Math.max(0, criterion.max - off) };
      }
      case "count": {
        const perItem = criterion.perItem ?? 1;
        const full = Math.ceil(criterion.max / perItem);
        return withEvidence({ quantity: Math.max(0, full - 1 + Math.floor(random() * 3)) });
      }
    }
  }
  for (const [code, entry] of Object.entries(SPECIAL[sheet] ?? {})) entries[code] = { ...entries[code], ...entry };
  return entries;
}

/** Writes the entries into a unit sheet's layout, at the columns the engine itself finds. */
export function fill(layout: SheetLayout, entries: Record<string, Entry>): SheetLayout {
  const sheet = snapshotOfLayouts([layout]).sheets[0];
  const table = findUnitTable(sheet);
  if (!table) throw new Error(`the template's sheet ${layout.name} has no unit table`);
  const values = layout.values.map((row) => [...row]);
  for (let row = table.lastHeaderRow + 1; row < values.length; row++) {
    const code = values[row][table.columns.code!];
    const entry = typeof code === "string" ? entries[code] : undefined;
    if (!entry) continue;
    for (const [field, value] of Object.entries(entry) as Array<[keyof Entry, OutputValue]>) {
      const col = table.columns[field];
      if (col === undefined) throw new Error(`the template's sheet ${layout.name} has no ${field} column`);
      while (values[row].length <= col) values[row].push(null);
      values[row][col] = value;
    }
  }
  // As `template --keep-entries` does: rows fit their evidence, the sheet one page when it nearly is.
  return onOnePageWhenClose(fitRowHeights({ ...layout, values }));
}

/** The year's evidence cites the year's reports, not the half-year's. */
function forPeriod(entries: Record<string, Entry>, kind: SampleKind): Record<string, Entry> {
  if (kind === "half-year") return entries;
  const yearly = (text: OutputValue) =>
    typeof text === "string" ? text.replace("6 tháng đầu năm 2024", "năm 2024").replace(/ 6 tháng\b/, " năm 2024") : text;
  const result: Record<string, Entry> = {};
  for (const [code, entry] of Object.entries(entries))
    result[code] = entry.evidence === undefined ? entry : { ...entry, evidence: yearly(entry.evidence) };
  return result;
}

/** A sample workbook's bytes: the year review, or the half-year one. */
export async function makeSample(kind: SampleKind = "year"): Promise<Buffer> {
  const random = seededRandom(SEED);
  const sample = SAMPLES[kind];
  const layouts = buildTemplateSheets({
    criteria: CLUSTER18_CRITERIA,
    settings: { ...CLUSTER18_SETTINGS, period: sample.period, reviewKind: kind },
    language: "vi",
    criterionNamesEn: CLUSTER18_NAMES_EN,
    // Written out, as `thidua template --kind` does, so the sample shows the key at work.
    reviewKind: kind,
  });
  const units = new Set((CLUSTER18_SETTINGS.units ?? []).map((unit) => unit.sheet));
  const filled = layouts.map((layout) =>
    units.has(layout.name) ? fill(layout, forPeriod(unitEntries(layout.name, random), kind)) : layout,
  );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua";
  workbook.lastModifiedBy = "thidua";
  for (const layout of filled) await applySheetLayout(workbook, layout);
  return workbookBytes(workbook, { fixedDate: sample.fileDate });
}

/** What the engine must find in the sample: every unit ranked, no error, one text-number warning. */
export function sampleProblems(report: ReturnType<typeof evaluateWorkbook>["report"]): string[] {
  const problems: string[] = [];
  const notRanked = report.units.filter((unit) => unit.status !== "ranked");
  if (notRanked.length > 0) problems.push(`not ranked: ${notRanked.map((u) => u.sheet).join(", ")}`);
  for (const issue of report.issues) {
    const expected = issue.rule === "text-number" && issue.sheet === "Bắc Sông Mã";
    if (!expected) problems.push(`${issue.severity} ${issue.rule} at ${issue.sheet}!${issue.cell}: ${issue.message}`);
  }
  if (report.issues.length !== 1) problems.push(`expected exactly one warning, found ${report.issues.length} issues`);
  return problems;
}

async function run(): Promise<void> {
  for (const kind of ["year", "half-year"] as const) {
    const file = SAMPLES[kind].path;
    await writeFileAtomically(file, await makeSample(kind));
    const report = evaluateWorkbook(await readWorkbookFile(file)).report;
    const problems = sampleProblems(report);
    if (report.reviewKind !== kind) problems.push(`read as a ${report.reviewKind} review`);
    if (problems.length > 0) {
      process.stderr.write(`make-sample: ${path.basename(file)} is not as intended:\n  ${problems.join("\n  ")}\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
    for (const unit of report.units) {
      process.stdout.write(
        `  ${String(unit.rank).padStart(2)}  ${unit.sheet.padEnd(18)} ${unit.total?.toFixed(2)}  ${unit.classification}  ${unit.award ?? ""}\n`,
      );
    }
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    process.stderr.write(`make-sample: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
