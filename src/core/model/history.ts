// The award history's data (spec §9.2): a higher award's rule and a history row, as read.
import type { CellAddress, Classification } from "./types";

/** One row of the `Điều kiện khen thưởng` sheet (§9.2): a higher award and what it needs. */
export interface AwardRule {
  award: string;
  /** N consecutive years, the current one included. */
  years: number;
  lowest: Classification;
  /** Any one suffices, each `count × award` within those years; `[]` when nothing is needed. */
  needed: Array<{ count: number; award: string }>;
}

/** One readable row of the `Lịch sử thi đua` sheet (§9.2). */
export interface HistoryRecord {
  year: number;
  /** As written: a unit's name or its sheet's (§3). */
  unit: string;
  classification: Classification | null;
  award: string | null;
  /** Blank: proposed, not decided upward; such an award does not count. */
  decisionNo: string | null;
  /** The row's `Đơn vị` cell. */
  unitCell: CellAddress;
}
