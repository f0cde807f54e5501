// A formula's text read into tokens for the model's small evaluator (formulas.ts), which gives a
// written formula a plausible value: arithmetic, `&`, comparisons, cell and range references
// (also `Sheet!A1`, `'Lam Sơn'!A1:B2`) and a few functions; anything else evaluates to #NAME?.
// There is no recalculation graph: a formula is evaluated whenever its value is read.
import { ERROR_CODES, type StoredValue } from "./cellValues";

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

export type Operand = StoredValue | { kind: "range"; ref: ReferenceTarget };

export interface Token {
  type: "num" | "str" | "ref" | "func" | "op" | "lparen" | "rparen" | "comma" | "bool" | "name" | "error";
  text: string;
  ref?: ReferenceTarget;
}

export const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
export const REF_PATTERN = new RegExp(String.raw`^(?:(?:'((?:[^']|'')+)'|([^\s!'"(),:;+\-*/&=<>^%]+))!)?` + `${CELL}(?::${CELL})?`);

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function tokenize(source: string): Token[] | null {
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
