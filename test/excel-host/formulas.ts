// The model's small formula evaluator, so a written formula has a plausible value when read: a
// recursive-descent parser over formulaTokens.ts's tokens that evaluates as it parses.
import { type ErrorValue, type StoredValue, formatGeneral, isErrorValue, parseNumberInput } from "./cellValues";
import { type FormulaEnvironment, type Operand, type ReferenceTarget, type Token, tokenize } from "./formulaTokens";

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
