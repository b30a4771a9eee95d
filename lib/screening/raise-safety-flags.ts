import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { assignRaisedFlag } from "@/lib/safety-flags/assign-flag";
import type { SafetyAssessment } from "./rules/safety";
import { safetyFlagChanges } from "./rules/safety-flag-changes";

/**
 * Writes the safety flags the answers saved so far raise or escalate (rules/safety-flag-changes.ts),
 * each with an audit row, in the caller's transaction, and hands each to its owner. `relatedIds` are the versions the screening
 * amends, so an amendment does not repeat flags already raised on the version it corrects.
 * Returns how many flags were raised or escalated.
 */
export async function raiseSafetyFlags(
  tx: Tx,
  actor: Actor,
  screening: { id: string; patientId: string; safetyActionTaken: string | null; relatedIds?: readonly string[] },
  assessment: SafetyAssessment,
): Promise<number> {
  if (assessment.flags.length === 0) return 0;
  const stored = await tx.safetyFlag.findMany({
    where: { screeningId: { in: [screening.id, ...(screening.relatedIds ?? [])] } },
    select: { id: true, source: true, risk: true, status: true },
  });
  const changes = safetyFlagChanges(stored, assessment.flags);
  for (const change of changes) {
    const { risk, source } = change.flag;
    const written =
      change.kind === "escalate"
        ? await tx.safetyFlag.update({ where: { id: change.flagId }, data: { risk, source }, select: { id: true } })
        : await tx.safetyFlag.create({
            data: {
              patientId: screening.patientId,
              screeningId: screening.id,
              risk,
              source,
              status: "OPEN",
              ...(screening.safetyActionTaken ? { actionTaken: screening.safetyActionTaken } : {}),
            },
            select: { id: true },
          });
    await writeAudit(tx, actor, {
      action: "safety-flag.raise",
      entityType: "SafetyFlag",
      entityId: written.id,
      patientId: screening.patientId,
      detail: { screeningId: screening.id, escalated: change.kind === "escalate" },
    });
    // Ownership and the clock (the on-call clinician, lib/safety-flags/), in this transaction.
    await assignRaisedFlag(tx, actor, { id: written.id, patientId: screening.patientId, risk });
  }
  return changes.length;
}
