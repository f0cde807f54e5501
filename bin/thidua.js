#!/usr/bin/env node
// The `thidua` command. The TypeScript sources are compiled to dist/ by `npm run build:cli`.
"use strict";

let cli;
try {
  cli = require("../dist/src/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dist/src/cli/main.js")) {
    process.stderr.write("thidua: not built yet; run `npm run build:cli` first\n");
    process.exit(2);
  }
  throw error;
}
cli.run(process.argv.slice(2));
