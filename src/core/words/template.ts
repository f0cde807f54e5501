// The words of the template a cluster hands out: the Criteria and Settings sheets and each
// unit's self-assessment sheet. Labels the engine reads back (headers, keys, type names) are
// exactly the spec's (workbook.md §2).
// The labels among them (sheet names, the Criteria and unit sheets' headers, the type names, the
// not-applicable mark) and the Settings sheet's keys, hints and choices come from the schemas
// (schema/*.ts), as the reader's labels do; only the template's own words are here.
import type { CriterionType, GroupKind, Language } from "../model/types";
import type { Words } from "../schema/field";
import type { KindName } from "../schema/kinds";
import { CRITERIA_FIELDS, CRITERION_TYPE_FIELDS } from "../schema/criteria";
import { labelIn, labelsIn, writtenHeader } from "../schema/field";
import type { SettingsKey } from "../schema/settings";
import { CRITERIA_SHEET, SETTINGS_SHEET } from "../schema/sheets";
import { NOT_APPLICABLE_FIELD, UNIT_FIELDS, UNIT_NAME_FIELD } from "../schema/unitSheet";

/** Keys of the Settings sheet the template writes: the engine's own names for them, all of them. */
export type SettingsKeyName = SettingsKey;

/** The template's words that are labels the engine reads back: each from its schema entry. */
interface SchemaWords {
  criteriaSheet: string;
  settingsSheet: string;
  /** Criteria header, in column order: code, name, type, max, weight, per item, floor, evidence, disqualifies, may be N/A. */
  criteriaHeader: string[];
  typeLabels: Record<GroupKind | CriterionType, string>;
  /** `Đơn vị:` above a unit's table, the label its name is read by. */
  unitLabel: string;
  /** The mark a unit writes on a row that does not apply to it: one of the spec's marks (§7.1). */
  notApplicableMark: string;
  /** Unit sheet header: code, name, max, target, actual, quantity, self, verified, approved, evidence, note. */
  unitHeader: string[];
}

function schemaWords(language: Language): SchemaWords {
  return {
    criteriaSheet: labelIn(CRITERIA_SHEET, language),
    settingsSheet: labelIn(SETTINGS_SHEET, language),
    criteriaHeader: writtenHeader(CRITERIA_FIELDS, language),
    typeLabels: labelsIn(CRITERION_TYPE_FIELDS, language),
    unitLabel: `${labelIn(UNIT_NAME_FIELD, language)}:`,
    notApplicableMark: labelIn(NOT_APPLICABLE_FIELD, language),
    unitHeader: writtenHeader(UNIT_FIELDS, language),
  };
}

export interface TemplateText extends SchemaWords {
  criteriaTitle: string;
  /** The line under the Criteria title that says what `Có thể không áp dụng` does (spec §7.1). */
  criteriaGuide: string;

  yes: string;
  no: string;
  settingsTitle: string;
  unitTitle: string;
  periodLabel: string;
  legend: string;
  /** The legend's line for criteria that need evidence (marked `(*)`). */
  evidenceLegend: string;
  /** The legend's line for the criteria (their codes) that may not apply to a unit (spec §7.1). */
  notApplicableLegend: (codes: string) => string;
  /** The signature block under a unit's table: date line, title, what to sign with, name line. */
  signatureDate: string;
  signatureTitle: string;
  signatureHint: string;
  signatureName: string;
  /** Yes/no answers offered in a drop-down; the first is yes. */
  yesNoChoices: [string, string];
  /**
   * The same for deduction rows, which ask whether something bad happened: answering `Đạt`
   * ("achieved") to "a fatal accident occurred" would read wrongly, so they offer `Có` / `Không`.
   */
  yesNoChoicesDeduction: [string, string];
  prompts: {
    selfScore: (max: string) => string;
    yesNo: string;
    yesNoDeduction: string;
    target: string;
    actual: string;
    quantity: (perItem: string, max: string) => string;
    verified: (max: string) => string;
    approved: (max: string) => string;
    evidence: string;
    /** Added to an input's prompt on a row that may not apply to the unit. */
    notApplicable: string;
    /** The self cell of a Count row that may not apply: it takes only the mark. */
    notApplicableOnly: string;
    mayBeNotApplicable: string;
  };
  errors: {
    score: (max: string) => string;
    yesNo: string;
    yesNoDeduction: string;
    nonNegative: string;
    yesNoOrNotApplicable: string;
    notApplicableOnly: string;
  };
}

