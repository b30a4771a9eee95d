import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import type { LogCallInput } from "@/lib/calls/schemas";

/** Splits "Avery J. Quinn" into first and last name; a single word is a first name. */
export function splitName(full: string | undefined): { firstName: string; lastName: string | null } {
  const parts = (full ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { firstName: "Unknown caller", lastName: null };
  if (parts.length === 1) return { firstName: parts[0]!, lastName: null };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts[parts.length - 1]! };
}

/**
 * A prospect from the first call (a Part 2 patient from the moment they apply for care): the
 * person needing care, with the caller's number when they are the caller.
 */
export async function createProspectFromCall(
  tx: Tx,
  actor: Actor,
  input: Pick<
    LogCallInput,
    | "careFor"
    | "careRecipientName"
    | "callerName"
    | "fromNumber"
    | "okToLeaveVoicemail"
    | "okToNameCenter"
    | "okToText"
    | "insurancePayer"
    | "insuranceMemberId"
    | "referralSourceId"
  >,
) {
  const forSelf = input.careFor === "SELF";
  const name = splitName(forSelf ? input.callerName : input.careRecipientName);
  const patient = await tx.patient.create({
    data: {
      ...name,
      ...(forSelf ? { phone: input.fromNumber } : {}),
      okToLeaveVoicemail: input.okToLeaveVoicemail,
      okToNameCenter: input.okToNameCenter,
      okToText: input.okToText,
      ...(input.insurancePayer ? { insurancePayer: input.insurancePayer } : {}),
      ...(input.insuranceMemberId ? { insuranceMemberId: input.insuranceMemberId } : {}),
      ...(input.referralSourceId ? { referralSourceId: input.referralSourceId } : {}),
      pipelineStatus: "INQUIRY",
      pipelineHistory: { create: { toStatus: "INQUIRY", actorId: actor.id } },
    },
    select: { id: true },
  });
  await writeAudit(tx, actor, {
    action: "patient.create",
    entityType: "Patient",
    entityId: patient.id,
    patientId: patient.id,
    detail: { from: "call" },
  });
  return patient.id;
}
