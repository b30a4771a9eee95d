import "server-only";
import { createHash } from "node:crypto";
import { writeAuditAs } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "./actor";
import { dummyPasswordHash, verifyPassword } from "./password-hashing";
import { accountLockAfterFailure, isLocked, nextIpWindow } from "./rules/throttle-rules";

export interface SignedIn {
  id: string;
  role: Role;
  sessionVersion: number;
  sessionId: string;
}

/** The audit trail may not carry an unknown email (it can be a mistyped PHI-bearing address). */
function emailFingerprint(email: string): string {
  return `email-sha256:${createHash("sha256").update(email).digest("hex").slice(0, 16)}`;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function throttleConfig() {
  const e = env();
  return {
    account: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES, maxLockMinutes: 24 * 60 },
    ip: {
      maxFailures: e.LOGIN_IP_MAX_FAILURES,
      windowMinutes: e.LOGIN_IP_WINDOW_MINUTES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
    },
  };
}

/**
 * Checks credentials with throttling per account and per IP. Every outcome that is not a success
 * returns null, looks the same to the caller and costs one argon2 verification (docs/security.md A4),
 * and is audited with its real reason.
 */
export async function authenticate(input: {
  email: string;
  password: string;
  request: RequestContext;
}): Promise<SignedIn | null> {
  const db = await getDb();
  const now = new Date();
  const email = normalizeEmail(input.email);
  const config = throttleConfig();
  const ipKey = `ip:${input.request.ip ?? "unknown"}`;

  const [ipRow, user] = await Promise.all([
    db.loginThrottle.findUnique({ where: { key: ipKey } }),
    email.length > 0 && email.length <= 320
      ? db.user.findUnique({
          where: { email },
          select: {
            id: true,
            role: true,
            active: true,
            passwordHash: true,
            sessionVersion: true,
            failedLoginCount: true,
            lockedUntil: true,
          },
        })
      : null,
  ]);

  const ipLocked = isLocked(ipRow?.lockedUntil, now);
  const accountLocked = user != null && isLocked(user.lockedUntil, now);
  const canTry = user != null && !ipLocked && !accountLocked && input.password.length <= 1024;
  const passwordOk = canTry
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password)) && false;

  if (user && passwordOk && user.active) {
    return db.$transaction(async (tx) => {
      const expiresAt = new Date(now.getTime() + env().SESSION_MAX_HOURS * 3_600_000);
      await tx.user.update({
        where: { id: user.id },
        data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
        select: { id: true },
      });
      const session = await tx.userSession.create({
        data: {
          userId: user.id,
          expiresAt,
          ip: input.request.ip,
          userAgent: input.request.userAgent?.slice(0, 512) ?? null,
        },
        select: { id: true },
      });
      await writeAuditAs(
        tx,
        { actorId: user.id, actorRole: user.role, request: input.request },
        { action: "auth.sign-in", entityType: "User", entityId: user.id, detail: { sessionId: session.id } },
      );
      return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId: session.id };
    });
  }

  const reason = ipLocked
    ? "ip-locked"
    : !user
      ? "unknown-account"
      : accountLocked
        ? "account-locked"
        : !passwordOk
          ? "wrong-password"
          : "inactive";

  await db.$transaction(async (tx) => {
    const ip = nextIpWindow(ipRow && !ipLocked ? ipRow : null, now, config.ip);
    if (!ipLocked) {
      await tx.loginThrottle.upsert({
        where: { key: ipKey },
        create: { key: ipKey, failures: ip.failures, windowStart: ip.windowStart, lockedUntil: ip.lockedUntil },
        update: { failures: ip.failures, windowStart: ip.windowStart, lockedUntil: ip.lockedUntil },
      });
    }
    let lockedNow = false;
    if (user && reason === "wrong-password") {
      const failures = user.failedLoginCount + 1;
      const lockMs = accountLockAfterFailure(failures, config.account);
      lockedNow = lockMs != null;
      await tx.user.update({
        where: { id: user.id },
        data: {
          failedLoginCount: failures,
          ...(lockMs != null ? { lockedUntil: new Date(now.getTime() + lockMs) } : {}),
        },
        select: { id: true },
      });
    }
    await writeAuditAs(
      tx,
      user
        ? { actorId: user.id, actorRole: user.role, request: input.request }
        : { actorLabel: emailFingerprint(email), request: input.request },
      {
        action: "auth.sign-in",
        entityType: "User",
        entityId: user?.id,
        outcome: "FAILURE",
        detail: { reason, accountLockedNow: lockedNow, ipLockedNow: !ipLocked && ip.lockedUntil != null },
      },
    );
  });
  return null;
}
