import { afterAll, beforeAll } from "vitest";

/**
 * For a test file that needs an empty database (first-run setup, counts over whole tables).
 * PGlite files already get a fresh in-memory database each; on PostgreSQL this file gets its own
 * scratch database, migrated, dropped afterwards.
 */
export function isolateDatabase(): void {
  if (process.env.TEST_DATABASE_KIND !== "postgres") return;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const { createScratchDatabase } = await import("./postgres");
    const { deployMigrations } = await import("@/lib/db/migrations");
    const { closeDb } = await import("@/lib/db/client");
    const { resetEnvCache } = await import("@/lib/env");
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, "intake_iso");
    drop = scratch.drop;
    await deployMigrations({ kind: "postgres", url: scratch.url });
    await closeDb();
    process.env.DATABASE_URL = scratch.url;
    resetEnvCache();
  });
  afterAll(async () => {
    const { closeDb } = await import("@/lib/db/client");
    await closeDb();
    await drop?.();
  });
}
