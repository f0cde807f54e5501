// What the province's desk takes in and gives back (spec §9.3). The desk reads clusters' reports,
// never their printed sheets: a report of schemaVersion 2 or 3 serves, version 3's fields being
// optional here so an older summary is still read.
import type {
  CellAddress,
  Classification,
  Decision,
  Issue,
  Language,
  Report,
  RuleId,
  Severity,
  SheetLayout,
  UnitResult,
  Votes,
} from "../model/types";
import type { ProvinceRuleId } from "../schema/province";
import type { MessageParams } from "../words/messages";

/** A cluster's unit line as the desk reads it; `eligible` is version 3's (§9.2). */
export type ClusterUnit = UnitResult & { eligible?: string[] };

/** A cluster's report as the desk reads it: version 2's fields, and version 3's where present. */
export type ClusterReport = Omit<Report, "schemaVersion" | "units" | "quota"> & {
  schemaVersion: number;
  units: ClusterUnit[];
  conferenceDate?: string | null;
  cluster_details?: unknown;
  /** The cluster's award quota, when its report gives it; else the Settings' defaults (§5). */
  quota?: { flag: number; certificate: number };
};

/** One summary workbook given to the desk: its file's name, and its report, null when it has none (§9.1). */
export interface ClusterInput {
  file: string;
  report: ClusterReport | null;
  /** The workbook's data changed after its summary was written (`summary-stale`, issue 13). */
  stale?: boolean;
}

/** An issue of the desk: a sheet and cell of the province's workbook, or the file it is about. */
export type ProvinceIssue = Omit<Issue, "rule"> & { rule: RuleId | ProvinceRuleId; file: string | null };

/** A desk check before its message is worded. */
export interface ProvinceFinding {
  severity: Severity;
  rule: ProvinceRuleId;
  sheet: string | null;
  cell: CellAddress | null;
  file: string | null;
  params: MessageParams;
}

/** One cluster read (`clusters` of the JSON report). */
export interface ProvinceCluster {
  cluster: string | null;
  period: string | null;
  file: string;
  leader: string | null;
  units: number;
  ranked: number;
  conferenceDate: string | null;
  flags: number;
  certificates: number;
  /** Whether the cluster's conference decided (so its minutes and submission exist). */
  papers: boolean;
}

/** One nomination a cluster sends up: a decided award (else, where nothing was decided, a proposal). */
export interface ProvinceNomination {
  cluster: string | null;
  file: string;
  unit: string;
  award: "flag" | "certificate";
  /** The cluster conference's votes; null for a proposal nobody voted on. */
  votes: Votes | null;
  total: number | null;
  rank: number | null;
  classification: Classification | null;
  eligible: string[];
  /** The council's decision (§7.4 rules); null until it decides. */
  decision: Decision | null;
  /** The council's votes for this nomination; null until it decides. */
  councilVotes: Votes | null;
}

/** The province's JSON report (§9.3). */
export interface ProvinceReport {
  schemaVersion: 3;
  kind: "province";
  year: number | null;
  language: Language;
  clusters: Array<Pick<ProvinceCluster, "cluster" | "period" | "file" | "units" | "ranked" | "flags" | "certificates">>;
  nominations: Array<Omit<ProvinceNomination, "file" | "councilVotes">>;
  issues: ProvinceIssue[];
}

/** What one desk run gives back: the report, and the sheets to write in the province's workbook. */
export interface ProvinceEvaluation {
  report: ProvinceReport;
  clusters: ProvinceCluster[];
  nominations: ProvinceNomination[];
  layouts: SheetLayout[];
}
