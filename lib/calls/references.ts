import type { Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

/**
 * Checks that ids chosen in a form point at rows that exist and may be used now: an id from
 * another list, a deactivated line or an inactive colleague is a field error, not a foreign-key
 * crash (docs/security.md Z2).
 */
export async function resolvePhoneLine(
  tx: Tx,
  phoneLineId: string | undefined,
  options: { allowInactive?: boolean } = {},
) {
  if (phoneLineId) {
    const line = await tx.phoneLine.findUnique({ where: { id: phoneLineId }, select: { id: true, active: true } });
    if (!line) throw ValidationError.field("phoneLineId", "Choose a line from the list.");
    if (!line.active && !options.allowInactive)
      throw ValidationError.field("phoneLineId", "That line is no longer active. Choose another.");
    return line.id;
  }
  const main = await tx.phoneLine.findFirst({ where: { isMain: true, active: true }, select: { id: true } });
  return main?.id ?? null;
}

export async function assertReferralSource(
  tx: Tx,
  referralSourceId: string | undefined,
  options: { allowInactive?: boolean } = {},
) {
  if (!referralSourceId) return;
  const source = await tx.referralSource.findUnique({ where: { id: referralSourceId }, select: { active: true } });
  if (!source) throw ValidationError.field("referralSourceId", "Choose a referral source from the list.");
  if (!source.active && !options.allowInactive)
    throw ValidationError.field("referralSourceId", "That referral source is no longer active.");
}

export async function resolveAssignee(
  tx: Tx,
  assigneeId: string | undefined,
  fallbackId: string,
  field = "callbackAssigneeId",
) {
  const id = assigneeId ?? fallbackId;
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, active: true, role: true } });
  if (!user || !user.active || user.role === "CLINICIAN") {
    throw ValidationError.field(field, "Choose an active coordinator or administrator.");
  }
  return user.id;
}

export async function assertPatient(tx: Tx, patientId: string, field = "patientId") {
  const patient = await tx.patient.findUnique({ where: { id: patientId }, select: { id: true } });
  if (!patient) throw ValidationError.field(field, "That person was not found.");
  return patient.id;
}
