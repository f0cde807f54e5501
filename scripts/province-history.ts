// The sample province's award history (spec §9.2): three years of `Lịch sử thi đua` rows for each
// unit of a cluster, with decision numbers, and the `Điều kiện khen thưởng` rules sheet's rows, so
// the desk's `eligible` column has something to say. Made up but plausible, and deterministic (a
// seeded generator): each year the cluster had one provincial flag and two certificates, decided
// by the Chairman (`…/QĐ-UBND`); this year's leaders led before, so some of them meet a rule and
// others, one year short of Excellent or with a decision not yet numbered, do not.
import type { AwardRuleColumn, HistoryColumn } from "../src/core/schema/history";
import type { TableLine } from "../src/core/sheets/templateHistory";
import { seededRandom } from "./make-sample";

const FLAG = "Cờ thi đua của UBND tỉnh";
const CERTIFICATE = "Bằng khen của Chủ tịch UBND tỉnh";

/**
 * The sample's rules: shortened from the state's so three years of history fill their windows
 * (the rules are data: the Board types its own). The widest window is four years, this one
 * included, so a unit with three years of rows has no `history-gap`.
 */
export const SAMPLE_AWARD_RULES: Array<TableLine<AwardRuleColumn>> = [
  { award: "Cờ thi đua của Chính phủ", years: 3, lowest: "Xuất sắc", needed: `2 × ${FLAG}` },
  {
    award: "Bằng khen của Thủ tướng Chính phủ",
    years: 4,
    lowest: "Tốt",
    needed: `1 × ${FLAG} hoặc 2 × ${CERTIFICATE}`,
  },
];

/** How many years of history each unit has: the three before the period's year. */
export const HISTORY_YEARS = 3;

/**
 * The history rows of a cluster whose period is `year`: for each of the three years before it, a
 * row per unit (year order, then the units' order). `stars` led this year; the first of them was
 * Excellent every year, with the flag last year and three years ago and a certificate between,
 * unless `unnumbered`: then last year's flag has no decision number yet, so it does not count.
 * The others are Good, now and then Fair or Excellent, and share the other certificates.
 */
export function sampleHistory(
  units: readonly string[],
  stars: readonly string[],
  year: number,
  seed: number,
  unnumbered = false,
): Array<TableLine<HistoryColumn>> {
  const random = seededRandom(seed);
  const lines: Array<TableLine<HistoryColumn>> = [];
  const leader = stars[0];
  const others = units.filter((unit) => unit !== leader);
  for (let past = year - HISTORY_YEARS; past < year; past++) {
    const last = past === year - 1;
    // Each year: the flag to the leader last year (and three years ago), else to another unit.
    const flagTo = last || past === year - 3 ? leader : others[Math.floor(random() * others.length)];
    const certificates = new Set<string>();
    if (!last && flagTo !== leader) certificates.add(leader);
    while (certificates.size < 2) {
      const unit = others[Math.floor(random() * others.length)];
      if (unit !== flagTo) certificates.add(unit);
    }
    let decision = 100 + Math.floor(random() * 800);
    for (const unit of units) {
      const award = unit === flagTo ? FLAG : certificates.has(unit) ? CERTIFICATE : null;
      const roll = random();
      const classification =
        unit === leader || award === FLAG ? "Xuất sắc" : roll < 0.15 ? "Khá" : roll > 0.8 || award !== null ? "Xuất sắc" : "Tốt";
      const numbered = award !== null && !(unnumbered && last && award === FLAG);
      lines.push({
        year: past,
        unit,
        classification,
        award,
        decisionNo: numbered ? `${decision++}/QĐ-UBND` : null,
      });
    }
  }
  return lines;
}
