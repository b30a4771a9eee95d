import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emailConfigured } from "./mailer";
import { type FlagView, mayViewFlag, seesAllFlags } from "./rules/visibility";

/** Everything a flag shows (the person, the number and preferences, the screening, who raised it, the owner). */
const FLAG_SELECT = {
  id: true,
  risk: true,
  source: true,
  status: true,
  raisedAt: true,
  actionTaken: true,
  ownerId: true,
  assignedAt: true,
  acknowledgedAt: true,
  escalationDueAt: true,
  escalatedAt: true,
  resolvedAt: true,
  resolution: true,
  version: true,
  patientId: true,
  screeningId: true,
  owner: { select: { id: true, name: true } },
  acknowledgedBy: { select: { name: true } },
  resolvedBy: { select: { name: true } },
  patient: {
    select: {
      firstName: true,
      lastName: true,
      preferredName: true,
      phone: true,
      okToLeaveVoicemail: true,
      okToNameCenter: true,
      okToText: true,
    },
  },
  screening: { select: { id: true, createdAt: true, createdById: true, createdBy: { select: { name: true } } } },
} satisfies Prisma.SafetyFlagSelect;

export type FlagRow = Prisma.SafetyFlagGetPayload<{ select: typeof FLAG_SELECT }>;

/** Row scope: coordinators see the flags of the screenings they ran; clinicians and admins all. */
function scope(actor: Actor): Prisma.SafetyFlagWhereInput {
  return seesAllFlags(actor.role) ? {} : { screening: { is: { createdById: actor.id } } };
}

function viewWhere(actor: Actor, view: FlagView): Prisma.SafetyFlagWhereInput {
  switch (view) {
    case "open":
      return { status: "OPEN" };
    case "mine":
      return seesAllFlags(actor.role) ? { status: "OPEN", ownerId: actor.id } : { status: "OPEN" };
    case "escalated":
      return { status: "OPEN", escalatedAt: { not: null } };
    case "resolved":
      return { status: "RESOLVED" };
  }
}

const RISK_RANK = { HIGH: 3, MODERATE: 2, LOW: 1, NONE: 0 } as const;

/** The flag list (and the dashboard's worklist): highest risk first, then the oldest. */
export async function listFlags(actor: Actor, options: { view: FlagView; take?: number }) {
  assertCan(actor, "safety-flag:read");
  const db = await getDb();
  const where: Prisma.SafetyFlagWhereInput = { AND: [scope(actor), viewWhere(actor, options.view)] };
  const [rows, total] = await Promise.all([
    db.safetyFlag.findMany({
      where,
      orderBy:
        options.view === "resolved"
          ? [{ resolvedAt: "desc" }, { id: "asc" }]
          : [{ risk: "desc" }, { raisedAt: "asc" }, { id: "asc" }],
      take: options.take ?? 100,
      select: FLAG_SELECT,
    }),
    db.safetyFlag.count({ where }),
  ]);
  // Prisma sorts the enum by its declared order (NONE < LOW < MODERATE < HIGH); kept explicit here.
  if (options.view !== "resolved")
    rows.sort((a, b) => RISK_RANK[b.risk] - RISK_RANK[a.risk] || a.raisedAt.getTime() - b.raisedAt.getTime());
  if (rows.length > 0)
    await recordPhiAccess(actor, {
      action: "safety-flag.list",
      entityType: "SafetyFlag",
      detail: { rows: rows.length, view: options.view },
    });
  return { flags: rows, total };
}

/** One flag; outside the actor's scope it is "not found" (Z2). */
export async function getFlag(actor: Actor, flagId: string) {
  assertCan(actor, "safety-flag:read");
  const db = await getDb();
  const flag = await db.safetyFlag.findUnique({ where: { id: flagId }, select: FLAG_SELECT });
  if (!flag || !mayViewFlag(actor, { screeningCreatedById: flag.screening?.createdById ?? null }))
    throw new NotFoundError("That safety flag was not found.");
  await recordPhiAccess(actor, {
    action: "safety-flag.view",
    entityType: "SafetyFlag",
    entityId: flag.id,
    patientId: flag.patientId,
  });
  return flag;
}

/**
 * The nav badge: for clinicians the open flags they own plus escalated ones nobody acknowledged;
 * for admins escalated flags; for coordinators the open flags of their screenings. A count, no PHI.
 */
export async function flagBadgeCount(actor: Actor): Promise<number> {
  assertCan(actor, "safety-flag:read");
  const db = await getDb();
  const where: Prisma.SafetyFlagWhereInput =
    actor.role === "CLINICIAN"
      ? {
          status: "OPEN",
          acknowledgedAt: null,
          OR: [{ ownerId: actor.id }, { escalatedAt: { not: null } }, { ownerId: null }],
        }
      : actor.role === "ADMIN"
        ? { status: "OPEN", acknowledgedAt: null, escalatedAt: { not: null } }
        : { status: "OPEN", ...scope(actor) };
  return db.safetyFlag.count({ where });
}

/** The signed-in user's unread in-app notifications (ids, kind, risk: no names). */
export async function listMyNotifications(actor: Actor, take = 20) {
  assertCan(actor, "safety-flag:read");
  const db = await getDb();
  return db.notification.findMany({
    where: { userId: actor.id, readAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: { id: true, kind: true, flagId: true, risk: true, createdAt: true },
  });
}

/** The admin page's e-mail status: is SMTP configured, and what waits or failed in the outbox. */
export async function emailStatus(actor: Actor) {
  assertCan(actor, "oncall:manage");
  const db = await getDb();
  const groups = await db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } });
  const count = (s: "PENDING" | "SENT" | "FAILED") => groups.find((g) => g.status === s)?._count._all ?? 0;
  const recent = await db.emailOutbox.findMany({
    where: { status: { not: "SENT" } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 10,
    select: { id: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true },
  });
  return {
    configured: emailConfigured(),
    pending: count("PENDING"),
    sent: count("SENT"),
    failed: count("FAILED"),
    recent,
  };
}

/** For /api/health: configuration and outbox backlog, no addresses. */
export async function emailHealth() {
  const db = await getDb();
  const pending = await db.emailOutbox.count({ where: { status: "PENDING" } });
  const failed = await db.emailOutbox.count({ where: { status: "FAILED" } });
  return { configured: emailConfigured(), pending, failed };
}

/** Marks the signed-in user's notifications read (their own rows only). */
export async function markMyNotificationsRead(actor: Actor, _input: Record<string, never> = {}) {
  assertCan(actor, "safety-flag:read");
  const db = await getDb();
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { count };
}
