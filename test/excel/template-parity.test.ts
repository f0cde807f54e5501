// The pane's "New scoring workbook" (Office.js, on Microsoft's runtime) and `thidua template`
// (ExcelJS) write the same template: the same cells, formats, merges and frozen rows on every
// sheet, and the same input rules (drop-downs, limits, prompts) at the same cells, including
// version 2's (the Criteria sheet's may-be-N/A column, the Settings keys, the approved score).
import * as ExcelJS from "exceljs";
import * as path from "path";
import { fromA1, toA1 } from "../../src/core/model/address";
import type { Language } from "../../src/core/model/types";
import { runCreateTemplate } from "../../src/excel";
import { CLI_TEST_TODAY, thidua } from "../support/cli";
import { seenFromExcelJs, seenFromHost } from "../support/host";
import { makeTempDir, removeTempDir } from "../support/xlsxWorkbooks";
import { installOfficeRuntime, uninstallOfficeRuntime } from "../office-runtime";

/** An input rule as a person meets it, the same way for both writers. */
interface SeenRule {
  kind: string;
  values?: string;
  min?: number;
  max?: number | null;
  prompt: string;
  error: string | null;
}

let dir: string;
let installed: ReturnType<typeof installOfficeRuntime> | null = null;
beforeAll(async () => {
  dir = await makeTempDir("thidua-template-parity-");
});
afterAll(async () => {
  await removeTempDir(dir);
});
afterEach(uninstallOfficeRuntime);

/** ExcelJS lists a loaded sheet's rules cell by cell. */
function rulesFromExcelJs(sheet: ExcelJS.Worksheet): Record<string, SeenRule> {
  const model = (
    sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation & { prompt?: string; error?: string }> } }
  ).dataValidations.model;
  const rules: Record<string, SeenRule> = {};
  for (const [address, rule] of Object.entries(model)) {
    const formulae = (rule.formulae ?? []) as Array<string | number>;
    const seen: SeenRule =
      rule.type === "list"
        ? { kind: "list", values: String(formulae[0]).replace(/^"|"$/g, ""), prompt: rule.prompt ?? "", error: rule.error ?? null }
        : rule.type === "decimal"
          ? {
              kind: "decimal",
              min: Number(formulae[0]),
              max: formulae.length > 1 ? Number(formulae[1]) : null,
              prompt: rule.prompt ?? "",
              error: rule.error ?? null,
            }
          : { kind: "any", prompt: rule.prompt ?? "", error: null };
    rules[address] = seen;
  }
  return rules;
}

/** A limit as the host gives it back: a number, or a formula such as `=10`. */
function limit(value: number | string): number {
  return typeof value === "number" ? value : Number(value.replace(/^=/, ""));
}

/** The host keeps a rule per range; spread over its cells. */
function rulesFromHost(host: ReturnType<typeof installOfficeRuntime>["host"], sheet: string): Record<string, SeenRule> {
  const rules: Record<string, SeenRule> = {};
  for (const entry of host.dataValidations(sheet)) {
    const rule = entry.rule as {
      list?: { source: string };
      decimal?: { formula1: number | string; formula2?: number | string; operator: string };
    };
    const seen: SeenRule = rule.list
      ? { kind: "list", values: rule.list.source, prompt: entry.prompt.message, error: entry.errorAlert.message }
      : rule.decimal
        ? {
            kind: "decimal",
            min: limit(rule.decimal.formula1),
            max: rule.decimal.formula2 === undefined ? null : limit(rule.decimal.formula2),
            prompt: entry.prompt.message,
            error: entry.errorAlert.message,
          }
        : { kind: "any", prompt: entry.prompt.message, error: null };
    const [first, last = first] = entry.address.split(":");
    const start = fromA1(first);
    const end = fromA1(last);
    for (let row = start.row; row <= end.row; row++) for (let col = start.col; col <= end.col; col++) rules[toA1({ row, col })] = seen;
  }
  return rules;
}

describe.each<[Language, string]>([
  ["vi", "vi-VN"],
  ["en", "en-US"],
])("the %s template", (language, displayLanguage) => {
  it("is the same from the pane and from the command line, cells, formats and input rules", async () => {
    const out = path.join(dir, `template-${language}.xlsx`);
    expect((await thidua("template", "--lang", language, "--out", out)).code).toBe(0);
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.readFile(out);

    installed = installOfficeRuntime(globalThis, { sheets: [{ name: "Sheet1" }], displayLanguage });
    // The same day for both: with no period given, both write that year's review (spec §8.5).
    const result = await runCreateTemplate({ year: CLI_TEST_TODAY.year });
    await installed.settled();
    const host = installed.host;

    expect(result.sheets).toEqual(cli.worksheets.map((sheet) => sheet.name));
    expect(result.period).toBe(`Năm ${CLI_TEST_TODAY.year}`);
    for (const name of result.sheets) {
      const sheet = cli.getWorksheet(name) as ExcelJS.Worksheet;
      const fromCli = seenFromExcelJs(sheet);
      const extent = `A1:${toA1({ row: sheet.rowCount - 1, col: sheet.columnCount - 1 })}`;
      expect([name, seenFromHost(host, name, extent)]).toEqual([name, fromCli]);
      expect([name, rulesFromHost(host, name)]).toEqual([name, rulesFromExcelJs(sheet)]);
    }

    // Version 2's cells are among those compared: the approved score's header and rules, the
    // new Settings keys, the Criteria sheet's may-be-N/A column and its drop-down.
    const words =
      language === "vi"
        ? { criteria: "Tiêu chí", settings: "Thiết lập", approved: "Điểm duyệt", key: "Tỷ lệ phiếu tối thiểu", na: "Có thể không áp dụng" }
        : { criteria: "Criteria", settings: "Settings", approved: "Approved score", key: "Vote threshold", na: "May be N/A" };
    const unit = seenFromExcelJs(cli.getWorksheet(result.sheets[2]) as ExcelJS.Worksheet);
    const approved = Object.entries(unit.cells).find(([, cell]) => cell.value === words.approved)?.[0];
    expect(approved).toBeDefined();
    const approvedCol = fromA1(approved!).col;
    expect(Object.keys(rulesFromHost(host, result.sheets[2])).some((a1) => fromA1(a1).col === approvedCol)).toBe(true);
    const settings = seenFromExcelJs(cli.getWorksheet(words.settings) as ExcelJS.Worksheet);
    expect(Object.values(settings.cells).map((cell) => cell.value)).toContain(words.key);
    const criteria = cli.getWorksheet(words.criteria) as ExcelJS.Worksheet;
    const naHeader = Object.entries(seenFromExcelJs(criteria).cells).find(([, cell]) => cell.value === words.na)?.[0];
    expect(naHeader).toBeDefined();
    const naCol = fromA1(naHeader!).col;
    expect(Object.keys(rulesFromHost(host, words.criteria)).filter((a1) => fromA1(a1).col === naCol).length).toBeGreaterThan(10);
  }, 120_000);
});
