// The province's desk (spec §9.3): the names of the sheets it writes in the province's workbook,
// and the one it reads back, `Hội đồng`, the council's vote sheet. The council's sheet has the
// Conference sheet's key rows and vote columns (§7.4), so it is read by the conference's own
// reader; only its sheet name and the two columns that say which cluster's nomination a row is
// are its own.
import { labelled as entry, labelSetOf, type Field } from "./field";

export const PROVINCE_SHEETS = {
  clusters: entry("Các cụm", "Clusters"),
  nominations: entry("Đề nghị", "Nominations"),
  council: entry("Hội đồng", "Council"),
  minutes: entry("Biên bản Hội đồng", "Council minutes"),
  submission: entry("Tờ trình Hội đồng", "Council submission"),
} satisfies Record<string, Field>;
export type ProvinceSheet = keyof typeof PROVINCE_SHEETS;

/** The council sheet's own columns, beside the Conference sheet's (written left of the unit). */
export const COUNCIL_COLUMN_FIELDS = {
  cluster: entry("Cụm thi đua", "Cluster"),
  proposed: entry("Khen thưởng đề nghị", "Award proposed"),
} satisfies Record<string, Field>;
export type CouncilColumn = keyof typeof COUNCIL_COLUMN_FIELDS;
export const COUNCIL_COLUMNS = labelSetOf<CouncilColumn>(COUNCIL_COLUMN_FIELDS);

/** The desk's checks (§9.3): rule ids, stable as the cluster's are. */
export type ProvinceRuleId =
  | "province-no-report"
  | "province-duplicate-cluster"
  | "province-stale"
  | "province-incomplete"
  | "province-half-year"
  | "province-other-year"
  | "nomination-not-first"
  | "nomination-over-quota"
  | "nomination-twice";
