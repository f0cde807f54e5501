// The user guides' worked examples must be what the engine computes for the bundled sample, and
// every rule id the engine can emit must be explained in the guides and the reference. A guide
// whose numbers drift from the engine would teach secretaries the wrong arithmetic.
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS, evaluateWorkbook, findUnitTable, normalizeLabel, roundHalfAway } from "../../src/core";
import { AWARD_WORDS, CLASSIFICATION_WORDS, RULE_NAMES } from "../../src/core/words";
import type { CellValue, Evaluation, Language, RuleId, SheetSnapshot, UnitEvaluation, WorkbookSnapshot } from "../../src/core/model/types";
import {
  CONFERENCE_COLUMNS,
  CONFERENCE_KEYS,
  CONFERENCE_SHEET_LABELS,
  DECISION_WORDS,
  CRITERIA_COLUMNS,
  CRITERIA_SHEET_LABELS,
  CRITERION_TYPES,
  EXCEL_ERROR_TEXTS,
  NO_WORDS,
  OUTPUT_SHEET_LABELS,
  SETTINGS_SHEET_LABELS,
  TIE_BREAK_KEYS,
  TOTAL_ROW_LABELS,
  UNIT_COLUMNS,
  UNIT_NAME_LABELS,
  UNITS_LIST_COLUMNS,
  YES_WORDS,
} from "../../src/core/schema/labels";
import { SETTINGS_KEYS } from "../../src/core/schema/settings";
import type { LabelSet } from "../../src/core/model/text";
import { CLI_TEXT } from "../../src/cli/messages";
import { readWorkbookFile } from "../../src/xlsx/read";

const ROOT = path.join(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets", "cluster18-2024.xlsx");
const GUIDES: Record<Language, string> = { vi: "docs/guide.vi.md", en: "docs/guide.en.md" };
const REFERENCE = "docs/workbook.md";
const TIMEOUT = 60_000;

/** The first cells of the summary rows under each worked example, per guide language. */
const SUMMARY_LABELS: Record<Language, Record<"total" | "completion" | "allTargetsMet" | "rank" | "classification" | "award", string>> = {
  vi: {
    total: "Tổng điểm",
    completion: "Tỷ lệ hoàn thành",
    allTargetsMet: "Đạt mọi chỉ tiêu",
    rank: "Xếp hạng",
    classification: "Xếp loại",
    award: "Đề nghị khen thưởng",
  },
  en: {
    total: "Total",
    completion: "Completion rate",
    allTargetsMet: "All targets met",
    rank: "Rank",
    classification: "Classification",
    award: "Proposed award",
  },
};
const YES_NO: Record<Language, [string, string]> = { vi: ["Có", "Không"], en: ["Yes", "No"] };
/** The header cell that starts the sample's ranking table. */
const RANK_HEADER: Record<Language, string> = { vi: "Hạng", en: "Rank" };
/** What the guides write for "no award". */
const NO_AWARD = "—";
/** Columns of a worked example: code, type, target, actual, quantity, self score, how, points. */
const EXAMPLE_INPUTS = ["target", "actual", "quantity", "self"] as const;
const HOW_COLUMN = 6;
const POINTS_COLUMN = 7;

/** Two decimals as each language writes them: `49,69` / `49.69`. */
function twoDecimals(value: number, language: Language): string {
  const text = roundHalfAway(value, 2).toFixed(2);
  return language === "vi" ? text.replace(".", ",") : text;
}

/** A number as the guide writes it: `1.245.000` and `11,6` in Vietnamese, `1,245,000` and `11.6` in English. */
function guideNumber(text: string, language: Language): number {
  const plain = language === "vi" ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  return Number(plain);
}

/** A table cell's text without markdown emphasis. */
function bare(cell: string): string {
  return cell.replace(/\*/g, "").trim();
}

interface Table {
  /** The text of the nearest heading above the table. */
  heading: string;
  header: string[];
  rows: string[][];
}

/** Every markdown table of a document, with the heading it sits under. */
function tablesOf(markdown: string): Table[] {
  const tables: Table[] = [];
  let heading = "";
  let current: Table | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith("#")) heading = trimmed;
    if (!trimmed.startsWith("|")) {
      current = null;
      continue;
    }
    const cells = trimmed.replace(/^\|/, "").replace(/\|$/, "").split("|").map(bare);
    if (current === null) {
      current = { heading, header: cells, rows: [] };
      tables.push(current);
    } else if (!cells.every((cell) => /^:?-+:?$/.test(cell))) {
      current.rows.push(cells);
    }
  }
  return tables;
}

