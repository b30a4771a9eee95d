import crypto from "node:crypto";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run in Debian's Chromium (never a downloaded browser) against `next build` +
 * `next start` on fresh embedded databases. Two servers share one build: the first-run server
 * keeps an empty database for the first-run spec alone; every other spec runs on the main server
 * as accounts of its own, made by the test-only seeding route (tests/e2e/fixtures.ts, ADR 0013).
 * The logs spec reads both servers' logs after all the others.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const FIRST_RUN_PORT = Number(process.env.E2E_FIRST_RUN_PORT ?? PORT + 50);
const baseURL = `http://localhost:${PORT}`;
/** The local SMTP server the safety-flag spec starts (smtp-server) and the app sends to. */
const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 20);
const systemChromium = "/usr/bin/chromium";

// Set once in the main process; the servers and the workers inherit them.
process.env.E2E_RUN_ID ??= `${Date.now()}-${process.pid}`;
process.env.E2E_SEED_TOKEN ??= crypto.randomBytes(24).toString("hex");
process.env.E2E_FIRST_RUN_URL ??= `http://localhost:${FIRST_RUN_PORT}`;

const serverEnv = (port: number, dataDir: string, logFile: string) => ({
  PORT: String(port),
  DATABASE_URL: `pglite:${dataDir}`,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
  NEXT_TELEMETRY_DISABLED: "1",
  // Many sign-ins come from one IP in this suite; per-account throttling is what it tests.
  LOGIN_IP_MAX_FAILURES: "500",
  E2E_LOG_FILE: logFile,
  E2E_RUN_ID: process.env.E2E_RUN_ID!,
  E2E_SEED_TOKEN: process.env.E2E_SEED_TOKEN!,
  // Safety-flag e-mail goes to the safety-flag spec's local SMTP server; the sweep runs every 2 s.
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  SAFETY_SWEEP_SECONDS: "2",
});

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
    {
      name: "first-run",
      testMatch: /first-run\.spec\.ts/,
      use: { baseURL: process.env.E2E_FIRST_RUN_URL },
    },
    { name: "chromium", testIgnore: /(first-run|logs)\.spec\.ts/ },
    { name: "logs", testMatch: /logs\.spec\.ts/, dependencies: ["first-run", "chromium"] },
  ],
  webServer: [
    {
      command: "bash tests/e2e/start-server.sh",
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: serverEnv(PORT, ".data-e2e", "test-results/e2e-server.log"),
    },
    {
      command: "bash tests/e2e/start-server.sh",
      url: `${process.env.E2E_FIRST_RUN_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: serverEnv(FIRST_RUN_PORT, ".data-e2e-first-run", "test-results/e2e-first-run-server.log"),
    },
  ],
});
