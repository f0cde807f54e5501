/** Jest runs the TypeScript sources directly through ts-jest; UI tests opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Jest's default of 5 s per test is a wall-clock budget: a rendered pane with axe, a CLI run or
  // an ExcelJS round trip can take that long on a busy 2-core machine with another suite beside
  // it. A test that hangs still fails, after a minute.
  testTimeout: 60_000,
};
