// The `Điều kiện khen thưởng` / `Award rules` sheet (spec §9.2): one row per higher award. The
// rules are data, never code: the state changed them in 2025 (Decree 152/2025/NĐ-CP) and will
// again, so a changed row changes who is eligible with no change here.
import { invalid, readClassification, readTable, hasContent, type TableRow } from "./history";
import type { IssueList } from "./sheet";
import { normalizeLabel } from "../model/text";
import { cellText, readNumber } from "../model/values";
import { allLabels } from "../schema/field";
import { AWARD_RULE_COLUMNS, OR_WORD, type AwardRuleColumn } from "../schema/history";
import type { AwardRule, SheetSnapshot } from "../model/types";

/**
 * Reads the rules; a row without an award's name, with a number of years that is not a whole
 * number from 1, a lowest classification that is none, or a needed text that cannot be read is
 * `history-invalid` at that cell and left out.
 * @example readAwardRules(sheet, issues)[0] → { award: "Cờ thi đua của Chính phủ", years: 5, lowest: "excellent", needed: [{ count: 1, award: "Cờ thi đua của UBND tỉnh" }, …] }
 */
export function readAwardRules(sheet: SheetSnapshot, issues: IssueList): AwardRule[] {
  const rows = readTable(sheet, AWARD_RULE_COLUMNS, ["award", "years"]);
  if (rows === null) {
    if (hasContent(sheet)) invalid(issues, sheet, { row: 0, col: 0 }, "no-rules-header");
    return [];
  }
  const rules: AwardRule[] = [];
  rows.forEach((line) => {
    const rule = readRule(sheet, line, issues);
    if (rule) rules.push(rule);
  });
  return rules;
}

function readRule(sheet: SheetSnapshot, line: TableRow<AwardRuleColumn>, issues: IssueList): AwardRule | null {
  const award = cellText(line.cells.award);
  if (award === "") return (void invalid(issues, sheet, line.at("award"), "award"), null);
  const years = readNumber(line.cells.years);
  if (years.kind !== "number" || years.value !== Math.floor(years.value) || years.value < 1 || years.value > 100) {
    return (void invalid(issues, sheet, line.at("years"), "years", cellText(line.cells.years)), null);
  }
  const lowest = readClassification(line.cells.lowest);
  if (lowest === undefined || lowest === null) {
    return (void invalid(issues, sheet, line.at("lowest"), "lowest", cellText(line.cells.lowest)), null);
  }
  const neededText = cellText(line.cells.needed);
  const needed = parseNeeded(neededText);
  if (needed === null) return (void invalid(issues, sheet, line.at("needed"), "needed", neededText), null);
  return { award, years: years.value, lowest, needed };
}

const OR_WORDS = allLabels(OR_WORD).map(normalizeLabel);
/** `2 × Bằng khen …`, `2 x Bằng khen …`, `2×Bằng khen …`. */
const COUNTED = /^(\d+)\s*[×xX*]\s*(\S[\s\S]*)$/;
/** A count with no award after it: `2 ×`, `2`. */
const COUNT_ALONE = /^\d+\s*[×xX*]?$/;

/**
 * The alternatives of a rule's `Cần có trong giai đoạn`: separated by `hoặc` / `or`, each
 * `k × award name` (a name alone counts once); `[]` for a blank cell; null when a part is empty,
 * has no award's name or its count is 0.
 * @example parseNeeded("1 × Cờ thi đua hoặc 2 x Bằng khen") → [{ count: 1, award: "Cờ thi đua" }, { count: 2, award: "Bằng khen" }]
 */
export function parseNeeded(text: string): AwardRule["needed"] | null {
  if (text === "") return [];
  const parts: string[][] = [[]];
  text.split(/\s+/).forEach((word) => {
    if (OR_WORDS.indexOf(normalizeLabel(word)) >= 0) parts.push([]);
    else if (word !== "") parts[parts.length - 1].push(word);
  });
  const needed: AwardRule["needed"] = [];
  for (const words of parts) {
    const part = words.join(" ");
    const counted = COUNTED.exec(part);
    const count = counted ? Number(counted[1]) : 1;
    const award = counted ? counted[2].trim() : part;
    if (award === "" || count < 1 || COUNT_ALONE.test(part)) return null;
    needed.push({ count, award });
  }
  return needed;
}
