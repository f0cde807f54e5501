// docs/workbook.md's tables of the Criteria sheet, the unit sheets, the Conference sheet, the award
// history and its rules list exactly their schemas' entries, with the same labels (as its Settings
// table does, see schema-settings.test.ts): the reference cannot drift from what the reader matches.
import { readFileSync } from "fs";
import * as path from "path";
import { CONFERENCE_COLUMN_FIELDS, CONFERENCE_KEY_FIELDS } from "../../src/core/schema/conference";
import { CRITERIA_FIELDS, CRITERION_TYPE_FIELDS } from "../../src/core/schema/criteria";
import type { Labels } from "../../src/core/schema/field";
import { UNIT_FIELDS } from "../../src/core/schema/unitSheet";
import { AWARD_RULE_FIELDS, HISTORY_FIELDS } from "../../src/core/schema/history";

const reference = readFileSync(path.join(__dirname, "..", "..", "docs", "workbook.md"), "utf8");

/** The text from a heading to the next heading of its level. */
function section(heading: string): string {
  const start = reference.indexOf(`### ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = reference.indexOf("\n##", start + 4);
  return reference.slice(start, end < 0 ? undefined : end);
}

const ticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** The labels in a table's cell `at` (1 = first), of the rows whose labels are there: `vi` / `en`, joined. */
function documented(text: string, at: 1 | 2): string[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("|") && !line.startsWith("|---"))
    .map((line) => line.split("|"))
    .filter((cells) => ticked(cells[at]).length > 0 && (at === 1 || ticked(cells[1]).length === 0))
    .map((cells) => ticked(cells[at]).join(" / "))
    .sort();
}

const inSchema = (fields: Record<string, { labels: Labels }>): string[] =>
  Object.values(fields)
    .map((field) => [...field.labels.vi, ...field.labels.en].join(" / "))
    .sort();

describe("docs/workbook.md's tables against the schemas", () => {
  it("the Criteria sheet's columns", () => {
    expect(documented(section("Criteria"), 2)).toEqual(inSchema(CRITERIA_FIELDS));
  });

  it("the Criteria sheet's types: the criteria's table and the group rows' line", () => {
    const text = section("Criteria");
    const { group, "bonus-group": bonus, "deduction-group": deduction, ...criteria } = CRITERION_TYPE_FIELDS;
    expect(documented(text, 1)).toEqual(inSchema(criteria));
    const groupLine = text.slice(text.indexOf("Types of group rows:"), text.indexOf("Every criterion belongs"));
    const groups = groupLine
      .split(/,|\n/)
      .map(ticked)
      .filter((labels) => labels.length > 0)
      .map((labels) => labels.join(" / "));
    expect(groups.sort()).toEqual(inSchema({ group, bonus, deduction }));
  });

  it("the unit sheets' columns", () => {
    expect(documented(section("Unit sheets"), 2)).toEqual(inSchema(UNIT_FIELDS));
  });

  it("the award history's and the rules' columns (§9.2)", () => {
    expect(documented(section("The award history — `"), 2)).toEqual(inSchema(HISTORY_FIELDS));
    expect(documented(section("The higher awards' rules"), 2)).toEqual(inSchema(AWARD_RULE_FIELDS));
  });

  it("the Conference sheet's keys and its votes table's columns", () => {
    const text = section("The conference");
    expect(documented(text, 1)).toEqual(inSchema(CONFERENCE_KEY_FIELDS));
    expect(documented(text, 2)).toEqual(inSchema(CONFERENCE_COLUMN_FIELDS));
  });
});
