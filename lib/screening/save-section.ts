import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { ConflictError } from "@/lib/errors";
import { toJson } from "./json-column";
import { changeScreening } from "./load-for-change";
import { raiseSafetyFlags } from "./raise-safety-flags";
import { ScreeningAnswersDraftSchema, type ScreeningAnswersDraft } from "./rules/answers-schema";
import { parseSection } from "./rules/parse-section";
import { assessSafety, type SafetyRisk } from "./rules/safety";
import { scoreCompletedSections } from "./rules/score-screening";
import type { SaveSectionInput } from "./schemas";

export interface SavedSection {
  screeningId: string;
  version: number;
  safetyRisk: SafetyRisk;
  flagsRaised: number;
}

/**
 * Saves one section of a draft (autosave per section) with optimistic
 * concurrency. Scores of the completed instruments are recomputed here from the item answers —
 * the browser sends answers only — and a positive PHQ-9 item 9 or any C-SSRS risk raises its
 * safety flag in the same transaction, so the banner and the dashboard show it at once.
 */
export async function saveSection(actor: Actor, input: SaveSectionInput): Promise<SavedSection> {
  assertCan(actor, "screening:write");
  const { section, value } = parseSection(input.section, input.answers, {
    as: "draft",
    unknownSection: "Unknown section.",
  });
  return changeScreening(input, { status: "DRAFT", action: "edited" }, async (tx, current, update) => {
    const previous = ScreeningAnswersDraftSchema.safeParse(current.answers);
    if (!previous.success)
      throw new ConflictError("This draft was saved with another version of the questions; start a new screening.");
    const answers: ScreeningAnswersDraft = { ...previous.data, [section]: value };
    const safety = assessSafety(answers);
    await update({
      answers: toJson(answers),
      scores: toJson(scoreCompletedSections(answers)),
      safetyRisk: safety.risk,
    });
    const flagsRaised = await raiseSafetyFlags(tx, actor, current, safety);
    await writeAudit(tx, actor, {
      action: "screening.save",
      entityType: "Screening",
      entityId: current.id,
      patientId: current.patientId,
      detail: { section },
    });
    return { screeningId: current.id, version: input.expectedVersion + 1, safetyRisk: safety.risk, flagsRaised };
  });
}
