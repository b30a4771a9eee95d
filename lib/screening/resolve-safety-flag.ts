import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { announceFlag } from "@/lib/safety-flags/store";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { ResolveSafetyFlagInput } from "./schemas";

/**
 * A clinician closes a safety flag with what was done. Only an OPEN flag
 * can be resolved, once: the update's `where` holds the status, so two clinicians resolving at
 * the same moment cannot overwrite each other's resolution.
 */
export async function resolveSafetyFlag(actor: Actor, input: ResolveSafetyFlagInput) {
  assertCan(actor, "screening:review");
  const resolution = input.resolution.trim();
  if (!resolution) throw ValidationError.field("resolution", "Describe how the flag was resolved.");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const flag = await tx.safetyFlag.findUnique({
      where: { id: input.flagId },
      select: {
        id: true,
        patientId: true,
        screeningId: true,
        status: true,
        screening: { select: { createdById: true } },
      },
    });
    if (!flag) throw new NotFoundError("That safety flag was not found.");
    const { count } = await tx.safetyFlag.updateMany({
      where: { id: flag.id, status: "OPEN" },
      data: { status: "RESOLVED", resolvedAt: new Date(), resolvedById: actor.id, resolution },
    });
    if (count === 0)
      throw new ConflictError("This safety flag has already been resolved. Reload the page to see the resolution.");
    await writeAudit(tx, actor, {
      action: "safety-flag.resolve",
      entityType: "SafetyFlag",
      entityId: flag.id,
      patientId: flag.patientId,
      detail: { screeningId: flag.screeningId },
    });
    await announceFlag(tx, { id: flag.id, screeningCreatedById: flag.screening?.createdById ?? null });
    return { flagId: flag.id, screeningId: flag.screeningId };
  });
}
