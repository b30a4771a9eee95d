import { connectTarget, type MigrationTarget, type TargetConnection } from "./adapters";
import { NO_FILTER, parseEngineLog, toSchemaEngineError, withSchemaEngine } from "./engine";
import { describeScriptFailure, MigrationError, resolveHint } from "./errors";
import { readMigrationHistory } from "./history";
import { compareHistory, readMigrationRows, type FailedMigration, type MigrationStatus } from "./status";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";

export interface DeployOptions {
  migrationsDir?: string;
  log?: (line: string) => void;
}

/**
 * The useful part of an engine error or of `_prisma_migrations.logs`: the engine writes
 * "external connector error", then the database error, then a Rust span trace ("   0: …").
 */
function firstLine(text: string | null): string {
  const lines = (text ?? "").split(/\n\s+0: /)[0]?.split("\n") ?? [];
  const useful = lines.map((l) => l.trim()).filter((l) => l !== "" && l !== "external connector error");
  return useful.join(" ") || "no error recorded";
}

function unresolvedError(failed: FailedMigration): MigrationError {
  return new MigrationError(
    `Migration ${failed.name} failed earlier (started ${failed.startedAt.toISOString()}) and is still marked as failed ` +
      `in _prisma_migrations, so no further migrations are applied (Prisma P3009). ` +
      `Recorded error: ${firstLine(failed.logs)}. ${resolveHint(failed.name)}`,
    "unresolved-failure",
    failed.name,
    "P3009",
    undefined,
  );
}

async function statusOf(conn: TargetConnection, list: MigrationList): Promise<MigrationStatus> {
  return compareHistory(
    list.migrationDirectories.map((d) => ({
      name: d.path,
      sql: d.migrationFile.content.tag === "ok" ? d.migrationFile.content.value : null,
    })),
    await readMigrationRows(conn.query),
  );
}

/**
 * Applies pending migrations like `prisma migrate deploy`: the schema engine runs each pending
 * migration.sql and writes `_prisma_migrations` itself (same columns, sha256 checksums, failed
 * rows with `finished_at` null and the error in `logs`), so the native CLI would accept the result.
 *
 * We read the table before and after only to produce clear messages; the engine stays the one
 * that decides and records.
 */
export async function deployMigrations(
  target: MigrationTarget,
  opts: DeployOptions = {},
): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const list = await readMigrationHistory(opts.migrationsDir);
  if (list.migrationDirectories.length === 0) {
    log(`No migrations in ${list.baseDir}.`);
    return { applied: [] };
  }

  const conn = connectTarget(target);
  try {
    const before = await statusOf(conn, list);
    const [unresolved] = before.failed;
    if (unresolved) throw unresolvedError(unresolved);
    for (const name of before.edited) {
      log(`Warning: ${name} was edited after it was applied (checksum differs); it is not re-run.`);
    }
    for (const name of before.notOnDisk) {
      log(`Warning: ${name} is applied in the database but missing from ${list.baseDir}.`);
    }
    if (before.pending.length === 0) {
      // Skipping the engine keeps the app's start-up check cheap when nothing is pending.
      log(`No pending migrations (${before.applied.length} applied).`);
      return { applied: [] };
    }
    log(`${before.pending.length} pending migration(s): ${before.pending.join(", ")}`);

    const onEngineLog = (line: string) => {
      const entry = parseEngineLog(line);
      const name = entry && /^Applying `(.+)`$/.exec(entry.message)?.[1];
      if (name) log(`Applying ${name}…`);
    };
    try {
      const result = await withSchemaEngine(
        conn.factory,
        [],
        (engine) => engine.applyMigrations({ migrationsList: list, filters: NO_FILTER }),
        { engineLog: onEngineLog },
      );
      return { applied: result.appliedMigrationNames };
    } catch (error) {
      throw await explainFailure(conn, list, error);
    }
  } finally {
    await conn.close();
  }
}

/** Turns an engine error into a MigrationError naming the migration and the database error. */
async function explainFailure(conn: TargetConnection, list: MigrationList, error: unknown): Promise<MigrationError> {
  const engineError = toSchemaEngineError(error);
  const after = await statusOf(conn, list).catch(() => null);
  const [failed] = after?.failed ?? [];
  if (engineError.code === "P3009" && failed) return unresolvedError(failed);
  if (failed) {
    const dbError = conn.lastScriptFailure();
    const cause = dbError ? describeScriptFailure(dbError) : firstLine(engineError.message);
    return new MigrationError(
      `Migration ${failed.name} failed: ${cause}. It is recorded as failed in _prisma_migrations and later ` +
        `migrations were not applied. ${resolveHint(failed.name)}`,
      "failed",
      failed.name,
      "P3018",
      dbError,
    );
  }
  return new MigrationError(
    `Migrations could not be applied: ${engineError.message.replace(/\s*\n\s*/g, " ")}`,
    "engine",
    null,
    engineError.code,
    undefined,
  );
}
