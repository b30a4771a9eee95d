import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkMigrations,
  createMigration,
  deployMigrations,
  MIGRATION_LOCK_TOML,
  MigrationError,
  MigrationNameError,
  migrationStatus,
  readMigrationHistory,
  resolveMigration,
  type MigrationTarget,
} from "@/lib/db/migrations";
import { createPglite } from "@/lib/db/pglite";
import { createScratchDatabase } from "../setup/postgres";

/**
 * The offline migration tooling against real databases: in-memory PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set. Under the repo's vitest config the "integration" project runs the
 * PGlite half and "integration-pg" the PostgreSQL half (TEST_DATABASE_KIND), so neither runs twice.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
const kind = process.env.TEST_DATABASE_KIND;
const pgBaseUrl = process.env.TEST_DATABASE_URL;

type Row = Record<string, unknown>;
type Query = (sql: string) => Promise<Row[]>;

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `intake-mig-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const onDisk = () =>
  fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((n) => /^\d{14}_/.test(n))
    .sort();
const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** The real history plus one migration that creates a table and then fails. */
function historyWithBadMigration(): { dir: string; bad: string } {
  const dir = tempDir("bad");
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const bad = "20991231235959_broken";
  fs.mkdirSync(path.join(dir, bad));
  fs.writeFileSync(
    path.join(dir, bad, "migration.sql"),
    'CREATE TABLE "PartialWork" ("id" INTEGER);\n\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n',
  );
  return { dir, bad };
}

/** The same checks on either database; `fresh` gives a new empty database each time. */
function deploySuite(fresh: () => Promise<{ target: MigrationTarget; query: Query }>) {
  let target: MigrationTarget;
  let query: Query;
  let firstApplied: string[];

  beforeAll(async () => {
    ({ target, query } = await fresh());
    firstApplied = (await deployMigrations(target)).applied;
  });

  it("applies every migration and records each in _prisma_migrations with its sha256", async () => {
    expect(firstApplied).toEqual(onDisk());
    const rows = await query(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count
         FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk());
    for (const r of rows) {
      expect(r.checksum).toBe(sha256(path.join(MIGRATIONS_DIR, String(r.migration_name), "migration.sql")));
      expect(r.finished_at).not.toBeNull();
      expect(r.rolled_back_at).toBeNull();
      expect(r.logs).toBeNull();
      expect(Number(r.applied_steps_count)).toBe(1);
    }
    const tables = (
      await query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`)
    ).map((r) => r.table_name);
    for (const t of ["User", "Patient", "Call", "CareEpisode", "AuditEvent", "Task", "_prisma_migrations"]) {
      expect(tables).toContain(t);
    }
  });

  it("applies nothing the second time", async () => {
    expect((await deployMigrations(target)).applied).toEqual([]);
    expect(await migrationStatus(target)).toMatchObject({ applied: onDisk(), pending: [], failed: [] });
  });

  it("refuses UPDATE, DELETE and TRUNCATE on AuditEvent but allows INSERT", async () => {
    await query(`INSERT INTO "AuditEvent" ("action") VALUES ('test.append-only')`);
    await expect(query(`UPDATE "AuditEvent" SET "action" = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    const [count] = await query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "action" = 'test.append-only'`);
    expect(count?.n).toBe(1);
  });

  it("has the CareEpisode open-slot CHECK constraint", async () => {
    const rows = await query(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = '"CareEpisode"'::regclass AND contype = 'c'`,
    );
    expect(rows.map((r) => String(r.def)).join("\n")).toMatch(/openPatientId.*patientId.*IS NULL/s);
  });

  it("records a failing migration as failed, throws, and refuses to go on until it is resolved", async () => {
    const { dir, bad } = historyWithBadMigration();
    const { target: t, query: q } = await fresh();
    const logs: string[] = [];

    const error = await deployMigrations(t, { migrationsDir: dir, log: (l) => logs.push(l) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    const failure = error as MigrationError;
    expect(failure.reason).toBe("failed");
    expect(failure.migrationName).toBe(bad);
    expect(failure.message).toContain(bad);
    expect(failure.message).toMatch(/"NoSuchTable" does not exist/);
    expect(failure.databaseError?.code).toBe("42P01");
    expect(logs).toContain(`Applying ${bad}…`);

    const rows = await q(`SELECT migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations"`);
    const badRow = rows.find((r) => r.migration_name === bad);
    expect(badRow).toMatchObject({ finished_at: null, rolled_back_at: null });
    expect(String(badRow?.logs)).toMatch(/NoSuchTable/);
    expect(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name)).toEqual(onDisk());
    // The script ran in one transaction: its first statement was rolled back with it.
    const [partial] = await q(`SELECT to_regclass('"PartialWork"') IS NULL AS gone`);
    expect(partial?.gone).toBe(true);

    const again = await deployMigrations(t, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(MigrationError);
    expect(again).toMatchObject({ reason: "unresolved-failure", code: "P3009", migrationName: bad });
    expect((again as Error).message).toMatch(/still marked as failed.*resolve --rolled-back/);
    expect((await migrationStatus(t, { migrationsDir: dir })).failed.map((f) => f.name)).toEqual([bad]);

    // The way out: fix the migration, mark the failure rolled back, deploy again.
    fs.writeFileSync(path.join(dir, bad, "migration.sql"), 'CREATE TABLE "PartialWork" ("id" INTEGER);\n');
    await resolveMigration(t, { rolledBack: bad }, { migrationsDir: dir });
    expect((await deployMigrations(t, { migrationsDir: dir })).applied).toEqual([bad]);
  });
}

describe.skipIf(kind === "postgres")("migrations on PGlite", () => {
  const opened: PGlite[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.close()));
  });

  deploySuite(async () => {
    const db = await createPglite();
    opened.push(db);
    return { target: { kind: "pglite", db }, query: async (sql) => (await db.query<Row>(sql)).rows };
  });
});

