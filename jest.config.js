/**
 * Two Jest projects, run together by `npx jest` (and `npm test`, which then runs the pane's e2e):
 * - fast: the unit and integration tests, one per source area (test/core, test/excel, test/xlsx,
 *   test/cli, test/taskpane, …); `npm run test:fast` while working.
 * - slow: what builds or compiles (the production webpack bundles, the CLI's tsc) and what reads
 *   large files (130,000 rows); named `*.slow.test.ts` so a file says which project it is in.
 * ts-jest runs the TypeScript sources directly; UI tests opt into jsdom per file.
 */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "fast",
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "\\.slow\\.test\\.tsx?$"],
    },
    { ...shared, displayName: "slow", testMatch: ["**/*.slow.test.ts"] },
  ],
  // Jest's default of 5 s per test is a wall-clock budget: a rendered pane with axe, a CLI run or
  // an ExcelJS round trip can take that long on a busy 2-core machine with another suite beside
  // it. A test that hangs still fails, after a minute; the slow tests set longer ones themselves.
  testTimeout: 60_000,
};
