import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { ACK_REFUSAL_MESSAGE, acknowledgeRefusal } from "./rules/ownership";
import type { AcknowledgeFlagInput } from "./schemas";
import { announceFlag } from "./store";

/**
 * The owner (or, once it has escalated, any clinician) acknowledges a flag: the clock stops and
 * they own it. The UPDATE repeats what was read, so of two acknowledgements exactly one applies.
 */
export async function acknowledgeFlag(actor: Actor, input: AcknowledgeFlagInput, now = new Date()) {
  assertCan(actor, "safety-flag:acknowledge");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const flag = await tx.safetyFlag.findUnique({
      where: { id: input.flagId },
      select: {
        id: true,
        patientId: true,
        status: true,
        ownerId: true,
        acknowledgedAt: true,
        escalatedAt: true,
        version: true,
        screening: { select: { createdById: true } },
      },
    });
    if (!flag) throw new NotFoundError("That safety flag was not found.");
    const refusal = acknowledgeRefusal(flag, actor);
    if (refusal === "not-clinician" || refusal === "not-owner") throw new ForbiddenError(ACK_REFUSAL_MESSAGE[refusal]);
    if (refusal) throw new ConflictError(ACK_REFUSAL_MESSAGE[refusal]);
    const { count } = await tx.safetyFlag.updateMany({
      where: { id: flag.id, version: flag.version, status: "OPEN", acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: actor.id, ownerId: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Someone else acknowledged or changed this flag. Reload to see it.");
    await writeAudit(tx, actor, {
      action: "safety-flag.acknowledge",
      entityType: "SafetyFlag",
      entityId: flag.id,
      patientId: flag.patientId,
      detail: { escalated: flag.escalatedAt !== null, tookOver: flag.ownerId !== actor.id },
    });
    await announceFlag(tx, { id: flag.id, screeningCreatedById: flag.screening?.createdById ?? null });
    return { flagId: flag.id };
  });
}