describe.skipIf(!pgBaseUrl || kind === "pglite")("migrations on PostgreSQL", () => {
  const scratches: { drop: () => Promise<void> }[] = [];
  const clients: pg.Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    await Promise.all(scratches.map((s) => s.drop()));
  });

  deploySuite(async () => {
    const scratch = await createScratchDatabase(pgBaseUrl as string, "intake_mig");
    scratches.push(scratch);
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    clients.push(client);
    return {
      target: { kind: "postgres", url: scratch.url },
      query: async (sql) => (await client.query<Row>(sql)).rows,
    };
  });
});

describe.skipIf(kind === "postgres")("schema diff against the history", () => {
  it("finds no drift between prisma/schema.prisma and prisma/migrations", async () => {
    expect(await checkMigrations({ schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR })).toEqual({ ok: true });
  });

  it("reports drift, with the missing SQL, when the schema has a column the history lacks", async () => {
    const schemaPath = path.join(tempDir("schema"), "schema.prisma");
    const schema = fs
      .readFileSync(SCHEMA_PATH, "utf8")
      .replace(/model Program \{\n/, "model Program {\n  driftProbe String?\n");
    expect(schema).toContain("driftProbe");
    fs.writeFileSync(schemaPath, schema);
    const result = await checkMigrations({ schemaPath, migrationsDir: MIGRATIONS_DIR });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.diffSql).toMatch(/ALTER TABLE "Program" ADD COLUMN\s+"driftProbe" TEXT/);
  });

  it("creates a Prisma-standard migration folder, then reports no changes", async () => {
    const dir = path.join(tempDir("create"), "migrations");
    const now = () => new Date(Date.UTC(2030, 4, 6, 7, 8, 9));
    expect(fs.existsSync(dir)).toBe(false);

    const created = await createMigration({ name: "init", schemaPath: SCHEMA_PATH, migrationsDir: dir, now });
    expect(created.path).toBe(path.join(dir, "20300506070809_init"));
    expect(fs.readdirSync(dir).sort()).toEqual(["20300506070809_init", "migration_lock.toml"]);
    expect(fs.readFileSync(path.join(dir, "migration_lock.toml"), "utf8")).toBe(MIGRATION_LOCK_TOML);
    expect(MIGRATION_LOCK_TOML).toMatch(/^# Please do not edit this file manually\n.*\nprovider = "postgresql"\n$/s);
    const initSql = path.join(dir, "20300506070809_init", "migration.sql");
    const sql = fs.readFileSync(initSql, "utf8");
    expect(sql).toMatch(/^-- CreateEnum\nCREATE TYPE "Role"/);
    expect(sql).toContain('CREATE TABLE "AuditEvent"');
    // A history generated from scratch lacks what is written by hand (ADR 0002): the trigram
    // indexes need pg_trgm, which Prisma's diff does not emit (ADR 0011). Add it, as whoever
    // squashes the history must, or the history does not replay.
    expect(sql).toContain("gin_trgm_ops");
    fs.writeFileSync(initSql, `CREATE EXTENSION IF NOT EXISTS "pg_trgm";\n\n${sql}`);

    expect(await createMigration({ name: "again", schemaPath: SCHEMA_PATH, migrationsDir: dir, now })).toEqual({
      path: null,
      reason: "no-changes",
    });
    expect((await readMigrationHistory(dir)).migrationDirectories).toHaveLength(1);
  });

  it("rejects a migration name that is not snake_case before doing any work", async () => {
    const dir = tempDir("badname");
    await expect(createMigration({ name: "Add Notes!", migrationsDir: dir })).rejects.toThrow(MigrationNameError);
    await expect(createMigration({ name: "", migrationsDir: dir })).rejects.toThrow(MigrationNameError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

// Each case starts the CLI (tsx, a cold PGlite with its extensions, the migration engine) up to
// three times in a row; on 2 busy cores that once took longer than the default 60 s.
describe.skipIf(kind === "postgres")("scripts/db.ts", { timeout: 300_000 }, () => {
  const cli = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it("deploy exits non-zero with a one-line error naming the failed migration, twice", () => {
    const { dir, bad } = historyWithBadMigration();
    const env = { DATABASE_URL: `pglite:${path.join(tempDir("cli"), "data")}` };

    const first = cli(["deploy", "--migrations-dir", dir], env);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(`Applying ${bad}…`);
    const firstError = first.stderr.trim().split("\n");
    expect(firstError).toHaveLength(1);
    expect(firstError[0]).toMatch(new RegExp(`^db:deploy: MigrationError: Migration ${bad} failed: .*NoSuchTable`));

    const second = cli(["deploy", "--migrations-dir", dir], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/P3009/);

    const status = cli(["status", "--migrations-dir", dir], env);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(new RegExp(`FAILED\\s+${bad}`));
  });

  it("check exits non-zero and prints the missing SQL when the schema drifted", () => {
    const schemaPath = path.join(tempDir("cli-schema"), "schema.prisma");
    fs.writeFileSync(
      schemaPath,
      fs.readFileSync(SCHEMA_PATH, "utf8").replace(/model Program \{\n/, "model Program {\n  driftProbe Int?\n"),
    );
    const result = cli(["check", "--schema", schemaPath]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/ALTER TABLE "Program" ADD COLUMN\s+"driftProbe" INTEGER/);
    expect(result.stderr).toMatch(/^db:check: schema.prisma and prisma\/migrations disagree/);
  });
});
