// Last period's summary (issue 13 §3), so the new summary can show each unit's previous rank and
// how far it moved: from the report the summary file carries (§9.1: programs read the part), else,
// for a summary made before it or one brought in as the sheet `Kỳ trước` / `Previous period` (a
// sheet copy does not carry the part), by its labels from the Summary sheet, in either language.
import { readHeaderRow, sheetNamed, withMergesBlanked, HEADER_SEARCH_ROWS } from "./sheet";
import { makeLabelSet, sameName } from "../model/text";
import { allLabels } from "../schema/field";
import { UNIT_NAME_FIELD } from "../schema/unitSheet";
import { CLASSIFICATION_FIELD } from "../schema/history";
import type { CarriedReport, PreviousPeriod, PreviousStanding, SheetSnapshot, UnitResult, WorkbookSnapshot } from "../model/types";
import { CLASSIFICATION_WORDS } from "../words/common";
import { readNumber } from "../model/values";

/** The sheet last period's summary is brought in as, in the workbook being scored. */
export const IMPORTED_PREVIOUS_LABELS = ["Kỳ trước", "Previous period"] as const;

/** Where last period's summary may be: an imported copy first, then a workbook's own Summary. */
const PREVIOUS_SHEET_LABELS = [...IMPORTED_PREVIOUS_LABELS, "Tổng hợp", "Summary"] as const;

const SUMMARY_COLUMNS = makeLabelSet({
  unit: allLabels(UNIT_NAME_FIELD),
  total: ["Tổng điểm", "Total"],
  rank: ["Xếp hạng", "Rank"],
  classification: allLabels(CLASSIFICATION_FIELD),
});

/**
 * Last period's standings from a workbook holding its summary: the first sheet named as in
 * PREVIOUS_SHEET_LABELS whose header row (in its first 30 rows) has `Đơn vị` and `Xếp hạng`, and
 * below it every row with a unit name, until the first row without one. A rank that is not a
 * number (`Không xếp hạng`) is null, and so is a total that is not. null when no such sheet.
 * @example readPreviousSummary(lastYear)?.units[0] → { unit: "Công ty Cấp nước", rank: 1, total: 97.5, classification: "Xuất sắc" }
 */
export function readPreviousSummary(
  snapshot: WorkbookSnapshot,
  labels: readonly string[] = PREVIOUS_SHEET_LABELS,
): (PreviousPeriod & { sheet: string }) | null {
  for (const label of labels) {
    const sheet = snapshot.sheets.find((s) => sheetNamed(s, [label]));
    const read = sheet ? readStandings(withMergesBlanked(sheet)) : null;
    if (read) return read;
  }
  return null;
}

function readStandings(sheet: SheetSnapshot): (PreviousPeriod & { sheet: string }) | null {
  const last = Math.min(sheet.cells.length, HEADER_SEARCH_ROWS);
  for (let header = 0; header < last; header++) {
    const columns = readHeaderRow(sheet, header, SUMMARY_COLUMNS);
    if (columns.unit === undefined || columns.rank === undefined) continue;
    const units: PreviousStanding[] = [];
    // The header may take two rows (groups under one heading): skip rows with no unit name
    // until the first one that has one, then stop at the first that has none.
    for (let row = header + 1; row < sheet.cells.length; row++) {
      const name = sheet.cells[row]?.[columns.unit];
      if (typeof name !== "string" || name.trim() === "") {
        if (units.length > 0 || row > header + 2) break;
        continue;
      }
      const rank = readNumber(sheet.cells[row][columns.rank] ?? null);
      const total = columns.total === undefined ? null : readNumber(sheet.cells[row][columns.total] ?? null);
      const classification = columns.classification === undefined ? null : sheet.cells[row][columns.classification];
      units.push({
        unit: name.trim(),
        rank: rank.kind === "number" ? rank.value : null,
        total: total?.kind === "number" ? total.value : null,
        classification: typeof classification === "string" && classification.trim() !== "" ? classification.trim() : null,
      });
    }
    return { sheet: sheet.name, units };
  }
  return null;
}

/**
 * Last period's standings from the report its summary carries (§9.1), whatever became of the
 * printed sheets: every unit of the report with its rank and total, and its classification in the
 * words the Summary printed (the report's language). Units are matched later by name (nameKey).
 * @example previousFromReport(report).units[0] → { unit: "Công ty Cấp nước", rank: 1, total: 97.5, classification: "Xuất sắc" }
 */
export function previousFromReport(report: Pick<CarriedReport, "language" | "units">): PreviousPeriod {
  const words = CLASSIFICATION_WORDS[report.language];
  return {
    sheet: null,
    units: report.units.map((u) => ({
      unit: u.unit,
      rank: u.rank,
      total: u.total,
      classification: u.classification === null ? null : words[u.classification],
    })),
  };
}

/**
 * A unit's line of last period, matched by name as the contract matches names (case, spacing);
 * null when the unit was not there.
 * @example previousStanding(period, "công ty  cấp nước")?.rank === 1
 */
export function previousStanding(period: PreviousPeriod, unit: string): PreviousStanding | null {
  return period.units.find((p) => sameName(p.unit, unit)) ?? null;
}

/**
 * How a unit's rank moved since last period: `up 2` is `{ kind: "up", by: 2 }`; a unit last period
 * did not list is `new`; null when either rank is missing (not ranked now, or then).
 * @example rankChange({ rank: 3 }, { rank: 5, total: 80 }) → { kind: "up", by: 2 }
 */
export function rankChange(
  result: Pick<UnitResult, "rank">,
  previous: { rank: number | null } | null,
): { kind: "up" | "down" | "same"; by: number } | { kind: "new" } | null {
  if (previous === null) return { kind: "new" };
  if (result.rank === null || previous.rank === null) return null;
  const by = previous.rank - result.rank;
  return { kind: by > 0 ? "up" : by < 0 ? "down" : "same", by: Math.abs(by) };
}
