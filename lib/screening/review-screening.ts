import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { ConflictError, ValidationError } from "@/lib/errors";
import { pipelineOnReview } from "@/lib/pipeline/rules/screening-moves";
import { applyScreeningMove } from "@/lib/pipeline/write-move";
import { toJson } from "./json-column";
import { changeScreening } from "./load-for-change";
import { overrideOf } from "./rules/clinical-decision";
import type { ReviewScreeningInput } from "./schemas";

/**
 * Clinical review: the clinician accepts the recommended level or chooses
 * another with a required reason, may record their own ASAM dimension ratings, and signs. The
 * signed screening is locked (REVIEWED); the recommendation and the override are both kept.
 */
export async function reviewScreening(actor: Actor, input: ReviewScreeningInput) {
  assertCan(actor, "screening:review");
  if (input.decision === "override" && !input.finalLevel)
    throw ValidationError.field("finalLevel", "Choose the level of care you decide on.");
  return changeScreening(input, { status: "SUBMITTED", action: "reviewed" }, async (tx, current, update) => {
    const recommended = current.recommendedLevel;
    if (!recommended) throw new ConflictError("This screening has no recommendation to review. Reload the page.");
    const finalLevel = input.decision === "accept" ? recommended : input.finalLevel!;
    if (input.decision === "override" && finalLevel === recommended) {
      throw ValidationError.field(
        "finalLevel",
        "That is the recommended level: accept the recommendation, or choose another level.",
      );
    }
    const overrideReason = overrideOf(recommended, finalLevel, input.overrideReason);
    const now = new Date();
    await update({
      status: "REVIEWED",
      finalLevel,
      overrideReason,
      ...(input.asamRatings ? { asamRatings: toJson(input.asamRatings) } : {}),
      reviewedById: actor.id,
      reviewedAt: now,
    });
    const moved = await applyScreeningMove(
      tx,
      actor,
      current.patientId,
      pipelineOnReview(current.patient.pipelineStatus, finalLevel),
    );
    await writeAudit(tx, actor, {
      action: "screening.review",
      entityType: "Screening",
      entityId: current.id,
      patientId: current.patientId,
      detail: {
        override: overrideReason !== null,
        asamDimensionsRated: Object.keys(input.asamRatings ?? {}).length,
        pipelineMoved: moved,
      },
    });
    return { screeningId: current.id, finalLevel, overridden: overrideReason !== null };
  });
}
