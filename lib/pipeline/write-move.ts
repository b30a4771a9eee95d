import type { Actor } from "@/lib/auth/actor";
import { movePipeline, type PipelineMove } from "./rules/moves";
import type { Tx } from "@/lib/db/client";
import { logger } from "@/lib/logger";

/**
 * Applies a screening's pipeline move with its PipelineEvent, in the caller's transaction. The
 * move is checked by the pipeline state machine (ADR 0007) and written only from the stage the
 * screening saw: if someone moved the person meanwhile, or the move is not allowed from there,
 * the pipeline stays as it is and the screening change still stands. Returns whether it moved.
 */
export async function applyPipelineMove(
  tx: Tx,
  actor: Actor,
  patientId: string,
  move: PipelineMove | null,
): Promise<boolean> {
  if (move === null) return false;
  const patient = await tx.patient.findUnique({
    where: { id: patientId },
    select: { pipelineStatus: true, notAdmittedReason: true, referredOutTo: true },
  });
  if (!patient) return false;
  const result = movePipeline({ ...patient, status: patient.pipelineStatus, hasOpenEpisode: false }, move);
  if (!result.ok) {
    logger.warn("screening.pipeline-move-skipped", { from: patient.pipelineStatus, to: move.to });
    return false;
  }
  const now = new Date();
  const { count } = await tx.patient.updateMany({
    where: { id: patientId, pipelineStatus: patient.pipelineStatus },
    data: {
      pipelineStatus: result.next.status,
      notAdmittedReason: result.next.notAdmittedReason,
      referredOutTo: result.next.referredOutTo,
      pipelineChangedAt: now,
      lastActivityAt: now,
      version: { increment: 1 },
    },
  });
  if (count === 0) return false;
  await tx.pipelineEvent.create({
    data: {
      patientId,
      fromStatus: result.event.fromStatus,
      toStatus: result.event.toStatus,
      at: now,
      actorId: actor.id,
      note: result.event.note,
    },
    select: { id: true },
  });
  return true;
}
