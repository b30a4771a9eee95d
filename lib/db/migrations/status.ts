import { connectTarget, type MigrationTarget } from "./adapters";
import { migrationChecksum, readMigrationHistory } from "./history";

/** One row of `_prisma_migrations`, the bookkeeping table Prisma Migrate (and our deploy) writes. */
export interface MigrationRow {
  id: string;
  migrationName: string;
  checksum: string;
  startedAt: Date;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
  logs: string | null;
  appliedStepsCount: number;
}

export interface FailedMigration {
  name: string;
  startedAt: Date;
  logs: string | null;
}

export interface MigrationStatus {
  /** Migration folders on disk, oldest first. */
  onDisk: string[];
  /** Finished and not rolled back, in the order they were applied. */
  applied: string[];
  /** On disk, not applied and not failed (a failed one becomes pending once marked rolled back). */
  pending: string[];
  /** Started, not finished, not rolled back: Prisma refuses to go on while any exist (P3009). */
  failed: FailedMigration[];
  /** Applied, but migration.sql on disk no longer has the checksum that was applied. */
  edited: string[];
  /** Applied in the database but missing on disk (another branch, or a deleted folder). */
  notOnDisk: string[];
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

function asDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}

/** Reads `_prisma_migrations`; null when the table does not exist yet (nothing ever deployed). */
export async function readMigrationRows(query: Query): Promise<MigrationRow[] | null> {
  // to_regclass follows search_path, which is where the engine creates the table.
  const [exists] = await query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
  if (exists?.exists !== true) return null;
  const rows = await query(
    `SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at, logs, applied_steps_count
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    migrationName: String(r.migration_name),
    checksum: String(r.checksum),
    startedAt: asDate(r.started_at) ?? new Date(0),
    finishedAt: asDate(r.finished_at),
    rolledBackAt: asDate(r.rolled_back_at),
    logs: r.logs === null || r.logs === undefined ? null : String(r.logs),
    appliedStepsCount: Number(r.applied_steps_count),
  }));
}

/** Pure comparison of the folder and the table; shared by deploy (pre-checks) and status. */
export function compareHistory(
  onDisk: { name: string; sql: string | null }[],
  rows: MigrationRow[] | null,
): MigrationStatus {
  const live = (rows ?? []).filter((r) => r.rolledBackAt === null);
  const appliedRows = live.filter((r) => r.finishedAt !== null);
  const applied = appliedRows.map((r) => r.migrationName);
  const appliedSet = new Set(applied);
  const failed = live
    .filter((r) => r.finishedAt === null)
    .map((r) => ({ name: r.migrationName, startedAt: r.startedAt, logs: r.logs }));
  const failedSet = new Set(failed.map((f) => f.name));
  const diskNames = onDisk.map((m) => m.name);
  const diskSet = new Set(diskNames);
  const edited = appliedRows
    .filter((r) => {
      const file = onDisk.find((m) => m.name === r.migrationName);
      return file?.sql != null && migrationChecksum(file.sql) !== r.checksum;
    })
    .map((r) => r.migrationName);
  return {
    onDisk: diskNames,
    applied,
    pending: diskNames.filter((n) => !appliedSet.has(n) && !failedSet.has(n)),
    failed,
    edited,
    notOnDisk: [...new Set(applied.filter((n) => !diskSet.has(n)))],
  };
}

/** Applied / pending / failed migrations of a database, compared with the folder on disk. */
export async function migrationStatus(
  target: MigrationTarget,
  opts: { migrationsDir?: string } = {},
): Promise<MigrationStatus> {
  const list = await readMigrationHistory(opts.migrationsDir);
  const conn = connectTarget(target);
  try {
    const rows = await readMigrationRows(conn.query);
    return compareHistory(
      list.migrationDirectories.map((d) => ({
        name: d.path,
        sql: d.migrationFile.content.tag === "ok" ? d.migrationFile.content.value : null,
      })),
      rows,
    );
  } finally {
    await conn.close();
  }
}
