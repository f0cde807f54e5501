// The province's desk (spec §9.3) on the sample province: every check fires where the sample
// plants it and nowhere else, the nominations are listed, the council's votes are read with the
// conference's rules (§7.4), and the papers follow once it decides.
import { evaluateProvince, evaluateWorkbook, provinceIssueMessageIn, type ClusterInput, type ProvinceEvaluation } from "../../src/core";
import type { SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { snapshotOfLayouts } from "../../src/cli/template";
import { readWorkbookFile } from "../../src/xlsx/read";
import { SAMPLE_PATH } from "../../scripts/make-sample";
import {
  CLUSTER18_PLAN,
  CLUSTER_PLANS,
  DUPLICATE_OF,
  NOT_SUMMARIZED,
  STALE_FILE,
  TWICE_NOMINATED,
  clusterLayouts,
  withCluster18History,
  withConference,
} from "../../scripts/province-sample";
import { SAMPLE_AWARD_RULES } from "../../scripts/province-history";

const OPTIONS = { date: { year: 2025, month: 2, day: 20 } };
let inputs: ClusterInput[];

beforeAll(async () => {
  const cum18 = withConference(withCluster18History(await readWorkbookFile(SAMPLE_PATH)), CLUSTER18_PLAN);
  const reports = new Map<string, ClusterInput["report"]>([[CLUSTER18_PLAN.file, evaluateWorkbook(cum18).report]]);
  for (const plan of CLUSTER_PLANS) {
    const report = evaluateWorkbook(snapshotOfLayouts(clusterLayouts(plan))).report;
    reports.set(plan.file, report);
  }
  inputs = [...reports.entries()].map(([file, report]) => ({ file, report, stale: file === STALE_FILE }));
  inputs.push({ file: DUPLICATE_OF.file, report: reports.get(DUPLICATE_OF.of)! });
  inputs.push({ file: NOT_SUMMARIZED.file, report: null });
});

/** Each issue's file: its own, or for a check on `Đề nghị`, the file of the nomination at that row. */
function firedAt(run: ProvinceEvaluation): string[] {
  return run.report.issues.map((issue) => {
    if (issue.file) return `${issue.file} ${issue.rule}`;
    const row = Number(/\d+/.exec(issue.cell ?? "")![0]) - 4;
    return `${run.nominations[row].file} ${issue.rule}`;
  });
}

describe("the province's desk on the sample province", () => {
  it("fires each check where the sample plants it, and nowhere else", () => {
    const run = evaluateProvince(inputs, { sheets: [] }, OPTIONS);
    const planted: string[] = [`${DUPLICATE_OF.file} province-duplicate-cluster`, `${NOT_SUMMARIZED.file} province-no-report`];
    for (const plan of [CLUSTER18_PLAN, ...CLUSTER_PLANS]) for (const rule of plan.planted) planted.push(`${plan.file} ${rule}`);
    expect([...new Set(firedAt(run))].sort()).toEqual(planted.sort());
    expect(run.report.year).toBe(2024);
  });

  it("lists every nomination decided, and names the unit two clusters nominate at both rows", () => {
    const run = evaluateProvince(inputs, { sheets: [] }, OPTIONS);
    const decided = inputs
      .filter((i) => i.report && i.file !== DUPLICATE_OF.file)
      .flatMap((i) =>
        i.report!.units.filter(
          (u) =>
            u.decision === "flag" ||
            u.decision === "certificate" ||
            (!i.report!.units.some((v) => v.decision) && (u.award === "flag" || u.award === "certificate")),
        ),
      );
    expect(run.nominations).toHaveLength(decided.length);
    const twice = run.report.issues.filter((i) => i.rule === "nomination-twice");
    expect(twice.map((i) => run.nominations[Number(/\d+/.exec(i.cell!)![0]) - 4].unit)).toEqual([TWICE_NOMINATED, TWICE_NOMINATED]);
    const list = run.layouts.find((l) => l.name === "Đề nghị")!;
    expect(list.values.slice(3).map((row) => row[2])).toEqual(run.nominations.map((n) => n.unit));
  });

  it("shows each nomination's higher awards from its cluster's three years of history: some eligible, some not (§9.2)", () => {
    const run = evaluateProvince(inputs, { sheets: [] }, OPTIONS);
    const eligible = run.nominations.filter((n) => n.eligible.length > 0);
    expect(eligible.length).toBeGreaterThan(0);
    expect(eligible.length).toBeLessThan(run.nominations.length);
    expect([...new Set(run.nominations.flatMap((n) => n.eligible))].sort()).toEqual(SAMPLE_AWARD_RULES.map((r) => String(r.award)).sort());
    // Every unit has its three years: no history-gap, and every row reads.
    const historyIssues = inputs.flatMap((i) => i.report?.issues ?? []).filter((issue) => issue.rule.startsWith("history-"));
    expect(historyIssues).toEqual([]);
    const list = run.layouts.find((l) => l.name === "Đề nghị")!;
    const column = list.values[2].indexOf("Đủ điều kiện đề nghị");
    expect(column).toBeGreaterThan(0);
    expect(list.values.slice(3).map((row) => row[column] || null)).toEqual(run.nominations.map((n) => n.eligible.join("; ") || null));
  });

  it("writes the JSON report's shape (§9.3)", () => {
    const report = evaluateProvince(inputs, { sheets: [] }, OPTIONS).report;
    expect(Object.keys(report)).toEqual(["schemaVersion", "kind", "year", "language", "clusters", "nominations", "issues"]);
    expect(report.schemaVersion).toBe(3);
    expect(report.kind).toBe("province");
    expect(Object.keys(report.clusters[0]).sort()).toEqual(["certificates", "cluster", "file", "flags", "period", "ranked", "units"]);
    expect(Object.keys(report.nominations[0]).sort()).toEqual(
      ["award", "classification", "cluster", "decision", "eligible", "rank", "total", "unit", "votes"].sort(),
    );
    const noReport = report.issues.find((i) => i.rule === "province-no-report")!;
    expect(noReport).toMatchObject({ file: NOT_SUMMARIZED.file, sheet: null, cell: null, severity: "error" });
    expect(noReport.message).toContain(NOT_SUMMARIZED.file);
  });
});

describe("a cluster's quota against the province's (§9.1, §9.3)", () => {
  const overQuota = (run: ProvinceEvaluation) => firedAt(run).filter((f) => f.endsWith("nomination-over-quota"));
  // Cluster 21 gave itself 2 flags on its own Settings, and its conference decided both.
  const plan = CLUSTER_PLANS.find((p) => p.file === "cum21.xlsx")!;
  const report = evaluateWorkbook(snapshotOfLayouts(clusterLayouts(plan))).report;
  const withoutQuota = Object.fromEntries(Object.entries(report).filter(([key]) => key !== "quota")) as typeof report;

  it("holds a cluster that gave itself more than the province allots to the province's quota", () => {
    expect(report.quota.flag).toBe(2);
    expect(report.units.filter((u) => u.decision === "flag")).toHaveLength(2);
    // The province's Settings are the defaults: 1 flag a cluster.
    const run = evaluateProvince([{ file: plan.file, report }], { sheets: [] }, OPTIONS);
    expect(overQuota(run)).toEqual([`${plan.file} nomination-over-quota`]);
    expect(run.report.issues.find((i) => i.rule === "nomination-over-quota")!.message).toContain("(1)");
    const allotsTwo = evaluateProvince([{ file: plan.file, report }], provinceSettings(2), OPTIONS);
    expect(overQuota(allotsTwo)).toEqual([]);
  });

  it("holds a cluster to its own quota when it is the lower, and an older summary without one to the province's", () => {
    const own = evaluateProvince(
      [{ file: plan.file, report: { ...report, quota: { flag: 1, certificate: 5 } } }],
      provinceSettings(2),
      OPTIONS,
    );
    expect(overQuota(own)).toEqual([`${plan.file} nomination-over-quota`]);
    const older = evaluateProvince([{ file: plan.file, report: withoutQuota }], provinceSettings(2), OPTIONS);
    expect(overQuota(older)).toEqual([]);
    expect(overQuota(evaluateProvince([{ file: plan.file, report: withoutQuota }], { sheets: [] }, OPTIONS))).toHaveLength(1);
  });
});

/** A province's workbook whose Settings allot each cluster `flags` flags (the rest default). */
function provinceSettings(flags: number): WorkbookSnapshot {
  return { sheets: [{ name: "Thiết lập", cells: [["Số Cờ thi đua", flags]], merges: [] }] };
}

/** The province's workbook after the council met: the desk's own Hội đồng sheet with votes typed in. */
function councilWorkbook(
  first: ProvinceEvaluation,
  members: number,
  votes: (index: number) => [number, number, string | null],
): WorkbookSnapshot {
  const council = first.layouts.find((l) => l.name === "Hội đồng")!;
  const values = council.values.map((row) => [...row]);
  const header = values.findIndex((row) => row[0] === "STT");
  values[values.findIndex((row) => row[0] === "Số thành viên dự họp")][2] = members;
  values[values.findIndex((row) => row[0] === "Chủ trì")][2] = "Ông Đỗ Minh Tuấn - Chủ tịch Hội đồng";
  first.nominations.forEach((_, i) => {
    const [flag, certificate, decision] = votes(i);
    values[header + 1 + i].splice(4, 3, flag, certificate, decision);
  });
  return snapshotOfLayouts([{ ...council, values } as SheetLayout]);
}

describe("the council's votes, read with the conference's rules (§7.4)", () => {
  const decideAll =
    (run: ProvinceEvaluation, members: number, count: number) =>
    (i: number): [number, number, string | null] => {
      const flag = run.nominations[i].award === "flag";
      return [flag ? count : 0, flag ? 0 : count, flag ? "Cờ thi đua" : "Bằng khen"];
    };

  it("takes the decisions above the threshold, with members more than the nominations, then writes the minutes and the submission", () => {
    const first = evaluateProvince(inputs, { sheets: [] }, OPTIONS);
    const members = first.nominations.length + 5;
    const run = evaluateProvince(inputs, councilWorkbook(first, members, decideAll(first, members, members - 2)), OPTIONS);
    expect(run.nominations.every((n) => n.decision === n.award)).toBe(true);
    expect(run.report.issues.filter((i) => i.sheet === "Hội đồng")).toEqual([]);
    expect(run.layouts.map((l) => l.name)).toEqual(["Các cụm", "Đề nghị", "Hội đồng", "Biên bản Hội đồng", "Tờ trình Hội đồng"]);
    const again = run.layouts.find((l) => l.name === "Hội đồng")!;
    expect(again.values.flat()).toContain("Ông Đỗ Minh Tuấn - Chủ tịch Hội đồng");
    const submission = run.layouts
      .find((l) => l.name === "Tờ trình Hội đồng")!
      .values.flat()
      .join("\n");
    expect(submission).toContain("Số: …/TTr-HĐTĐKT");
    expect(submission).toContain("Đỗ Minh Tuấn");
  });

  it("sends the council's papers to the council's own recipients, not a cluster's, unless the province's Settings list some", () => {
    const first = evaluateProvince(inputs, { sheets: [] }, OPTIONS);
    const members = first.nominations.length + 5;
    const voted = councilWorkbook(first, members, decideAll(first, members, members - 2));
    const papers = (run: ProvinceEvaluation) => ["Biên bản Hội đồng", "Tờ trình Hội đồng"].map((name) => recipientLines(run, name));
    expect(papers(evaluateProvince(inputs, voted, OPTIONS))).toEqual([
      ["- Các thành viên Hội đồng;", "- Các Cụm thi đua;", "- Lưu: VT, Ban TĐKT."],
      ["- Như trên;", "- Các thành viên Hội đồng;", "- Lưu: VT, Ban TĐKT."],
    ]);
    const settings = { name: "Thiết lập", cells: [["Nơi nhận", "Sở Nội vụ; Lưu: VT"]], merges: [] };
    const typed = evaluateProvince(inputs, { sheets: [...voted.sheets, settings] }, OPTIONS);
    expect(papers(typed)).toEqual([
      ["- Sở Nội vụ;", "- Lưu: VT."],
      ["- Sở Nội vụ;", "- Lưu: VT."],
    ]);
  });

  it("voids every decision when one has half the votes or less, and says so at its cell", () => {
    const first = evaluateProvince(inputs, { sheets: [] }, OPTIONS);
    const members = 10;
    const run = evaluateProvince(
      inputs,
      councilWorkbook(first, members, (i) => decideAll(first, members, i === 0 ? 5 : 8)(i)),
      OPTIONS,
    );
    const below = run.report.issues.filter((i) => i.rule === "decision-below-threshold");
    expect(below.map((i) => [i.sheet, i.cell])).toEqual([["Hội đồng", "G15"]]);
    expect(run.nominations.every((n) => n.decision === null)).toBe(true);
    expect(run.layouts.map((l) => l.name)).toEqual(["Các cụm", "Đề nghị", "Hội đồng"]);
  });

  it("words each issue again in another language, the desk's checks and the council's alike (the pane's language)", () => {
    const first = evaluateProvince(inputs, { sheets: [] }, OPTIONS);
    const voted = councilWorkbook(first, 10, (i) => decideAll(first, 10, i === 0 ? 5 : 8)(i));
    const run = evaluateProvince(inputs, voted, OPTIONS);
    const english = evaluateProvince(inputs, voted, { ...OPTIONS, language: "en" });
    expect(run.report.language).toBe("vi");
    const rules = run.report.issues.map((issue) => issue.rule);
    expect(rules).toEqual(expect.arrayContaining(["province-no-report", "nomination-twice", "decision-below-threshold"]));
    expect(run.report.issues.map((issue) => provinceIssueMessageIn(issue, "en"))).toEqual(
      english.report.issues.map((issue) => issue.message),
    );
    expect(run.report.issues.map((issue) => provinceIssueMessageIn(issue, "vi"))).toEqual(run.report.issues.map((issue) => issue.message));
    expect(english.report.issues.map((issue) => issue.message)).not.toEqual(run.report.issues.map((issue) => issue.message));
  });
});

/** The lines under a paper's `Nơi nhận:`, down to the first blank. */
function recipientLines(run: ProvinceEvaluation, paper: string): unknown[] {
  const values = run.layouts.find((l) => l.name === paper)!.values;
  const title = values.findIndex((row) => row[0] === "Nơi nhận:");
  const end = values.findIndex((row, i) => i > title && (row[0] === null || row[0] === undefined || row[0] === ""));
  return values.slice(title + 1, end < 0 ? values.length : end).map((row) => row[0]);
}
