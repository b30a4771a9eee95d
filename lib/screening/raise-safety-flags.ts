import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { SAFETY_RISKS, type SafetyAssessment, type SafetyFlagSource, type SafetyRisk } from "./rules/safety";

const rank = (risk: SafetyRisk) => SAFETY_RISKS.indexOf(risk);

/** PHQ-9 item 9 and the C-SSRS each keep one flag: a C-SSRS answer that rises escalates its flag. */
const familyOf = (source: string) => (source.startsWith("cssrs") ? "cssrs" : source);

/**
 * Raises the safety flags of the answers saved so far, in the caller's transaction (ADR 0008):
 * - a new finding raises an OPEN flag at once, with an audit row;
 * - a higher risk from the same instrument escalates the open flag rather than adding another;
 * - a flag a clinician resolved is not raised again for the same or a lower risk;
 * - flags are never lowered or closed by a changed answer: only a clinician resolves them.
 * `screeningIds` are the screening and the versions it amends, so an amendment does not repeat
 * flags already raised on the version it corrects.
 */
export async function syncSafetyFlags(
  tx: Tx,
  actor: Actor,
  screening: { id: string; patientId: string; safetyActionTaken: string | null; relatedIds?: readonly string[] },
  assessment: SafetyAssessment,
): Promise<number> {
  if (assessment.flags.length === 0) return 0;
  const existing = await tx.safetyFlag.findMany({
    where: { screeningId: { in: [screening.id, ...(screening.relatedIds ?? [])] } },
    select: { id: true, source: true, risk: true, status: true },
  });
  let raised = 0;
  for (const flag of assessment.flags) {
    const family = existing.filter((e) => familyOf(e.source) === familyOf(flag.source));
    const open = family.find((e) => e.status === "OPEN");
    if (open) {
      if (rank(flag.risk) <= rank(open.risk)) continue;
      await tx.safetyFlag.update({
        where: { id: open.id },
        data: { risk: flag.risk, source: flag.source satisfies SafetyFlagSource },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: "safety-flag.raise",
        entityType: "SafetyFlag",
        entityId: open.id,
        patientId: screening.patientId,
        detail: { screeningId: screening.id, escalated: true },
      });
      raised += 1;
      continue;
    }
    const highestResolved = family.reduce((acc, e) => Math.max(acc, rank(e.risk)), -1);
    if (rank(flag.risk) <= highestResolved) continue;
    const created = await tx.safetyFlag.create({
      data: {
        patientId: screening.patientId,
        screeningId: screening.id,
        risk: flag.risk,
        source: flag.source,
        status: "OPEN",
        ...(screening.safetyActionTaken ? { actionTaken: screening.safetyActionTaken } : {}),
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "safety-flag.raise",
      entityType: "SafetyFlag",
      entityId: created.id,
      patientId: screening.patientId,
      detail: { screeningId: screening.id, escalated: false },
    });
    raised += 1;
  }
  return raised;
}
