import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * PGlite: every test file opens its own in-memory database (migrated on open), so files never
 * share rows. PostgreSQL: one fresh database per run, created here from TEST_DATABASE_URL,
 * migrated once, dropped at the end; tests create their own rows with factories.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_KIND !== "postgres" && project.config.env?.TEST_DATABASE_KIND !== "postgres") {
    project.provide("databaseUrl", "pglite:memory://");
    return;
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const { assertLocalDatabase, createScratchDatabase } = await import("./postgres");
  assertLocalDatabase(base);
  const scratch = await createScratchDatabase(base, "intake_it");
  const { deployMigrations } = await import("../../lib/db/migrations");
  await deployMigrations({ kind: "postgres", url: scratch.url });
  project.provide("databaseUrl", scratch.url);
  return async () => {
    await scratch.drop();
  };
}
