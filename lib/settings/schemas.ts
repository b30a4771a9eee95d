import { z } from "zod";
import { CARE_LEVELS, MAX_EXPECTED_LENGTH_DAYS } from "@/lib/care/rules/levels";
import { ReferralSourceType } from "@/lib/generated/prisma/enums";
import { PhoneSchema } from "@/lib/phone";

/**
 * Phone lines, referral sources and programs. One schema per use case, shared by the
 * forms (via the action wrapper) and the tests; strict objects, so `isMain`, `version`,
 * `createdAt` or any other key in a payload is refused (docs/security.md Z7).
 */

// Control characters and bidi overrides make labels lie on screen (docs/security.md V2).
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

function plainText(max: number, emptyMessage: string) {
  return (
    z
      .string()
      .trim()
      .min(1, emptyMessage)
      .max(max, `Use at most ${max} characters.`)
      .refine((v) => !CONTROL_CHARACTERS.test(v), "Remove control characters.")
      // "Hospital  A" and "Hospital A" are the same source.
      .transform((v) => v.replace(/\s+/g, " "))
  );
}

/** Empty (or absent) means "no forwarding number"; anything else must be a real phone number. */
export const OptionalPhoneSchema = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v : null))
  .pipe(PhoneSchema.nullable());

/** A `<select>` with Active / Inactive. */
const StatusSchema = z
  .enum(["true", "false"], { message: "Choose active or inactive." })
  .transform((v) => v === "true");

/** The version the form was loaded with (optimistic concurrency, docs/security.md C1). */
const ExpectedVersionSchema = z.coerce
  .number({ message: "This form is out of date. Reload the page." })
  .int("This form is out of date. Reload the page.")
  .min(1, "This form is out of date. Reload the page.")
  .max(2_147_483_647, "This form is out of date. Reload the page.");

const PhoneLineId = z.uuid({ message: "Unknown phone line." });
const ReferralSourceId = z.uuid({ message: "Unknown referral source." });

export const PhoneLineLabelSchema = plainText(80, "Enter a label, e.g. “Main admissions line”.");
export const ReferralSourceNameSchema = plainText(120, "Enter a name.");
export const ReferralSourceTypeSchema = z.enum(ReferralSourceType, { message: "Choose a type." });

const notForwardedToItself = {
  check: (v: { number: string; forwardTo: string | null }) => v.forwardTo !== v.number,
  params: { path: ["forwardTo"], message: "A line cannot forward to itself." },
};

export const CreatePhoneLineSchema = z
  .strictObject({
    number: PhoneSchema,
    label: PhoneLineLabelSchema,
    forwardTo: OptionalPhoneSchema,
    active: StatusSchema.optional().transform((v) => v ?? true),
  })
  .refine(notForwardedToItself.check, notForwardedToItself.params);

export const UpdatePhoneLineSchema = z
  .strictObject({
    id: PhoneLineId,
    expectedVersion: ExpectedVersionSchema,
    number: PhoneSchema,
    label: PhoneLineLabelSchema,
    forwardTo: OptionalPhoneSchema,
    active: StatusSchema,
  })
  .refine(notForwardedToItself.check, notForwardedToItself.params);

export const SetPhoneLineActiveSchema = z.strictObject({ id: PhoneLineId, active: StatusSchema });
export const SetMainPhoneLineSchema = z.strictObject({ id: PhoneLineId });

export const CreateReferralSourceSchema = z.strictObject({
  name: ReferralSourceNameSchema,
  type: ReferralSourceTypeSchema,
  active: StatusSchema.optional().transform((v) => v ?? true),
});

export const UpdateReferralSourceSchema = z.strictObject({
  id: ReferralSourceId,
  expectedVersion: ExpectedVersionSchema,
  name: ReferralSourceNameSchema,
  type: ReferralSourceTypeSchema,
  active: StatusSchema,
});

export const SetReferralSourceActiveSchema = z.strictObject({ id: ReferralSourceId, active: StatusSchema });

const ProgramNameSchema = plainText(80, "Enter the program name.");
const ProgramLengthSchema = z.coerce
  .number({ error: "Enter the expected length in days." })
  .int("Use a whole number of days.")
  .min(1, "The expected length is at least 1 day.")
  .max(MAX_EXPECTED_LENGTH_DAYS, `The expected length is at most ${MAX_EXPECTED_LENGTH_DAYS} days.`);

export const CreateProgramSchema = z.strictObject({
  name: ProgramNameSchema,
  level: z.enum(CARE_LEVELS, { message: "Choose the level of care." }),
  /** Blank: the level's usual length (./program-defaults.ts). */
  expectedLengthDays: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    ProgramLengthSchema.optional(),
  ),
});

export const UpdateProgramSchema = z.strictObject({
  programId: z.uuid({ message: "Unknown program." }),
  /** Program has no version column: its last-saved time (ms) is the concurrency token. */
  expectedUpdatedAt: z.coerce.number({ error: "Reload the page and try again." }).int().nonnegative(),
  name: ProgramNameSchema,
  expectedLengthDays: ProgramLengthSchema,
  active: StatusSchema,
});

export type CreatePhoneLineInput = z.output<typeof CreatePhoneLineSchema>;
export type UpdatePhoneLineInput = z.output<typeof UpdatePhoneLineSchema>;
export type SetPhoneLineActiveInput = z.output<typeof SetPhoneLineActiveSchema>;
export type SetMainPhoneLineInput = z.output<typeof SetMainPhoneLineSchema>;
export type CreateReferralSourceInput = z.output<typeof CreateReferralSourceSchema>;
export type UpdateReferralSourceInput = z.output<typeof UpdateReferralSourceSchema>;
export type SetReferralSourceActiveInput = z.output<typeof SetReferralSourceActiveSchema>;
export type CreateProgramInput = z.output<typeof CreateProgramSchema>;
export type UpdateProgramInput = z.output<typeof UpdateProgramSchema>;
