import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { movePipeline, PIPELINE_LABELS } from "@/lib/care/pipeline";
import type { PipelineMoveInput } from "@/lib/care/schemas";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { CareRuleError } from "@/lib/care/errors";

/**
 * One move on the admissions board: the pure rules decide (one stage at a
 * time forward; back, not admitted and reopening need a reason; referred out needs to whom), then
 * the patient row and a PipelineEvent are written with the audit row, from the version the
 * coordinator saw. Admission is not a move here: it opens an episode (admit.ts).
 */
export async function movePatientPipeline(actor: Actor, input: PipelineMoveInput) {
  assertCan(actor, "patient:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const patient = await tx.patient.findUnique({
      where: { id: input.patientId },
      select: { id: true, version: true, pipelineStatus: true, notAdmittedReason: true, referredOutTo: true },
    });
    if (!patient) throw new NotFoundError("That patient was not found.");
    if (patient.version !== input.expectedVersion) {
      throw new ConflictError(
        `Someone else updated this prospect since you loaded the page (now at ${PIPELINE_LABELS[patient.pipelineStatus]}). Nothing was moved; check and try again.`,
      );
    }
    const open = await tx.careEpisode.findUnique({ where: { openPatientId: patient.id }, select: { id: true } });
    const result = movePipeline(
      {
        status: patient.pipelineStatus,
        notAdmittedReason: patient.notAdmittedReason,
        referredOutTo: patient.referredOutTo,
        hasOpenEpisode: open !== null,
      },
      {
        to: input.to,
        ...(input.reason === undefined ? {} : { reason: input.reason }),
        ...(input.referredOutTo === undefined ? {} : { referredOutTo: input.referredOutTo }),
      },
    );
    if (!result.ok) throw new CareRuleError(result.reason);
    const now = new Date();
    const { count } = await tx.patient.updateMany({
      where: { id: patient.id, version: input.expectedVersion },
      data: {
        pipelineStatus: result.next.status,
        notAdmittedReason: result.next.notAdmittedReason,
        referredOutTo: result.next.referredOutTo,
        pipelineChangedAt: now,
        lastActivityAt: now,
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new ConflictError(
        "Someone else moved this prospect at the same moment. Nothing was moved; check and try again.",
      );
    await tx.pipelineEvent.create({
      data: {
        patientId: patient.id,
        fromStatus: result.event.fromStatus,
        toStatus: result.event.toStatus,
        at: now,
        actorId: actor.id,
        note: result.event.note,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "pipeline.move",
      entityType: "Patient",
      entityId: patient.id,
      patientId: patient.id,
      // The note is free text (may name people or providers): recorded on the event, not here.
      detail: { from: result.event.fromStatus, to: result.event.toStatus, withNote: result.event.note !== null },
    });
    return { patientId: patient.id, status: result.next.status, version: input.expectedVersion + 1 };
  });
}
