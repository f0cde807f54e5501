import { parseArgs, type Command, type UsageProblem } from "../../src/cli/args";

describe("parseArgs", () => {
  it.each<[string, string[], Command]>([
    ["summarize with defaults", ["summarize", "cum18.xlsx"], { kind: "summarize", workbook: "cum18.xlsx", out: null, json: null, language: null }],
    [
      "summarize with every option",
      ["summarize", "cum18.xlsx", "--out", "out/kq.xlsx", "--json", "r.json", "--lang", "en"],
      { kind: "summarize", workbook: "cum18.xlsx", out: "out/kq.xlsx", json: "r.json", language: "en" },
    ],
    [
      "options before the workbook and with =",
      ["summarize", "--lang=VI", "--out=kq.XLSX", "cum18.xlsx"],
      { kind: "summarize", workbook: "cum18.xlsx", out: "kq.XLSX", json: null, language: "vi" },
    ],
    ["a leading --lang", ["--lang", "vi", "validate", "a.xlsx"], { kind: "validate", workbook: "a.xlsx", json: null, language: "vi" }],
    ["a file named like an option after --", ["validate", "--", "-odd.xlsx"], { kind: "validate", workbook: "-odd.xlsx", json: null, language: null }],
    ["validate with --json", ["validate", "a.xlsx", "--json", "r.json"], { kind: "validate", workbook: "a.xlsx", json: "r.json", language: null }],
    [
      "template with --out only",
      ["template", "--out", "mau.xlsx"],
      { kind: "template", out: "mau.xlsx", criteria: null, units: null, language: null, period: null, reviewKind: null },
    ],
    [
      "template with files",
      ["template", "--criteria", "c.tsv", "--units", "u.tsv", "--lang", "en", "--out", "m.xlsx"],
      { kind: "template", out: "m.xlsx", criteria: "c.tsv", units: "u.tsv", language: "en", period: null, reviewKind: null },
    ],
    [
      "template with a period and a kind",
      ["template", "--out", "m.xlsx", "--period", " Năm 2025 ", "--kind=Half-Year"],
      { kind: "template", out: "m.xlsx", criteria: null, units: null, language: null, period: "Năm 2025", reviewKind: "half-year" },
    ],
    ["--help", ["--help"], { kind: "help", topic: null, language: null }],
    ["-h in Vietnamese", ["-h", "--lang", "vi"], { kind: "help", topic: null, language: "vi" }],
    ["a command's --help", ["summarize", "--help"], { kind: "help", topic: "summarize", language: null }],
    ["--help wins over a bad option", ["template", "--frob", "-h"], { kind: "help", topic: "template", language: null }],
    ["help <command>", ["help", "validate"], { kind: "help", topic: "validate", language: null }],
    ["--version", ["--version"], { kind: "version" }],
    ["-V", ["-V"], { kind: "version" }],
  ])("reads %s", (_name, argv, command) => {
    expect(parseArgs(argv)).toEqual({ ok: true, command });
  });

  it.each<[string, string[], UsageProblem]>([
    ["no arguments", [], { code: "no-command" }],
    ["an unknown command", ["rank", "a.xlsx"], { code: "unknown-command", command: "rank" }],
    ["an unknown option before any command", ["--frob"], { code: "unknown-option", option: "--frob", command: null }],
    ["an option another command takes", ["validate", "a.xlsx", "--out", "b.xlsx"], { code: "unknown-option", option: "--out", command: "validate" }],
    ["an unknown option", ["summarize", "a.xlsx", "--outt=b.xlsx"], { code: "unknown-option", option: "--outt", command: "summarize" }],
    ["an option without its value at the end", ["summarize", "a.xlsx", "--json"], { code: "missing-value", option: "--json" }],
    ["an option followed by another option", ["summarize", "a.xlsx", "--out", "--json", "r.json"], { code: "missing-value", option: "--out" }],
    ["an empty value", ["summarize", "a.xlsx", "--out="], { code: "missing-value", option: "--out" }],
    ["an option given twice", ["summarize", "a.xlsx", "--json", "a.json", "--json", "b.json"], { code: "repeated-option", option: "--json" }],
    ["a language other than vi or en", ["summarize", "a.xlsx", "--lang", "fr"], { code: "bad-language", value: "fr" }],
    ["summarize without a workbook", ["summarize"], { code: "missing-workbook", command: "summarize" }],
    ["validate with two workbooks", ["validate", "a.xlsx", "b.xlsx"], { code: "extra-argument", argument: "b.xlsx", command: "validate" }],
    ["template with a positional argument", ["template", "x.xlsx", "--out", "m.xlsx"], { code: "extra-argument", argument: "x.xlsx", command: "template" }],
    ["template without --out", ["template"], { code: "missing-out" }],
    ["an unknown kind of review", ["template", "--out", "m.xlsx", "--kind", "quarter"], { code: "bad-kind", value: "quarter" }],
    ["a blank period", ["template", "--out", "m.xlsx", "--period", "  "], { code: "missing-value", option: "--period" }],
    ["--kind for another command", ["validate", "x.xlsx", "--kind", "year"], { code: "unknown-option", option: "--kind", command: "validate" }],
    ["an output that is not .xlsx", ["summarize", "a.xlsx", "--out", "kq.csv"], { code: "out-not-xlsx", path: "kq.csv" }],
    ["a template output that is not .xlsx", ["template", "--out", "mau"], { code: "out-not-xlsx", path: "mau" }],
  ])("rejects %s", (_name, argv, problem) => {
    expect(parseArgs(argv)).toEqual({ ok: false, problem, language: null });
  });

  it("remembers a valid --lang even when the rest is wrong, to answer in that language", () => {
    expect(parseArgs(["summarize", "--lang", "vi", "--frob"])).toMatchObject({ ok: false, language: "vi" });
    expect(parseArgs(["summarize", "--lang", "fr"])).toMatchObject({ ok: false, language: null });
  });
});
