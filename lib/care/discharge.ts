import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { DischargeInput } from "./schemas";
import { assertOpenEpisode, episodeTarget, runCareStep } from "./care-transaction";

/**
 * Discharge with a reason and the aftercare plan. From residential or
 * withdrawal management without a step-down the rules require a follow-up plan — the gap where
 * patients are lost. Planned or confirmed transitions of the episode are cancelled with it.
 */
export function dischargePatient(actor: Actor, input: DischargeInput) {
  return runCareStep(actor, {
    permission: "care:discharge",
    target: episodeTarget(input.episodeId),
    action: async (_tx, care) => {
      assertOpenEpisode(care, input.episodeId, input.expectedVersion, "That care episode has already ended.");
      return {
        type: "discharge",
        reason: input.reason,
        dischargeDate: input.dischargeDate,
        ...(input.aftercarePlan === undefined ? {} : { aftercarePlan: input.aftercarePlan }),
        ...(input.followUpPlan === undefined ? {} : { followUpPlan: input.followUpPlan }),
      };
    },
    finish: async (tx, care, effects) => {
      const cancelled = effects
        .filter((e) => e.type === "transitionStatusChanged")
        .map((e) => (e.type === "transitionStatusChanged" ? e.transitionId : ""));
      await writeAudit(tx, actor, {
        action: "episode.discharge",
        entityType: "CareEpisode",
        entityId: input.episodeId,
        patientId: care.patient.id,
        // Field names, not the plans' text (no PHI in audit details).
        detail: {
          level: care.state.episodes.find((e) => e.id === input.episodeId)?.level ?? null,
          reason: input.reason,
          cancelledTransitionIds: cancelled,
          fields: [...(input.aftercarePlan ? ["aftercarePlan"] : []), ...(input.followUpPlan ? ["followUpPlan"] : [])],
        },
      });
      return { patientId: care.patient.id };
    },
  });
}