export const TEMPLATE_TEXT: Record<Language, TemplateText> = {
  vi: {
    ...schemaWords("vi"),
    criteriaTitle: "BẢNG TIÊU CHÍ CHẤM ĐIỂM",
    criteriaGuide:
      "Cột Có thể không áp dụng: chọn Có cho tiêu chí của nhóm thường mà có đơn vị không được giao chỉ tiêu. Đơn vị đó ghi Không áp dụng " +
      "ở ô Tự chấm (tiêu chí Kế hoạch: ô Kế hoạch); tiêu chí được bỏ khỏi điểm tối đa của đơn vị và điểm được quy đổi về thang điểm chung.",
    yes: "Có",
    no: "Không",
    settingsTitle: "THIẾT LẬP",
    unitTitle: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA",
    periodLabel: "Kỳ:",
    legend:
      "Hướng dẫn: đơn vị nhập vào các ô nền vàng; ở các ô nền xanh, Tổ thẩm định nhập điểm thẩm định và cấp tỉnh nhập điểm duyệt (nếu có): " +
      "điểm duyệt được dùng thay điểm thẩm định, điểm thẩm định thay điểm tự chấm; các ô khác đã khóa.",
    evidenceLegend: "(*) Tiêu chí cần minh chứng: ghi tên, số hiệu văn bản kiểm chứng vào ô nền cam ở cột Minh chứng.",
    notApplicableLegend: (codes) =>
      `Tiêu chí ${codes} có thể không áp dụng: đơn vị không được giao chỉ tiêu đó ghi Không áp dụng vào ô Tự chấm (tiêu chí kế hoạch: ô Kế hoạch); ` +
      "tiêu chí được bỏ khỏi điểm tối đa của đơn vị và điểm được quy đổi về thang điểm chung.",
    signatureDate: "…………, ngày …… tháng …… năm ……",
    signatureTitle: "THỦ TRƯỞNG ĐƠN VỊ",
    signatureHint: "(Ký, ghi rõ họ tên, đóng dấu)",
    signatureName: "……………………………………",
    yesNoChoices: ["Đạt", "Không đạt"],
    yesNoChoicesDeduction: ["Có", "Không"],
    prompts: {
      selfScore: (max) => `Nhập điểm tự chấm, từ 0 đến ${max}.`,
      yesNo: "Chọn Đạt hoặc Không đạt.",
      yesNoDeduction: "Chọn Có nếu việc này đã xảy ra, Không nếu không.",
      target: "Nhập chỉ tiêu kế hoạch (lớn hơn 0).",
      actual: "Nhập kết quả thực hiện.",
      quantity: (perItem, max) => `Nhập số lượng; mỗi đơn vị được ${perItem} điểm, tối đa ${max} điểm.`,
      verified: (max) => `Tổ thẩm định nhập điểm, từ 0 đến ${max}; ghi lý do nếu khác điểm tự chấm.`,
      approved: (max) =>
        `Cấp tỉnh nhập điểm duyệt (nếu có), từ 0 đến ${max}; điểm này được dùng thay điểm thẩm định và tự chấm; ghi lý do nếu khác.`,
      evidence: "Tiêu chí này cần minh chứng: ghi tên, số hiệu, ngày của văn bản kiểm chứng.",
      notApplicable: " Ghi Không áp dụng nếu đơn vị không được giao chỉ tiêu này.",
      notApplicableOnly: "Chọn Không áp dụng nếu đơn vị không được giao chỉ tiêu này; nếu được giao, nhập số lượng.",
      mayBeNotApplicable: "Chọn Có nếu có đơn vị không được giao tiêu chí này (chỉ tiêu chí của nhóm thường).",
    },
    errors: {
      score: (max) => `Điểm phải là số từ 0 đến ${max}.`,
      yesNo: "Chỉ được chọn Đạt hoặc Không đạt.",
      yesNoDeduction: "Chỉ được chọn Có hoặc Không.",
      nonNegative: "Phải là số không âm.",
      yesNoOrNotApplicable: "Chỉ được chọn Đạt, Không đạt hoặc Không áp dụng.",
      notApplicableOnly: "Chỉ được chọn Không áp dụng.",
    },
  },
  en: {
    ...schemaWords("en"),
    criteriaTitle: "SCORING CRITERIA",
    criteriaGuide:
      "May be N/A: choose Yes for a criterion of a regular group that some units are not assigned. Such a unit writes N/A in its " +
      "Self score cell (a Plan criterion: in its Target cell); the criterion leaves that unit's maximum and its points are converted to the common scale.",
    yes: "Yes",
    no: "No",
    settingsTitle: "SETTINGS",
    unitTitle: "EMULATION SELF-ASSESSMENT",
    periodLabel: "Period:",
    legend:
      "How to fill in: the unit fills the yellow cells; in the blue cells the verification team enters its verified score and the province " +
      "its approved score, if any: approved counts over verified, verified over self; other cells are locked.",
    evidenceLegend: "(*) Evidence required: name the supporting document (title, number) in the orange Evidence cell.",
    notApplicableLegend: (codes) =>
      `Criteria ${codes} may not apply: a unit not assigned one writes N/A in its Self score cell (a Plan criterion: in its Target cell); ` +
      "the criterion leaves the unit's maximum and the points are converted to the common scale.",
    signatureDate: "…………, date ……………………",
    signatureTitle: "HEAD OF UNIT",
    signatureHint: "(Signature, full name and seal)",
    signatureName: "……………………………………",
    yesNoChoices: ["Yes", "No"],
    yesNoChoicesDeduction: ["Yes", "No"],
    prompts: {
      selfScore: (max) => `Enter the self score, 0 to ${max}.`,
      yesNo: "Choose Yes or No.",
      yesNoDeduction: "Choose Yes if this happened, No if not.",
      target: "Enter the planned target (greater than 0).",
      actual: "Enter the actual result.",
      quantity: (perItem, max) => `Enter the quantity; ${perItem} point(s) each, at most ${max}.`,
      verified: (max) => `Verification team: points 0 to ${max}; add a note when they differ from the self score.`,
      approved: (max) =>
        `Province, if it reviews: approved points 0 to ${max}; they count over the verified and self scores; add a note when they differ.`,
      evidence: "This criterion needs evidence: give the supporting document's title, number and date.",
      notApplicable: " Write N/A if the unit is not assigned this criterion.",
      notApplicableOnly: "Choose N/A if the unit is not assigned this criterion; if it is, enter the quantity.",
      mayBeNotApplicable: "Choose Yes if some units are not assigned this criterion (regular groups only).",
    },
    errors: {
      score: (max) => `Points must be a number from 0 to ${max}.`,
      yesNo: "Choose Yes or No only.",
      yesNoDeduction: "Choose Yes or No only.",
      nonNegative: "Must be a number, 0 or more.",
      yesNoOrNotApplicable: "Choose Yes, No or N/A only.",
      notApplicableOnly: "Choose N/A only.",
    },
  },
};

/** What Excel says on a yes/no drop-down of the template (Criteria and Settings): on choosing, and on a wrong value. */
export const YES_NO_DROP_DOWN: { prompt: Words; error: Words } = {
  prompt: { vi: "Chọn Có hoặc Không.", en: "Choose Yes or No." },
  error: { vi: "Chỉ được chọn Có hoặc Không.", en: "Choose Yes or No only." },
};

/**
 * The words of a Settings value's drop-down, by the value's kind: a key of these kinds gets a
 * list of its kind's choices in the template. Template words, kept out of the schema because the
 * ribbon's reader imports the schema and never writes a template.
 */
export const SETTINGS_DROP_DOWNS: Partial<Record<KindName, { prompt: Words; error: Words }>> = {
  "yes-no": YES_NO_DROP_DOWN,
  "review-kind": {
    prompt: {
      vi: "Chọn Sơ kết 6 tháng hoặc Tổng kết năm; để trống thì theo Kỳ đánh giá.",
      en: "Choose half-year or year; blank: as the Period says.",
    },
    error: { vi: "Chỉ được chọn một giá trị trong danh sách.", en: "Choose a value from the list." },
  },
};
