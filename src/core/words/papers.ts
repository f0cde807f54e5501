// The words of the conference's papers (spec §7.5, §8.1): the minutes of the meeting, the list of
// award nominations and the submission letter the leader unit sends to the province.
import type { Language } from "../model/types";
import { CONFERENCE_COLUMN_FIELDS, CONFERENCE_KEY_FIELDS } from "../schema/conference";
import { labelsIn } from "../schema/field";

/** The minutes' key lines and votes columns name what the Conference sheet does: its schema's labels. */
const keys = (language: Language) => labelsIn(CONFERENCE_KEY_FIELDS, language);
const VI_COLUMNS = labelsIn(CONFERENCE_COLUMN_FIELDS, "vi");
const EN_COLUMNS = labelsIn(CONFERENCE_COLUMN_FIELDS, "en");

export interface PapersText {
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
  // §8.1: the state's format.
  /** `Số: 12/BB-CTĐ`, `…` for the secretary to fill when the number is blank. */
  numberLine: (number: string | null, code: PaperCode, issuer?: string) => string;
  kinds: Record<"minutes" | "submission" | "nominations", string>;
  /** The one-line subjects under the kind of paper. */
  minutesSubject: (period: string | null, cluster: string | null) => string;
  nominationsSubject: (period: string | null, cluster: string | null) => string;
  submissionSubject: (awards: string[], year: number) => string;
  /** `Thời gian: bắt đầu lúc 8 giờ 30, ngày 15/01/2025` */
  timeLine: (startedAt: string | null, date: string) => string;
  attendanceHeading: string;
  attendanceLine: (unit: string, attending: string | null, position: string | null) => string;
  membersLine: (present: number | null, listed: number) => string;
  votingMethodLine: (method: string) => string;
  closingLine: (endedAt: string | null) => string;
  recipientsTitle: string;
  /** A cluster's papers' `Nơi nhận` when its Settings name none (§8.1). */
  defaultRecipients: string[];
  toLabel: string;
  defaultAddressee: (thanhHoa: boolean) => string;
  /** A basis line from Settings' `Căn cứ`, and the minutes' own. */
  groundLine: (ground: string) => string;
  minutesGround: (number: string | null, date: string) => string;
  submissionParagraph: (cluster: string, listed: number, ranked: number, date: string, method: string) => string;
  submissionAward: (index: number, unit: string, award: string, share: string, percent: string) => string;
  attached: string;
  submissionClosing: (addressee: string) => string;
  leaderTitle: string;
}

