// The province's desk's messages (spec §9.3), Vietnamese and English, as messages.ts words the
// cluster's: what was found, naming the file, then what to do about it. Kept apart from the
// cluster's so the ribbon's bundle, which words only a cluster's issues, does not carry them.
import type { Language } from "../model/types";
import type { MessageParams } from "./messages";
import type { ProvinceRuleId } from "../schema/province";
import { DECISION_FIELDS } from "../schema/conference";
import { labelsIn } from "../schema/field";

type Builder = (p: MessageParams) => string;
const AWARD_VI = labelsIn(DECISION_FIELDS, "vi");
const AWARD_EN = { flag: "flag", certificate: "certificate", none: "none" } as const;

export const PROVINCE_VI: Record<ProvinceRuleId, Builder> = {
  "province-no-report": (p) =>
    `Tệp "${p.file}" không có báo cáo của cụm (chưa được lập tổng hợp bằng phiên bản 3) nên không được đọc: mở tệp, lập lại bảng tổng hợp rồi gửi lại`,
  "province-duplicate-cluster": (p) =>
    `Tệp "${p.file}" là của ${p.cluster} ${p.value}, đã có ở tệp "${p.other}", nên không được đọc: bỏ một trong hai tệp`,
  "province-stale": (p) =>
    `Bảng tổng hợp trong tệp "${p.file}" đã cũ, dữ liệu đã thay đổi sau lần lập: đề nghị cụm lập lại bảng tổng hợp và gửi lại`,
  "province-incomplete": (p) =>
    `${p.cluster} (tệp "${p.file}") chưa xếp hạng đủ các đơn vị nên chưa có đề nghị khen thưởng: đề nghị cụm hoàn thành việc chấm điểm`,
  "province-half-year": (p) => `Tệp "${p.file}" là bảng sơ kết "${p.value}", không phải tổng kết năm: đề nghị cụm gửi bảng tổng hợp cả năm`,
  "province-other-year": (p) => `Tệp "${p.file}" là kỳ "${p.value}", khác năm ${p.expected}: kiểm tra lại tệp đã gửi`,
  "nomination-not-first": (p) =>
    `${AWARD_VI.flag} đề nghị cho đơn vị xếp thứ ${p.value} của ${p.cluster}, không phải đơn vị dẫn đầu: kiểm tra lại đề nghị của cụm`,
  "nomination-over-quota": (p) =>
    `${p.cluster} đề nghị nhiều ${AWARD_VI[p.award ?? "flag"]} hơn số được xét (${p.quota}): đề nghị cụm bớt một đề nghị`,
  "nomination-twice": (p) =>
    `Đơn vị "${p.name}" được cả ${p.cluster} và ${p.other} đề nghị: xác định đơn vị thuộc cụm nào và bỏ một đề nghị`,
};

export const PROVINCE_EN: Record<ProvinceRuleId, Builder> = {
  "province-no-report": (p) =>
    `The file "${p.file}" holds no cluster report (its summary was not made by version 3), so it is left out: open it, generate the summary again and send it again`,
  "province-duplicate-cluster": (p) =>
    `The file "${p.file}" is ${p.cluster}'s ${p.value}, already read from "${p.other}", so it is left out: remove one of the two files`,
  "province-stale": (p) =>
    `The summary in "${p.file}" is out of date, its data changed after it was made: ask the cluster to generate it again and send it again`,
  "province-incomplete": (p) =>
    `${p.cluster} ("${p.file}") has units not ranked yet, so it proposes no award: ask the cluster to finish the scoring`,
  "province-half-year": (p) =>
    `The file "${p.file}" is a half-year review ("${p.value}"), not the year's: ask the cluster for its year summary`,
  "province-other-year": (p) => `The file "${p.file}" is for "${p.value}", not the year ${p.expected}: check the file sent`,
  "nomination-not-first": (p) =>
    `A ${AWARD_EN.flag} is nominated for the unit ranked ${p.value} in ${p.cluster}, not its first: check the cluster's nomination`,
  "nomination-over-quota": (p) =>
    `${p.cluster} nominates more ${AWARD_EN[p.award ?? "flag"]}s than its quota (${p.quota}): ask the cluster to withdraw one`,
  "nomination-twice": (p) =>
    `The unit "${p.name}" is nominated by both ${p.cluster} and ${p.other}: find which cluster it belongs to and drop one nomination`,
};

/** Short names of the desk's checks, lower-case as RULE_NAMES' (the Nominations list's checks column). */
export const PROVINCE_RULE_NAMES: Record<Language, Record<ProvinceRuleId, string>> = {
  vi: {
    "province-no-report": "tệp không có báo cáo của cụm",
    "province-duplicate-cluster": "cụm trùng",
    "province-stale": "bảng tổng hợp của cụm đã cũ",
    "province-incomplete": "cụm chưa xếp hạng đủ",
    "province-half-year": "sơ kết 6 tháng",
    "province-other-year": "khác năm",
    "nomination-not-first": "Cờ cho đơn vị không dẫn đầu cụm",
    "nomination-over-quota": "vượt số lượng của cụm",
    "nomination-twice": "đơn vị được hai cụm đề nghị",
  },
  en: {
    "province-no-report": "file without a cluster report",
    "province-duplicate-cluster": "cluster given twice",
    "province-stale": "cluster summary out of date",
    "province-incomplete": "cluster ranking incomplete",
    "province-half-year": "half-year review",
    "province-other-year": "another year",
    "nomination-not-first": "flag for a unit not first",
    "nomination-over-quota": "over the cluster's quota",
    "nomination-twice": "unit nominated by two clusters",
  },
};

/**
 * A desk check's message in a language.
 * @example provinceIssueMessage("province-no-report", { file: "cum05.xlsx" }, "en").includes("cum05.xlsx")
 */
export function provinceIssueMessage(rule: ProvinceRuleId, params: MessageParams, language: Language): string {
  return (language === "vi" ? PROVINCE_VI : PROVINCE_EN)[rule](params);
}
