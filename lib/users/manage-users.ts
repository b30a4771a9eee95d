import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password-hashing";
import { generateTemporaryPassword } from "@/lib/auth/rules/password-policy";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb, type Tx } from "@/lib/db/client";
import { isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  isOwnDeactivation,
  LAST_ADMIN_MESSAGE,
  OWN_DEACTIVATION_MESSAGE,
  takesAwayAnAdmin,
} from "./rules/account-changes";

/**
 * Staff account management. Each function checks `user:manage` itself and
 * writes its audit row in the same transaction as the change.
 */

async function findTarget(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
  if (!user) throw new NotFoundError("That staff account was not found.");
  return user;
}

/** An admin may not lock the center out of its own admin pages (rules/account-changes.ts). */
async function assertAnotherActiveAdmin(tx: Tx, excludingUserId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: excludingUserId } } });
  if (others === 0) throw new ValidationError({ role: [LAST_ADMIN_MESSAGE] }, LAST_ADMIN_MESSAGE);
}

export async function createStaffUser(actor: Actor, input: { email: string; name: string; role: Role }) {
  assertCan(actor, "user:manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const db = await getDb();
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash, mustChangePassword: true },
        select: { id: true, email: true, name: true, role: true },
      });
      await writeAudit(tx, actor, {
        action: "user.create",
        entityType: "User",
        entityId: created.id,
        detail: { role: created.role },
      });
      return created;
    });
    return { user, temporaryPassword };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ValidationError({ email: ["A staff account with this email already exists."] });
    throw error;
  }
}

export async function changeUserRole(actor: Actor, input: { userId: string; role: Role }) {
  assertCan(actor, "user:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, input.userId);
    if (target.role === input.role) return { changed: false };
    if (takesAwayAnAdmin(target, { role: input.role })) await assertAnotherActiveAdmin(tx, target.id);
    // The role lives in the session token: bump the version so it takes effect now (S5).
    await tx.user.update({
      where: { id: target.id },
      data: { role: input.role, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      select: { id: true },
    });
    await endAllUserSessions(tx, target.id, "revoked");
    await writeAudit(tx, actor, {
      action: "user.role-change",
      entityType: "User",
      entityId: target.id,
      detail: { from: target.role, to: input.role },
    });
    return { changed: true };
  });
}

export async function setUserActive(actor: Actor, input: { userId: string; active: boolean }) {
  assertCan(actor, "user:manage");
  if (isOwnDeactivation(actor.id, input))
    throw new ValidationError({ active: [OWN_DEACTIVATION_MESSAGE] }, OWN_DEACTIVATION_MESSAGE);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, input.userId);
    if (target.active === input.active) return { changed: false };
    if (takesAwayAnAdmin(target, { active: input.active })) await assertAnotherActiveAdmin(tx, target.id);
    await tx.user.update({
      where: { id: target.id },
      data: { active: input.active, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      select: { id: true },
    });
    if (!input.active) await endAllUserSessions(tx, target.id, "deactivated");
    await writeAudit(tx, actor, {
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: target.id,
    });
    return { changed: true };
  });
}

export async function resetUserPassword(actor: Actor, input: { userId: string }) {
  assertCan(actor, "user:manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const target = await findTarget(tx, input.userId);
    await tx.user.update({
      where: { id: target.id },
      data: {
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: new Date(),
        failedLoginCount: 0,
        lockedUntil: null,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
      select: { id: true },
    });
    await endAllUserSessions(tx, target.id, "revoked");
    await writeAudit(tx, actor, { action: "user.password-reset", entityType: "User", entityId: target.id });
  });
  return { temporaryPassword };
}

export async function unlockUser(actor: Actor, input: { userId: string }) {
  assertCan(actor, "user:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const target = await findTarget(tx, input.userId);
    await tx.user.update({
      where: { id: target.id },
      data: { failedLoginCount: 0, lockedUntil: null },
      select: { id: true },
    });
    await writeAudit(tx, actor, { action: "user.unlock", entityType: "User", entityId: target.id });
  });
}

export async function endUserSessions(actor: Actor, input: { userId: string }) {
  assertCan(actor, "user:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, input.userId);
    await tx.user.update({
      where: { id: target.id },
      data: { sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    const ended = await endAllUserSessions(tx, target.id, "revoked");
    await writeAudit(tx, actor, {
      action: "user.end-sessions",
      entityType: "User",
      entityId: target.id,
      detail: { ended },
    });
    return { ended };
  });
}

export async function endAllUserSessions(
  tx: Tx,
  userId: string,
  reason: string,
  exceptSessionId?: string,
): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, endedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { endedAt: new Date(), endReason: reason },
  });
  return count;
}
