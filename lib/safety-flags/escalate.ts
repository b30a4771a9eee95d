import { SYSTEM_REQUEST } from "@/lib/auth/actor";
import { writeAuditAs } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { escalationTargets } from "./rules/ownership";
import { announceFlag, loadShiftsAt, notifyAboutFlag } from "./store";

/** Who the audit trail names for what the sweep does. */
export const SWEEP_ACTOR = { actorLabel: "system:safety-flag-sweep", request: SYSTEM_REQUEST } as const;

/**
 * Escalates every open, unacknowledged flag past its clock: to the fallback on the rota and to
 * every active admin (docs/decisions/0017-safety-flag-escalation.md). Each flag is claimed by a
 * guarded UPDATE (`escalatedAt IS NULL` in its WHERE) in its own transaction, so with several app
 * instances sweeping at once each flag escalates exactly once. `now` is injected for tests.
 */
export async function escalateDueFlags(now: Date, limit = 50): Promise<string[]> {
  const db = await getDb();
  const due = await db.safetyFlag.findMany({
    where: { status: "OPEN", acknowledgedAt: null, escalatedAt: null, escalationDueAt: { lte: now } },
    orderBy: [{ escalationDueAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  const escalated: string[] = [];
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      const flag = await tx.safetyFlag.findUnique({
        where: { id },
        select: { id: true, patientId: true, risk: true, ownerId: true, screening: { select: { createdById: true } } },
      });
      if (!flag) return false;
      const [shifts, admins] = await Promise.all([
        loadShiftsAt(tx, now),
        tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } }),
      ]);
      const targets = escalationTargets(
        flag,
        shifts,
        admins.map((a) => a.id),
        now,
      );
      const { count } = await tx.safetyFlag.updateMany({
        where: { id, status: "OPEN", acknowledgedAt: null, escalatedAt: null, escalationDueAt: { lte: now } },
        data: {
          escalatedAt: now,
          ownerId: targets.newOwnerId,
          ...(targets.newOwnerId !== flag.ownerId ? { assignedAt: now } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) return false;
      await writeAuditAs(tx, SWEEP_ACTOR, {
        action: "safety-flag.escalate",
        entityType: "SafetyFlag",
        entityId: id,
        patientId: flag.patientId,
        detail: {
          risk: flag.risk,
          fromOwnerId: flag.ownerId,
          toOwnerId: targets.newOwnerId,
          notified: targets.notify.length,
        },
      });
      await notifyAboutFlag(tx, targets.notify, { kind: "escalated", flagId: id, risk: flag.risk });
      await announceFlag(tx, { id, screeningCreatedById: flag.screening?.createdById ?? null });
      return true;
    });
    if (done) escalated.push(id);
  }
  return escalated;
}
