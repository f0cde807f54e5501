// The Settings schema is the one list of keys: the reader, the template, the messages and the
// reference's table all come from it, so a key added there shows up everywhere at once.
import { readFileSync } from "fs";
import * as path from "path";
import { buildTemplateSheets } from "../../src/core/sheets/template";
import { CLUSTER18_CRITERIA, CLUSTER18_SETTINGS } from "../../src/core/schema/cluster18";
import { labelIn } from "../../src/core/schema/field";
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, SETTINGS_KEYS, settingLabel, type SettingsKey } from "../../src/core/schema/settings";
import { parseSettings } from "../../src/core/read/settings";
import { reviewKindOfPeriod } from "../../src/core/schema/choices";
import { periodName } from "../../src/core/schema/period";
import { IssueList } from "../../src/core/read/sheet";
import { issueMessage } from "../../src/core/words/messages";
import { matchLabel, normalizeLabel } from "../../src/core/model/text";
import type { CellValue, Language, Settings, SheetLayout, WorkbookSnapshot } from "../../src/core/model/types";
import { criteriaSheet, settingsSheet } from "../support/workbook";

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

  it("has no hint that starts with a key's label, so none is read as a key", () => {
    const hints = KEYS.flatMap((key) => LANGUAGES.map((language) => SETTINGS_FIELDS[key].hint?.[language] ?? ""));
    expect(hints.filter((hint) => matchLabel(hint, SETTINGS_KEYS) !== null)).toEqual([]);
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

describe("the keys of the papers (spec §8.1): Nơi nhận, Kính gửi, Căn cứ", () => {
  it.each(LANGUAGES)("the %s template writes them, blank, with their hints", (language) => {
    const layout = settingsLayout(language);
    for (const key of ["recipients", "addressee", "legalBases"] as const) {
      const row = rowOf(layout, settingLabel(key, language));
      expect([key, row[1] ?? null, row[2]]).toEqual([key, null, SETTINGS_FIELDS[key].hint?.[language]]);
    }
    expect(settingLabel("recipients", "vi")).toBe("Nơi nhận");
    expect(settingLabel("addressee", "vi")).toBe("Kính gửi");
    expect(settingLabel("legalBases", "vi")).toBe("Căn cứ");
  });

  it.each(LANGUAGES)("the reader takes them by their %s labels, lines and `;` for the recipients", (language) => {
    const { settings, issues } = read([
      [settingLabel("recipients", language), "Ban Thi đua - Khen thưởng tỉnh; Các đơn vị thành viên Cụm\nLưu: VT"],
      [settingLabel("addressee", language), "Chủ tịch UBND tỉnh Thanh Hóa"],
      [settingLabel("legalBases", language), "Luật Thi đua, khen thưởng năm 2022;\n\nNghị định 98/2023/NĐ-CP;"],
    ]);
    expect(issues.items).toEqual([]);
    expect(settings.recipients).toEqual(["Ban Thi đua - Khen thưởng tỉnh", "Các đơn vị thành viên Cụm", "Lưu: VT"]);
    expect(settings.addressee).toBe("Chủ tịch UBND tỉnh Thanh Hóa");
    expect(settings.legalBases).toEqual(["Luật Thi đua, khen thưởng năm 2022;", "Nghị định 98/2023/NĐ-CP;"]);
  });

  it("are blank by default, and what the template writes reads back the same", () => {
    expect([DEFAULT_SETTINGS.recipients, DEFAULT_SETTINGS.addressee, DEFAULT_SETTINGS.legalBases]).toEqual([null, null, null]);
    const settings: Settings = { ...CLUSTER18_SETTINGS, recipients: ["A", "B"], addressee: "C", legalBases: ["D;", "E;"] };
    const layout = settingsLayout("en", settings);
    const keys = KEYS.map((key): [string, CellValue] => [settingLabel(key, "en"), rowOf(layout, settingLabel(key, "en"))[1] ?? null]);
    const back = read(keys.filter(([label]) => ["Recipients", "To", "Grounds"].includes(label))).settings;
    expect([back.recipients, back.addressee, back.legalBases]).toEqual([["A", "B"], "C", ["D;", "E;"]]);
  });
});

describe("a new workbook's period (spec §8.5)", () => {
  it.each([
    ["year", 2031, "Năm 2031"],
    ["half-year", 2031, "6 tháng đầu năm 2031"],
  ] as const)("is written for a %s review of the year given, and read back as that kind", (kind, year, written) => {
    expect(periodName(kind, year)).toBe(written);
    expect(reviewKindOfPeriod(periodName(kind, year))).toBe(kind);
  });
});
