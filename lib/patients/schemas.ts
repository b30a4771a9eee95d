/**
 * zod schemas for the patient record (the pipeline's are in lib/pipeline/schemas.ts, attendance,
 * census and continuity filters in lib/care/schemas.ts, programs in lib/settings/schemas.ts). Strict objects: `mrn`,
 * `pipelineStatus`, `version` or any other key in a payload is refused (docs/security.md Z7). Blank
 * optional fields mean "not given"; the patient edit form clears a field by leaving it blank.
 */
import { z } from "zod";
import { PhoneSchema } from "@/lib/phone";

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (max: number, label: string) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}.`)
    .max(max, `${label} can be at most ${max.toLocaleString("en-US")} characters.`)
    .refine((v) => !CONTROL_CHARS.test(v), `${label} contains control characters; remove them.`);

const optionalText = (max: number, label: string) => z.preprocess(blankToUndefined, text(max, label).optional());

/** A checkbox: "on" when ticked, absent when not. */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const day = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .pipe(z.iso.date({ message: `Enter ${label} as a valid date.` }));

const expectedVersion = z.coerce
  .number({ error: "Reload the page and try again." })
  .int("Reload the page and try again.")
  .min(1, "Reload the page and try again.")
  .max(2_147_483_647, "Reload the page and try again.");

export const SEX_AT_BIRTH = ["FEMALE", "MALE", "UNKNOWN"] as const;

export const UpdatePatientSchema = z.strictObject({
  patientId: z.uuid({ message: "Unknown patient." }),
  expectedVersion,
  firstName: text(80, "First name"),
  lastName: optionalText(80, "Last name"),
  preferredName: optionalText(80, "Preferred name"),
  /** Not in the future: checked against the center's today in the domain function. */
  dateOfBirth: z.preprocess(blankToUndefined, day("the date of birth").optional()),
  sexAtBirth: z.enum(SEX_AT_BIRTH, { message: "Choose the sex at birth." }).default("UNKNOWN"),
  phone: z.preprocess(blankToUndefined, PhoneSchema.optional()),
  email: z.preprocess(
    blankToUndefined,
    z.email({ message: "Enter a valid email address." }).max(200, "Email can be at most 200 characters.").optional(),
  ),
  okToLeaveVoicemail: checkbox,
  okToNameCenter: checkbox,
  okToText: checkbox,
  insurancePayer: optionalText(120, "Insurance payer"),
  insuranceMemberId: optionalText(60, "Member id"),
});
export type UpdatePatientInput = z.output<typeof UpdatePatientSchema>;

/** The fields the edit form saves, in form order (also the names a conflict reports). */
export const PATIENT_EDITABLE_FIELDS = [
  "firstName",
  "lastName",
  "preferredName",
  "dateOfBirth",
  "sexAtBirth",
  "phone",
  "email",
  "okToLeaveVoicemail",
  "okToNameCenter",
  "okToText",
  "insurancePayer",
  "insuranceMemberId",
] as const;
export type PatientEditableField = (typeof PATIENT_EDITABLE_FIELDS)[number];

export const PATIENT_FIELD_LABELS: Record<PatientEditableField, string> = {
  firstName: "first name",
  lastName: "last name",
  preferredName: "preferred name",
  dateOfBirth: "date of birth",
  sexAtBirth: "sex at birth",
  phone: "phone",
  email: "email",
  okToLeaveVoicemail: "voicemail consent",
  okToNameCenter: "consent to name the center",
  okToText: "text consent",
  insurancePayer: "insurance payer",
  insuranceMemberId: "member id",
};
