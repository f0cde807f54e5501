// The sample province (issue 21 §4), as data: each cluster's workbook as the layouts to write, made
// from the engine's own Cluster 18 template with made-up but plausible units and entries, and the
// conference's votes where the cluster held one. Deterministic (a seeded generator, fixed names).
// Each cluster plants at most one of the desk's checks (PLANTED), so a test can hold every check
// to firing where planted and nowhere else. make-province.ts writes and summarizes them.
import { buildConferenceSheet, evaluateWorkbook, settingsUnitSheetCell } from "../src/core";
import { buildTemplateSheets } from "../src/core/sheets";
import { CLUSTER18_CRITERIA, CLUSTER18_NAMES_EN, CLUSTER18_SETTINGS } from "../src/core/schema/cluster18";
import type { OutputValue, Settings, SheetLayout, UnitListing, WorkbookSnapshot } from "../src/core/model/types";
import { snapshotOfLayouts } from "../src/cli/template";
import { fill, seededRandom } from "./make-sample";
import type { ProvinceRuleId } from "../src/core/schema/province";
import { SAMPLE_AWARD_RULES, sampleHistory } from "./province-history";
import { buildHistorySheets } from "../src/core/sheets/templateHistory";

/** A made-up cluster: its number, size, period, what it decides and what it plants. */
export interface ClusterPlan {
  file: string;
  number: number;
  units: string[];
  period: string;
  /** Awards the conference decides, by rank (1-based); none: no conference held. */
  decide: Array<{ rank: number; award: "flag" | "certificate" }>;
  flagQuota?: number;
  /** The units that lead, in order (every target met, full marks less a little more for each next one); default: the second listed. */
  stars?: string[];
  /** A listed unit whose sheet is left out, so the ranking is incomplete. */
  missingSheet?: boolean;
  planted: ProvinceRuleId[];
}

/** A unit that moved clusters during the year: both its old and new cluster nominate it. */
export const TWICE_NOMINATED = "Công ty CP Cấp nước Thanh Hóa";

const names = (...list: string[]) => list;
export const PROVINCE_YEAR = 2024;

