import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { type AllowedPipelineMove, movePipeline, type PipelineMove } from "./rules/moves";

/**
 * The one database write of a pipeline move, in the caller's transaction: the patient's stage and
 * outcome columns plus the move's PipelineEvent (ADR 0007). `unchanged` is the row as the move was
 * decided from — the version the user saw, or the stage a screening saw — and nothing is written
 * once it changed; `alsoSet` are other patient columns written in the same update (an admission
 * assigns the MRN). Returns whether the move was written.
 */
export async function writePipelineMove(
  tx: Tx,
  actor: Actor,
  patientId: string,
  move: AllowedPipelineMove,
  options: { unchanged: { version: number } | { pipelineStatus: PipelineStatus }; alsoSet?: { mrn: string } },
): Promise<boolean> {
  const now = new Date();
  const { count } = await tx.patient.updateMany({
    where: { id: patientId, ...options.unchanged },
    data: {
      ...options.alsoSet,
      pipelineStatus: move.next.status,
      notAdmittedReason: move.next.notAdmittedReason,
      referredOutTo: move.next.referredOutTo,
      pipelineChangedAt: now,
      lastActivityAt: now,
      version: { increment: 1 },
    },
  });
  if (count === 0) return false;
  await tx.pipelineEvent.create({
    data: { patientId, ...move.event, at: now, actorId: actor.id },
    select: { id: true },
  });
  return true;
}

/**
 * Applies the move a screening event causes (rules/screening-moves.ts), in the screening's
 * transaction, from the stage the screening saw: if someone moved the person meanwhile, or the
 * move is not allowed from there, the pipeline stays as it is and the screening change still
 * stands (ADR 0008). Returns whether it moved.
 */
export async function applyScreeningMove(
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
  return writePipelineMove(tx, actor, patientId, result, { unchanged: { pipelineStatus: patient.pipelineStatus } });
}
