import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { DischargeInput } from "./schemas";
import { assertVersion, decideCare, inPatientCare, writeCareEffects } from "./store";
import { CareRuleError } from "./errors";

/**
 * Discharge with a reason and the aftercare plan. From residential or
 * withdrawal management without a step-down the rules require a follow-up plan — the gap where
 * patients are lost. Planned or confirmed transitions of the episode are cancelled with it.
 */
export async function dischargePatient(actor: Actor, input: DischargeInput) {
  assertCan(actor, "care:discharge");
  return inPatientCare(
    async (tx) =>
      (await tx.careEpisode.findUnique({ where: { id: input.episodeId }, select: { patientId: true } }))?.patientId ??
      null,
    "That care episode was not found.",
    async (tx, care, today) => {
      assertVersion(care.episodeVersions.get(input.episodeId), input.expectedVersion, "care episode");
      const episode = care.state.episodes.find((e) => e.id === input.episodeId);
      if (episode?.status !== "OPEN") throw new CareRuleError("That care episode has already ended.");
      const effects = decideCare(
        care,
        {
          type: "discharge",
          reason: input.reason,
          dischargeDate: input.dischargeDate,
          ...(input.aftercarePlan === undefined ? {} : { aftercarePlan: input.aftercarePlan }),
          ...(input.followUpPlan === undefined ? {} : { followUpPlan: input.followUpPlan }),
        },
        today,
      );
      await writeCareEffects(tx, actor, care.patient.id, care, effects);
      const cancelled = effects
        .filter((e) => e.type === "transitionStatusChanged")
        .map((e) => (e.type === "transitionStatusChanged" ? e.transitionId : ""));
      await writeAudit(tx, actor, {
        action: "episode.discharge",
        entityType: "CareEpisode",
        entityId: episode.id,
        patientId: care.patient.id,
        // Field names, not the plans' text (no PHI in audit details).
        detail: {
          level: episode.level,
          reason: input.reason,
          cancelledTransitionIds: cancelled,
          fields: [...(input.aftercarePlan ? ["aftercarePlan"] : []), ...(input.followUpPlan ? ["followUpPlan"] : [])],
        },
      });
      return { patientId: care.patient.id };
    },
  );
}
