import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { ValidationError } from "@/lib/errors";
import type { RecordSafetyActionInput } from "./schemas";
import { changeScreening } from "./load-for-change";

/**
 * Records what the coordinator did about a suicide-risk finding (988 warm handoff, emergency
 * services, clinician notified). A HIGH risk cannot be submitted without it (canSubmit). The open
 * flags of the screening carry it too, so the clinician resolving them sees what was done.
 */
export async function recordSafetyAction(actor: Actor, input: RecordSafetyActionInput) {
  assertCan(actor, "screening:write");
  const action = input.safetyActionTaken.trim();
  if (!action)
    throw ValidationError.field(
      "safetyActionTaken",
      "Record the action taken: who was contacted, when, and the outcome.",
    );
  return changeScreening(input, { status: "DRAFT", action: "edited" }, async (tx, current, update) => {
    await update({ safetyActionTaken: action });
    const flags = await tx.safetyFlag.updateMany({
      where: { screeningId: current.id, status: "OPEN" },
      data: { actionTaken: action },
    });
    await writeAudit(tx, actor, {
      action: "screening.save",
      entityType: "Screening",
      entityId: current.id,
      patientId: current.patientId,
      detail: { section: "safetyAction", flagsUpdated: flags.count },
    });
    return { screeningId: current.id, version: input.expectedVersion + 1 };
  });
}
