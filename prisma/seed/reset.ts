/**
 * The seeder writes only into an empty database. `--reset` is a demo-only escape hatch that wipes
 * every table first — including the append-only audit trail, whose trigger refuses DELETE, UPDATE
 * and TRUNCATE. Disabling user triggers for the length of one transaction is the only way around
 * it, and it must never be used on a database holding real records (the CLI refuses to run at all
 * when NODE_ENV=production).
 */
import type { Db } from "@/lib/db/client";

export class SeedRefusedError extends Error {
  override name = "SeedRefusedError";
}

export async function prepareDatabase(db: Db, reset: boolean, log: (line: string) => void): Promise<void> {
  const [row] = await db.$queryRaw<{ users: number; patients: number; calls: number }[]>`
    SELECT (SELECT count(*) FROM "User")::int AS users,
           (SELECT count(*) FROM "Patient")::int AS patients,
           (SELECT count(*) FROM "Call")::int AS calls`;
  if (!row || row.users + row.patients + row.calls === 0) return;
  if (!reset) {
    throw new SeedRefusedError(
      `The database already has data (${row.users} users, ${row.patients} patients, ${row.calls} calls). ` +
        `Point DATABASE_URL at a fresh folder (pglite:<new folder>) or an empty database, ` +
        `or pass --reset to wipe it first (demo databases only: it deletes everything, audit trail included).`,
    );
  }
  log(
    `db:seed: --reset: wiping ${row.users} users, ${row.patients} patients, ${row.calls} calls and everything linked to them`,
  );
  await db.$transaction([
    db.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`,
    db.$executeRaw`TRUNCATE TABLE "AuditEvent", "Notification", "EmailOutbox", "LiveEvent", "OnCallShift", "Task",
      "AttendedSession", "Transition", "CareEpisode", "SafetyFlag", "Screening", "PipelineEvent", "Call", "Patient", "Program", "ReferralSource", "PhoneLine", "IdempotencyKey",
      "LoginThrottle", "UserSession", "User" RESTART IDENTITY`,
    db.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`,
  ]);
}
