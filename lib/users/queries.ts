import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { AuditOutcome, Role } from "@/lib/generated/prisma/enums";

export const USERS_PAGE_SIZE = 50;

export async function listStaff(actor: Actor, options: { cursorEmail?: string } = {}) {
  assertCan(actor, "user:manage");
  const db = await getDb();
  const rows = await db.user.findMany({
    where: options.cursorEmail ? { email: { gt: options.cursorEmail } } : {},
    orderBy: { email: "asc" },
    take: USERS_PAGE_SIZE + 1,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lockedUntil: true,
      mustChangePassword: true,
      lastLoginAt: true,
    },
  });
  return {
    users: rows.slice(0, USERS_PAGE_SIZE),
    nextCursor: rows.length > USERS_PAGE_SIZE ? rows[USERS_PAGE_SIZE - 1]?.email : undefined,
  };
}

export async function getStaffMember(actor: Actor, userId: string) {
  assertCan(actor, "user:manage");
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lockedUntil: true,
      failedLoginCount: true,
      mustChangePassword: true,
      lastLoginAt: true,
      createdAt: true,
      _count: { select: { sessions: { where: { endedAt: null, expiresAt: { gt: new Date() } } } } },
    },
  });
  if (!user) throw new NotFoundError("That staff account was not found.");
  return user;
}

/** Staff names for filters and pickers: only what the picker needs. */
export async function listStaffOptions(actor: Actor) {
  assertCan(actor, "audit:read");
  const db = await getDb();
  return db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, role: true } });
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  actor?: string;
  action?: string;
  entity?: string;
  from?: string;
  to?: string;
  before?: string;
}

export interface AuditRow {
  id: bigint;
  at: Date;
  actorId: string | null;
  actorRole: Role | null;
  actorLabel: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  requestId: string | null;
}

/**
 * The audit trail, newest first, keyset-paged on the id (monotonic), filtered in the database.
 * `from`/`to` are calendar days in the center's time zone, converted by the caller.
 */
export async function listAuditEvents(actor: Actor, filter: AuditFilter & { fromUtc?: Date; toUtc?: Date }) {
  assertCan(actor, "audit:read");
  const db = await getDb();
  const rows = await db.auditEvent.findMany({
    where: {
      ...(filter.actor ? { actorId: filter.actor } : {}),
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
      ...(filter.entity ? { entityType: filter.entity } : {}),
      ...(filter.fromUtc || filter.toUtc
        ? { at: { ...(filter.fromUtc ? { gte: filter.fromUtc } : {}), ...(filter.toUtc ? { lt: filter.toUtc } : {}) } }
        : {}),
      ...(filter.before ? { id: { lt: BigInt(filter.before) } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      actorId: true,
      actorRole: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      outcome: true,
      ip: true,
      requestId: true,
    },
  });
  const page: AuditRow[] = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page[page.length - 1];
  return { events: page, nextBefore: rows.length > AUDIT_PAGE_SIZE && last ? last.id.toString() : undefined };
}
