// Messages say what to do (issue 10, item 11): every rule's message names the problem and then,
// after a colon, the fix, in Vietnamese and in English; a blank quantity says so; a renamed
// sheet is one message, not a missing sheet here and an unlisted one there.
import { evaluateWorkbook, issueMessage } from "../../src/core";
import type { MessageParams, SetupProblem } from "../../src/core/words/messages";
import { RULE_NAMES } from "../../src/core/words";
import type { Language, RuleId } from "../../src/core/model/types";
import { cleanEntries, criteriaSheet, DEFAULT_KEYS, settingsSheet, unitSheet, workbook } from "../support/workbook";

const RULES = Object.keys(RULE_NAMES.en) as RuleId[];
const SETUP_PROBLEMS: SetupProblem[] = [
  "no-sheet",
  "no-header",
  "no-criteria",
  "duplicate-code",
  "unknown-type",
  "missing-code",
  "missing-type",
  "missing-max",
  "not-positive",
  "too-large",
  "not-a-number",
  "floor-negative",
  "not-yesno",
  "before-first-group",
  "threshold-order",
  "quota",
  "tie-break",
  "language",
  "duplicate-sheet",
  "na-column",
  "review-kind",
  "date",
  "vote-threshold",
];

/** The part after the problem: what to do. Empty when the message gives no fix. */
function fixOf(message: string): string {
  const colon = message.indexOf(
    ": ",
    message.startsWith("Bảng tiêu chí: ") || /^(Thiết lập|Criteria|Settings): /.test(message) ? message.indexOf(": ") + 2 : 0,
  );
  return colon < 0 ? "" : message.slice(colon + 2).trim();
}

/** Every way a rule's message can be asked for. */
function paramVariants(rule: RuleId): MessageParams[] {
  const base: MessageParams = { value: "x", max: 3, expected: 2, found: "1", name: "Sông Chu" };
  switch (rule) {
    case "criteria-invalid":
    case "settings-invalid":
      return SETUP_PROBLEMS.map((reason) => ({ ...base, reason, column: "Hệ số" }));
    case "empty-score":
      return [{ column: "Số lượng / Quantity" }, { blank: "quantity" }, { blank: "self" }, {}];
    case "plan-input":
      return [{ column: "target" }, { column: "target", value: "0" }, { column: "actual" }];
    case "cell-error":
      return [{ value: "#REF!" }, { value: "=1+2" }];
    case "out-of-range":
      return [{ value: "6", max: 5 }, { value: "-1" }];
    case "missing-sheet":
      return [{ name: "Sông Chu" }, { name: "Sông Chu", lookalike: "Song Chu" }];
    case "evidence-missing":
      return [{}, { detail: "evidence-zero" }, { detail: "evidence-as-entered" }];
    case "not-applicable":
      return [{}, { detail: "na-not-allowed" }, { detail: "na-overruled" }, { detail: "na-not-regular" }, { detail: "na-whole-group" }];
    default:
      return [base];
  }
}

describe("every rule's message", () => {
  it.each(["vi", "en"] as Language[])("says what to do (%s)", (language) => {
    const without: string[] = [];
    for (const rule of RULES) {
      for (const params of paramVariants(rule)) {
        const message = issueMessage(rule, params, language);
        if (fixOf(message).length < 8) without.push(`${rule} ${JSON.stringify(params)}: ${message}`);
      }
    }
    expect(without).toEqual([]);
  });

  it("names no English rule id in Vietnamese", () => {
    for (const rule of RULES) {
      for (const params of paramVariants(rule)) expect(issueMessage(rule, params, "vi")).not.toContain(rule);
    }
  });
});

describe("a blank input says which input", () => {
  it("a blank quantity asks for the quantity, not for a score", () => {
    const book = workbook({ A: { ...cleanEntries(), "II.1": {} } });
    const [vi] = evaluateWorkbook(book).report.issues;
    expect(vi.rule).toBe("empty-score");
    expect(vi.cell).toBe("F12");
    expect(vi.message).toMatch(/^Chưa nhập số lượng: /);
    expect(vi.message).not.toMatch(/điểm/);
    // Nor does the check's short name, shown beside it on the Issues sheet and the terminal.
    expect(RULE_NAMES.vi[vi.rule]).not.toMatch(/điểm/);
    expect(evaluateWorkbook(book, { language: "en" }).report.issues[0].message).toMatch(/^No quantity entered: /);
  });

  it("a blank self score asks for the self score", () => {
    const [issue] = evaluateWorkbook(workbook({ A: { ...cleanEntries(), "I.3": {} } })).report.issues;
    expect(issue.message).toMatch(/^Chưa nhập điểm tự chấm: /);
  });
});

describe("a renamed sheet is one message", () => {
  const book = (tabs: string[]) => ({
    sheets: [
      criteriaSheet(),
      settingsSheet(DEFAULT_KEYS, [
        { name: "Công ty Sông Chu", sheet: "Sông Chu" },
        { name: "B", sheet: "B" },
      ]),
      ...tabs.map((tab) => unitSheet(tab, cleanEntries(), { statedName: tab === "Song Chu" ? "Công ty Sông Chu" : tab })),
    ],
  });

  it("joins the missing sheet and the unlisted sheet whose name differs only in diacritics", () => {
    const report = evaluateWorkbook(book(["Song Chu", "B"])).report;
    expect(report.issues.map((i) => [i.severity, i.rule, i.sheet, i.cell])).toEqual([["error", "missing-sheet", "Thiết lập", "C7"]]);
    expect(report.issues[0].message).toBe(
      'Không có trang tính "Sông Chu" của đơn vị này, nhưng trang tính "Song Chu" có vẻ là của đơn vị: đổi tên trang tính thành "Sông Chu", hoặc sửa ô này thành "Song Chu"',
    );
    const en = evaluateWorkbook(book(["Song Chu", "B"]), { language: "en" }).report.issues[0].message;
    expect(en).toContain('sheet "Song Chu" looks like the unit\'s: rename that sheet "Sông Chu"');
    // The unit stays unranked: the tool does not guess which sheet is whose.
    expect(report.units.find((u) => u.unit === "Công ty Sông Chu")?.status).toBe("not-ranked");
  });

  it("keeps the two apart when the names differ in more than diacritics", () => {
    const report = evaluateWorkbook(book(["Song Ma", "B"])).report;
    expect(report.issues.map((i) => i.rule)).toEqual(["missing-sheet", "unlisted-sheet"]);
    expect(report.issues[0].message).not.toContain("Song Ma");
  });
});
