import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The unit tests alone, for Stryker (stryker.config.mjs): mutants of the pure rules are killed by
 * unit tests; the integration projects would only slow each mutant down.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    expect: { requireAssertions: true },
  },
});
