#!/usr/bin/env node
// The `thidua` command. Its TypeScript sources are compiled to dist/ once: by `npm ci` / `npm
// install` (the `prepare` script), and again here only when a source is newer than the build, so
// `npm run thidua` answers as fast as `node bin/thidua.js` and never runs stale code.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "dist", "src", "cli", "main.js");
const CONFIG = path.join(ROOT, "tsconfig.cli.json");
/** What tsconfig.cli.json compiles, and the configuration itself. */
const SOURCES = ["src/core", "src/xlsx", "src/cli", "scripts/make-sample.ts", "tsconfig.cli.json", "tsconfig.json"];

/** The newest modification time among the CLI's sources (a few dozen files: about a millisecond). */
function newestSource() {
  let newest = 0;
  const visit = (file) => {
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return; // A checkout without the sources (an installed copy): the build is all there is.
    }
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    else if (/\.(ts|json)$/.test(file)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return newest;
}

function builtAt() {
  try {
    return fs.statSync(ENTRY).mtimeMs;
  } catch {
    return -1;
  }
}

/** Compiles the CLI with the project's TypeScript when dist/ is missing or older than a source. */
function buildIfStale() {
  const newest = newestSource();
  if (builtAt() >= newest) return;
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  } catch {
    if (builtAt() >= 0) return; // No compiler here, but a build: use it.
    process.stderr.write("thidua: not built yet and TypeScript is not installed; run `npm ci` in " + ROOT + "\n");
    process.exit(2);
  }
  process.stderr.write("thidua: compiling the command line (its sources changed)…\n");
  const result = spawnSync(process.execPath, [tsc, "-p", CONFIG], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0 && builtAt() < 0) {
    process.stderr.write("thidua: the command line did not compile; see the errors above\n");
    process.exit(2);
  }
  // tsc writes its output even with type errors (as `npm run build:cli` does); touching the entry
  // marks this build as current either way, so the next run does not compile again. A source
  // dated in the future (a skewed clock, an unpacked archive) must not make every run compile.
  const current = new Date(Math.ceil(Math.max(Date.now(), newest))); // whole ms, as utimes keeps them
  fs.utimesSync(ENTRY, current, current);
}

// npm runs every script from the project root; `npm run thidua -- validate x.xlsx` typed in a
// sub-folder means that folder's x.xlsx. npm says where the user was in INIT_CWD. Only the
// `thidua` script itself moves there: `npm run demo` names its files from the root.
if (process.env.npm_lifecycle_event === "thidua" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

buildIfStale();
require(ENTRY).run(process.argv.slice(2));
