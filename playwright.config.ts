import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run in Debian's Chromium (never a downloaded browser) against `next build` +
 * `next start` on a fresh embedded database. They run in one worker: the first spec performs the
 * first-run setup that the others build on.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
/** The local SMTP server the safety-flag spec starts (smtp-server) and the app sends to. */
const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 20);
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "first-run", testMatch: /first-run\.spec\.ts/ },
    { name: "chromium", testIgnore: /(first-run|logs)\.spec\.ts/, dependencies: ["first-run"] },
    { name: "logs", testMatch: /logs\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "bash tests/e2e/start-server.sh",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: "pglite:.data-e2e",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      NEXT_TELEMETRY_DISABLED: "1",
      // Many sign-ins come from one IP in this suite; per-account throttling is what it tests.
      LOGIN_IP_MAX_FAILURES: "500",
      E2E_LOG_FILE: "test-results/e2e-server.log",
      // Safety-flag e-mail goes to the spec's local SMTP server; the sweep runs every 2 seconds.
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      SAFETY_SWEEP_SECONDS: "2",
    },
  },
});