/** The made-up clusters, smallest to largest, each with the faults it plants. */
export const CLUSTER_PLANS: ClusterPlan[] = [
  plan(
    "cum03.xlsx",
    3,
    names(
      "Sở Xây dựng",
      "Sở Giao thông vận tải",
      "Sở Tài nguyên và Môi trường",
      "Sở Công Thương",
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài chính",
      "Sở Nông nghiệp và PTNT",
      "Sở Khoa học và Công nghệ",
      "Sở Thông tin và Truyền thông",
      "Sở Lao động - TB&XH",
      "Sở Y tế",
      "Sở Giáo dục và Đào tạo",
    ),
    [],
  ),
  plan(
    "cum07.xlsx",
    7,
    names(
      TWICE_NOMINATED,
      "Công ty CP Môi trường và Công trình đô thị",
      "Công ty TNHH MTV Sông Chu",
      "Công ty CP Quản lý đường bộ I",
      "Công ty CP Xe khách Thanh Hóa",
      "Công ty TNHH MTV Thủy lợi Nam Sông Mã",
      "Công ty CP Phát hành sách",
      "Công ty CP In Thanh Hóa",
      "Công ty CP Dược - Vật tư y tế",
    ),
    ["nomination-twice"],
    { stars: [TWICE_NOMINATED] },
  ),
  plan(
    "cum11.xlsx",
    11,
    names(
      "Công ty CP Đầu tư phát triển hạ tầng",
      TWICE_NOMINATED,
      "Công ty CP Vận tải thủy",
      "Công ty CP Giống cây trồng",
      "Công ty TNHH Xổ số kiến thiết",
      "Công ty CP Lâm nghiệp Như Xuân",
    ),
    ["nomination-twice"],
    {
      stars: ["Công ty CP Vận tải thủy", TWICE_NOMINATED],
    },
  ),
  plan(
    "cum12.xlsx",
    12,
    names(
      "Bệnh viện Đa khoa tỉnh",
      "Bệnh viện Nhi",
      "Bệnh viện Phụ sản",
      "Bệnh viện Y dược cổ truyền",
      "Bệnh viện Mắt",
      "Bệnh viện Tâm thần",
      "Bệnh viện Phổi",
      "Bệnh viện Da liễu",
    ),
    ["province-stale"],
  ),
  plan(
    "cum15.xlsx",
    15,
    names(
      "Trường Đại học Hồng Đức",
      "Trường Đại học Văn hóa, Thể thao và Du lịch",
      "Trường Cao đẳng Y tế",
      "Trường Cao đẳng Nông lâm",
      "Trường Chính trị tỉnh",
    ),
    ["province-half-year"],
    { period: `6 tháng đầu năm ${PROVINCE_YEAR}`, decide: [] },
  ),
  plan(
    "cum21.xlsx",
    21,
    names(
      "Huyện Thọ Xuân",
      "Huyện Triệu Sơn",
      "Huyện Yên Định",
      "Huyện Thiệu Hóa",
      "Huyện Vĩnh Lộc",
      "Huyện Cẩm Thủy",
      "Huyện Thạch Thành",
    ),
    ["nomination-not-first", "nomination-over-quota"],
    {
      flagQuota: 2,
      stars: ["Huyện Yên Định", "Huyện Thọ Xuân"],
      decide: [
        { rank: 1, award: "flag" },
        { rank: 2, award: "flag" },
        { rank: 3, award: "certificate" },
      ],
    },
  ),
  plan(
    "cum09.xlsx",
    9,
    names("Huyện Nga Sơn", "Huyện Hậu Lộc", "Huyện Hoằng Hóa", "Thị xã Nghi Sơn", "Huyện Quảng Xương", "Thành phố Sầm Sơn"),
    ["province-incomplete"],
    { missingSheet: true, decide: [] },
  ),
  plan(
    "cum04.xlsx",
    4,
    names(
      "Hội Nông dân tỉnh",
      "Hội Liên hiệp Phụ nữ tỉnh",
      "Tỉnh Đoàn",
      "Hội Cựu chiến binh tỉnh",
      "Liên đoàn Lao động tỉnh",
      "Ủy ban MTTQ tỉnh",
    ),
    ["province-other-year"],
    { period: `Năm ${PROVINCE_YEAR - 1}` },
  ),
];

function plan(file: string, number: number, units: string[], planted: ProvinceRuleId[], extra: Partial<ClusterPlan> = {}): ClusterPlan {
  return {
    file,
    number,
    units,
    period: `Năm ${PROVINCE_YEAR}`,
    decide: [
      { rank: 1, award: "flag" },
      { rank: 2, award: "certificate" },
      { rank: 3, award: "certificate" },
    ],
    planted,
    ...extra,
  };
}

/** A sheet name from a unit's name: its last words, short enough for Excel, unique in the cluster. */
function sheetNameOf(name: string, taken: Set<string>): string {
  const words = name.replace(/[,:\\/?*[\]]/g, "").split(" ");
  let candidate = words.slice(-3).join(" ").slice(0, 28);
  for (let n = 2; taken.has(candidate); n++) candidate = `${words.slice(-3).join(" ").slice(0, 25)} ${n}`;
  taken.add(candidate);
  return candidate;
}

function settingsOf(cluster: ClusterPlan): Settings {
  const taken = new Set<string>();
  const units: UnitListing[] = cluster.units.map((name, index) => ({
    no: index + 1,
    name,
    sheet: sheetNameOf(name, taken),
    sheetCell: settingsUnitSheetCell(index),
  }));
  return {
    ...CLUSTER18_SETTINGS,
    clusterName: `Cụm thi đua số ${cluster.number}`,
    period: cluster.period,
    reviewKind: /6 tháng/.test(cluster.period) ? "half-year" : "year",
    leaderUnit: cluster.units[0],
    flagQuota: cluster.flagQuota ?? CLUSTER18_SETTINGS.flagQuota,
    units,
  };
}

