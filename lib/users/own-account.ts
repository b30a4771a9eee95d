import "server-only";
import type { Actor, RequestContext } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hashing";
import { writeAudit, writeAuditAs } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { endAllUserSessions } from "./manage-users";

/**
 * Any staff member changes their own password (docs/security.md A10): the current password is
 * required and every other session ends. The current session stays signed in.
 */
export async function changeOwnPassword(actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const db = await getDb();
  const me = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!me || !(await verifyPassword(me.passwordHash, input.currentPassword))) {
    await db.$transaction((tx) =>
      writeAudit(tx, actor, {
        action: "user.password-change",
        entityType: "User",
        entityId: actor.id,
        outcome: "FAILURE",
        detail: { reason: "wrong-current-password" },
      }),
    );
    throw ValidationError.field("currentPassword", "The current password is not correct.");
  }
  if (input.currentPassword === input.newPassword) {
    throw ValidationError.field("newPassword", "Choose a password different from the current one.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
      select: { id: true },
    });
    const ended = await endAllUserSessions(tx, actor.id, "password-changed", actor.sessionId);
    await writeAudit(tx, actor, {
      action: "user.password-change",
      entityType: "User",
      entityId: actor.id,
      detail: { otherSessionsEnded: ended },
    });
    return { otherSessionsEnded: ended };
  });
}

export async function hasAnyUser(): Promise<boolean> {
  const db = await getDb();
  return (await db.user.findFirst({ select: { id: true } })) != null;
}

/**
 * First run (docs/security.md A8): when no account exists, the person at the keyboard creates the
 * first administrator. An advisory lock makes two simultaneous setups create exactly one.
 */
export async function createFirstAdmin(
  input: { email: string; name: string; newPassword: string },
  request: RequestContext,
) {
  const passwordHash = await hashPassword(input.newPassword);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242001)`;
    const existing = await tx.user.count();
    if (existing > 0)
      throw new ValidationError(
        { form: ["Setup is already complete. Sign in instead."] },
        "Setup is already complete. Sign in instead.",
      );
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: "ADMIN", passwordHash },
      select: { id: true, email: true },
    });
    await writeAuditAs(
      tx,
      { actorId: user.id, actorRole: "ADMIN", request },
      { action: "setup.first-admin", entityType: "User", entityId: user.id },
    );
    return user;
  });
}
