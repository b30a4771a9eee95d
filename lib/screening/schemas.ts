/**
 * One zod schema per screening use case, shared by the forms (field names) and the server
 * actions. Form values arrive as strings. Every object is strict: `scores`, `status`,
 * `recommendedLevel` or `version` sent by a browser are refused, never stored (docs/security.md Z7).
 * A section's answers travel as one JSON field and are validated by the section's own schema in
 * the domain function, so the rules live in one place (rules/answers-schema.ts).
 */
import { z } from "zod";
import { ASAM_DIMENSIONS, type AsamRatings } from "./rules/asam";
import { RECOMMENDED_LEVELS } from "./rules/loc-config";
import { SECTION_SCHEMAS, type SectionKey } from "./rules/answers-schema";

export const SECTION_KEYS = Object.keys(SECTION_SCHEMAS) as [SectionKey, ...SectionKey[]];

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const id = (message: string) => z.uuid({ message });
const optionalId = (message: string) => z.preprocess(blankToUndefined, z.uuid({ message }).optional());
const expectedVersion = z.coerce.number({ message: "Reload the page and try again." }).int().positive();

function requiredText(max: number, missing: string) {
  return z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .max(max, `Use at most ${max.toLocaleString("en-US")} characters.`)
    .refine((v) => !CONTROL.test(v), "Remove control characters.");
}
const optionalText = (max: number) => z.preprocess(blankToUndefined, requiredText(max, "").optional());

/** The section's answers as JSON text; the domain validates them against the section schema. */
const answersJson = z
  .string()
  .max(50_000, "Too many answers in one save.")
  .transform((text, ctx): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The answers could not be read. Reload the page and try again." });
      return z.NEVER;
    }
  });

export const StartScreeningSchema = z
  .strictObject({ callId: optionalId("Unknown call."), patientId: optionalId("Unknown person.") })
  .refine((v) => Boolean(v.callId) !== Boolean(v.patientId), {
    message: "Start from one call or one person.",
    path: ["form"],
  });
export type StartScreeningInput = z.output<typeof StartScreeningSchema>;

export const FindProspectsSchema = z.strictObject({
  name: z.string().trim().min(2, "Type at least 2 letters of the name.").max(80, "Use at most 80 characters."),
});

export const SaveSectionSchema = z.strictObject({
  screeningId: id("Unknown screening."),
  expectedVersion,
  section: z.enum(SECTION_KEYS, { message: "Unknown section." }),
  answers: answersJson,
  /** Where to go after saving ("Save and continue"); not stored. */
  then: z.preprocess(blankToUndefined, z.enum([...SECTION_KEYS, "submit"]).optional()),
});
export type SaveSectionInput = Omit<z.output<typeof SaveSectionSchema>, "then">;

export const RecordSafetyActionSchema = z.strictObject({
  screeningId: id("Unknown screening."),
  expectedVersion,
  safetyActionTaken: requiredText(2_000, "Record the action taken: who was contacted, when, and the outcome."),
});
export type RecordSafetyActionInput = z.output<typeof RecordSafetyActionSchema>;

/** The C-SSRS screener asked again after a positive PHQ-9 item 9 (ADR 0015): its answers as JSON. */
export const RecordCssrsReaskSchema = z.strictObject({
  screeningId: id("Unknown screening."),
  expectedVersion,
  answers: answersJson,
});
export type RecordCssrsReaskInput = z.output<typeof RecordCssrsReaskSchema>;

export const SubmitScreeningSchema = z.strictObject({ screeningId: id("Unknown screening."), expectedVersion });
export type SubmitScreeningInput = z.output<typeof SubmitScreeningSchema>;

const level = z.preprocess(
  blankToUndefined,
  z.enum(RECOMMENDED_LEVELS, { message: "Choose a level of care." }).optional(),
);

const asamRating = z.preprocess(
  blankToUndefined,
  z.coerce.number({ message: "Choose 0–4." }).int("Choose 0–4.").min(0, "Choose 0–4.").max(4, "Choose 0–4.").optional(),
);
const asamNote = optionalText(500);

/** ASAM form fields: asamRating_d1 … asamRating_d6 (blank = not rated) and a note for each. */
const asamFields = {
  asamRating_d1: asamRating,
  asamNote_d1: asamNote,
  asamRating_d2: asamRating,
  asamNote_d2: asamNote,
  asamRating_d3: asamRating,
  asamNote_d3: asamNote,
  asamRating_d4: asamRating,
  asamNote_d4: asamNote,
  asamRating_d5: asamRating,
  asamNote_d5: asamNote,
  asamRating_d6: asamRating,
  asamNote_d6: asamNote,
};
type AsamFieldKey = keyof typeof asamFields;

/** Flat form fields → the stored ratings (only rated dimensions), or null when none was rated. */
function withAsam<T extends Partial<Record<AsamFieldKey, number | string | undefined>>>(
  value: T,
  ctx: z.RefinementCtx,
) {
  const asamRatings: AsamRatings = {};
  const rest: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!key.startsWith("asam")) rest[key] = v;
  for (const d of ASAM_DIMENSIONS) {
    const rating = value[`asamRating_${d.id}`];
    const note = value[`asamNote_${d.id}`];
    if (typeof rating !== "number") {
      if (note)
        ctx.addIssue({
          code: "custom",
          message: "Rate this dimension, or leave the note empty.",
          path: [`asamRating_${d.id}`],
        });
      continue;
    }
    asamRatings[d.id] = { rating, ...(typeof note === "string" ? { note } : {}) };
  }
  return { ...(rest as Omit<T, AsamFieldKey>), asamRatings: Object.keys(asamRatings).length > 0 ? asamRatings : null };
}

export const ReviewScreeningSchema = z
  .strictObject({
    screeningId: id("Unknown screening."),
    expectedVersion,
    decision: z.enum(["accept", "override"], { message: "Accept the recommendation or choose another level." }),
    finalLevel: level,
    overrideReason: optionalText(2_000),
    ...asamFields,
  })
  .transform(withAsam);
export type ReviewScreeningInput = z.output<typeof ReviewScreeningSchema>;

export const AmendScreeningSchema = z
  .strictObject({
    screeningId: id("Unknown screening."),
    expectedVersion,
    amendmentReason: optionalText(2_000),
    section: z.preprocess(blankToUndefined, z.enum(SECTION_KEYS, { message: "Unknown section." }).optional()),
    answers: z.preprocess(blankToUndefined, answersJson.optional()),
    finalLevel: level,
    overrideReason: optionalText(2_000),
    ...asamFields,
  })
  .transform(withAsam);
export type AmendScreeningInput = z.output<typeof AmendScreeningSchema>;

export const ResolveSafetyFlagSchema = z.strictObject({
  flagId: id("Unknown safety flag."),
  resolution: requiredText(2_000, "Describe how the flag was resolved (evaluation, plan, who was involved)."),
});
export type ResolveSafetyFlagInput = z.output<typeof ResolveSafetyFlagSchema>;
