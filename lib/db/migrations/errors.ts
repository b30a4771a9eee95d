import type { ScriptFailure } from "./adapters";

/** How to get past a failed migration; printed in every failure message so nobody has to guess. */
export function resolveHint(name: string): string {
  return (
    `Fix the cause, then mark it with \`npx tsx scripts/db.ts resolve --rolled-back ${name}\` ` +
    `(after undoing any partial changes) or \`--applied ${name}\` (if you completed it by hand).`
  );
}

export function describeScriptFailure(failure: ScriptFailure): string {
  const where = failure.line === undefined ? "" : `, line ${failure.line} of migration.sql`;
  const detail = failure.detail ? ` — ${failure.detail}` : "";
  return `${failure.message}${detail} (SQLSTATE ${failure.code}${where})`;
}

export type MigrationErrorReason =
  /** The migration ran and failed now; it is recorded as failed (Prisma P3018). */
  | "failed"
  /** An earlier failure is still unresolved, so nothing was applied (Prisma P3009). */
  | "unresolved-failure"
  /** The engine refused before running any migration (lock file provider, connection, …). */
  | "engine";

/**
 * A migration could not be applied. The message names the migration and the database error and
 * fits on one line (the CLI prints it as is).
 */
export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    message: string,
    readonly reason: MigrationErrorReason,
    readonly migrationName: string | null,
    /** Prisma's error code for the same situation, when there is one (P3009, P3018, …). */
    readonly code: string | undefined,
    readonly databaseError: ScriptFailure | undefined,
  ) {
    super(message);
  }
}

/** The migration name given to `db:migrate` is not usable as a folder suffix. */
export class MigrationNameError extends Error {
  override name = "MigrationNameError";
}
