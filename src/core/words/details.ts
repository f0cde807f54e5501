// The words of the Details sheet (points by criterion).
import type { Language } from "../model/types";

interface DetailsText {
  title: string;
  columns: { code: string; name: string; max: string; weight: string };
  bonus: string;
  deduction: string;
  total: string;
  rank: string;
  notRanked: string;
  explanation: string;
  noCriteria: string;
}

export const DETAILS_TEXT: Record<Language, DetailsText> = {
  vi: {
    title: "BẢNG ĐIỂM CHI TIẾT THEO TIÊU CHÍ",
    columns: { code: "Mã", name: "Nội dung tiêu chí", max: "Điểm tối đa", weight: "Hệ số" },
    bonus: "Điểm thưởng",
    deduction: "Điểm trừ",
    total: "Tổng điểm",
    rank: "Xếp hạng",
    notRanked: "Không xếp hạng",
    explanation:
      "Hàng tiêu chí: điểm được tính (chưa nhân hệ số); hàng nhóm: điểm của nhóm (đã nhân hệ số, không vượt mức tối đa của nhóm). Ô trống: không đọc được điểm.",
    noCriteria: "Không lập được bảng điểm chi tiết vì bảng tiêu chí chưa hợp lệ; xem trang Kiểm tra.",
  },
  en: {
    title: "POINTS BY CRITERION",
    columns: { code: "Code", name: "Criterion", max: "Max points", weight: "Weight" },
    bonus: "Bonus",
    deduction: "Deduction",
    total: "Total",
    rank: "Rank",
    notRanked: "Not ranked",
    explanation:
      "Criterion rows: points counted (before weight); group rows: the group's subtotal (weighted, capped at the group's max). Blank: no usable points.",
    noCriteria: "No details: the criteria table is invalid; see the Issues sheet.",
  },
};
