// Excel's dates, for every reader: which number formats show a date, and a date serial (days
// since the system's day 0, a fraction being the time of day) as the day it shows.
// Pure and ES5-safe once compiled: the ribbon runs core in IE11.

const DAY_MS = 86_400_000;
/**
 * Day 0 of the 1900 date system. Excel counts 29 Feb 1900, a day that never was (Lotus 1-2-3's
 * leap-year bug), as serial 60; counting from 30 Dec 1899 gives every serial from 61 (1 Mar 1900)
 * on the day Excel shows, and serials 1 to 60 one day earlier, which no workbook here holds.
 */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system (old Mac workbooks, `date1904` in workbook.xml). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** The first moment after the last day Excel can show, 31 Dec 9999. */
const END_OF_DATES = Date.UTC(9999, 11, 31) + DAY_MS;
/** What a format code shows literally: quoted text, `\x` escapes, and `[...]` colours, locales, conditions and elapsed units. */
const LITERALS = /"[^"]*"|\\.|\[[^\]]*\]/g;

/**
 * Whether a number format code shows a date or time: a y, m, d, h or s outside its literals,
 * which are read left to right as Excel does (`General` has none of those letters).
 * @example isDateFormatCode("dd/mm/yyyy") === true; isDateFormatCode('0.00 "days"') === false
 */
export function isDateFormatCode(code: string): boolean {
  return /[ymdhs]/i.test(code.replace(LITERALS, ""));
}

/**
 * The day (yyyy-mm-dd) a date serial shows, or null for a serial outside the days Excel can
 * show (before day 0 or after 9999, where Excel shows `#####`): the readers keep that cell
 * as the plain number it holds.
 * @example serialToIsoDate(45473) === "2024-06-30"; serialToIsoDate(0, true) === "1904-01-01"
 */
export function serialToIsoDate(serial: number, date1904 = false): string | null {
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  const time = epoch + Math.round(serial * DAY_MS);
  if (!(time >= epoch && time < END_OF_DATES)) return null; // NaN fails too
  return new Date(time).toISOString().slice(0, 10);
}

/** A day of the calendar, as the printed dates and the report carry it. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * A calendar day as `yyyy-mm-dd`: the one spelling of a day in the JSON report and in a
 * normalized date cell.
 * @example isoDay({ year: 2025, month: 1, day: 5 }) === "2025-01-05"
 */
export function isoDay(date: CalendarDate): string {
  // Not padStart: the ribbon bundle runs this in IE11.
  const pad = (n: number, width: number) => ("0000" + String(n)).slice(-width);
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
