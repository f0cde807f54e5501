// Runs the compiled command line given in THIDUA_MAIN with this process's arguments and, on exit,
// prints its peak resident memory as a last stderr line `@maxrss <KB>`, for tests that bound memory.
"use strict";
process.on("exit", () => process.stderr.write(`@maxrss ${process.resourceUsage().maxRSS}\n`));
require(process.env.THIDUA_MAIN).run(process.argv.slice(2));
