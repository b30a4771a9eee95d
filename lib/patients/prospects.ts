import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a prospect is made from: the call form's fields as the coordinator entered them, or the
 * same fields of a saved call (prospectDetailsOf).
 */
export interface ProspectDetails {
  careFor: "SELF" | "OTHER";
  careRecipientName?: string | undefined;
  callerName?: string | undefined;
  fromNumber: string;
  okToLeaveVoicemail: boolean;
  okToNameCenter: boolean;
  okToText: boolean;
  insurancePayer?: string | undefined;
  insuranceMemberId?: string | undefined;
  referralSourceId?: string | undefined;
}

/** The columns of a saved call that a prospect is made from. */
export const CALL_PROSPECT_SELECT = {
  fromNumber: true,
  callerName: true,
  callerIsPatient: true,
  careRecipientName: true,
  okToLeaveVoicemail: true,
  okToNameCenter: true,
  okToText: true,
  insurancePayer: true,
  insuranceMemberId: true,
  referralSourceId: true,
} as const satisfies Prisma.CallSelect;

/** A saved call in the form's shape: a missing value is "not given", a consent never asked is "no". */
export function prospectDetailsOf(
  call: Prisma.CallGetPayload<{ select: typeof CALL_PROSPECT_SELECT }>,
): ProspectDetails {
  return {
    careFor: call.callerIsPatient ? "SELF" : "OTHER",
    careRecipientName: call.careRecipientName ?? undefined,
    callerName: call.callerName ?? undefined,
    fromNumber: call.fromNumber,
    okToLeaveVoicemail: call.okToLeaveVoicemail ?? false,
    okToNameCenter: call.okToNameCenter ?? false,
    okToText: call.okToText ?? false,
    insurancePayer: call.insurancePayer ?? undefined,
    insuranceMemberId: call.insuranceMemberId ?? undefined,
    referralSourceId: call.referralSourceId ?? undefined,
  };
}

/** Splits "Avery J. Quinn" into first and last name; a single word is a first name. */
export function splitName(full: string | undefined): { firstName: string; lastName: string | null } {
  const parts = (full ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { firstName: "Unknown caller", lastName: null };
  if (parts.length === 1) return { firstName: parts[0]!, lastName: null };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts[parts.length - 1]! };
}

/**
 * A prospect from a call (a Part 2 patient from the moment they apply for care), in the caller's
 * transaction: the person needing care, with the caller's number when they are the caller, at
 * INQUIRY with its first PipelineEvent, and the audit row. Used when a call is logged, when a call
 * is linked to a new prospect, and when a screening starts from an unlinked call.
 */
export async function createProspectFromCall(tx: Tx, actor: Actor, details: ProspectDetails): Promise<string> {
  const forSelf = details.careFor === "SELF";
  const name = splitName(forSelf ? details.callerName : details.careRecipientName);
  const patient = await tx.patient.create({
    data: {
      ...name,
      ...(forSelf ? { phone: details.fromNumber } : {}),
      okToLeaveVoicemail: details.okToLeaveVoicemail,
      okToNameCenter: details.okToNameCenter,
      okToText: details.okToText,
      ...(details.insurancePayer ? { insurancePayer: details.insurancePayer } : {}),
      ...(details.insuranceMemberId ? { insuranceMemberId: details.insuranceMemberId } : {}),
      ...(details.referralSourceId ? { referralSourceId: details.referralSourceId } : {}),
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