/**
 * One unit's entries, seeded, evidence where needed: a leading unit (`star` 1, 2, …) meets every
 * target with full marks less a quarter point for each leader before it; the others miss about a
 * third of their targets a little and lose up to a point here and there.
 */
function entriesOf(random: () => number, star: number): Record<string, Record<string, OutputValue>> {
  let handicap = star > 1 ? (star - 1) * 0.25 : 0;
  const entries: Record<string, Record<string, OutputValue>> = {};
  for (const group of CLUSTER18_CRITERIA.groups) {
    if (group.kind !== "group") continue;
    for (const c of group.criteria) {
      const evidence: Record<string, OutputValue> = c.evidenceRequired ? { evidence: `Báo cáo năm ${PROVINCE_YEAR}` } : {};
      const short = random();
      const off = star > 0 ? 0 : [0, 0.25, 0.5, 0.5, 1][Math.floor(random() * 5)];
      if (c.type === "plan") {
        const ratio = star > 0 || short > 0.35 ? 1 + random() * 0.08 : 0.94 + random() * 0.05;
        entries[c.code] = { target: 1000, actual: Math.round(1000 * ratio), ...evidence };
      } else if (c.type === "yesno") entries[c.code] = { self: star > 0 || short < 0.92 ? "Đạt" : "Không đạt", ...evidence };
      else if (c.type === "count") entries[c.code] = { quantity: Math.ceil(c.max / (c.perItem ?? 1)), ...evidence };
      else {
        entries[c.code] = { self: Math.max(0, c.max - off - handicap), ...evidence };
        handicap = 0;
      }
    }
  }
  return entries;
}

/**
 * A made-up cluster's workbook, as layouts: the template filled in, and, when it decides awards,
 * its Conference sheet with the votes of its members (every unit present).
 */
export function clusterLayouts(cluster: ClusterPlan): SheetLayout[] {
  const random = seededRandom(cluster.number * 1000 + PROVINCE_YEAR);
  const settings = settingsOf(cluster);
  const stars = cluster.stars ?? [cluster.units[1]];
  const year = Number(/\d{4}/.exec(cluster.period)![0]);
  const layouts = buildTemplateSheets({
    criteria: CLUSTER18_CRITERIA,
    settings,
    language: "vi",
    criterionNamesEn: CLUSTER18_NAMES_EN,
    reviewKind: settings.reviewKind,
    // Odd-numbered clusters still wait for last year's flag's decision number.
    history: sampleHistory(cluster.units, stars, year, cluster.number, cluster.number % 2 === 1),
    awardRules: SAMPLE_AWARD_RULES,
  });
  const sheets = new Set((settings.units ?? []).map((u) => u.sheet));
  const missing = cluster.missingSheet ? settings.units![settings.units!.length - 1].sheet : null;
  const starOf = (sheet: string) => stars.indexOf(settings.units!.find((u) => u.sheet === sheet)!.name) + 1;
  const filled = layouts
    .filter((l) => l.name !== missing)
    .map((l) => (sheets.has(l.name) ? fill(l, entriesOf(random, starOf(l.name))) : l));
  return cluster.decide.length > 0 ? [...filled, conferenceLayout(snapshotOfLayouts(filled), cluster)] : filled;
}

