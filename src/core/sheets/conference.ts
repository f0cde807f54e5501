// The Bình xét sheet prepared for the meeting (spec §7.4, issue 12): the key rows to fill, then
// the ranked units in rank order with blank vote and decision cells, the decision a list. The
// engine reads it back as it is written, so the labels are the ones it reads.
import { cellRange } from "../model/address";
import type { CellStyle, Evaluation, SheetLayout } from "../model/types";
import { columnWidthFor, onOnePageWhenClose, printSetup } from "./sheet";
import { InputSheetDraft } from "./inputSheet";
import { CONFERENCE_TEXT } from "../words";
import type { ConferenceColumn, ConferenceKey } from "../schema/conference";

export const HEADER_FILL = "#DCE6F1";
export const INPUT_FILL = "#FFF2CC";
/** No., unit, attending, position, flag votes, certificate votes, decision. */
const WIDTHS = [7, 34, 22, 18, 12, 12, 14];
/** The key rows in the order a secretary fills them; §8.1's are optional. */
export const KEY_ORDER: ConferenceKey[] = [
  "date",
  "startedAt",
  "endedAt",
  "venue",
  "chair",
  "secretary",
  "members",
  "votingMethod",
  "minutesNo",
  "submissionNo",
];
/** The table's columns, `Người dự họp` and `Chức vụ` right after the unit (§8.1). */
const COLUMN_ORDER: ConferenceColumn[] = ["no", "unit", "attending", "position", "flagVotes", "certificateVotes", "decision"];
const FIRST_VOTES_COL = COLUMN_ORDER.indexOf("flagVotes");
const DECISION_COL = COLUMN_ORDER.indexOf("decision");
const KEYS_TOP = 2;

/** Whether the run can be put to the conference: a year review whose ranking is complete (§7.4, §7.6). */
export function readyForConference(evaluation: Evaluation): boolean {
  return evaluation.report.reviewKind === "year" && evaluation.report.complete && evaluation.report.units.length > 0;
}

/**
 * The Bình xét sheet for a ranked year review, in the report's language.
 * @example buildConferenceSheet(evaluation).name === "Bình xét"
 */
export function buildConferenceSheet(evaluation: Evaluation): SheetLayout {
  const language = evaluation.report.language;
  const text = CONFERENCE_TEXT[language];
  const draft = new InputSheetDraft(text.sheetName);
  const keys = KEY_ORDER.map((key) => text.keys[key]);
  WIDTHS.forEach((width, col) => draft.width(col, width));
  // The keys sit in the number column: it is as wide as the longest, so none prints cut.
  draft.width(0, Math.max(WIDTHS[0], ...keys.map((key) => columnWidthFor(key, { bold: true }))));
  draft.merge(cellRange(0, 0, 0, WIDTHS.length - 1), text.title, { bold: true, horizontal: "center", fontSize: 13 });

  const input: CellStyle = { fill: INPUT_FILL, border: true, horizontal: "left" };
  writeKeys(draft, keys, input);
  const membersRow = KEYS_TOP + KEY_ORDER.indexOf("members");
  draft.validate(cellRange(membersRow, 1, membersRow, 1), {
    kind: "decimal",
    min: 1,
    max: null,
    prompt: text.votesPrompt,
    error: text.votesError,
  });

  const header = KEYS_TOP + keys.length + 1;
  const headerStyle: CellStyle = { bold: true, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true, border: true };
  draft.setRow(
    header,
    0,
    COLUMN_ORDER.map((column) => text.columns[column]),
    headerStyle,
  );
  const ranked = evaluation.report.units.filter((u) => u.status === "ranked");
  ranked.forEach((unit, index) => {
    const row = header + 1 + index;
    draft.set(row, 0, index + 1, { horizontal: "center", border: true });
    draft.set(row, 1, unit.unit, { horizontal: "left", wrap: true, border: true });
    for (let col = 2; col < FIRST_VOTES_COL; col++) draft.set(row, col, null, { ...input, wrap: true });
    for (let col = FIRST_VOTES_COL; col <= DECISION_COL; col++) draft.set(row, col, null, { ...input, horizontal: "center" });
  });
  if (ranked.length > 0) {
    const first = header + 1;
    const last = header + ranked.length;
    draft.unlock(cellRange(first, 2, last, DECISION_COL));
    draft.validate(cellRange(first, FIRST_VOTES_COL, last, DECISION_COL - 1), {
      kind: "decimal",
      min: 0,
      max: null,
      prompt: text.votesPrompt,
      error: text.votesError,
    });
    draft.validate(cellRange(first, DECISION_COL, last, DECISION_COL), {
      kind: "list",
      values: [...text.decisions],
      prompt: text.decisionPrompt,
      error: text.decisionError,
    });
  }
  // The conference prints this sheet to vote on: one page when it nearly fits one.
  return onOnePageWhenClose(
    draft.toLayout({ frozenRows: header + 1, print: printSetup("portrait", language, { first: header, last: header }) }),
  );
}

/** The keys down column A from KEYS_TOP, each with its unlocked input cell right of it. */
function writeKeys(draft: InputSheetDraft, keys: string[], input: CellStyle): void {
  keys.forEach((key, i) => {
    draft.set(KEYS_TOP + i, 0, key, { bold: true });
    draft.set(KEYS_TOP + i, 1, null, input);
    draft.unlock(cellRange(KEYS_TOP + i, 1, KEYS_TOP + i, 1));
  });
}
