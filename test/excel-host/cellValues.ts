// How the model turns typed input into cell contents (what Excel does with a string written to
// `values` or `formulas`), colours, and a deliberately small formula evaluator. Input is parsed like en-US typing whatever the
// display language is (Excel would use the user's locale).

/** An Excel error value such as `#DIV/0!`. */
export interface ErrorValue {
  kind: "error";
  code: string;
}

/** What a cell holds once parsed; `""` is an empty cell. */
export type StoredValue = number | string | boolean | ErrorValue;

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && (value as ErrorValue).kind === "error";
}

export const ERROR_CODES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

/** The result of parsing one string written through `values` or `formulas`. */
export interface ParsedInput {
  value?: StoredValue;
  formula?: string;
  quotePrefix?: boolean;
  /** A number format Excel applies when the cell is still "General" (e.g. "0%" for "50%"). */
  autoFormat?: string;
}

const NUMBER_INPUT = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?)(?:[eE]([+-]?\d+))?(%?)$/;
const ISO_DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number typed as text (`"1,234.5"`, `"-3"`, `"50%"`), or null. */
export function parseNumberInput(text: string): { value: number; autoFormat?: string } | null {
  const match = NUMBER_INPUT.exec(text.trim());
  if (!match || !/\d/.test(match[2])) return null;
  const digits = match[2].replace(/,/g, "");
  let value = Number(`${match[1]}${digits}${match[3] !== undefined ? `e${match[3]}` : ""}`);
  if (!Number.isFinite(value)) return null;
  const decimals = digits.includes(".") ? digits.split(".")[1].length : 0;
  if (match[4] === "%") {
    value = value / 100;
    return { value, autoFormat: decimals > 0 ? "0.00%" : "0%" };
  }
  if (match[2].includes(",")) return { value, autoFormat: decimals > 0 ? "#,##0.00" : "#,##0" };
  return { value };
}

/**
 * Parse a string the way Excel parses a value written through `Range.values`:
 * a leading `'` is a hidden prefix (text), a text-formatted (`@`) cell keeps text, `=…` is a
 * formula, number-like text is a number, `+…`/`-…` that is not a number is a formula, TRUE/FALSE
 * are booleans and ISO dates become date serials.
 */
export function parseInput(text: string, numberFormat: string): ParsedInput {
  if (text === "") return { value: "" };
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  const number = parseNumberInput(text);
  if (number) return { value: number.value, autoFormat: number.autoFormat };
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) return { formula: `=${text}` };
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const iso = ISO_DATE_INPUT.exec(text);
  if (iso) {
    const serial = dateToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, autoFormat: "yyyy-mm-dd" };
  }
  return { value: text };
}

/** Excel's serial number of a date (1900 date system; 1 Jan 2000 = 36526). */
export function dateToSerial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

// ---------------------------------------------------------------------------------------------
// Numbers as text (the formula evaluator joins them as Excel shows them)

/** Excel's "General" rendering: up to 11 characters, exponent form for very large/small numbers. */
export function formatGeneral(value: number): string {
  if (Object.is(value, -0) || value === 0) return "0";
  const abs = Math.abs(value);
  if (abs < 1e11 && abs >= 1e-9) {
    // Fast path: JavaScript's shortest form already fits Excel's 11 characters.
    const plain = String(value);
    if (plain.length <= 11 && !plain.includes("e")) return plain;
  }
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (value < 0 ? 1 : 0));
  return value.toFixed(decimals).replace(/\.?0+$/, "");
}

// ---------------------------------------------------------------------------------------------
// Colours

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  maroon: "#800000",
  teal: "#008080",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkblue: "#00008B",
  darkgreen: "#006400",
  darkred: "#8B0000",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
};

/** `"#RRGGBB"` of an HTML colour (`"#abc"`, `"#a1b2c3"`, `"red"`), or null when Excel would reject it. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const text = input.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(text)) {
    return `#${text
      .slice(1)
      .split("")
      .map((ch) => ch + ch)
      .join("")}`.toUpperCase();
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Formulas: a small evaluator so a written formula has a plausible value. It knows arithmetic,
// `&`, comparisons, cell and range references (also `Sheet!A1`, `'Lam Sơn'!A1:B2`) and a few
// functions; anything else evaluates to #NAME?. There is no recalculation graph: a formula is
// evaluated whenever its value is read.

export interface ReferenceTarget {
  sheet: string | null;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FormulaEnvironment {
  /** The value of one cell (evaluating its own formula), or null when the sheet doesn't exist. */
  cellValue(sheet: string | null, row: number, col: number): StoredValue | null;
}

