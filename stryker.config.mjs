// Mutation testing of the pure rules (docs/testing.md "Mutation testing"): `npm run test:mutation`,
// or `npm run test:mutation -- --mutate "lib/care/rules/**/*.ts"` for one folder. Incremental: a
// second run re-tests only mutants whose code or tests changed (the file stays on this machine).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ["lib/*/rules/**/*.ts", "!lib/**/*.test.ts"],
  ignoreStatic: true,
  // Only the mutated code loses its type checks in the sandbox; app/ files stay as written (a
  // test reads their first line).
  disableTypeChecks: "lib/*/rules/**/*.ts",
  incremental: true,
  incrementalFile: "reports/mutation/incremental.json",
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["progress", "clear-text", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