/** The number codes of the three papers (§8.1): minutes, submission, list. */
export type PaperCode = "BB" | "TTr" | "DS";
const BLANK_NUMBER = "…";
/** `năm 2025` inside a sentence: the period's first letter in lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
const joined = (parts: Array<string | null>, sep: string) => parts.filter((p): p is string => !!p && p.trim() !== "").join(sep);

export const PAPERS_TEXT: Record<Language, PapersText> = {
  vi: {
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
    numberLine: (number, code, issuer = "CTĐ") => `Số: ${number ?? BLANK_NUMBER}/${code}-${issuer}`,
    kinds: { minutes: "BIÊN BẢN", submission: "TỜ TRÌNH", nominations: "DANH SÁCH" },
    minutesSubject: (period, cluster) => joined(["Họp bình xét thi đua", period && lowerFirst(period), cluster && `của ${cluster}`], " "),
    nominationsSubject: (period, cluster) =>
      joined(["Đề nghị khen thưởng", period && lowerFirst(period), cluster && `của ${cluster}`], " "),
    submissionSubject: (awards, year) => `Về việc đề nghị tặng ${awards.join(" và ")} năm ${year}`,
    timeLine: (startedAt, date) => `Thời gian: ${startedAt ? `bắt đầu lúc ${startedAt}, ` : ""}ngày ${date}`,
    attendanceHeading: "Thành phần tham dự:",
    attendanceLine: (unit, attending, position) => `- ${unit}${attending || position ? `: ${joined([attending, position], ", ")}` : ""}`,
    membersLine: (present, listed) => `Số thành viên dự họp: ${present ?? BLANK_NUMBER}/${listed} đơn vị thành viên Cụm`,
    votingMethodLine: (method) => `Hình thức biểu quyết: ${method}`,
    closingLine: (endedAt) =>
      `Cuộc họp kết thúc lúc ${endedAt ?? BLANK_NUMBER} cùng ngày; biên bản đã được thông qua trước các thành viên dự họp.`,
    recipientsTitle: "Nơi nhận:",
    defaultRecipients: ["Ban Thi đua - Khen thưởng tỉnh", "Các đơn vị thành viên Cụm", "Lưu: VT"],
    toLabel: "Kính gửi:",
    defaultAddressee: (thanhHoa) => (thanhHoa ? "Chủ tịch UBND tỉnh Thanh Hóa" : "Chủ tịch UBND tỉnh"),
    groundLine: (ground) => (/^căn cứ/i.test(ground) ? ground : `Căn cứ ${ground}`),
    minutesGround: (number, date) => `Căn cứ Biên bản họp bình xét số ${number ?? BLANK_NUMBER}/BB-CTĐ ngày ${date};`,
    submissionParagraph: (cluster, listed, ranked, date, method) =>
      `${cluster} có ${listed} đơn vị thành viên; ${ranked} đơn vị được chấm điểm, xếp hạng. Ngày ${date}, ${cluster} đã họp bình xét, biểu quyết bằng hình thức ${lowerFirst(method)} và thống nhất đề nghị khen thưởng như sau:`,
    submissionAward: (index, unit, award, share, percent) => `${index}. ${award}: ${unit}, đạt ${share} phiếu (${percent}).`,
    attached: "(Có danh sách kèm theo)",
    submissionClosing: (addressee) => `Kính trình ${addressee} xem xét, quyết định./.`,
    leaderTitle: "TRƯỞNG CỤM",
  },
  en: {
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
    numberLine: (number, code, issuer = "CTĐ") => `No.: ${number ?? BLANK_NUMBER}/${code}-${issuer}`,
    kinds: { minutes: "MINUTES", submission: "SUBMISSION", nominations: "LIST" },
    minutesSubject: (period, cluster) => joined([joined(["Emulation review meeting", cluster && `of ${cluster}`], " "), period], ", "),
    nominationsSubject: (period, cluster) => joined([joined(["Award nominations", cluster && `of ${cluster}`], " "), period], ", "),
    submissionSubject: (awards, year) => `Proposing the ${awards.join(" and the ")} for ${year}`,
    timeLine: (startedAt, date) => `Time: ${startedAt ? `from ${startedAt}, ` : ""}${date}`,
    attendanceHeading: "Attending:",
    attendanceLine: (unit, attending, position) => `- ${unit}${attending || position ? `: ${joined([attending, position], ", ")}` : ""}`,
    membersLine: (present, listed) => `Members present: ${present ?? BLANK_NUMBER} of the cluster's ${listed} member units`,
    votingMethodLine: (method) => `Voting method: ${method}`,
    closingLine: (endedAt) =>
      `The meeting ended at ${endedAt ?? BLANK_NUMBER} the same day; the minutes were approved before the members present.`,
    recipientsTitle: "Recipients:",
    defaultRecipients: ["Provincial Emulation and Commendation Board", "The cluster's member units", "Archive"],
    toLabel: "To:",
    defaultAddressee: (thanhHoa) =>
      thanhHoa ? "The Chairman of the Thanh Hóa Provincial People's Committee" : "The Chairman of the Provincial People's Committee",
    groundLine: (ground) => (/^(having regard|pursuant)/i.test(ground) ? ground : `Having regard to ${ground}`),
    minutesGround: (number, date) => `Having regard to the minutes of the review meeting No. ${number ?? BLANK_NUMBER}/BB-CTĐ of ${date};`,
    submissionParagraph: (cluster, listed, ranked, date, method) =>
      `${cluster} has ${listed} member units; ${ranked} were scored and ranked. On ${date} the cluster met, voted by ${method.toLowerCase()} and agreed to propose the following awards:`,
    submissionAward: (index, unit, award, share, percent) => `${index}. ${award}: ${unit}, with ${share} votes (${percent}).`,
    attached: "(List attached)",
    submissionClosing: (addressee) => `We respectfully submit this to ${addressee} for consideration and decision./.`,
    leaderTitle: "CLUSTER LEADER",
  },
};
