// The desk's two listing sheets (spec §9.3): `Các cụm`, one row per cluster read, and `Đề nghị`,
// one row per nomination with its checks. Their rows are where the nomination checks point, so
// the row of a nomination is fixed here (NOMINATIONS_FIRST_ROW) before the checks run.
import { cellRange } from "../model/address";
import type { CellStyle, Language, SheetLayout } from "../model/types";
import type { ProvinceRuleId } from "../schema/province";
import { PROVINCE_RULE_NAMES } from "../words/provinceMessages";
import { SheetDraft, printSetup } from "../sheets/sheet";
import { CLASSIFICATION_WORDS, awardName, formatNumber } from "../words";
import { PROVINCE_TEXT } from "../words/province";
import type { ProvinceCluster, ProvinceNomination } from "./types";

const HEADER_FILL = "#DCE6F1";
const HEADER: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true, border: true };
const CELL: CellStyle = { border: true, wrap: true };
const CENTER: CellStyle = { border: true, horizontal: "center" };
const HEADER_ROW = 2;
/** The first nomination's row on `Đề nghị` (zero-based): title, a blank row, the header. */
export const NOMINATIONS_FIRST_ROW = HEADER_ROW + 1;
/** The unit's column on `Đề nghị`, where a nomination's checks point. */
export const NOMINATIONS_UNIT_COL = 2;

function titled(name: string, title: string, widths: number[]): SheetDraft {
  const draft = new SheetDraft(name);
  widths.forEach((width, col) => draft.width(col, width));
  draft.merge(cellRange(0, 0, 0, widths.length - 1), title, { bold: true, horizontal: "center", fontSize: 13, wrap: true });
  draft.height(0, 36);
  return draft;
}

/**
 * `Các cụm`: cluster, period, leader, units, ranked, conference date, flags and certificates
 * decided, whether its papers exist, and the file it came from.
 * @example buildClustersSheet(clusters, "vi").name === "Các cụm"
 */
export function buildClustersSheet(clusters: readonly ProvinceCluster[], language: Language): SheetLayout {
  const text = PROVINCE_TEXT[language];
  const c = text.clusterColumns;
  const draft = titled(text.sheets.clusters, text.clustersTitle, [6, 24, 18, 28, 9, 11, 13, 8, 11, 13, 28]);
  const labels = [c.no, c.cluster, c.period, c.leader, c.units, c.ranked, c.conferenceDate, c.flags, c.certificates, c.papers, c.file];
  draft.setRow(HEADER_ROW, 0, labels, HEADER);
  draft.height(HEADER_ROW, 32);
  clusters.forEach((cluster, index) => {
    const row = HEADER_ROW + 1 + index;
    draft.set(row, 0, index + 1, CENTER);
    draft.setRow(row, 1, [cluster.cluster, cluster.period, cluster.leader], CELL);
    draft.setRow(row, 4, [cluster.units, cluster.ranked], CENTER);
    const date = cluster.conferenceDate ? cluster.conferenceDate.split("-").reverse().join("/") : null;
    draft.setRow(row, 6, [date, cluster.flags, cluster.certificates, cluster.papers ? text.yes : text.no], CENTER);
    draft.set(row, 10, cluster.file, CELL);
  });
  return draft.toLayout({ frozenRows: HEADER_ROW + 1, print: printSetup("landscape", language, { first: HEADER_ROW, last: HEADER_ROW }) });
}

/**
 * `Đề nghị`: one row per nomination: cluster, unit, award, the cluster's votes `n/m` and their
 * share, total, rank, classification, the higher awards it is eligible for, and its checks.
 * @example buildNominationsListSheet(nominations, checks, "vi", 2025).name === "Đề nghị"
 */
export function buildNominationsListSheet(
  nominations: readonly ProvinceNomination[],
  checks: ReadonlyArray<readonly ProvinceRuleId[]>,
  language: Language,
  year: number | null,
): SheetLayout {
  const text = PROVINCE_TEXT[language];
  const c = text.nominationColumns;
  const draft = titled(text.sheets.nominations, text.nominationsTitle(year), [6, 22, 30, 24, 9, 9, 9, 8, 13, 24, 30]);
  const labels = [c.no, c.cluster, c.unit, c.award, c.votes, c.percent, c.total, c.rank, c.classification, c.eligible, c.checks];
  draft.setRow(HEADER_ROW, 0, labels, HEADER);
  draft.height(HEADER_ROW, 32);
  nominations.forEach((n, index) => {
    const row = NOMINATIONS_FIRST_ROW + index;
    const count = n.votes ? (n.award === "flag" ? n.votes.flag : n.votes.certificate) : null;
    const share = n.votes && count !== null && n.votes.members > 0 ? `${formatNumber((count * 100) / n.votes.members, language)}%` : null;
    draft.set(row, 0, index + 1, CENTER);
    draft.setRow(row, 1, [n.cluster, n.unit, awardName(n.award, language)], CELL);
    draft.setRow(row, 4, [n.votes ? `${count}/${n.votes.members}` : null, share], CENTER);
    draft.set(row, 6, n.total, { ...CENTER, numberFormat: "0.00" });
    draft.set(row, 7, n.rank, CENTER);
    draft.set(row, 8, n.classification ? CLASSIFICATION_WORDS[language][n.classification] : null, CENTER);
    draft.set(row, 9, n.eligible.join("; ") || null, CELL);
    const said = checks[index].map((rule) => PROVINCE_RULE_NAMES[language][rule]);
    draft.set(row, 10, said.join("; ") || null, { ...CELL, fontColor: said.length > 0 ? "#9C0006" : undefined });
  });
  return draft.toLayout({ frozenRows: HEADER_ROW + 1, print: printSetup("landscape", language, { first: HEADER_ROW, last: HEADER_ROW }) });
}