/** The sheet name a worked example's heading names in backticks, when it is a unit's sheet. */
function exampleSheet(table: Table, evaluation: Evaluation): UnitEvaluation | null {
  const named = [...table.heading.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return evaluation.units.find((unit) => named.includes(unit.result.sheet)) ?? null;
}

function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * Every disagreement between a guide and the engine, as readable lines; empty when they agree.
 * The first worked example must list every criterion; each example lists every group.
 */
function checkGuide(markdown: string, language: Language, snapshot: WorkbookSnapshot, evaluation: Evaluation): string[] {
  const problems: string[] = [];
  const criteria = evaluation.criteria!;
  const groupByCode = new Map(criteria.groups.map((g) => [g.code, g]));
  const criterionByCode = new Map(criteria.groups.flatMap((g) => g.criteria.map((c) => [c.code, c] as const)));
  const labels = SUMMARY_LABELS[language];
  const tables = tablesOf(markdown);

  const examples = tables.filter((t) => exampleSheet(t, evaluation) !== null && (t.header[0] === "Mã" || t.header[0] === "Code"));
  if (examples.length < 2) problems.push(`expected two worked examples, found ${examples.length}`);

  examples.forEach((table, index) => {
    const unit = exampleSheet(table, evaluation)!;
    const result = unit.result;
    const sheet = snapshot.sheets.find((s) => s.name === result.sheet) as SheetSnapshot;
    const unitTable = findUnitTable(sheet)!;
    const where = (code: string) => `${result.sheet} ${code}`;
    const seen = new Set<string>();

    for (const row of table.rows) {
      const first = row[0];
      const figure = row[POINTS_COLUMN] ?? row[row.length - 1];
      const criterion = criterionByCode.get(first);
      const group = groupByCode.get(first);
      if (criterion) {
        seen.add(first);
        const points = unit.points[first];
        if (points === null || figure !== twoDecimals(points, language))
          problems.push(`${where(first)}: points ${figure}, engine ${points}`);
        const sheetRow = sheet.cells.find((cells) => cells[unitTable.columns.code!] === first) ?? [];
        EXAMPLE_INPUTS.forEach((column, offset) => {
          const written = row[2 + offset];
          const col = unitTable.columns[column];
          const value = col === undefined ? null : (sheetRow[col] ?? null);
          if (written === "") {
            if (!isBlankCell(value)) problems.push(`${where(first)}: ${column} blank in the guide, ${String(value)} on the sheet`);
          } else if (typeof value === "number") {
            if (guideNumber(written, language) !== value) problems.push(`${where(first)}: ${column} ${written}, sheet ${value}`);
          } else if (written !== String(value)) {
            problems.push(`${where(first)}: ${column} ${written}, sheet ${String(value)}`);
          }
        });
        if (criterion.type === "plan") {
          const target = sheetRow[unitTable.columns.target!] as number;
          const actual = sheetRow[unitTable.columns.actual!] as number;
          const rate = `${twoDecimals((actual / target) * 100, language)}%`;
          if (!row[HOW_COLUMN].startsWith(rate)) problems.push(`${where(first)}: the rate should read ${rate}, not "${row[HOW_COLUMN]}"`);
        }
      } else if (group) {
        seen.add(first);
        const subtotal = group.kind === "group" ? result.groups?.[first] : group.kind === "bonus-group" ? result.bonus : result.deduction;
        if (subtotal === null || subtotal === undefined || figure !== twoDecimals(subtotal, language))
          problems.push(`${where(first)}: subtotal ${figure}, engine ${subtotal}`);
      }
    }

    const summary = (key: keyof typeof labels): string | null => {
      const row = table.rows.find((r) => r[0].startsWith(labels[key]));
      if (!row) {
        problems.push(`${result.sheet}: no "${labels[key]}" row`);
        return null;
      }
      return row[POINTS_COLUMN];
    };
    const expectSummary = (key: keyof typeof labels, expected: string) => {
      const written = summary(key);
      if (written !== null && written !== expected) problems.push(`${result.sheet}: ${labels[key]} ${written}, engine ${expected}`);
    };
    expectSummary("total", twoDecimals(result.total!, language));
    expectSummary("completion", twoDecimals(result.completionRate!, language));
    expectSummary("allTargetsMet", YES_NO[language][result.allTargetsMet ? 0 : 1]);
    expectSummary("rank", String(result.rank));
    expectSummary("classification", CLASSIFICATION_WORDS[language][result.classification!]);
    expectSummary("award", result.award ? AWARD_WORDS[language][result.award] : NO_AWARD);

    for (const group of criteria.groups) if (!seen.has(group.code)) problems.push(`${result.sheet}: group ${group.code} is not shown`);
    if (index === 0) {
      for (const code of criterionByCode.keys()) if (!seen.has(code)) problems.push(`${result.sheet}: criterion ${code} is not shown`);
    }
  });

  const ranking = tables.find((t) => t.header[0] === RANK_HEADER[language]);
  if (!ranking) problems.push("no ranking table of the sample");
  else {
    const units = evaluation.report.units;
    if (ranking.rows.length !== units.length) problems.push(`the ranking lists ${ranking.rows.length} units, the engine ${units.length}`);
    units.forEach((unit, i) => {
      const expected = [
        String(unit.rank),
        unit.sheet,
        twoDecimals(unit.total!, language),
        CLASSIFICATION_WORDS[language][unit.classification!],
        unit.award ? AWARD_WORDS[language][unit.award] : NO_AWARD,
      ];
      const written = ranking.rows[i] ?? [];
      if (expected.join(" | ") !== written.join(" | "))
        problems.push(`ranking row ${i + 1}: ${written.join(" | ")}, engine ${expected.join(" | ")}`);
    });
  }
  return problems;
}

describe("the user guides' worked examples (docs/guide.*.md) against the engine", () => {
  let snapshot: WorkbookSnapshot;
  let evaluation: Evaluation;
  const guide = (language: Language) => readFileSync(path.join(ROOT, GUIDES[language]), "utf8");

  beforeAll(async () => {
    snapshot = await readWorkbookFile(SAMPLE);
    evaluation = evaluateWorkbook(snapshot);
  }, TIMEOUT);

  it("the sample has the one bonus group and one deduction group the examples' V and VI rows stand for", () => {
    const kinds = evaluation.criteria!.groups.map((g) => g.kind);
    expect(kinds.filter((k) => k === "bonus-group")).toHaveLength(1);
    expect(kinds.filter((k) => k === "deduction-group")).toHaveLength(1);
  });

  it.each(["vi", "en"] as const)(
    "docs/guide.%s.md: every figure of the examples and the ranking is the engine's",
    (language) => {
      expect(checkGuide(guide(language), language, snapshot, evaluation)).toEqual([]);
    },
    TIMEOUT,
  );

  it.each(["vi", "en"] as const)(
    "docs/guide.%s.md: changing one figure of the example is caught",
    (language) => {
      const total = twoDecimals(evaluation.report.units[0].total!, language);
      const changed = guide(language).replace(`**${total}**`, `**${twoDecimals(evaluation.report.units[0].total! - 0.01, language)}**`);
      expect(changed).not.toEqual(guide(language));
      expect(checkGuide(changed, language, snapshot, evaluation)).toEqual([expect.stringContaining(SUMMARY_LABELS[language].total)]);

      const rate = guide(language).replace(language === "vi" ? "| 7,69 |" : "| 7.69 |", language === "vi" ? "| 7,70 |" : "| 7.70 |");
      expect(checkGuide(rate, language, snapshot, evaluation)).toEqual([expect.stringContaining("I.3: points")]);
    },
    TIMEOUT,
  );
});

describe("every rule id the engine can emit is documented", () => {
  // RULE_NAMES is a Record over RuleId, so the compiler keeps it complete.
  const ruleIds = Object.keys(RULE_NAMES.en) as RuleId[];

  it.each([GUIDES.vi, GUIDES.en, REFERENCE])("%s names every rule id", (file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    expect(ruleIds.length).toBeGreaterThan(20);
    expect(ruleIds.filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
  });

  it.each([GUIDES.vi, GUIDES.en, REFERENCE])("%s is plain markdown (the add-in's help page is built from it)", (file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    expect(text.match(/<\/?[a-z][a-z0-9]*(\s[^>]*)?>/gi) ?? []).toEqual([]);
    for (const [, target] of text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) expect(target).not.toMatch(/^[a-z]+:|^\//i);
  });
});

describe("the reference docs/workbook.md against the engine", () => {
  const reference = readFileSync(path.join(ROOT, REFERENCE), "utf8");
  /** Everything the reference writes as code (`…`), in the form labels are compared. */
  const written = new Set([...reference.matchAll(/`([^`\n]+)`/g)].map((m) => normalizeLabel(m[1])));

  it("names every label the engine reads, in both languages", () => {
    const sets: Array<LabelSet<string>> = [
      CRITERIA_COLUMNS,
      CRITERION_TYPES,
      SETTINGS_KEYS,
      UNITS_LIST_COLUMNS,
      TIE_BREAK_KEYS,
      UNIT_NAME_LABELS,
      UNIT_COLUMNS,
      TOTAL_ROW_LABELS,
      CONFERENCE_KEYS,
      CONFERENCE_COLUMNS,
      DECISION_WORDS,
    ];
    const labels = sets.flatMap((set) => set.entries.map((entry) => entry.label));
    const sheetNames = [...CRITERIA_SHEET_LABELS, ...SETTINGS_SHEET_LABELS, ...CONFERENCE_SHEET_LABELS, ...OUTPUT_SHEET_LABELS].map(
      normalizeLabel,
    );
    const words = [...YES_WORDS.filter((w) => !/^(TRUE|FALSE)$/.test(w)), ...NO_WORDS.filter((w) => !/^(TRUE|FALSE)$/.test(w))].map(
      normalizeLabel,
    );
    expect(labels.length).toBeGreaterThan(60);
    expect([...labels, ...sheetNames, ...words].filter((label) => !written.has(label))).toEqual([]);
    expect(EXCEL_ERROR_TEXTS.filter((code) => !reference.includes(`\`${code}\``))).toEqual([]);
  });

  it("gives the engine's defaults for thresholds, quotas and language", () => {
    const defaults = new Map(
      tablesOf(reference)
        .filter((t) => t.header[0].startsWith("key"))
        .flatMap((t) => t.rows.map((row) => [normalizeLabel(row[0].split("/").pop()!.replace(/`/g, "")), row[1]] as const)),
    );
    const d = DEFAULT_SETTINGS;
    expect({
      excellent: defaults.get("excellent from"),
      good: defaults.get("good from"),
      fair: defaults.get("fair from"),
      average: defaults.get("average from"),
      flags: defaults.get("emulation flags"),
      certificates: defaults.get("certificates of merit"),
      language: defaults.get("report language"),
      requiresAllTargets: defaults.get("excellent requires all targets"),
    }).toEqual({
      excellent: String(d.thresholds.excellent),
      good: String(d.thresholds.good),
      fair: String(d.thresholds.fair),
      average: String(d.thresholds.average),
      flags: String(d.flagQuota),
      certificates: String(d.certificateQuota),
      language: `\`${d.language}\``,
      requiresAllTargets: d.excellentRequiresAllTargets ? "yes" : "no",
    });
  });

  it(
    "shows the sample's own JSON report for the units it shows",
    async () => {
      const block = /```json\n([\s\S]*?)\n```/.exec(reference);
      expect(block).not.toBeNull();
      const shown = JSON.parse(block![1]) as Evaluation["report"];
      const report = evaluateWorkbook(await readWorkbookFile(SAMPLE)).report;
      expect(shown.units.length).toBeGreaterThan(0);
      expect(shown).toEqual({ ...report, units: report.units.filter((unit) => shown.units.some((u) => u.sheet === unit.sheet)) });
    },
    TIMEOUT,
  );
});

describe("links to the documentation", () => {
  it.each(["en", "vi"] as const)("`thidua --help` (%s) names documentation pages that exist", (language) => {
    const pages = CLI_TEXT[language].help(null, "0.0.0").match(/docs\/[\w.-]+\.md/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((page) => !existsSync(path.join(ROOT, page)))).toEqual([]);
  });

  it.each(["README.md", "src/cli/README.md", GUIDES.vi, GUIDES.en, REFERENCE])("%s links only to files that exist", (file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/i.test(t));
    expect(targets.filter((target) => !existsSync(path.join(ROOT, path.dirname(file), target)))).toEqual([]);
  });
});
