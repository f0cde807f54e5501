// The template's words on the award history and the rules sheets (spec §9.2): their titles and the
// instruction lines above each header. The labels themselves are the schema's (schema/history.ts).
import type { Language } from "../model/types";
import { labelIn, labelsIn } from "../schema/field";
import { AWARD_RULE_FIELDS, EXAMPLE_RULE, HISTORY_FIELDS, OR_WORD } from "../schema/history";

interface HistoryTemplateText {
  historyTitle: string;
  historyGuide: string;
  rulesTitle: string;
  rulesGuide: string;
  /** The example rule, one line that is not data (the reader starts below the header). */
  rulesExample: string;
}

function text(language: Language): HistoryTemplateText {
  const history = labelsIn(HISTORY_FIELDS, language);
  const rules = labelsIn(AWARD_RULE_FIELDS, language);
  const [award, years, lowest, needed] = EXAMPLE_RULE[language];
  const or = labelIn(OR_WORD, language);
  if (language === "vi") {
    return {
      historyTitle: "LỊCH SỬ THI ĐUA",
      historyGuide: `Mỗi năm, mỗi đơn vị một hàng. ${history.unit}: tên đơn vị hoặc tên trang tính. Để trống ${history.decisionNo} khi mới đề nghị; chỉ khen thưởng đã có số quyết định mới được tính khi xét khen thưởng cấp cao.`,
      rulesTitle: "ĐIỀU KIỆN KHEN THƯỞNG",
      rulesGuide: `Mỗi hình thức khen thưởng cấp cao một hàng. ${rules.years}: tính cả năm hiện tại. ${rules.needed}: các phương án cách nhau bằng "${or}", mỗi phương án dạng "số × tên khen thưởng".`,
      rulesExample: `Ví dụ (không được đọc): ${rules.award} "${award}"; ${rules.years} ${years}; ${rules.lowest} "${lowest}"; ${rules.needed} "${needed}".`,
    };
  }
  return {
    historyTitle: "AWARD HISTORY",
    historyGuide: `One row per unit and year. ${history.unit}: the unit's name or its sheet's. Leave ${history.decisionNo} blank while an award is only proposed; only awards with a decision number count towards a higher award.`,
    rulesTitle: "AWARD RULES",
    rulesGuide: `One row per higher award. ${rules.years}: the current year included. ${rules.needed}: alternatives separated by "${or}", each "count × award name".`,
    rulesExample: `Example (not read): ${rules.award} "${award}"; ${rules.years} ${years}; ${rules.lowest} "${lowest}"; ${rules.needed} "${needed}".`,
  };
}

export const HISTORY_TEMPLATE_TEXT: Record<Language, HistoryTemplateText> = { vi: text("vi"), en: text("en") };
