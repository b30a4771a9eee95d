import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { toJson } from "./json-column";
import { loadForChange, staleVersion } from "./load-for-change";
import { raiseSafetyFlags } from "./raise-safety-flags";
import { ScreeningAnswersDraftSchema, type ScreeningAnswersDraft } from "./rules/answers-schema";
import { cssrsReaskNeeded, reconcileReask } from "./rules/cssrs-reask";
import { parseSection } from "./rules/parse-section";
import { assessSafety } from "./rules/safety";
import { scoreCompletedSections } from "./rules/score-screening";
import type { RecordCssrsReaskInput } from "./schemas";

export const REASK_NOT_DUE =
  "A C-SSRS re-ask is recorded when PHQ-9 item 9 is positive and the finished C-SSRS screener is negative or low.";

/**
 * Records that the coordinator asked the C-SSRS screener again after a positive PHQ-9 item 9 with a
 * negative or low C-SSRS (ADR 0015): both sets of answers, their bands, who and when. When the
 * re-ask finds more risk its answers become the screening's C-SSRS, and its flag is raised in the
 * same transaction; otherwise the first (more dangerous or equal) answers stay. Audited.
 */
export async function recordCssrsReask(actor: Actor, input: RecordCssrsReaskInput) {
  assertCan(actor, "screening:write");
  const { value: reask } = parseSection("cssrs", input.answers, {
    as: "submitted",
    unknownSection: "Unknown section.",
  });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await loadForChange(tx, input.screeningId, {
      status: "DRAFT",
      version: input.expectedVersion,
      action: "edited",
    });
    const previous = ScreeningAnswersDraftSchema.safeParse(current.answers);
    if (!previous.success)
      throw new ConflictError("This draft was saved with another version of the questions; start a new screening.");
    if (!cssrsReaskNeeded(previous.data) || !previous.data.cssrs) throw new ConflictError(REASK_NOT_DUE);
    const record = reconcileReask(previous.data.cssrs as Parameters<typeof reconcileReask>[0], reask as never);
    const answers: ScreeningAnswersDraft =
      record.kept === "reask" ? { ...previous.data, cssrs: record.reask } : previous.data;
    const safety = assessSafety(answers, { cssrsReasked: true });
    const { count } = await tx.screening.updateMany({
      where: { id: current.id, version: input.expectedVersion, status: "DRAFT" },
      data: {
        answers: toJson(answers),
        scores: toJson(scoreCompletedSections(answers)),
        safetyRisk: safety.risk,
        cssrsReask: toJson(record),
        cssrsReaskedAt: new Date(),
        cssrsReaskedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleVersion();
    const flagsRaised = await raiseSafetyFlags(tx, actor, current, safety);
    await writeAudit(tx, actor, {
      action: "screening.cssrs-reask",
      entityType: "Screening",
      entityId: current.id,
      patientId: current.patientId,
      detail: { kept: record.kept, flagsRaised },
    });
    return { screeningId: current.id, version: input.expectedVersion + 1, kept: record.kept };
  });
}
