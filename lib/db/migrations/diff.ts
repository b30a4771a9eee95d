import { connectShadowOnly } from "./adapters";
import { NO_FILTER, toSchemaEngineError, withSchemaEngine } from "./engine";
import { describeScriptFailure } from "./errors";
import { readMigrationHistory, readSchemaFiles } from "./history";

export interface HistoryDiff {
  /** SQL that takes a database built from the history to the schema; "" when they agree. */
  sql: string;
  /** Names of the migrations the diff was computed from, oldest first. */
  history: string[];
}

/** The history could not be replayed on the shadow database (a migration is broken). */
export class ShadowReplayError extends Error {
  override name = "ShadowReplayError";
}

/**
 * Replays the migration history on a fresh in-memory PGlite (the shadow database) and diffs the
 * result with the Prisma schema. This is what `prisma migrate dev` and
 * `prisma migrate diff --from-migrations … --to-schema-datamodel …` do with the native engine.
 * No real database is touched, so it works offline and against either target.
 */
export async function diffHistoryToSchema(opts: { schemaPath?: string; migrationsDir?: string }): Promise<HistoryDiff> {
  const [list, files] = await Promise.all([readMigrationHistory(opts.migrationsDir), readSchemaFiles(opts.schemaPath)]);
  const conn = connectShadowOnly();
  try {
    const result = await withSchemaEngine(conn.factory, files, (engine) =>
      engine.diff({
        from: { tag: "migrations", ...list },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: NO_FILTER,
      }),
    );
    // exitCode: 0 = no difference, 2 = difference (as `prisma migrate diff --exit-code`).
    const sql = result.exitCode === 0 ? "" : (result.stdout ?? "");
    return { sql: isEmptyScript(sql) ? "" : sql, history: list.migrationDirectories.map((d) => d.path) };
  } catch (error) {
    const failure = conn.lastScriptFailure();
    const engineError = toSchemaEngineError(error);
    if (failure) {
      throw new ShadowReplayError(
        `The migration history does not replay on a fresh database: ${describeScriptFailure(failure)}. ` +
          `Engine: ${engineError.message.replace(/\s*\n\s*/g, " ")}`,
      );
    }
    throw engineError;
  } finally {
    await conn.close();
  }
}

/** The engine's "empty migration" is a comment; treat only real statements as a difference. */
function isEmptyScript(sql: string): boolean {
  return (
    sql
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("--")).length === 0
  );
}
