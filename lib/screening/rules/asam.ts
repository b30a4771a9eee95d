/**
 * The clinician's own ASAM dimension ratings (Screening.asamRatings). Only the six dimension
 * names are shown; the ASAM Criteria's decision rules are licensed text and are not encoded
 * (docs/clinical.md, ADR 0006): the ratings are recorded, never used to compute a level.
 */
import { z } from "zod";

export const ASAM_DIMENSIONS = [
  { id: "d1", number: 1, title: "Acute intoxication and/or withdrawal potential" },
  { id: "d2", number: 2, title: "Biomedical conditions and complications" },
  { id: "d3", number: 3, title: "Emotional, behavioral, or cognitive conditions and complications" },
  { id: "d4", number: 4, title: "Readiness to change" },
  { id: "d5", number: 5, title: "Relapse, continued use, or continued problem potential" },
  { id: "d6", number: 6, title: "Recovery/living environment" },
] as const;

export type AsamDimensionId = (typeof ASAM_DIMENSIONS)[number]["id"];

/** Risk rating 0–4; the words are the project's own, not ASAM's descriptions. */
export const ASAM_RATINGS = [
  { value: 0, label: "0 — no risk" },
  { value: 1, label: "1 — low" },
  { value: 2, label: "2 — moderate" },
  { value: 3, label: "3 — high" },
  { value: 4, label: "4 — very high" },
] as const;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

const rating = z.strictObject({
  rating: z.number().int().min(0).max(4),
  note: z
    .string()
    .trim()
    .min(1)
    .max(500, "Use at most 500 characters.")
    .refine((v) => !CONTROL.test(v), "Remove control characters.")
    .optional(),
});

/** Stored shape: only the dimensions the clinician rated. */
export const AsamRatingsSchema = z.strictObject({
  d1: rating.optional(),
  d2: rating.optional(),
  d3: rating.optional(),
  d4: rating.optional(),
  d5: rating.optional(),
  d6: rating.optional(),
});
export type AsamRatings = z.output<typeof AsamRatingsSchema>;

export function readAsamRatings(json: unknown): AsamRatings | null {
  const parsed = AsamRatingsSchema.safeParse(json);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null;
}
