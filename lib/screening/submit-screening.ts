import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { type FieldErrors, ValidationError } from "@/lib/errors";
import type { RecommendedLevel } from "@/lib/generated/prisma/enums";
import { pipelineOnSubmit } from "@/lib/pipeline/rules/screening-moves";
import { applyScreeningMove } from "@/lib/pipeline/write-move";
import { toJson } from "./json-column";
import { changeScreening } from "./load-for-change";
import { raiseSafetyFlags } from "./raise-safety-flags";
import { ScreeningAnswersDraftSchema, ScreeningAnswersSchema } from "./rules/answers-schema";
import { evaluateScreening } from "./rules/evaluate";
import { answerFieldErrors } from "./rules/field-errors";
import { SECTION_TITLES, type SectionId } from "./rules/questions";
import { CONTRADICTION_PREFIX } from "./rules/conflicts";
import { canSubmit } from "./rules/safety";
import { toStoredRecommendation } from "./rules/stored";
import type { SubmitScreeningInput } from "./schemas";

export const SAFETY_ACTION_REQUIRED =
  "Record the action taken (who was contacted, when, and the outcome) before submitting a high-risk screening.";

function incompleteSections(errors: FieldErrors): string[] {
  const keys = new Set(Object.keys(errors).map((path) => path.split(".")[0] ?? ""));
  return [...keys].filter((k): k is SectionId => Object.hasOwn(SECTION_TITLES, k)).map((k) => SECTION_TITLES[k]);
}

/**
 * Submits a draft for clinical review. Everything stored is recomputed
 * here from the item answers — scores, safety risk, the recommendation and its reasons — never
 * taken from the browser. A HIGH C-SSRS result is refused until the action taken is recorded.
 */
export async function submitScreening(
  actor: Actor,
  input: SubmitScreeningInput,
): Promise<{ screeningId: string; recommendedLevel: RecommendedLevel }> {
  assertCan(actor, "screening:write");
  return changeScreening(input, { status: "DRAFT", action: "submitted" }, async (tx, current, update) => {
    const draft = ScreeningAnswersDraftSchema.safeParse(current.answers);
    const complete = ScreeningAnswersSchema.safeParse(current.answers);
    const errors: FieldErrors = complete.success ? {} : answerFieldErrors(complete.error);
    const safe = draft.success && canSubmit(draft.data, current.safetyActionTaken);
    if (!safe) errors.safetyActionTaken = [SAFETY_ACTION_REQUIRED];
    if (!complete.success || !safe) {
      const missing = incompleteSections(errors);
      // Contradictions are checked once every section is complete (ADR 0006): name them first.
      const contradictions = [
        ...new Set(
          (complete.error?.issues ?? []).map((i) => i.message).filter((m) => m.startsWith(CONTRADICTION_PREFIX)),
        ),
      ];
      const message = !safe
        ? SAFETY_ACTION_REQUIRED
        : contradictions.length > 0
          ? contradictions.join(" ")
          : `Complete these sections before submitting: ${missing.join(", ")}.`;
      throw new ValidationError(errors, message);
    }
    const answers = complete.data;
    const { scores, safety, recommendation } = evaluateScreening(answers);
    await update({
      status: "SUBMITTED",
      submittedAt: new Date(),
      answers: toJson(answers),
      scores: toJson(scores),
      safetyRisk: safety.risk,
      recommendedLevel: recommendation.level,
      recommendationReasons: toJson(toStoredRecommendation(recommendation)),
    });
    await raiseSafetyFlags(tx, actor, current, safety);
    const moved = await applyScreeningMove(
      tx,
      actor,
      current.patientId,
      pipelineOnSubmit(current.patient.pipelineStatus),
    );
    await writeAudit(tx, actor, {
      action: "screening.submit",
      entityType: "Screening",
      entityId: current.id,
      patientId: current.patientId,
      detail: { configVersion: recommendation.configVersion, pipelineMoved: moved },
    });
    return { screeningId: current.id, recommendedLevel: recommendation.level };
  });
}
