import { z } from "zod";
import { PhoneSchema } from "@/lib/phone";
import { zonedLocalToUtc } from "@/lib/dates/zone";

/**
 * One schema per use case, shared by the form and the server (docs/contributing.md). Form values arrive as
 * strings: empty strings mean "not given".
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function optionalText(max: number, label: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, `${label} can be at most ${max.toLocaleString("en-US")} characters.`)
      .refine((v) => !CONTROL_CHARS.test(v), `${label} contains control characters; remove them.`)
      .optional(),
  );
}

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blankToUndefined, z.enum(values, { message }).optional());

const optionalId = (message: string) => z.preprocess(blankToUndefined, z.uuid({ message }).optional());

/** A checkbox: "on" when ticked, absent when not. */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** `YYYY-MM-DDTHH:mm` in the center's time zone → UTC. */
const localDateTime = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter ${label} as a date and time.`)
      .transform((value, ctx) => {
        try {
          return zonedLocalToUtc(value);
        } catch {
          ctx.addIssue({ code: "custom", message: `Enter ${label} as a valid date and time.` });
          return z.NEVER;
        }
      })
      .optional(),
  );

export const DISPOSITIONS = [
  "SCREENING_STARTED",
  "ASSESSMENT_SCHEDULED",
  "CALLBACK_REQUESTED",
  "REFERRED_OUT",
  "NOT_A_FIT",
  "INFORMATION_ONLY",
  "VOICEMAIL_LEFT",
  "NO_ANSWER",
  "WRONG_NUMBER_OR_SPAM",
] as const;
export const RELATIONS = ["SELF", "FAMILY_OR_FRIEND", "PROFESSIONAL_REFERRER", "OTHER"] as const;
export const REASONS = ["SUBSTANCE_USE", "MENTAL_HEALTH", "BOTH", "INFORMATION_ONLY"] as const;

/** Everything a coordinator can record about a call; shared by "log" and "edit". */
const callDetails = {
  phoneLineId: optionalId("Choose a line."),
  direction: z.enum(["INBOUND", "OUTBOUND"], { message: "Choose a direction." }).default("INBOUND"),
  startedAt: localDateTime("the call time"),
  durationMinutes: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "Enter the duration in minutes." })
      .min(0, "Duration cannot be negative.")
      .max(600, "Duration can be at most 600 minutes.")
      .optional(),
  ),
  fromNumber: PhoneSchema,
  callerName: optionalText(120, "Caller's name"),
  callerRelation: optionalEnum(RELATIONS, "Choose how the caller is related."),
  careFor: z.enum(["SELF", "OTHER"], { message: "Choose who needs care." }).default("SELF"),
  careRecipientName: optionalText(120, "Name of the person needing care"),
  reason: optionalEnum(REASONS, "Choose a reason."),
  referralSourceId: optionalId("Choose a referral source."),
  insurancePayer: optionalText(120, "Insurance payer"),
  insuranceMemberId: optionalText(60, "Member id"),
  okToLeaveVoicemail: checkbox,
  okToNameCenter: checkbox,
  okToText: checkbox,
  disposition: z.enum(DISPOSITIONS, { message: "Choose a disposition." }),
  notes: optionalText(10_000, "Notes"),
};

const followUp = {
  callbackDueAt: localDateTime("the callback time"),
  callbackAssigneeId: optionalId("Choose who calls back."),
};

function requireCallbackTime<T extends { disposition: string; callbackDueAt?: Date | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.disposition === "CALLBACK_REQUESTED" && !value.callbackDueAt) {
    ctx.addIssue({ code: "custom", path: ["callbackDueAt"], message: "Set when to call back." });
  }
}

export const LogCallSchema = z
  .strictObject({
    ...callDetails,
    ...followUp,
    /** A random id made by the form when it opens: a double submit logs one call (C2). */
    clientKey: z.uuid({ message: "Reload the form and try again." }),
    /** Link to an existing prospect/patient, or create a new prospect from this call. */
    patientId: optionalId("Unknown person."),
    createProspect: checkbox,
    /** Completing a call the phone system captured. */
    telephonyCallId: optionalId("Unknown call."),
  })
  .superRefine(requireCallbackTime)
  .superRefine((value, ctx) => {
    if (value.careFor === "OTHER" && !value.careRecipientName && value.createProspect) {
      ctx.addIssue({
        code: "custom",
        path: ["careRecipientName"],
        message: "Enter the name of the person needing care.",
      });
    }
  });
export type LogCallInput = z.output<typeof LogCallSchema>;

export const UpdateCallSchema = z.strictObject({
  ...callDetails,
  callId: z.uuid({ message: "Unknown call." }),
  /** The version the coordinator saw: a stale one is a conflict, never an overwrite (C1). */
  expectedVersion: z.coerce.number().int().positive(),
});
export type UpdateCallInput = z.output<typeof UpdateCallSchema>;

export const LinkCallSchema = z.strictObject({
  callId: z.uuid({ message: "Unknown call." }),
  patientId: optionalId("Unknown person."),
  createProspect: checkbox,
});

export const LookupCallerSchema = z.strictObject({ phone: z.string().max(40) });

export const CompleteCallbackSchema = z
  .strictObject({
    taskId: z.uuid({ message: "Unknown callback." }),
    clientKey: z.uuid({ message: "Reload the page and try again." }),
    disposition: z.enum(DISPOSITIONS, { message: "Choose how the callback went." }),
    durationMinutes: callDetails.durationMinutes,
    notes: optionalText(10_000, "Notes"),
    ...followUp,
  })
  .superRefine(requireCallbackTime);

export const ReassignCallbackSchema = z.strictObject({
  taskId: z.uuid({ message: "Unknown callback." }),
  assigneeId: z.uuid({ message: "Choose who calls back." }),
});

/** List filters: allow-listed, each parsed on its own; a bad value is dropped, never widened (V3–V5). */
export const CallFilterSchema = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  line: z.uuid().optional().catch(undefined),
  direction: z.enum(["INBOUND", "OUTBOUND"]).optional().catch(undefined),
  disposition: z
    .enum([...DISPOSITIONS, "UNLOGGED"])
    .optional()
    .catch(undefined),
  coordinator: z.uuid().optional().catch(undefined),
  source: z.uuid().optional().catch(undefined),
  linked: z.enum(["yes", "no"]).optional().catch(undefined),
  q: z.string().trim().max(80).optional().catch(undefined),
  after: z
    .string()
    .regex(/^\d{13}_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
export type CallFilter = z.output<typeof CallFilterSchema>;

/** The list's search term is PHI: it travels in a cookie with this name, never in the URL. */
export const SEARCH_COOKIE = "intake.calls-search";

export const SearchSchema = z.strictObject({
  q: z.string().trim().max(80, "Search for at most 80 characters."),
});
