/**
 * Jest for the browser end-to-end run only (`npm run test:e2e`, which `npm test` runs after Jest).
 * The main jest.config.js matches `*.test.ts`, so `npx jest` never picks up `*.e2e.ts`; this
 * config matches nothing else.
 */
const path = require("path");

module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Builds and the browser run belong to one suite; the suite sets its own per-step timeouts.
  testTimeout: 60_000,
  maxWorkers: 1,
};
