// The command line's grammar, as a pure function from argv to a command or a usage error, so it
// is tested without files or processes. Options take `--name value` or `--name=value`; `--`
// ends the options (for a file whose name starts with `-`).
import type { Language, ReviewKind } from "../core";

export type Command =
  | { kind: "help"; topic: CommandName | null; language: Language | null }
  | { kind: "version" }
  | { kind: "summarize"; workbook: string; out: string | null; json: string | null; language: Language | null; previous?: string }
  | { kind: "validate"; workbook: string; json: string | null; language: Language | null; previous?: string }
  | {
      kind: "template";
      out: string;
      criteria: string | null;
      units: string | null;
      language: Language | null;
      /** `--period`: the period written on Settings and on every unit sheet. */
      period: string | null;
      /** `--kind`: the kind of review written as Settings' `Loại kỳ`. */
      reviewKind: ReviewKind | null;
      /** `--from`: the workbook whose Criteria, Settings and units the new one takes (spec §8.5). */
      from?: string;
      /** `--keep-entries` (with --from): the same period and every entry, the input rules rewritten. */
      keepEntries?: true;
    }
  | { kind: "conference"; workbook: string; out: string; language: Language | null }
  /** `thidua import <cluster.xlsx> <unit files…> --out <new.xlsx>` (issue 13 §1). */
  | { kind: "import"; workbook: string; files: string[]; out: string; language: Language | null }
  /** `thidua province <summaries or folders…> --out <province.xlsx> [--json]` (spec §9.3). */
  | { kind: "province"; inputs: string[]; out: string; json: string | null; language: Language | null };

export type CommandName = "summarize" | "validate" | "template" | "conference" | "import" | "province";

export type UsageProblem =
  | { code: "no-command" }
  | { code: "unknown-command"; command: string }
  | { code: "unknown-option"; option: string; command: CommandName | null }
  | { code: "missing-value"; option: string }
  | { code: "repeated-option"; option: string }
  | { code: "bad-language"; value: string }
  | { code: "bad-kind"; value: string }
  | { code: "missing-workbook"; command: CommandName }
  | { code: "extra-argument"; argument: string; command: CommandName }
  | { code: "missing-out"; command?: CommandName }
  | { code: "missing-unit-files" }
  | { code: "out-not-xlsx"; path: string }
  /** Two options that cannot go together, e.g. `--from` and `--criteria`. */
  | { code: "options-conflict"; option: string; other: string }
  /** An option that needs another, e.g. `--keep-entries` needs `--from`. */
  | { code: "needs-option"; option: string; needs: string };

type ParseResult =
  | { ok: true; command: Command }
  /** `language` is the `--lang` seen, if any, so even a usage error can be in Vietnamese. */
  | { ok: false; problem: UsageProblem; language: Language | null };

const COMMANDS: readonly CommandName[] = ["summarize", "validate", "template", "conference", "import", "province"];

/** Options each command takes; every one takes a value but the flags below. */
const OPTIONS: Record<CommandName, readonly string[]> = {
  summarize: ["--out", "--json", "--lang", "--previous"],
  validate: ["--json", "--lang", "--previous"],
  template: ["--out", "--criteria", "--units", "--lang", "--period", "--kind", "--from", "--keep-entries"],
  conference: ["--out", "--lang"],
  import: ["--out", "--lang"],
  province: ["--out", "--json", "--lang"],
};

/** Options that take no value: present or not. */
const FLAGS: readonly string[] = ["--keep-entries"];

class Usage {
  constructor(readonly problem: UsageProblem) {}
}

/**
 * Parses the arguments after `thidua`.
 * @example parseArgs(["summarize", "cum18.xlsx", "--lang", "vi"])
 *   → { ok: true, command: { kind: "summarize", workbook: "cum18.xlsx", out: null, json: null, language: "vi" } }
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  const language = sniffLanguage(argv);
  try {
    return { ok: true, command: parse(argv) };
  } catch (error) {
    if (error instanceof Usage) return { ok: false, problem: error.problem, language };
    throw error;
  }
}

function parse(args: readonly string[]): Command {
  const argv = languageLast(args);
  const helpAsked = argv.includes("--help") || argv.includes("-h");
  const first = argv[0];
  if (first === undefined) throw new Usage({ code: "no-command" });
  if (first === "--version" || first === "-V") return { kind: "version" };
  if (first === "help") {
    const topic = argv[1];
    return { kind: "help", topic: isCommand(topic) ? topic : null, language: sniffLanguage(argv) };
  }
  if (!isCommand(first)) {
    if (!first.startsWith("-")) throw new Usage({ code: "unknown-command", command: first });
    if (helpAsked) return { kind: "help", topic: null, language: sniffLanguage(argv) };
    const option = first.split("=")[0];
    throw new Usage(option === "--lang" ? { code: "no-command" } : { code: "unknown-option", option, command: null });
  }
  if (helpAsked) return { kind: "help", topic: first, language: sniffLanguage(argv) };

  const { positional, options } = splitArguments(first, argv.slice(1));
  const lang = options.get("--lang");
  const language = lang === undefined ? null : parseLanguage(lang);

  if (first === "template") return parseTemplate(positional, options, language);

  if (positional.length === 0) throw new Usage({ code: "missing-workbook", command: first });
  if (first === "import") {
    if (positional.length < 2) throw new Usage({ code: "missing-unit-files" });
    const out = options.get("--out");
    if (out === undefined) throw new Usage({ code: "missing-out", command: first });
    requireXlsx(out);
    return { kind: "import", workbook: positional[0], files: positional.slice(1), out, language };
  }
  if (first === "province") {
    const out = options.get("--out");
    if (out === undefined) throw new Usage({ code: "missing-out", command: first });
    requireXlsx(out);
    return { kind: "province", inputs: positional, out, json: options.get("--json") ?? null, language };
  }
  if (positional.length > 1) throw new Usage({ code: "extra-argument", argument: positional[1], command: first });
  const workbook = positional[0];
  const json = options.get("--json") ?? null;
  // Only when given, so a command without it reads as before.
  const previousFile = options.get("--previous");
  const previous = previousFile === undefined ? {} : { previous: previousFile };
  if (first === "validate") return { kind: "validate", workbook, json, language, ...previous };
  if (first === "conference") {
    const out = options.get("--out");
    if (out === undefined) throw new Usage({ code: "missing-out", command: first });
    requireXlsx(out);
    return { kind: "conference", workbook, out, language };
  }
  const out = options.get("--out") ?? null;
  if (out !== null) requireXlsx(out);
  return { kind: "summarize", workbook, out, json, language, ...previous };
}

/** `thidua template`: no workbook, an .xlsx to write, and what to make it from. */
function parseTemplate(positional: string[], options: Map<string, string>, language: Language | null): Command {
  if (positional.length > 0) throw new Usage({ code: "extra-argument", argument: positional[0], command: "template" });
  const out = options.get("--out");
  if (out === undefined) throw new Usage({ code: "missing-out" });
  requireXlsx(out);
  const kind = options.get("--kind");
  const period = options.get("--period")?.trim();
  if (period === "") throw new Usage({ code: "missing-value", option: "--period" });
  const from = options.get("--from");
  const keepEntries = options.has("--keep-entries");
  checkFromOptions(options, from !== undefined, keepEntries);
  return {
    kind: "template",
    out,
    criteria: options.get("--criteria") ?? null,
    units: options.get("--units") ?? null,
    language,
    period: period ?? null,
    reviewKind: kind === undefined ? null : parseKind(kind),
    // Only when given, so a template without them reads as before.
    ...(from === undefined ? {} : { from }),
    ...(keepEntries ? { keepEntries: true as const } : {}),
  };
}