/** The Conference sheet the engine prepares, with the meeting's keys, votes and decisions typed in. */
export function conferenceLayout(snapshot: WorkbookSnapshot, cluster: Pick<ClusterPlan, "file" | "number" | "decide">): SheetLayout {
  const evaluation = evaluateWorkbook(snapshot);
  const sheet = buildConferenceSheet(evaluation);
  const values = sheet.values.map((row) => [...row]);
  const units = evaluation.report.units.map((u) => u.unit);
  const members = units.length;
  const key = (label: string, value: OutputValue) => {
    const row = values.findIndex((r) => r[0] === label);
    if (row >= 0) values[row][1] = value;
  };
  key("Ngày họp", `${10 + (cluster.number % 15)}/01/${PROVINCE_YEAR + 1}`);
  key("Địa điểm", `Hội trường ${units[0]}`);
  key("Chủ trì", `Ông Lê Văn ${["An", "Bình", "Cường", "Dũng", "Hải", "Khoa", "Long", "Minh"][cluster.number % 8]} - ${units[0]}`);
  key("Thư ký", `Bà Nguyễn Thị ${["Hoa", "Lan", "Mai", "Nga", "Thu", "Yến"][cluster.number % 6]}`);
  key("Số thành viên dự họp", members);
  for (const { rank, award } of cluster.decide) {
    const unit = evaluation.report.units.find((u) => u.rank === rank);
    const row = values.findIndex((r) => r[1] === unit?.unit);
    if (!unit || row < 0) throw new Error(`${cluster.file}: no unit ranked ${rank}`);
    const votes = members - (rank % 2);
    values[row][4] = award === "flag" ? votes : 0;
    values[row][5] = award === "certificate" ? votes : 0;
    values[row][6] = award === "flag" ? "Cờ thi đua" : "Bằng khen";
  }
  return { ...sheet, values };
}

/**
 * Cluster 18, the bundled sample's year review, with its conference deciding as the scores
 * propose: its first unit missed a target (Good), so the flag goes to the second, Excellent, and
 * the province's desk asks about a flag for a unit not first.
 */
export const CLUSTER18_PLAN: Pick<ClusterPlan, "file" | "number" | "decide" | "planted"> = {
  file: "cum18.xlsx",
  number: 18,
  decide: [
    { rank: 1, award: "certificate" },
    { rank: 2, award: "flag" },
    { rank: 3, award: "certificate" },
  ],
  planted: ["nomination-not-first"],
};

/**
 * Cluster 18's award history and rules, as sheets: three years of rows for the units of its
 * workbook, the unit its conference gives the flag leading them.
 */
export function cluster18History(snapshot: WorkbookSnapshot): SheetLayout[] {
  const evaluation = evaluateWorkbook(snapshot);
  const flagRank = CLUSTER18_PLAN.decide.find((d) => d.award === "flag")!.rank;
  const star = evaluation.report.units.find((u) => u.rank === flagRank)!.unit;
  const units = (evaluation.settings.units ?? []).map((u) => u.name);
  return buildHistorySheets("vi", sampleHistory(units, [star], PROVINCE_YEAR, CLUSTER18_PLAN.number), SAMPLE_AWARD_RULES);
}

/** Cluster 18's workbook (read from its file) with its history sheets filled in (cluster18History). */
export function withCluster18History(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const history = snapshotOfLayouts(cluster18History(snapshot)).sheets;
  const names = new Set(history.map((sheet) => sheet.name));
  return { sheets: [...snapshot.sheets.filter((sheet) => !names.has(sheet.name)), ...history] };
}

/** A cluster workbook's snapshot with its conference's sheet added (Cluster 18, read from its file). */
export function withConference(snapshot: WorkbookSnapshot, cluster: Pick<ClusterPlan, "file" | "number" | "decide">): WorkbookSnapshot {
  return { sheets: [...snapshot.sheets, ...snapshotOfLayouts([conferenceLayout(snapshot, cluster)]).sheets] };
}

/** Files the sample adds beside the clusters: a copy of one cluster's summary, and a workbook never summarized. */
export const DUPLICATE_OF = { file: "cum03_gui-lai.xlsx", of: "cum03.xlsx" };
/** Cluster 21's own workbook, sent by mistake beside its summary: it carries no report. */
export const NOT_SUMMARIZED = { file: "cum21_chua-tong-hop.xlsx", of: "cum21.xlsx" };
/** The cluster whose summary is made stale after summarizing (a unit's entry changed afterwards). */
export const STALE_FILE = "cum12.xlsx";
