// The Settings schema is the one list of keys: the reader, the template, the messages and the
// reference's table all come from it, so a key added there shows up everywhere at once.
import { readFileSync } from "fs";
import * as path from "path";
import { buildTemplateSheets } from "../../src/core/sheets/template";
import { CLUSTER18_CRITERIA, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { labelIn } from "../../src/core/schema/field";
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, settingLabel, type SettingsKey } from "../../src/core/schema/settings";
import { parseSettings } from "../../src/core/read/settings";
import { IssueList } from "../../src/core/read/sheet";
import { issueMessage } from "../../src/core/words/messages";
import { normalizeLabel } from "../../src/core/model/text";
import type { CellValue, Language, Settings, SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { criteriaSheet, settingsSheet } from "../helpers/workbook";

const KEYS = Object.keys(SETTINGS_FIELDS) as SettingsKey[];
const LANGUAGES: Language[] = ["vi", "en"];

function settingsLayout(language: Language, settings: Settings = CLUSTER18_SETTINGS): SheetLayout {
  const sheets = buildTemplateSheets({ criteria: CLUSTER18_CRITERIA, settings, language });
  return sheets[1];
}

/** The value column of a key row the template wrote, by the key's label. */
function rowOf(layout: SheetLayout, label: string): CellValue[] {
  const row = layout.values.find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

function read(keys: Array<[string, CellValue]>): { settings: Settings; issues: IssueList } {
  const issues = new IssueList();
  const book: WorkbookSnapshot = { sheets: [criteriaSheet(), settingsSheet(keys, null)] };
  return { settings: parseSettings(book, null, issues).settings, issues };
}

describe("the Settings schema", () => {
  it.each(LANGUAGES)("the %s template writes every key's first label, in the schema's order, with its hint", (language) => {
    const layout = settingsLayout(language);
    const labels = layout.values
      .map((cells) => cells[0])
      .filter((cell) => KEYS.some((key) => labelIn(SETTINGS_FIELDS[key], language) === cell));
    expect(labels).toEqual(KEYS.map((key) => labelIn(SETTINGS_FIELDS[key], language)));
    for (const key of KEYS) {
      const hint = SETTINGS_FIELDS[key].hint;
      if (hint) expect(rowOf(layout, settingLabel(key, language))[2]).toBe(hint[language]);
    }
  });

  it.each(LANGUAGES)("a key is read by its %s label", (language) => {
    const { settings } = read([[settingLabel("clusterName", language), "Cụm 1"]]);
    expect(settings.clusterName).toBe("Cụm 1");
  });

  it("keeps the defaults for keys left out", () => {
    const { settings, issues } = read([]);
    expect(issues.items).toEqual([]);
    expect({ ...settings, tieBreak: DEFAULT_SETTINGS.tieBreak }).toEqual(DEFAULT_SETTINGS);
  });

  it.each(LANGUAGES)("the %s messages that name a key use its label", (language) => {
    const cases: Array<[SettingsKey, Parameters<typeof issueMessage>[1]]> = [
      ["language", { reason: "language", value: "fr" }],
      ["reviewKind", { reason: "review-kind", value: "x" }],
      ["datePrepared", { reason: "date", value: "x" }],
      ["voteThreshold", { reason: "vote-threshold", value: "120" }],
    ];
    for (const [key, params] of cases) {
      const message = normalizeLabel(issueMessage("settings-invalid", params, language));
      expect([key, message.includes(normalizeLabel(settingLabel(key, language)))]).toEqual([key, true]);
    }
  });
});

describe("docs/workbook.md's Settings table", () => {
  const reference = readFileSync(path.join(__dirname, "..", "..", "docs", "workbook.md"), "utf8");
  const section = reference.slice(reference.indexOf("### Settings"), reference.indexOf("### The conference"));
  /** Each key row's labels: `vi` / `en` in its first cell. */
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => [...line.split("|")[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]));

  it("lists exactly the schema's keys, with their labels", () => {
    const documented = rows.map((labels) => labels.join(" / ")).sort();
    const schema = KEYS.map((key) => [...SETTINGS_FIELDS[key].labels.vi, ...SETTINGS_FIELDS[key].labels.en].join(" / ")).sort();
    expect(documented).toEqual(schema);
  });
});
