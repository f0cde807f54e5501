// The layers point one way (src/README.md): the rest of src reaches the engine only through
// src/core/index.ts, and core imports no host, UI, file or zip module. ESLint enforces both
// (eslint.config.mjs); these tests show the rules fire, so a later edit of the config that
// silently drops them fails here.
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface Case {
  code: string;
  filePath: string;
}

// ESLint loads eslint.config.mjs with a dynamic import, which Jest's CommonJS sandbox cannot do;
// so one Node process lints every case with ESLint's own API and answers in JSON.
const LINT_CASES = `
const { ESLint } = require("eslint");
const path = require("path");
(async () => {
  const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code, { filePath: path.join(process.cwd(), c.filePath) });
    out.push(result.messages.map((m) => ({ rule: m.ruleId, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

const queued: Case[] = [];
let answers: Promise<{ rule: string; message: string }[][]> | null = null;

/** The messages of the given rule for `code` as if it were the file at `filePath`. */
async function complaints(code: string, filePath: string, rule: string): Promise<string[]> {
  const index = queued.findIndex((c) => c.code === code && c.filePath === filePath);
  if (index < 0) throw new Error(`not a listed case: ${filePath}`);
  answers ??= Promise.resolve(
    JSON.parse(execFileSync(process.execPath, ["-e", LINT_CASES], { cwd: ROOT, input: JSON.stringify(queued) }).toString()),
  );
  return (await answers)[index].filter((m) => m.rule === rule).map((m) => m.message);
}

/** Lists a case so that one ESLint run answers them all. */
function lintCase(code: string, filePath: string): [string, string] {
  queued.push({ code, filePath });
  return [code, filePath];
}

const DEEP_IMPORT = lintCase('import { toA1 } from "../core/model/address";\nexport const a = toA1;\n', "src/cli/example.ts");
const PUBLIC_ENTRY = lintCase('import { toA1 } from "../core";\nexport const a = toA1;\n', "src/cli/example.ts");
const FOREIGN = ["fs", "exceljs", "react", "jszip", "@fluentui/react-components", "../../xlsx/read"].map((module) => [
  module,
  ...lintCase(`import * as m from "${module}";\nexport const a = m;\n`, "src/core/read/example.ts"),
]);
const GLOBALS = lintCase("export const a = () => [Office.context, Excel.run];\n", "src/core/read/example.ts");
const INSIDE = lintCase('import { toA1 } from "../model/address";\nexport const a = toA1;\n', "src/core/read/example.ts");

// The ribbon's code runs on IE11's own RegExp (webpack.config.js leaves core-js's out).
const IE11_REGEXPS = lintCase(
  'export const a = [/a/s, /a/y, /(?<year>\\d+)/, /(?<=a)b/, new RegExp("a"), "x".replace(/x/, "$0")];\n',
  "src/core/read/example.ts",
);
const PLAIN_REGEXPS = lintCase('export const a = [/a/gi, /(?:a)(b)/, "x".replace(/x/, "$&")];\n', "src/excel/example.ts");

describe("the engine's boundaries", () => {
  it("refuses a deep import of core from a host", async () => {
    expect(await complaints(...DEEP_IMPORT, "no-restricted-imports")).toEqual([expect.stringContaining("public entry")]);
  });

  it("accepts the public entry", async () => {
    expect(await complaints(...PUBLIC_ENTRY, "no-restricted-imports")).toEqual([]);
  });

  it.each(FOREIGN)("refuses %s inside core", async (_module, code, filePath) => {
    expect(await complaints(code, filePath, "no-restricted-imports")).toHaveLength(1);
  });

  it("refuses Office and Excel globals inside core", async () => {
    expect(await complaints(...GLOBALS, "no-restricted-globals")).toHaveLength(2);
  });

  it("refuses, in the ribbon's code, what IE11's own RegExp does not do", async () => {
    expect(await complaints(...IE11_REGEXPS, "no-restricted-syntax")).toHaveLength(6);
    expect(await complaints(...PLAIN_REGEXPS, "no-restricted-syntax")).toEqual([]);
  });

  it("lets core's own folders import each other", async () => {
    expect(await complaints(...INSIDE, "no-restricted-imports")).toEqual([]);
  });
});
