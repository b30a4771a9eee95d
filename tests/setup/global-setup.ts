import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database every test file copies (see tests/setup/test-database.ts). */
    template: { kind: "pglite"; dataDir: string } | { kind: "postgres"; baseUrl: string; name: string };
  }
}

/**
 * Migrates one template database per run; each test file then gets its own copy of it
 * (tests/setup/integration-env.ts), so files never share rows and may run in parallel, and
 * none pays for the migrations again (Epic Stack's pattern). PGlite: a data folder in the
 * system's temporary folder, copied per file. PostgreSQL: a database next to TEST_DATABASE_URL,
 * the TEMPLATE of each file's `CREATE DATABASE`. Both are removed at the end.
 */
export default async function setup(project: TestProject) {
  const { deployMigrations } = await import("../../lib/db/migrations");
  if (process.env.TEST_DATABASE_KIND !== "postgres" && project.config.env?.TEST_DATABASE_KIND !== "postgres") {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "intake-it-template-"));
    const dataDir = path.join(root, "data");
    const { createPglite } = await import("../../lib/db/pglite");
    const db = await createPglite({ dataDir });
    try {
      await deployMigrations({ kind: "pglite", db });
    } finally {
      await db.close();
    }
    project.provide("template", { kind: "pglite", dataDir });
    return () => fs.rmSync(root, { recursive: true, force: true });
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const { assertLocalDatabase, createScratchDatabase } = await import("./postgres");
  assertLocalDatabase(base);
  const template = await createScratchDatabase(base, "intake_tpl");
  await deployMigrations({ kind: "postgres", url: template.url });
  project.provide("template", { kind: "postgres", baseUrl: base, name: template.name });
  return async () => {
    await template.drop();
  };
}