/**
 * `--from` takes the workbook's Criteria and units, so no file may give others; `--keep-entries`
 * refreshes that workbook's rules and keeps its period and kind, so it needs `--from` and takes
 * neither `--period` nor `--kind`.
 */
function checkFromOptions(options: Map<string, string>, from: boolean, keepEntries: boolean): void {
  if (keepEntries && !from) throw new Usage({ code: "needs-option", option: "--keep-entries", needs: "--from" });
  const pairs: ReadonlyArray<readonly [string, string]> = [
    ...(from
      ? ([
          ["--criteria", "--from"],
          ["--units", "--from"],
        ] as const)
      : []),
    ...(keepEntries
      ? ([
          ["--period", "--keep-entries"],
          ["--kind", "--keep-entries"],
        ] as const)
      : []),
  ];
  const clash = pairs.find(([option]) => options.has(option));
  if (clash !== undefined) throw new Usage({ code: "options-conflict", option: clash[0], other: clash[1] });
}

function isCommand(word: string | undefined): word is CommandName {
  return word !== undefined && (COMMANDS as readonly string[]).includes(word);
}

function splitArguments(command: CommandName, rest: readonly string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  let onlyPositional = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPositional || !arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositional = true;
      continue;
    }
    const equals = arg.indexOf("=");
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (!OPTIONS[command].includes(name)) throw new Usage({ code: "unknown-option", option: name, command });
    if (FLAGS.includes(name)) {
      if (equals > 0) throw new Usage({ code: "unknown-option", option: arg, command });
      if (options.has(name)) throw new Usage({ code: "repeated-option", option: name });
      options.set(name, "");
      continue;
    }
    let value: string | undefined;
    if (equals > 0) {
      value = arg.slice(equals + 1);
    } else {
      value = rest[i + 1];
      // `--out --json r.json` forgot the value; don't take the next option as a file name.
      if (value !== undefined && value.startsWith("--")) value = undefined;
      i++;
    }
    if (value === undefined || value === "") throw new Usage({ code: "missing-value", option: name });
    if (options.has(name)) throw new Usage({ code: "repeated-option", option: name });
    options.set(name, value);
  }
  return { positional, options };
}

function parseLanguage(value: string): Language {
  const folded = value.trim().toLowerCase();
  if (folded === "vi" || folded === "en") return folded;
  throw new Usage({ code: "bad-language", value });
}

/** `--kind year` or `--kind half-year`, in any case. */
function parseKind(value: string): ReviewKind {
  const folded = value.trim().toLowerCase();
  if (folded === "year" || folded === "half-year") return folded;
  throw new Usage({ code: "bad-kind", value });
}

/** The output of `summarize` and `template` is a workbook; another extension would not open in Excel. */
function requireXlsx(file: string): void {
  if (!/\.xlsx$/i.test(file)) throw new Usage({ code: "out-not-xlsx", path: file });
}

/** `thidua --lang vi summarize x.xlsx` reads as `thidua summarize x.xlsx --lang vi`. */
function languageLast(argv: readonly string[]): readonly string[] {
  if (argv[0] === "--lang" && argv.length >= 2) return [...argv.slice(2), "--lang", argv[1]];
  if (argv[0]?.startsWith("--lang=")) return [...argv.slice(1), argv[0]];
  return argv;
}

/** The `--lang` value if one is given and valid, looked for before full parsing. */
function sniffLanguage(argv: readonly string[]): Language | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    const folded = value?.trim().toLowerCase();
    if (folded === "vi" || folded === "en") return folded;
  }
  return null;
}
