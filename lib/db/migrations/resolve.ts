import { connectTarget, type MigrationTarget } from "./adapters";
import { toSchemaEngineError, withSchemaEngine } from "./engine";
import { MigrationError } from "./errors";
import { readMigrationHistory } from "./history";

export type Resolution = { rolledBack: string } | { applied: string };

/**
 * `prisma migrate resolve`: after a failed migration (P3018/P3009) an operator either undoes its
 * partial effects and marks it rolled back (deploy then runs it again), or completes it by hand
 * and marks it applied. The engine writes `_prisma_migrations` exactly as the native CLI does.
 */
export async function resolveMigration(
  target: MigrationTarget,
  resolution: Resolution,
  opts: { migrationsDir?: string } = {},
): Promise<void> {
  const list = await readMigrationHistory(opts.migrationsDir);
  const conn = connectTarget(target);
  const name = "rolledBack" in resolution ? resolution.rolledBack : resolution.applied;
  try {
    await withSchemaEngine(conn.factory, [], (engine) =>
      "rolledBack" in resolution
        ? engine.markMigrationRolledBack({ migrationName: name })
        : engine.markMigrationApplied({ migrationName: name, migrationsList: list }),
    );
  } catch (error) {
    const engineError = toSchemaEngineError(error);
    throw new MigrationError(
      `Could not mark ${name} as ${"rolledBack" in resolution ? "rolled back" : "applied"}: ${engineError.message.replace(/\s*\n\s*/g, " ")}`,
      "engine",
      name,
      engineError.code,
      undefined,
    );
  } finally {
    await conn.close();
  }
}
