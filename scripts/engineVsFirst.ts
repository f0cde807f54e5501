// The engine (evaluate + build the output sheets) against its first version, side by side in one
// process: a busy machine slows both alike, so their ratio holds where absolute times do not.
// The first version is the commit of BENCHMARKS.md's first row. Its engine and its own synthetic
// workbook come from git history (`git archive`), are transpiled with TypeScript into
// dist-bench/first-version and loaded beside today's; each engine gets its own version's
// workbook, since the input format grew between them. A clone without that commit (a shallow
// one: `git fetch --unshallow`) cannot make the comparison, and the bench says so.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { buildOutputSheets } from "../src/core/sheets";
import { evaluateWorkbook } from "../src/core/run/evaluate";
import { syntheticWorkbook } from "../test/support/synthetic";

/** BENCHMARKS.md's first row (2026-11-24) was measured at this commit. */
export const FIRST_VERSION = "ec13e43676f3d9e856d5e6334eb1ec68b49179fe";
/** What the first version's engine and its synthetic workbook need, at their paths then. */
const FIRST_VERSION_PATHS = ["src/core", "test/helpers/synthetic.ts", "test/helpers/workbook.ts"];

const DATE = { year: 2024, month: 7, day: 24 };

type Run = (units: number) => () => void;

/** Extracts and transpiles the first version once; its folder is reused by later benches. */
function firstVersionFolder(root: string): string {
  const folder = path.join(root, "dist-bench", "first-version", FIRST_VERSION.slice(0, 12));
  if (fs.existsSync(path.join(folder, "done"))) return folder;
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  let archive: Buffer;
  try {
    archive = execFileSync("git", ["archive", "--format=tar", FIRST_VERSION, ...FIRST_VERSION_PATHS], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    throw new Error(
      `The first version's commit ${FIRST_VERSION} is not in this clone's history (a shallow clone?): run git fetch --unshallow.`,
    );
  }
  execFileSync("tar", ["-x", "-C", folder], { input: archive });
  for (const file of listTs(folder)) {
    const source = fs.readFileSync(file, "utf8");
    const output = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    fs.writeFileSync(file.replace(/\.ts$/, ".js"), output.outputText);
  }
  fs.writeFileSync(path.join(folder, "done"), FIRST_VERSION);
  return folder;
}

function listTs(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listTs(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The first version's engine, each call given its own version's synthetic workbook. */
function firstVersionRun(root: string): Run {
  const folder = firstVersionFolder(root);
  const load = (file: string) => require(path.join(folder, file));
  const { evaluateWorkbook: evaluate } = load("src/core/evaluate.js");
  const { buildOutputSheets: build } = load("src/core/build/index.js");
  const { syntheticWorkbook: workbook } = load("test/helpers/synthetic.js");
  return (units) => {
    const snapshot = workbook(units);
    return () => build(evaluate(snapshot), { date: DATE });
  };
}

const currentRun: Run = (units) => {
  const snapshot = syntheticWorkbook(units);
  return () => buildOutputSheets(evaluateWorkbook(snapshot), { date: DATE });
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function elapsedMs(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Median ms of each engine at `units`, runs interleaved (which goes first alternates) after a
 * few warm-up runs of each, and today's ÷ the first version's.
 */
export function engineVsFirst(root: string, units: number, runs: number): { currentMs: number; firstMs: number; ratio: number } {
  const first = firstVersionRun(root)(units);
  const current = currentRun(units);
  for (let i = 0; i < 3; i++) [first, current].forEach((work) => work());
  const firstTimes: number[] = [];
  const currentTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      firstTimes.push(elapsedMs(first));
      currentTimes.push(elapsedMs(current));
    } else {
      currentTimes.push(elapsedMs(current));
      firstTimes.push(elapsedMs(first));
    }
  }
  const firstMs = median(firstTimes);
  const currentMs = median(currentTimes);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { currentMs: round(currentMs), firstMs: round(firstMs), ratio: Math.round((currentMs / firstMs) * 100) / 100 };
}
