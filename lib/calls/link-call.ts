import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb, type Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CALL_PROSPECT_SELECT, createProspectFromCall, prospectDetailsOf } from "@/lib/patients/prospects";
import { assertPatient } from "./references";

/** A saved call as linking reads it: whom it is linked to now, and what a new prospect is made from. */
export const LINKABLE_CALL_SELECT = {
  id: true,
  patientId: true,
  ...CALL_PROSPECT_SELECT,
} as const satisfies Prisma.CallSelect;
export type LinkableCall = Prisma.CallGetPayload<{ select: typeof LINKABLE_CALL_SELECT }>;

/**
 * Points the call at a person, with its audit row, in the caller's transaction. `detail` says
 * where the link came from when it is not the call's own page.
 */
async function writeCallLink(
  tx: Tx,
  actor: Actor,
  call: { id: string; patientId: string | null },
  patientId: string,
  detail: Record<string, string> = {},
) {
  await tx.call.update({
    where: { id: call.id },
    data: { patientId, version: { increment: 1 } },
    select: { id: true },
  });
  await writeAudit(tx, actor, {
    action: "call.link",
    entityType: "Call",
    entityId: call.id,
    patientId,
    detail: { previous: call.patientId, ...detail },
  });
}

/**
 * "Create a prospect from this call": the prospect (lib/patients/prospects.ts), then the call
 * linked to it. Also what a screening started from an unlinked call does (ADR 0008).
 */
export async function linkCallToNewProspect(
  tx: Tx,
  actor: Actor,
  call: LinkableCall,
  detail: Record<string, string> = {},
): Promise<string> {
  const patientId = await createProspectFromCall(tx, actor, prospectDetailsOf(call));
  await writeCallLink(tx, actor, call, patientId, detail);
  return patientId;
}

/** Links a call to an existing person or to a new prospect made from it. */
export async function linkCall(
  actor: Actor,
  input: { callId: string; patientId?: string | undefined; createProspect: boolean },
) {
  assertCan(actor, "call:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const call = await tx.call.findUnique({ where: { id: input.callId }, select: LINKABLE_CALL_SELECT });
    if (!call) throw new NotFoundError("That call was not found.");
    if (input.patientId) {
      const patientId = await assertPatient(tx, input.patientId);
      await writeCallLink(tx, actor, call, patientId);
      return { patientId };
    }
    if (!input.createProspect) throw new NotFoundError("Choose a person to link, or create a new prospect.");
    return { patientId: await linkCallToNewProspect(tx, actor, call) };
  });
}
