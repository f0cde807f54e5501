// The input sheets' own names (spec §2, §7.4): each is found by any of its labels, and the
// template writes the first of its language.
import type { Field } from "./field";

export const CRITERIA_SHEET: Field = { labels: { vi: ["Tiêu chí"], en: ["Criteria"] } };
export const SETTINGS_SHEET: Field = { labels: { vi: ["Thiết lập"], en: ["Settings"] } };
/** An input, but not a unit sheet. */
export const CONFERENCE_SHEET: Field = { labels: { vi: ["Bình xét"], en: ["Conference"] } };

/** Every label of a sheet, Vietnamese first: what findSheet matches. */
export const sheetLabels = (sheet: Field): readonly string[] => [...sheet.labels.vi, ...sheet.labels.en];
