// The words of the Bình xét sheet `thidua conference` adds (spec §7.4): its title, key rows,
// votes table and the prompts of its input cells. The labels are those the engine reads back.
import type { Language } from "../model/types";
import {
  CONFERENCE_COLUMN_FIELDS,
  CONFERENCE_KEY_FIELDS,
  DECISION_FIELDS,
  type ConferenceColumn,
  type ConferenceKey,
} from "../schema/conference";
import { labelIn, labelsIn } from "../schema/field";
import { CONFERENCE_SHEET } from "../schema/sheets";

/** The sheet's name, keys, columns and decisions: the schema's labels in a language. */
const labels = (language: Language) => {
  const decisions = labelsIn(DECISION_FIELDS, language);
  return {
    sheetName: labelIn(CONFERENCE_SHEET, language),
    keys: labelsIn(CONFERENCE_KEY_FIELDS, language),
    columns: labelsIn(CONFERENCE_COLUMN_FIELDS, language),
    decisions: [decisions.flag, decisions.certificate, decisions.none] as [string, string, string],
  };
};

interface ConferenceText {
  sheetName: string;
  title: string;
  keys: Record<ConferenceKey, string>;
  columns: Record<ConferenceColumn, string>;
  /** The decision list: flag, certificate, none, as the engine reads them. */
  decisions: [string, string, string];
  votesPrompt: string;
  votesError: string;
  decisionPrompt: string;
  decisionError: string;
}

export const CONFERENCE_TEXT: Record<Language, ConferenceText> = {
  vi: {
    ...labels("vi"),
    title: "KẾT QUẢ BÌNH XÉT, BỎ PHIẾU SUY TÔN THI ĐUA",
    votesPrompt: "Số phiếu: số nguyên từ 0 đến số thành viên dự họp; để trống là 0",
    votesError: "Số phiếu phải là số nguyên không âm",
    decisionPrompt: "Kết quả bình xét: Cờ thi đua, Bằng khen hoặc Không; để trống là chưa quyết",
    decisionError: "Chọn Cờ thi đua, Bằng khen hoặc Không",
  },
  en: {
    ...labels("en"),
    title: "CONFERENCE: DELIBERATION AND VOTE",
    votesPrompt: "Votes: a whole number from 0 to the members present; blank is 0",
    votesError: "Votes must be a whole number, 0 or more",
    decisionPrompt: "The decision: Flag, Certificate or None; blank is not decided",
    decisionError: "Choose Flag, Certificate or None",
  },
};
