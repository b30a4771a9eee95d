import "server-only";
import type { JWT } from "next-auth/jwt";
import { writeAuditAs } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { type RequestContext, SYSTEM_REQUEST } from "./actor";

/** Activity younger than this is not written again: one write per half minute is enough. */
const TOUCH_EVERY_MS = 30_000;

export type SessionEndReason = "sign-out" | "idle" | "expired" | "revoked" | "deactivated" | "password-changed";

export interface LiveSession {
  user: { id: string; name: string; email: string; role: Role; mustChangePassword: boolean };
  sessionId: string;
  idleExpiresAt: Date;
}

export type SessionCheck = { ok: true; session: LiveSession } | { ok: false; reason: string };

/**
 * Re-checks a decoded session token against the database on every request that reads or writes
 * data (docs/architecture.md §Auth): the account is active, role and sessionVersion still match, and
 * the UserSession row is neither ended, idle past the timeout, nor past its absolute lifetime.
 * `touch` records activity; background polling passes false (docs/security.md S2/S3).
 */
export async function checkSession(
  token: Pick<JWT, "uid" | "sid" | "sv" | "role"> | null,
  options: { touch: boolean; request?: RequestContext; now?: Date },
): Promise<SessionCheck> {
  if (!token?.uid || !token.sid || typeof token.sv !== "number") return { ok: false, reason: "no-session" };
  const uuid = /^[0-9a-f-]{36}$/i;
  if (!uuid.test(token.uid) || !uuid.test(token.sid)) return { ok: false, reason: "malformed" };
  const now = options.now ?? new Date();
  const idleMs = env().SESSION_IDLE_MINUTES * 60_000;
  const db = await getDb();
  const row = await db.userSession.findUnique({
    where: { id: token.sid },
    select: {
      id: true,
      userId: true,
      endedAt: true,
      expiresAt: true,
      lastActivityAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          sessionVersion: true,
          mustChangePassword: true,
        },
      },
    },
  });
  if (!row || row.userId !== token.uid) return { ok: false, reason: "unknown-session" };
  if (row.endedAt) return { ok: false, reason: "ended" };
  const { user } = row;
  let endReason: SessionEndReason | null = null;
  if (!user.active) endReason = "deactivated";
  else if (user.sessionVersion !== token.sv || user.role !== token.role) endReason = "revoked";
  else if (row.expiresAt.getTime() <= now.getTime()) endReason = "expired";
  else if (row.lastActivityAt.getTime() + idleMs <= now.getTime()) endReason = "idle";
  if (endReason) {
    await endSession(row.id, user.id, user.role, endReason, options.request ?? SYSTEM_REQUEST);
    return { ok: false, reason: endReason };
  }
  let lastActivity = row.lastActivityAt;
  if (options.touch && now.getTime() - row.lastActivityAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: row.id, endedAt: null }, data: { lastActivityAt: now } });
    lastActivity = now;
  }
  return {
    ok: true,
    session: {
      user: {
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        mustChangePassword: user.mustChangePassword,
      },
      sessionId: row.id,
      idleExpiresAt: new Date(lastActivity.getTime() + idleMs),
    },
  };
}

/** Ends one session once; the audit row commits with it. */
export async function endSession(
  sessionId: string,
  userId: string,
  role: Role,
  reason: SessionEndReason,
  request: RequestContext,
): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: new Date(), endReason: reason },
    });
    if (count === 0) return;
    await writeAuditAs(
      tx,
      { actorId: userId, actorRole: role, request },
      {
        action: reason === "sign-out" ? "auth.sign-out" : "auth.session-ended",
        entityType: "UserSession",
        entityId: sessionId,
        detail: { reason },
      },
    );
  });
}

export async function endSessionFromToken(token: JWT, reason: SessionEndReason): Promise<void> {
  if (!token.sid || !token.uid) return;
  const db = await getDb();
  const row = await db.userSession.findUnique({
    where: { id: token.sid },
    select: { userId: true, user: { select: { role: true } } },
  });
  if (!row || row.userId !== token.uid) return;
  const { currentRequestContext } = await import("./request-context");
  const request = await currentRequestContext().catch(() => SYSTEM_REQUEST);
  await endSession(token.sid, row.userId, row.user.role, reason, request);
}
