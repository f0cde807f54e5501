// The Conference sheet's schema (spec §7.4): its key rows, its votes table's columns and the
// decisions a row may hold, each in the order `thidua conference` writes them. The reader matches
// every label; the sheet writer writes the first of its language; messages name them by it.
import type { Decision } from "../model/types";
import { labelSetOf, labelled as entry, type Field } from "./field";
import { NO_FIELD } from "./unitsList";
import { UNIT_NAME_FIELD } from "./unitSheet";

export const CONFERENCE_KEY_FIELDS = {
  date: entry("Ngày họp", "Date"),
  venue: entry("Địa điểm", "Venue"),
  chair: entry("Chủ trì", "Chaired by"),
  secretary: entry("Thư ký", "Secretary"),
  members: entry("Số thành viên dự họp", "Members present"),
  // Version 2.1 (§8.1), all optional: what the papers in the state's format print.
  minutesNo: entry("Số biên bản", "Minutes no."),
  submissionNo: entry("Số tờ trình", "Submission no."),
  startedAt: entry("Bắt đầu", "Started at"),
  endedAt: entry("Kết thúc", "Ended at"),
  votingMethod: entry("Hình thức biểu quyết", "Voting method"),
} satisfies Record<string, Field>;
export type ConferenceKey = keyof typeof CONFERENCE_KEY_FIELDS;
export const CONFERENCE_KEYS = labelSetOf<ConferenceKey>(CONFERENCE_KEY_FIELDS);

export const CONFERENCE_COLUMN_FIELDS = {
  no: NO_FIELD,
  unit: UNIT_NAME_FIELD,
  // Optional (§8.1): who attended for the unit, and their position, for the minutes' attendance.
  attending: entry("Người dự họp", "Attending"),
  position: entry("Chức vụ", "Position"),
  flagVotes: entry("Phiếu Cờ thi đua", "Flag votes"),
  certificateVotes: entry("Phiếu Bằng khen", "Certificate votes"),
  decision: entry("Kết quả", "Decision"),
} satisfies Record<string, Field>;
export type ConferenceColumn = keyof typeof CONFERENCE_COLUMN_FIELDS;
export const CONFERENCE_COLUMNS = labelSetOf<ConferenceColumn>(CONFERENCE_COLUMN_FIELDS);

/** The voting method when the sheet leaves it blank (§8.1). */
export const DEFAULT_VOTING_METHOD = entry("Bỏ phiếu kín", "Secret ballot");

/** What a votes row's `Kết quả` may say. */
export const DECISION_FIELDS: Record<Decision, Field> = {
  flag: entry("Cờ thi đua", "Flag"),
  certificate: entry("Bằng khen", "Certificate"),
  none: entry("Không", "None"),
};
export const DECISION_WORDS = labelSetOf(DECISION_FIELDS);
