import { type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import type { SafetyRisk } from "@/lib/generated/prisma/enums";
import { escalationDueAt, ownerOnRaise } from "./rules/ownership";
import { announceFlag, loadAckSettings, loadShiftsAt, notifyAboutFlag } from "./store";

/**
 * Runs in the transaction that raises a flag (or raises its risk): a HIGH or MODERATE flag goes at
 * once to the clinician on call and its clock starts; the owner is notified in-app and by e-mail.
 * Every flag change is announced on the live channel. The screening's use case has already
 * checked the actor's permission; this writes the assignment's own audit row.
 */
export async function assignRaisedFlag(
  tx: Tx,
  actor: Actor,
  flag: { id: string; patientId: string; risk: SafetyRisk },
  now = new Date(),
): Promise<{ ownerId: string | null }> {
  const current = await tx.safetyFlag.findUnique({
    where: { id: flag.id },
    select: { ownerId: true, acknowledgedAt: true, screening: { select: { createdById: true } } },
  });
  const screeningCreatedById = current?.screening?.createdById ?? null;
  if (!current || current.acknowledgedAt) {
    await announceFlag(tx, { id: flag.id, screeningCreatedById });
    return { ownerId: current?.ownerId ?? null };
  }
  const [shifts, settings] = await Promise.all([loadShiftsAt(tx, now), loadAckSettings(tx)]);
  const ownerId = current.ownerId ?? ownerOnRaise(flag.risk, shifts, now);
  const due = escalationDueAt(flag.risk, now, settings);
  await tx.safetyFlag.update({
    where: { id: flag.id },
    data: { ownerId, assignedAt: ownerId ? now : null, escalationDueAt: due, version: { increment: 1 } },
    select: { id: true },
  });
  if (ownerId && ownerId !== current.ownerId) {
    await writeAudit(tx, actor, {
      action: "safety-flag.assign",
      entityType: "SafetyFlag",
      entityId: flag.id,
      patientId: flag.patientId,
      detail: { ownerId, risk: flag.risk, onCall: true },
    });
    await notifyAboutFlag(tx, [ownerId], { kind: "assigned", flagId: flag.id, risk: flag.risk });
  }
  await announceFlag(tx, { id: flag.id, screeningCreatedById });
  return { ownerId };
}
