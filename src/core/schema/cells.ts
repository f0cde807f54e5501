// Dates and percents as a Settings or Conference cell holds them: how they are read, and how the
// template writes them so that they read back as the same value.
import type { CellValue } from "../model/types";
import { parseNumberText } from "../model/values";

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

/** `90%` or `90 %` typed as text: the percent, read without a warning (§7.7). */
export function percentText(value: CellValue): number | null {
  if (typeof value !== "string") return null;
  const match = /^\s*(\S+?)\s*%\s*$/.exec(value);
  return match ? parseNumberText(match[1]) : null;
}

/** A date cell, or text `dd/mm/yyyy` (also with `-` or `.`). */
export function readDate(value: CellValue): DayDate | null {
  let parts: number[] | null = null;
  if (value !== null && typeof value === "object" && value.kind === "date") {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.iso);
    if (match) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
  } else if (typeof value === "string") {
    const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
    if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (!parts) return null;
  const [day, month, year] = parts;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** A date as the template writes it, `dd/mm/yyyy`. */
export function dayMonthYear(date: DayDate): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

/**
 * A threshold as a share of the table's maximum, shown as a percent (spec §7.3), so that it
 * keeps its meaning when the table's scale changes; the reader turns it back into the same
 * points. A threshold above the maximum (bonus points can take a total there) or on a table
 * without one stays in points: as a fraction above 1 it would read as points.
 * @example thresholdCell(90, 100) → { value: 0.9, numberFormat: "0%" }
 */
export function thresholdCell(points: number, scale: number): { value: number; numberFormat?: string } {
  if (!(scale > 0) || points <= 0 || points > scale) return { value: points };
  const percent = Math.round((points / scale) * 1e6) / 1e4;
  const share = percent / 100;
  // The reader multiplies the share by the maximum; where that does not give the very same
  // points (binary fractions), the points themselves are written, so no total sits a hair below.
  if (share * scale !== points) return { value: points };
  return { value: share, numberFormat: percentFormat(percent) };
}

/** `0%` for a whole percent, else as many decimals as it has (up to four). */
export function percentFormat(percent: number): string {
  return Number.isInteger(percent) ? "0%" : "0.0###%";
}
