import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { LINKABLE_CALL_SELECT, linkCallToNewProspect } from "@/lib/calls/link-call";
import { getDb, type Tx } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { pipelineOnStart } from "@/lib/pipeline/rules/screening-moves";
import { applyScreeningMove } from "@/lib/pipeline/write-move";
import type { CallerRelation } from "@/lib/generated/prisma/enums";
import type { StartScreeningInput } from "./schemas";
import { INSTRUMENT_SET_VERSION } from "./rules/instruments";

export interface StartedScreening {
  screeningId: string;
  patientId: string;
  /** The person already had a draft: it is resumed rather than a second one started. */
  resumed: boolean;
}

/**
 * The person a call is about. A call not yet linked to anyone gets a prospect made from it, as
 * "Create a prospect from this call" does (ADR 0008): on the phone there is no time for a detour.
 */
async function personOfCall(tx: Tx, actor: Actor, callId: string): Promise<string> {
  const call = await tx.call.findUnique({ where: { id: callId }, select: LINKABLE_CALL_SELECT });
  if (!call) throw new NotFoundError("That call was not found.");
  return call.patientId ?? linkCallToNewProspect(tx, actor, call, { from: "screening" });
}

/**
 * Who answers, as far as the call tells (ADR 0014): a caller calling for someone else is an
 * informant (the coordinator completes the relation and the pronoun). Otherwise nothing is set,
 * which reads as the person answering for themselves.
 */
function informantFromCall(call: { callerIsPatient: boolean; callerRelation: CallerRelation | null } | null) {
  if (!call || call.callerIsPatient) return {};
  const relation =
    call.callerRelation === "PROFESSIONAL_REFERRER"
      ? ("professional" as const)
      : call.callerRelation === "OTHER"
        ? ("other" as const)
        : undefined;
  return { respondent: { who: "informant" as const, ...(relation ? { relation } : {}) } };
}

/**
 * Starts a screening from a call or from a person and moves an inquiry to
 * SCREENING. A person with a draft already gets that draft back: a double click, or two
 * coordinators at once, never leaves two drafts to reconcile.
 */
export async function startScreening(actor: Actor, input: StartScreeningInput): Promise<StartedScreening> {
  assertCan(actor, "screening:write");
  if (Boolean(input.callId) === Boolean(input.patientId))
    throw ValidationError.field("form", "Start from one call or one person.");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const patientId = input.callId ? await personOfCall(tx, actor, input.callId) : input.patientId!;
    // Writing the person's row first locks it until commit, so a concurrent start waits here
    // and then finds this draft instead of creating a second one.
    const patient = await tx.patient
      .update({
        where: { id: patientId },
        data: { lastActivityAt: new Date() },
        select: { id: true, pipelineStatus: true },
      })
      .catch((error: unknown) => {
        if ((error as { code?: unknown }).code === "P2025") throw new NotFoundError("That person was not found.");
        throw error;
      });
    const draft = await tx.screening.findFirst({
      where: { patientId, status: "DRAFT" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (draft) {
      await writeAudit(tx, actor, {
        action: "screening.start",
        entityType: "Screening",
        entityId: draft.id,
        patientId,
        detail: { resumed: true },
      });
      return { screeningId: draft.id, patientId, resumed: true };
    }
    const call = input.callId
      ? await tx.call.findUnique({
          where: { id: input.callId },
          select: { callerIsPatient: true, callerRelation: true },
        })
      : null;
    const created = await tx.screening.create({
      data: {
        patientId,
        ...(input.callId ? { callId: input.callId } : {}),
        instrumentSetVersion: INSTRUMENT_SET_VERSION,
        answers: { instrumentSetVersion: INSTRUMENT_SET_VERSION, ...informantFromCall(call) },
        status: "DRAFT",
        createdById: actor.id,
      },
      select: { id: true },
    });
    const moved = await applyScreeningMove(tx, actor, patientId, pipelineOnStart(patient.pipelineStatus));
    await writeAudit(tx, actor, {
      action: "screening.start",
      entityType: "Screening",
      entityId: created.id,
      patientId,
      detail: { from: input.callId ? "call" : "patient", resumed: false, pipelineMoved: moved },
    });
    return { screeningId: created.id, patientId, resumed: false };
  });
}