type Operand = StoredValue | { kind: "range"; ref: ReferenceTarget };

interface Token {
  type: "num" | "str" | "ref" | "func" | "op" | "lparen" | "rparen" | "comma" | "bool" | "name" | "error";
  text: string;
  ref?: ReferenceTarget;
}

const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
const REF_PATTERN = new RegExp(String.raw`^(?:(?:'((?:[^']|'')+)'|([^\s!'"(),:;+\-*/&=<>^%]+))!)?` + `${CELL}(?::${CELL})?`);

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function tokenize(source: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const ch = source[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      const match = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!match) return null;
      tokens.push({ type: "str", text: match[1].replace(/""/g, '"') });
      i += match[0].length;
      continue;
    }
    if (ch === "#") {
      const code = ERROR_CODES.find((c) => rest.toUpperCase().startsWith(c));
      if (!code) return null;
      tokens.push({ type: "error", text: code });
      i += code.length;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (number && !/^[A-Za-z]/.test(rest.slice(number[0].length))) {
      tokens.push({ type: "num", text: number[0] });
      i += number[0].length;
      continue;
    }
    const ref = REF_PATTERN.exec(rest);
    if (ref && !/^[A-Za-z0-9_(]/.test(rest.slice(ref[0].length))) {
      const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
      const r0 = Number(ref[4]) - 1;
      const c0 = columnNumber(ref[3]);
      const r1 = ref[6] !== undefined ? Number(ref[6]) - 1 : r0;
      const c1 = ref[5] !== undefined ? columnNumber(ref[5]) : c0;
      tokens.push({
        type: "ref",
        text: ref[0],
        ref: { sheet, r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) },
      });
      i += ref[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (word) {
      const after = source.slice(i + word[0].length).trimStart();
      const upper = word[0].toUpperCase();
      if (after.startsWith("(")) tokens.push({ type: "func", text: upper });
      else if (upper === "TRUE" || upper === "FALSE") tokens.push({ type: "bool", text: upper });
      else tokens.push({ type: "name", text: word[0] });
      i += word[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest);
    if (op) {
      tokens.push({ type: "op", text: op[0] });
      i += op[0].length;
      continue;
    }
    if (ch === "(") tokens.push({ type: "lparen", text: ch });
    else if (ch === ")") tokens.push({ type: "rparen", text: ch });
    else if (ch === "," || ch === ";") tokens.push({ type: "comma", text: ch });
    else return null;
    i++;
  }
  return tokens;
}

const NAME_ERROR: ErrorValue = { kind: "error", code: "#NAME?" };
const VALUE_ERROR: ErrorValue = { kind: "error", code: "#VALUE!" };
const REF_ERROR: ErrorValue = { kind: "error", code: "#REF!" };
const DIV_ERROR: ErrorValue = { kind: "error", code: "#DIV/0!" };

class FormulaParser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly env: FormulaEnvironment,
    private readonly homeSheet: string,
  ) {}

  parse(): StoredValue {
    const result = this.comparison();
    if (this.pos < this.tokens.length) return NAME_ERROR;
    return this.scalar(result);
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private comparison(): Operand {
    let left = this.concat();
    for (let t = this.peek(); t && t.type === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.text); t = this.peek()) {
      this.pos++;
      const right = this.concat();
      const a = this.scalar(left);
      const b = this.scalar(right);
      if (isErrorValue(a)) return a;
      if (isErrorValue(b)) return b;
      const x = typeof a === "string" ? a.toLowerCase() : a;
      const y = typeof b === "string" ? b.toLowerCase() : b;
      switch (t.text) {
        case "=":
          left = x === y;
          break;
        case "<>":
          left = x !== y;
          break;
        case "<":
          left = x < y;
          break;
        case ">":
          left = x > y;
          break;
        case "<=":
          left = x <= y;
          break;
        default:
          left = x >= y;
      }
    }
    return left;
  }

  private concat(): Operand {
    let left = this.additive();
    while (this.peek()?.type === "op" && this.peek()?.text === "&") {
      this.pos++;
      const a = this.scalar(left);
      const b = this.scalar(this.additive());
      if (isErrorValue(a)) return a;
      if (isErrorValue(b)) return b;
      left = this.asText(a) + this.asText(b);
    }
    return left;
  }

  private additive(): Operand {
    let left = this.multiplicative();
    for (let t = this.peek(); t && t.type === "op" && (t.text === "+" || t.text === "-"); t = this.peek()) {
      this.pos++;
      const a = this.asNumber(left);
      const b = this.asNumber(this.multiplicative());
      if (isErrorValue(a)) return a;
      if (isErrorValue(b)) return b;
      left = t.text === "+" ? a + b : a - b;
    }
    return left;
  }

  private multiplicative(): Operand {
    let left = this.power();
    for (let t = this.peek(); t && t.type === "op" && (t.text === "*" || t.text === "/"); t = this.peek()) {
      this.pos++;
      const a = this.asNumber(left);
      const b = this.asNumber(this.power());
      if (isErrorValue(a)) return a;
      if (isErrorValue(b)) return b;
      if (t.text === "/" && b === 0) return DIV_ERROR;
      left = t.text === "*" ? a * b : a / b;
    }
    return left;
  }

  private power(): Operand {
    let left = this.unary();
    while (this.peek()?.type === "op" && this.peek()?.text === "^") {
      this.pos++;
      const a = this.asNumber(left);
      const b = this.asNumber(this.unary());
      if (isErrorValue(a)) return a;
      if (isErrorValue(b)) return b;
      left = Math.pow(a, b);
    }
    return left;
  }

  private unary(): Operand {
    const t = this.peek();
    if (t?.type === "op" && (t.text === "-" || t.text === "+")) {
      this.pos++;
      const value = this.asNumber(this.unary());
      if (isErrorValue(value)) return value;
      return t.text === "-" ? -value : value;
    }
    let value = this.primary();
    while (this.peek()?.type === "op" && this.peek()?.text === "%") {
      this.pos++;
      const n = this.asNumber(value);
      value = isErrorValue(n) ? n : n / 100;
    }
    return value;
  }

  private primary(): Operand {
    const t = this.tokens[this.pos++];
    if (!t) return NAME_ERROR;
    switch (t.type) {
      case "num":
        return Number(t.text);
      case "str":
        return t.text;
      case "bool":
        return t.text === "TRUE";
      case "error":
        return { kind: "error", code: t.text };
      case "ref":
        return { kind: "range", ref: t.ref! };
      case "lparen": {
        const inner = this.comparison();
        if (this.tokens[this.pos++]?.type !== "rparen") return NAME_ERROR;
        return inner;
      }
      case "func":
        return this.call(t.text);
      default:
        return NAME_ERROR;
    }
  }

  private call(name: string): Operand {
    this.pos++; // (
    const args: Operand[] = [];
    if (this.peek()?.type !== "rparen") {
      for (;;) {
        args.push(this.comparison());
        if (this.peek()?.type === "comma") {
          this.pos++;
          continue;
        }
        break;
      }
    }
    if (this.tokens[this.pos++]?.type !== "rparen") return NAME_ERROR;
    return this.apply(name, args);
  }

  private apply(name: string, args: Operand[]): Operand {
    const numbers = (): number[] | ErrorValue => {
      const out: number[] = [];
      for (const arg of args) {
        for (const value of this.flatten(arg)) {
          if (isErrorValue(value)) return value;
          if (typeof value === "number") out.push(value);
        }
      }
      return out;
    };
    switch (name) {
      case "SUM":
      case "AVERAGE":
      case "MIN":
      case "MAX":
      case "COUNT": {
        const list = numbers();
        if (isErrorValue(list)) return list;
        if (name === "SUM") return list.reduce((a, b) => a + b, 0);
        if (name === "COUNT") return list.length;
        if (name === "AVERAGE") return list.length === 0 ? DIV_ERROR : list.reduce((a, b) => a + b, 0) / list.length;
        if (list.length === 0) return 0;
        return name === "MIN" ? Math.min(...list) : Math.max(...list);
      }
      case "COUNTA":
        return args.reduce<number>((n, arg) => n + this.flatten(arg).filter((v) => v !== "").length, 0);
      case "ROUND": {
        const value = this.asNumber(args[0] ?? 0);
        const digits = this.asNumber(args[1] ?? 0);
        if (isErrorValue(value)) return value;
        if (isErrorValue(digits)) return digits;
        const factor = Math.pow(10, digits);
        return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
      }
      case "ABS": {
        const value = this.asNumber(args[0] ?? 0);
        return isErrorValue(value) ? value : Math.abs(value);
      }
      case "IF": {
        const condition = this.scalar(args[0] ?? false);
        if (isErrorValue(condition)) return condition;
        const truthy = typeof condition === "string" ? condition !== "" : Boolean(condition);
        return truthy ? (args[1] ?? true) : (args[2] ?? false);
      }
      case "IFERROR": {
        const value = this.scalar(args[0] ?? "");
        return isErrorValue(value) ? (args[1] ?? "") : value;
      }
      case "AND":
      case "OR": {
        const flags = args.flatMap((arg) => this.flatten(arg)).filter((v) => v !== "");
        const error = flags.find(isErrorValue);
        if (error) return error;
        return name === "AND" ? flags.every(Boolean) : flags.some(Boolean);
      }
      case "NOT": {
        const value = this.scalar(args[0] ?? false);
        return isErrorValue(value) ? value : !value;
      }
      case "CONCATENATE":
      case "CONCAT": {
        let text = "";
        for (const arg of args) {
          for (const value of this.flatten(arg)) {
            if (isErrorValue(value)) return value;
            text += this.asText(value);
          }
        }
        return text;
      }
      case "LEN": {
        const value = this.scalar(args[0] ?? "");
        return isErrorValue(value) ? value : this.asText(value).length;
      }
      case "HYPERLINK": {
        const label = this.scalar(args[1] ?? args[0] ?? "");
        return label;
      }
      default:
        return NAME_ERROR;
    }
  }

  private flatten(operand: Operand): StoredValue[] {
    if (typeof operand === "object" && operand !== null && (operand as { kind: string }).kind === "range") {
      const ref = (operand as { ref: ReferenceTarget }).ref;
      const out: StoredValue[] = [];
      for (let r = ref.r0; r <= ref.r1; r++) {
        for (let c = ref.c0; c <= ref.c1; c++) {
          const value = this.env.cellValue(ref.sheet ?? this.homeSheet, r, c);
          out.push(value === null ? REF_ERROR : value);
        }
      }
      return out;
    }
    return [operand as StoredValue];
  }

  /** A single value: a one-cell reference gives that cell, a larger range gives #VALUE!. */
  private scalar(operand: Operand): StoredValue {
    if (typeof operand === "object" && operand !== null && (operand as { kind: string }).kind === "range") {
      const ref = (operand as { ref: ReferenceTarget }).ref;
      if (ref.r0 !== ref.r1 || ref.c0 !== ref.c1) return VALUE_ERROR;
      const value = this.env.cellValue(ref.sheet ?? this.homeSheet, ref.r0, ref.c0);
      return value === null ? REF_ERROR : value;
    }
    return operand as StoredValue;
  }

  private asNumber(operand: Operand): number | ErrorValue {
    const value = this.scalar(operand);
    if (isErrorValue(value)) return value;
    if (typeof value === "number") return value;
    if (typeof value === "boolean") return value ? 1 : 0;
    if (value === "") return 0;
    const parsed = parseNumberInput(value);
    return parsed ? parsed.value : VALUE_ERROR;
  }

  private asText(value: StoredValue): string {
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "number") return formatGeneral(value);
    if (isErrorValue(value)) return value.code;
    return value;
  }
}

/** The value of `formula` (which starts with `=`) on sheet `homeSheet`. */
export function evaluateFormula(formula: string, homeSheet: string, env: FormulaEnvironment): StoredValue {
  const tokens = tokenize(formula.slice(1));
  if (!tokens || tokens.length === 0) return NAME_ERROR;
  try {
    return new FormulaParser(tokens, env, homeSheet).parse();
  } catch {
    return NAME_ERROR;
  }
}
