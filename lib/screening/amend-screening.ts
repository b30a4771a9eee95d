import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { ConflictError, ValidationError } from "@/lib/errors";
import { pipelineOnAmend } from "@/lib/pipeline/rules/screening-moves";
import { applyScreeningMove } from "@/lib/pipeline/write-move";
import { toJson } from "./json-column";
import { changeScreening } from "./load-for-change";
import { raiseSafetyFlags } from "./raise-safety-flags";
import { ScreeningAnswersSchema } from "./rules/answers-schema";
import { overrideOf } from "./rules/clinical-decision";
import { evaluateScreening } from "./rules/evaluate";
import { answerFieldErrors } from "./rules/field-errors";
import { parseSection } from "./rules/parse-section";
import { toStoredRecommendation } from "./rules/stored";
import type { AmendScreeningInput } from "./schemas";

/** The ids of the versions this one corrects, oldest last (an amendment of an amendment…). */
async function earlierVersions(tx: Tx, amendsId: string | null): Promise<string[]> {
  const ids: string[] = [];
  let next = amendsId;
  while (next && ids.length < 50) {
    ids.push(next);
    const row = await tx.screening.findUnique({ where: { id: next }, select: { amendsId: true } });
    next = row?.amendsId ?? null;
  }
  return ids;
}

/** The signed answers with one section corrected, checked as a whole (cross-section rules too). */
function correctedAnswers(signed: unknown, input: AmendScreeningInput) {
  let answers: unknown = signed;
  if (input.section !== undefined || input.answers !== undefined) {
    const { section, value } = parseSection(input.section, input.answers, {
      as: "submitted",
      unknownSection: "Choose the section to correct.",
    });
    answers = { ...(signed as object), [section]: value };
  }
  const complete = ScreeningAnswersSchema.safeParse(answers);
  if (!complete.success)
    throw new ValidationError(answerFieldErrors(complete.error), "The corrected screening is not complete.");
  return complete.data;
}

/**
 * Corrects a signed screening: a NEW screening row, signed by the amending
 * clinician, points at the version it corrects (`amendsId`) and carries the reason; the earlier
 * version's only change is its status, AMENDED, and it stays readable. Scores, safety and the
 * recommendation are recomputed for the corrected answers.
 */
export async function amendScreening(actor: Actor, input: AmendScreeningInput) {
  assertCan(actor, "screening:review");
  if (!input.amendmentReason) throw ValidationError.field("amendmentReason", "Give the reason for the amendment.");
  if (!input.finalLevel) throw ValidationError.field("finalLevel", "Choose the level of care you decide on.");
  const finalLevel = input.finalLevel;
  return changeScreening(input, { status: "REVIEWED", action: "amended" }, async (tx, signed, update) => {
    if (!signed.submittedAt) throw new ConflictError("This screening was never submitted. Reload the page.");
    const answers = correctedAnswers(signed.answers, input);
    const { scores, safety, recommendation } = evaluateScreening(answers);
    const overrideReason = overrideOf(recommendation.level, finalLevel, input.overrideReason);

    // A signed screening is never edited: its status is the one thing that changes.
    await update({ status: "AMENDED" });
    const now = new Date();
    const amendment = await tx.screening.create({
      data: {
        patientId: signed.patientId,
        ...(signed.callId ? { callId: signed.callId } : {}),
        instrumentSetVersion: signed.instrumentSetVersion,
        answers: toJson(answers),
        scores: toJson(scores),
        safetyRisk: safety.risk,
        ...(signed.safetyActionTaken ? { safetyActionTaken: signed.safetyActionTaken } : {}),
        recommendedLevel: recommendation.level,
        recommendationReasons: toJson(toStoredRecommendation(recommendation)),
        finalLevel,
        overrideReason,
        ...(input.asamRatings ? { asamRatings: toJson(input.asamRatings) } : {}),
        status: "REVIEWED",
        createdById: actor.id,
        submittedAt: signed.submittedAt,
        reviewedById: actor.id,
        reviewedAt: now,
        amendsId: signed.id,
        amendmentReason: input.amendmentReason,
      },
      select: { id: true },
    });
    const relatedIds = [signed.id, ...(await earlierVersions(tx, signed.amendsId))];
    await raiseSafetyFlags(
      tx,
      actor,
      { id: amendment.id, patientId: signed.patientId, safetyActionTaken: signed.safetyActionTaken, relatedIds },
      safety,
    );
    const moved = await applyScreeningMove(
      tx,
      actor,
      signed.patientId,
      pipelineOnAmend(signed.patient.pipelineStatus, finalLevel),
    );
    await writeAudit(tx, actor, {
      action: "screening.amend",
      entityType: "Screening",
      entityId: amendment.id,
      patientId: signed.patientId,
      detail: {
        amends: signed.id,
        section: input.section ?? null,
        override: overrideReason !== null,
        pipelineMoved: moved,
      },
    });
    return { screeningId: amendment.id, amendsId: signed.id };
  });
}
