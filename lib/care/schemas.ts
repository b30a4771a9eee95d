/**
 * zod schemas for the care actions and the care pages' filters, shared by the forms and the server
 * (docs/contributing.md). Form values arrive as strings (a repeated checkbox as an array); blank
 * optional fields mean "not given"; unknown keys are refused. Whether a date may be in the future depends on the
 * center's today, so that check lives in the rules (rules/decide-*.ts), not here.
 */
import { z } from "zod";
import {
  CARE_LEVELS,
  MANUAL_DISCHARGE_REASONS,
  MAX_EXPECTED_LENGTH_DAYS,
  PROGRAM_TRACKS,
  WEEKDAYS,
} from "./rules/levels";

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const textField = (max: number, label: string) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}.`)
    .max(max, `${label} can be at most ${max.toLocaleString("en-US")} characters.`)
    .refine((v) => !CONTROL_CHARS.test(v), `${label} contains control characters; remove them.`);

const optionalText = (max: number, label: string) => z.preprocess(blankToUndefined, textField(max, label).optional());

const id = (message: string) => z.uuid({ message });

/** The row version the user saw: a stale one is a conflict, never an overwrite. */
const expectedVersion = z.coerce
  .number({ error: "Reload the page and try again." })
  .int()
  .positive("Reload the page and try again.");

const day = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .pipe(z.iso.date({ message: `Enter ${label} as a valid date.` }));
const optionalDay = (label: string) => z.preprocess(blankToUndefined, day(label).optional());

const careLevel = (message: string) => z.enum(CARE_LEVELS, { message });

const expectedLengthDays = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Enter the expected length in days." })
    .int("Use a whole number of days.")
    .min(1, "The expected length is at least 1 day.")
    .max(MAX_EXPECTED_LENGTH_DAYS, `The expected length is at most ${MAX_EXPECTED_LENGTH_DAYS} days.`)
    .optional(),
);

/** Checkboxes named `scheduleDays`: absent, one string, or an array; kept in week order without repeats. */
const scheduleDays = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.enum(WEEKDAYS, { message: "Choose days from Monday to Sunday." }))
    .transform((days) => WEEKDAYS.filter((d) => days.includes(d))),
);

export const AdmitSchema = z.strictObject({
  patientId: id("Unknown patient."),
  expectedVersion,
  level: careLevel("Choose the level of care."),
  programId: id("Choose a program."),
  startDate: day("the admission date"),
  /** Blank: the program's default (residential 30 days, IOP 70). */
  expectedLengthDays,
});
export type AdmitInput = z.output<typeof AdmitSchema>;

/** An attended IOP / PHP / outpatient session of the open episode (the rules check the level). */
export const RecordAttendanceSchema = z.strictObject({
  episodeId: id("Unknown care episode."),
  date: day("the session date"),
});
export type RecordAttendanceInput = z.output<typeof RecordAttendanceSchema>;

/** The census alerts, as the census page's `?alert=` filter names them. */
export const CENSUS_ALERTS = ["overdue", "due-unconfirmed", "missed-7", "missed-30", "missed-sessions"] as const;
export type CensusAlert = (typeof CENSUS_ALERTS)[number];

/** Census filters from the URL (allow-listed; a bad value falls back to the overview). */
export const CensusViewSchema = z.object({
  alert: z.enum(CENSUS_ALERTS).optional().catch(undefined),
  level: z.enum(CARE_LEVELS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The continuity page's period, inclusive, in the center's calendar days. */
export const ContinuityPeriodSchema = z
  .object({
    from: z.iso.date({ message: "Enter the first day as a valid date." }),
    to: z.iso.date({ message: "Enter the last day as a valid date." }),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  })
  .refine((p) => p.from <= p.to, { path: ["to"], message: "The last day must be on or after the first day." });
export type ContinuityPeriod = z.output<typeof ContinuityPeriodSchema>;

export const PlanTransitionSchema = z
  .strictObject({
    episodeId: id("Unknown care episode."),
    /** The from-episode's version: two clinicians planning at once cannot both succeed. */
    expectedVersion,
    toLevel: careLevel("Choose the level to move to."),
    toProgramId: id("Choose the receiving program."),
    plannedDate: day("the planned date"),
    scheduleDays,
    track: z.preprocess(
      blankToUndefined,
      z.enum(PROGRAM_TRACKS, { message: "Choose the day or evening track." }).optional(),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.toLevel !== "IOP") return;
    if (!value.track)
      ctx.addIssue({ code: "custom", path: ["track"], message: "Choose the IOP track: day or evening." });
    if (value.scheduleDays.length === 0)
      ctx.addIssue({ code: "custom", path: ["scheduleDays"], message: "Choose at least one IOP session day." });
  });
export type PlanTransitionInput = z.output<typeof PlanTransitionSchema>;

const transitionRef = {
  transitionId: id("Unknown transition."),
  /** The transition's version. */
  expectedVersion,
};

export const ConfirmTransitionSchema = z.strictObject({ ...transitionRef });
export type ConfirmTransitionInput = z.output<typeof ConfirmTransitionSchema>;

export const CancelTransitionSchema = z.strictObject({
  ...transitionRef,
  reason: textField(500, "The reason for cancelling"),
});
export type CancelTransitionInput = z.output<typeof CancelTransitionSchema>;

export const MarkNoShowSchema = z.strictObject({ ...transitionRef, reason: optionalText(500, "The note") });
export type MarkNoShowInput = z.output<typeof MarkNoShowSchema>;

/** The patient leaves the current level for a planned transition whose first session is still ahead. */
export const DischargeForTransitionSchema = z.strictObject({
  ...transitionRef,
  dischargeDate: day("the discharge date"),
  aftercarePlan: optionalText(4000, "The aftercare plan"),
});
export type DischargeForTransitionInput = z.output<typeof DischargeForTransitionSchema>;

export const CompleteTransitionSchema = z.strictObject({
  ...transitionRef,
  firstAttendedDate: day("the date of the first attended session"),
  /** Needed only while the patient is still recorded at the current level. */
  dischargeDate: optionalDay("the discharge date"),
  expectedLengthDays,
});
export type CompleteTransitionInput = z.output<typeof CompleteTransitionSchema>;

export const DischargeSchema = z.strictObject({
  episodeId: id("Unknown care episode."),
  expectedVersion,
  reason: z.enum(MANUAL_DISCHARGE_REASONS, { message: "Choose a discharge reason." }),
  dischargeDate: day("the discharge date"),
  aftercarePlan: optionalText(4000, "The aftercare plan"),
  /** Required by the rules when leaving residential / withdrawal management without a step-down. */
  followUpPlan: optionalText(2000, "The follow-up plan"),
});
export type DischargeInput = z.output<typeof DischargeSchema>;
