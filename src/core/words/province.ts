// The words of the province's desk (spec §9.3): the sheets' names (the schema's labels), titles
// and column headers of `Các cụm` and `Đề nghị`, and the council's sheet, whose keys and vote
// columns are the Conference sheet's (it is read by the conference's reader).
import type { Language } from "../model/types";
import { COUNCIL_COLUMN_FIELDS, PROVINCE_SHEETS, type CouncilColumn, type ProvinceSheet } from "../schema/province";
import { labelIn, labelsIn } from "../schema/field";
import { settingLabel } from "../schema/settings";
import { UNITS_LIST_FIELDS } from "../schema/unitsList";

export interface ProvinceText {
  sheets: Record<ProvinceSheet, string>;
  councilColumns: Record<CouncilColumn, string>;
  clustersTitle: string;
  nominationsTitle: (year: number | null) => string;
  councilTitle: (year: number | null) => string;
  clusterColumns: {
    no: string;
    cluster: string;
    period: string;
    leader: string;
    units: string;
    ranked: string;
    conferenceDate: string;
    flags: string;
    certificates: string;
    papers: string;
    file: string;
  };
  nominationColumns: {
    no: string;
    cluster: string;
    unit: string;
    award: string;
    votes: string;
    percent: string;
    total: string;
    rank: string;
    classification: string;
    eligible: string;
    checks: string;
  };
  yes: string;
  no: string;
  /** The issuer of the council's papers when the province's Settings name none. */
  councilBody: string;
  councilMinutesSubject: (year: number | null) => string;
  councilSubmissionSubject: (awards: string, year: number | null) => string;
  councilIntro: (nominations: number, clusters: number, members: number | null) => string;
  councilChairTitle: string;
  /**
   * The council's papers' `Nơi nhận` (§9.3), when the province's Settings name none: its
   * submission goes to its addressee (`Như trên`, "as above") and its members; its minutes to its
   * members and the clusters; both kept by the council's office and the Board. Here, not with a
   * cluster's papers' words, so that the ribbon's bundle, which writes no council papers, leaves
   * them out.
   */
  councilRecipients: { minutes: string[]; submission: string[] };
}

const sheets = (language: Language) => {
  const names = {} as Record<ProvinceSheet, string>;
  for (const key of Object.keys(PROVINCE_SHEETS) as ProvinceSheet[]) names[key] = labelIn(PROVINCE_SHEETS[key], language);
  return { sheets: names, councilColumns: labelsIn(COUNCIL_COLUMN_FIELDS, language) };
};

/** The headers that name what a schema names: the units list's `STT` and unit, Settings' period, the council's cluster. */
const shared = (language: Language) => ({
  no: labelIn(UNITS_LIST_FIELDS.no, language),
  unit: labelIn(UNITS_LIST_FIELDS.name, language),
  period: settingLabel("period", language),
  cluster: labelIn(COUNCIL_COLUMN_FIELDS.cluster, language),
});

const yearOr = (year: number | null, vi: boolean) => (year === null ? "" : vi ? ` năm ${year}` : ` ${year}`);

export const PROVINCE_TEXT: Record<Language, ProvinceText> = {
  vi: {
    ...sheets("vi"),
    clustersTitle: "CÁC CỤM THI ĐUA ĐÃ GỬI KẾT QUẢ",
    nominationsTitle: (year) => `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁC CỤM THI ĐUA${yearOr(year, true).toUpperCase()}`,
    councilTitle: (year) => `PHIẾU TỔNG HỢP BIỂU QUYẾT CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG${yearOr(year, true).toUpperCase()}`,
    clusterColumns: {
      ...shared("vi"),
      leader: "Trưởng cụm",
      units: "Số đơn vị",
      ranked: "Đã xếp hạng",
      conferenceDate: "Ngày bình xét",
      flags: "Cờ đề nghị",
      certificates: "Bằng khen đề nghị",
      papers: "Có biên bản, tờ trình",
      file: "Tệp",
    },
    nominationColumns: {
      ...shared("vi"),
      award: "Hình thức khen thưởng",
      votes: "Số phiếu",
      percent: "Tỷ lệ",
      total: "Tổng điểm",
      rank: "Xếp hạng",
      classification: "Xếp loại",
      eligible: "Đủ điều kiện đề nghị",
      checks: "Kiểm tra",
    },
    yes: "Có",
    no: "Chưa",
    councilBody: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
    councilMinutesSubject: (year) => `Họp xét đề nghị khen thưởng của các Cụm thi đua${yearOr(year, true)}`,
    councilSubmissionSubject: (awards, year) => `Về việc đề nghị tặng ${awards}${yearOr(year, true)}`,
    councilIntro: (nominations, clusters, members) =>
      `Hội đồng đã xét ${nominations} đề nghị của ${clusters} Cụm thi đua` +
      (members === null ? "." : `, với ${members} thành viên dự họp, kết quả biểu quyết như sau:`),
    councilChairTitle: "CHỦ TỊCH HỘI ĐỒNG",
    councilRecipients: {
      minutes: ["Các thành viên Hội đồng", "Các Cụm thi đua", "Lưu: VT, Ban TĐKT"],
      submission: ["Như trên", "Các thành viên Hội đồng", "Lưu: VT, Ban TĐKT"],
    },
  },
  en: {
    ...sheets("en"),
    clustersTitle: "EMULATION CLUSTERS WHOSE RESULTS ARRIVED",
    nominationsTitle: (year) => `AWARD NOMINATIONS OF THE EMULATION CLUSTERS${yearOr(year, false)}`,
    councilTitle: (year) => `VOTES OF THE EMULATION AND COMMENDATION COUNCIL${yearOr(year, false)}`,
    clusterColumns: {
      ...shared("en"),
      leader: "Leader",
      units: "Units",
      ranked: "Ranked",
      conferenceDate: "Conference date",
      flags: "Flags",
      certificates: "Certificates",
      papers: "Minutes and submission",
      file: "File",
    },
    nominationColumns: {
      ...shared("en"),
      award: "Award",
      votes: "Votes",
      percent: "Share",
      total: "Total",
      rank: "Rank",
      classification: "Classification",
      eligible: "Eligible for",
      checks: "Checks",
    },
    yes: "Yes",
    no: "Not yet",
    councilBody: "EMULATION AND COMMENDATION COUNCIL",
    councilMinutesSubject: (year) => `Meeting on the emulation clusters' award nominations${yearOr(year, false)}`,
    councilSubmissionSubject: (awards, year) => `On awarding ${awards}${yearOr(year, false)}`,
    councilIntro: (nominations, clusters, members) =>
      `The council considered ${nominations} nominations from ${clusters} emulation clusters` +
      (members === null ? "." : `, with ${members} members present; the votes were:`),
    councilChairTitle: "CHAIR OF THE COUNCIL",
    councilRecipients: {
      minutes: ["The council's members", "The emulation clusters", "Archive: Office, Emulation and Commendation Board"],
      submission: ["As addressed above", "The council's members", "Archive: Office, Emulation and Commendation Board"],
    },
  },
};
