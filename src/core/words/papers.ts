// The words of the conference's papers (spec §7.5): the minutes of the meeting and the list of
// award nominations the leader unit sends to the province.
import type { Language } from "../model/types";
import { CONFERENCE_COLUMN_FIELDS, CONFERENCE_KEY_FIELDS } from "../schema/conference";
import { labelsIn } from "../schema/field";

/** The minutes' key lines and votes columns name what the Conference sheet does: its schema's labels. */
const keys = (language: Language) => labelsIn(CONFERENCE_KEY_FIELDS, language);
const VI_COLUMNS = labelsIn(CONFERENCE_COLUMN_FIELDS, "vi");
const EN_COLUMNS = labelsIn(CONFERENCE_COLUMN_FIELDS, "en");

export interface PapersText {
  minutesTitle: string;
  nominationsTitle: string;
  /** The meeting's key lines, each followed by its value. */
  keys: { date: string; venue: string; chair: string; secretary: string; members: string };
  rankingHeading: string;
  votesHeading: string;
  conclusionHeading: string;
  columns: {
    no: string;
    rank: string;
    unit: string;
    total: string;
    classification: string;
    flagVotes: string;
    certificateVotes: string;
    share: string;
    votes: string;
  };
  /** A conclusion line: the award and the unit it goes to, with its votes. */
  conclusion: (award: string, unit: string, votes: string) => string;
  noDecision: string;
  toVote: string;
  secretaryTitle: string;
  chairTitle: string;
}

export const PAPERS_TEXT: Record<Language, PapersText> = {
  vi: {
    minutesTitle: "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA",
    nominationsTitle: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
    keys: { ...keys("vi"), date: "Thời gian" },
    rankingHeading: "I. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG",
    votesHeading: "II. KẾT QUẢ BỎ PHIẾU",
    conclusionHeading: "III. KẾT LUẬN",
    columns: {
      no: VI_COLUMNS.no,
      rank: "Xếp hạng",
      unit: VI_COLUMNS.unit,
      total: "Tổng điểm",
      classification: "Xếp loại",
      flagVotes: VI_COLUMNS.flagVotes,
      certificateVotes: VI_COLUMNS.certificateVotes,
      share: "Tỷ lệ",
      votes: "Số phiếu",
    },
    conclusion: (award, unit, votes) => `Đề nghị tặng ${award}: ${unit} (${votes} phiếu)`,
    noDecision: "Hội nghị không đề nghị khen thưởng đơn vị nào.",
    toVote: "bỏ phiếu",
    secretaryTitle: "THƯ KÝ",
    chairTitle: "CHỦ TRÌ",
  },
  en: {
    minutesTitle: "MINUTES OF THE EMULATION REVIEW MEETING",
    nominationsTitle: "LIST OF AWARD NOMINATIONS",
    keys: keys("en"),
    rankingHeading: "I. SCORES AND RANKING",
    votesHeading: "II. THE VOTE",
    conclusionHeading: "III. CONCLUSION",
    columns: {
      no: EN_COLUMNS.no,
      rank: "Rank",
      unit: EN_COLUMNS.unit,
      total: "Total",
      classification: "Classification",
      flagVotes: EN_COLUMNS.flagVotes,
      certificateVotes: EN_COLUMNS.certificateVotes,
      share: "Share",
      votes: "Votes",
    },
    conclusion: (award, unit, votes) => `Proposed for the ${award}: ${unit} (${votes} votes)`,
    noDecision: "The conference proposes no unit for an award.",
    toVote: "to vote",
    secretaryTitle: "SECRETARY",
    chairTitle: "CHAIR",
  },
};
