import { diffHistoryToSchema } from "./diff";

export type CheckResult = { ok: true } | { ok: false; diffSql: string };

/**
 * Drift check for CI: does replaying prisma/migrations give exactly the schema in
 * schema.prisma? When not, `diffSql` is the migration that is missing (run `db:migrate`).
 *
 * Like Prisma's own diff, this sees tables, columns, enums, indexes, foreign keys and defaults; it
 * does not see objects Prisma cannot model (triggers, functions), so hand-written SQL for those in
 * a migration is not drift. A migration that fails to replay throws (ShadowReplayError).
 */
export async function checkMigrations(
  opts: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<CheckResult> {
  const diff = await diffHistoryToSchema(opts);
  return diff.sql === "" ? { ok: true } : { ok: false, diffSql: diff.sql };
}
