/**
 * Reading the JSON columns back: answers (validated against the draft schema), the stored
 * recommendation and scores. The shapes are written only by the screening use cases.
 */
import { z } from "zod";
import { RECOMMENDED_LEVELS, type RecommendedLevel } from "./loc-config";
import type { Reason } from "./reasons";
import type { Recommendation } from "./recommend";
import { ScreeningAnswersDraftSchema, type ScreeningAnswersDraft } from "./answers-schema";
import type { ScreeningScores } from "./score-screening";

/** What Screening.recommendationReasons stores: the ordered reasons with what produced them. */
export interface StoredRecommendation {
  configVersion: string;
  expectedNextLevel: RecommendedLevel | null;
  reasons: Reason[];
}

export function toStoredRecommendation(r: Recommendation): StoredRecommendation {
  return { configVersion: r.configVersion, expectedNextLevel: r.expectedNextLevel, reasons: r.reasons };
}

const StoredRecommendationSchema = z.object({
  configVersion: z.string(),
  expectedNextLevel: z.enum(RECOMMENDED_LEVELS).nullable(),
  reasons: z.array(
    z.object({
      code: z.string(),
      level: z.enum(RECOMMENDED_LEVELS).nullable(),
      text: z.string(),
      answers: z.array(z.string()),
    }),
  ),
});

export function readRecommendation(json: unknown): StoredRecommendation | null {
  const parsed = StoredRecommendationSchema.safeParse(json);
  return parsed.success ? (parsed.data as StoredRecommendation) : null;
}

/** Answers as stored; null when they were given against another instrument set. */
export function readAnswers(json: unknown): ScreeningAnswersDraft | null {
  const parsed = ScreeningAnswersDraftSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function readScores(json: unknown): Partial<ScreeningScores> {
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Partial<ScreeningScores>) : {};
}
