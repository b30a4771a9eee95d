import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside React Server Components; in tests it is an empty module.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/setup/empty-module.ts"),
};

const integration = (name: string, database: "pglite" | "postgres", groupOrder: number) => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    env: { TEST_DATABASE_KIND: database },
    setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/integration-env.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    testTimeout: 60_000,
    expect: { requireAssertions: true },
    hookTimeout: 120_000,
    // PGlite is CPU-heavy WASM and the machine has 2 cores.
    maxWorkers: 2,
    sequence: { groupOrder },
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          // A test that asserts nothing fails: it cannot guard behaviour.
          expect: { requireAssertions: true },
          sequence: { groupOrder: 0 },
        },
      },
      // Integration tests run on the embedded database always, and on PostgreSQL too when
      // TEST_DATABASE_URL is set (CI sets it); each PostgreSQL run creates and drops its database.
      integration("integration", "pglite", 1),
      ...(process.env.TEST_DATABASE_URL ? [integration("integration-pg", "postgres", 2)] : []),
    ],
  },
});
