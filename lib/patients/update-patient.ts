import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { zonedDay } from "@/lib/dates/zone";
import { fromIsoDay, toIsoDayOrNull } from "@/lib/dates/db-days";
import {
  PATIENT_EDITABLE_FIELDS,
  PATIENT_FIELD_LABELS,
  type PatientEditableField,
  type UpdatePatientInput,
} from "./schemas";

type Editable = Record<PatientEditableField, string | boolean | null>;

/** The fields the patient form edits, with the concurrency token; the patient page reads them too. */
export const PATIENT_EDITABLE_SELECT = {
  id: true,
  version: true,
  firstName: true,
  lastName: true,
  preferredName: true,
  dateOfBirth: true,
  sexAtBirth: true,
  phone: true,
  email: true,
  okToLeaveVoicemail: true,
  okToNameCenter: true,
  okToText: true,
  insurancePayer: true,
  insuranceMemberId: true,
} as const;

function attemptedFrom(input: UpdatePatientInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName ?? null,
    preferredName: input.preferredName ?? null,
    dateOfBirth: input.dateOfBirth ?? null,
    sexAtBirth: input.sexAtBirth,
    phone: input.phone ?? null,
    email: input.email ?? null,
    okToLeaveVoicemail: input.okToLeaveVoicemail,
    okToNameCenter: input.okToNameCenter,
    okToText: input.okToText,
    insurancePayer: input.insurancePayer ?? null,
    insuranceMemberId: input.insuranceMemberId ?? null,
  } satisfies Editable;
}

const differing = (a: Editable, b: Editable) => PATIENT_EDITABLE_FIELDS.filter((f) => a[f] !== b[f]);

function conflict(fields: PatientEditableField[]): ConflictError {
  const names = fields.map((f) => PATIENT_FIELD_LABELS[f]).join(", ");
  return new ConflictError(
    `Someone else saved this patient while you were editing${names ? ` (changed: ${names})` : ""}. Nothing was saved; reload to see their changes and edit again.`,
    Object.fromEntries(fields.map((f) => [f, ["Changed by someone else since you opened this form."]])),
    fields,
  );
}

/**
 * Demographics, contact preferences and insurance, with optimistic
 * concurrency (docs/security.md C1): the write applies only to the version the form was loaded from,
 * otherwise nothing is written and the conflict names the fields that differ.
 */
export async function updatePatient(actor: Actor, input: UpdatePatientInput) {
  assertCan(actor, "patient:write");
  if (input.dateOfBirth !== undefined) {
    if (input.dateOfBirth > zonedDay(new Date()))
      throw ValidationError.field("dateOfBirth", "The date of birth cannot be in the future.");
    if (input.dateOfBirth < "1900-01-01") throw ValidationError.field("dateOfBirth", "Check the year of birth.");
  }
  const attempted = attemptedFrom(input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.patient.findUnique({ where: { id: input.patientId }, select: PATIENT_EDITABLE_SELECT });
    if (!current) throw new NotFoundError("That patient was not found.");
    const saved: Editable = { ...current, dateOfBirth: toIsoDayOrNull(current.dateOfBirth) };
    const fields = differing(saved, attempted);
    if (current.version !== input.expectedVersion) throw conflict(fields);
    if (fields.length === 0) return { patientId: current.id, version: current.version, changed: false };
    const { count } = await tx.patient.updateMany({
      where: { id: current.id, version: input.expectedVersion },
      data: {
        ...attempted,
        dateOfBirth: attempted.dateOfBirth === null ? null : fromIsoDay(attempted.dateOfBirth),
        lastActivityAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(fields);
    const version = input.expectedVersion + 1;
    // Field names only: the values are PHI (docs/security.md L1).
    await writeAudit(tx, actor, {
      action: "patient.update",
      entityType: "Patient",
      entityId: current.id,
      patientId: current.id,
      detail: { fields, version },
    });
    return { patientId: current.id, version, changed: true };
  });
}
