// The words of the Bình xét sheet `thidua conference` adds (spec §7.4): its title, key rows,
// votes table and the prompts of its input cells. The labels are those the engine reads back.
import type { Language } from "../model/types";

interface ConferenceText {
  sheetName: string;
  title: string;
  keys: { date: string; venue: string; chair: string; secretary: string; members: string };
  columns: { no: string; unit: string; flagVotes: string; certificateVotes: string; decision: string };
  /** The decision list: flag, certificate, none, as the engine reads them. */
  decisions: [string, string, string];
  votesPrompt: string;
  votesError: string;
  decisionPrompt: string;
  decisionError: string;
}

export const CONFERENCE_TEXT: Record<Language, ConferenceText> = {
  vi: {
    sheetName: "Bình xét",
    title: "KẾT QUẢ BÌNH XÉT, BỎ PHIẾU SUY TÔN THI ĐUA",
    keys: { date: "Ngày họp", venue: "Địa điểm", chair: "Chủ trì", secretary: "Thư ký", members: "Số thành viên dự họp" },
    columns: { no: "STT", unit: "Đơn vị", flagVotes: "Phiếu Cờ thi đua", certificateVotes: "Phiếu Bằng khen", decision: "Kết quả" },
    decisions: ["Cờ thi đua", "Bằng khen", "Không"],
    votesPrompt: "Số phiếu: số nguyên từ 0 đến số thành viên dự họp; để trống là 0",
    votesError: "Số phiếu phải là số nguyên không âm",
    decisionPrompt: "Kết quả bình xét: Cờ thi đua, Bằng khen hoặc Không; để trống là chưa quyết",
    decisionError: "Chọn Cờ thi đua, Bằng khen hoặc Không",
  },
  en: {
    sheetName: "Conference",
    title: "CONFERENCE: DELIBERATION AND VOTE",
    keys: { date: "Date", venue: "Venue", chair: "Chaired by", secretary: "Secretary", members: "Members present" },
    columns: { no: "No.", unit: "Unit", flagVotes: "Flag votes", certificateVotes: "Certificate votes", decision: "Decision" },
    decisions: ["Flag", "Certificate", "None"],
    votesPrompt: "Votes: a whole number from 0 to the members present; blank is 0",
    votesError: "Votes must be a whole number, 0 or more",
    decisionPrompt: "The decision: Flag, Certificate or None; blank is not decided",
    decisionError: "Choose Flag, Certificate or None",
  },
};
