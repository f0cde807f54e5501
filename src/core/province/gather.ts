// The clusters' reports gathered (spec §9.3): which files are read and which left out, each
// cluster's line, and every nomination it sends up with the checks on it. Pure: the files were
// read by the host, the report taken from each summary's custom XML part (§9.1).
import { nameKey } from "../model/text";
import type { Language } from "../model/types";
import type { ClusterInput, ClusterReport, ProvinceCluster, ProvinceFinding, ProvinceNomination } from "./types";

/** A cluster's report that is read, with the file it came from. */
export interface ReadCluster {
  file: string;
  report: ClusterReport;
}

/** What gathering finds: the clusters read, their nominations, and the issues (with their files). */
export interface Gathered {
  year: number | null;
  read: ReadCluster[];
  clusters: ProvinceCluster[];
  nominations: ProvinceNomination[];
  /** Issues about files (no sheet), each with the file it names. */
  fileIssues: ProvinceFinding[];
}

/**
 * The year a period names: its four digits; null when it names none.
 * @example periodYear("Năm 2025") === 2025
 */
export function periodYear(period: string | null): number | null {
  const found = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(period ?? "");
  return found ? Number(found[1]) : null;
}

/** The province's year: the one given, else the year most of the year reviews name (the earliest on a tie). */
function provinceYear(reports: ReadCluster[], given: number | null): number | null {
  if (given !== null) return given;
  const counts = new Map<number, number>();
  for (const { report } of reports) {
    const year = report.reviewKind === "year" ? periodYear(report.period) : null;
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return years.length > 0 ? years[0][0] : null;
}

/**
 * Reads the inputs in the order given: a file without a report, or a second file of a cluster and
 * period already read, is left out; the other file checks are warnings naming the file.
 */
export function gatherClusters(inputs: readonly ClusterInput[], givenYear: number | null): Gathered {
  const issues: ProvinceFinding[] = [];
  const add = (severity: "error" | "warning", rule: ProvinceFinding["rule"], file: string, params: ProvinceFinding["params"]) =>
    issues.push({ severity, rule, sheet: null, cell: null, params: { file, ...params }, file });
  const read: ReadCluster[] = [];
  const seen = new Map<string, string>();
  for (const input of inputs) {
    if (input.report === null) {
      add("error", "province-no-report", input.file, {});
      continue;
    }
    const report = input.report;
    const key = `${nameKey(report.cluster ?? "")}\u0000${nameKey(report.period ?? "")}`;
    const first = seen.get(key);
    if (first !== undefined) {
      add("warning", "province-duplicate-cluster", input.file, { other: first, cluster: clusterName(report), value: report.period ?? "" });
      continue;
    }
    seen.set(key, input.file);
    read.push({ file: input.file, report });
    if (input.stale) add("warning", "province-stale", input.file, { cluster: clusterName(report) });
  }
  const year = provinceYear(read, givenYear);
  for (const { file, report } of read) {
    if (!report.complete) add("warning", "province-incomplete", file, { cluster: clusterName(report) });
    if (report.reviewKind === "half-year") add("warning", "province-half-year", file, { value: report.period ?? "" });
    const own = periodYear(report.period);
    if (year !== null && own !== null && own !== year)
      add("warning", "province-other-year", file, { value: report.period ?? "", expected: year });
  }
  const clusters = read.map(clusterLine);
  const nominations = read.flatMap(nominationsOf);
  return { year, read, clusters, nominations, fileIssues: issues };
}

/** A cluster's name for messages: its report's, else a dash. */
export function clusterName(report: Pick<ClusterReport, "cluster">): string {
  return report.cluster ?? "—";
}

function decidedAnything(report: ClusterReport): boolean {
  return report.units.some((u) => u.decision !== null);
}

function clusterLine({ file, report }: ReadCluster): ProvinceCluster {
  const awards = nominationsOf({ file, report });
  const leader = (report as { leader?: unknown }).leader;
  const details = (report as { clusterDetails?: { leader?: unknown } }).clusterDetails;
  const leaderName = typeof leader === "string" ? leader : typeof details?.leader === "string" ? details.leader : null;
  return {
    cluster: report.cluster,
    period: report.period,
    file,
    leader: leaderName,
    units: report.units.length,
    ranked: report.units.filter((u) => u.status === "ranked").length,
    conferenceDate: typeof report.conferenceDate === "string" ? report.conferenceDate : null,
    flags: awards.filter((n) => n.award === "flag").length,
    certificates: awards.filter((n) => n.award === "certificate").length,
    papers: decidedAnything(report),
  };
}

/**
 * A cluster's nominations, in its report's (rank) order: its decided awards; where its conference
 * decided nothing, its score-based proposals of a flag or a certificate (a `vote-*` left open is no
 * nomination yet).
 */
function nominationsOf({ file, report }: ReadCluster): ProvinceNomination[] {
  const decided = decidedAnything(report);
  const found: ProvinceNomination[] = [];
  for (const unit of report.units) {
    const award = decided ? unit.decision : unit.award;
    if (award !== "flag" && award !== "certificate") continue;
    found.push({
      cluster: report.cluster,
      file,
      unit: unit.unit,
      award,
      votes: decided ? unit.votes : null,
      total: unit.total,
      rank: unit.rank,
      classification: unit.classification,
      eligible: unit.eligible ?? [],
      decision: null,
      councilVotes: null,
    });
  }
  return found;
}

/** A cluster's quota of each award (§5 `Số Cờ thi đua`, `Số Bằng khen`). */
export interface Quota {
  flag: number;
  certificate: number;
}

/**
 * The checks on the nominations (§9.3), each at its row of the Nominations sheet: `rowOf` gives
 * the row of the nomination at an index, `sheet` the sheet's name and `col` the unit's column.
 */
export function checkNominations(
  gathered: Pick<Gathered, "read" | "nominations">,
  /**
   * What the province allots each cluster (its Settings' quotas, whose defaults are a cluster's). A
   * cluster is held to the lower of this and its own quota, which its report carries: its own
   * conference already kept within its own, so a cluster that gave itself more than the province
   * allots is what this check is for; a summary of an older version, without a quota, is held to
   * the province's alone.
   */
  provinceQuota: Quota,
  at: (index: number) => { sheet: string; row: number; col: number },
): ProvinceFinding[] {
  const found: ProvinceFinding[] = [];
  const warn = (rule: ProvinceFinding["rule"], i: number, params: ProvinceFinding["params"]) => {
    const { sheet, row, col } = at(i);
    found.push({ severity: "warning", rule, sheet, cell: { row, col }, file: null, params });
  };
  const { nominations } = gathered;
  const used = new Map<string, number>();
  nominations.forEach((n, i) => {
    const report = gathered.read.find((r) => r.file === n.file)?.report;
    const cluster = n.cluster ?? "—";
    if (n.award === "flag" && n.rank !== 1) warn("nomination-not-first", i, { cluster, value: String(n.rank ?? "—") });
    const key = `${n.file}\u0000${n.award}`;
    const count = (used.get(key) ?? 0) + 1;
    used.set(key, count);
    const quota = Math.min(provinceQuota[n.award], report?.quota?.[n.award] ?? Infinity);
    if (count === quota + 1) warn("nomination-over-quota", i, { cluster, award: n.award, quota });
  });
  nominations.forEach((n, i) => {
    const other = nominations.find((m, j) => j !== i && m.file !== n.file && nameKey(m.unit) === nameKey(n.unit));
    if (!other) return;
    warn("nomination-twice", i, { name: n.unit, cluster: n.cluster ?? "—", other: other.cluster ?? other.file });
  });
  return found;
}

/** The language of the desk: the one asked for, else the first report's, else Vietnamese. */
export function deskLanguage(read: readonly ReadCluster[], given: Language | undefined): Language {
  return given ?? read[0]?.report.language ?? "vi";
}
