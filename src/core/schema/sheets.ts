// The input sheets' own names (spec §2, §7.4): each is found by any of its labels, and the
// template writes the first of its language.
import { labelled } from "./field";

export const CRITERIA_SHEET = labelled("Tiêu chí", "Criteria");
export const SETTINGS_SHEET = labelled("Thiết lập", "Settings");
/** An input, but not a unit sheet. */
export const CONFERENCE_SHEET = labelled("Bình xét", "Conference");
/** The award history and the higher awards' rules (§9.2): optional inputs, not unit sheets. */
export const HISTORY_SHEET = labelled("Lịch sử thi đua", "Award history");
export const AWARD_RULES_SHEET = labelled("Điều kiện khen thưởng", "Award rules");
