// Facts about criteria groups that more than one sheet prints.
import type { CriteriaTable, Group } from "../model/types";

/** Group names longer than this are cut at a word, so a group column stays narrow. */
const SHORT_NAME_LENGTH = 40;

/**
 * A group's maximum: its own cap, or else what its criteria can give (max × weight), as spec §4
 * counts maxTotal.
 * @example groupMax({ max: null, criteria: [{ max: 4, weight: 2 }, …] }) === 8 + …
 */
export function groupMax(group: Group): number {
  if (group.max !== null) return group.max;
  return group.criteria.reduce((sum, criterion) => sum + criterion.max * criterion.weight, 0);
}

/** The regular groups (not bonus, not deduction), in table order; none when the criteria are unusable. */
export function regularGroups(criteria: CriteriaTable | null): Group[] {
  return criteria === null ? [] : criteria.groups.filter((group) => group.kind === "group");
}

/** The most bonus a unit can earn, or null when the table has no bonus group. */
export function bonusMax(criteria: CriteriaTable | null): number | null {
  const bonusGroups = criteria === null ? [] : criteria.groups.filter((group) => group.kind === "bonus-group");
  return bonusGroups.length === 0 ? null : bonusGroups.reduce((sum, group) => sum + groupMax(group), 0);
}

/**
 * A group's name shortened for a column heading: up to the first comma, cut at a word when still long.
 * @example shortGroupName("Quản trị doanh nghiệp, chấp hành pháp luật") === "Quản trị doanh nghiệp"
 */
export function shortGroupName(name: string): string {
  const head = name.split(/[,;]/)[0].replace(/\s+/g, " ").trim();
  if (head.length <= SHORT_NAME_LENGTH) return head;
  const cut = head.slice(0, SHORT_NAME_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : head.slice(0, SHORT_NAME_LENGTH)).trim()}…`;
}

/** What a unit's regular groups add up to, before its points are converted (§7.1). */
export function groupPointsTotal(groups: Record<string, number>): number {
  let earned = 0;
  for (const code of Object.keys(groups)) earned += groups[code];
  return earned;
}
