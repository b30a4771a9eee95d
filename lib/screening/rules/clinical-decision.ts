import { ValidationError } from "@/lib/errors";
import type { RecommendedLevel } from "./loc-config";

export const OVERRIDE_REASON_REQUIRED = "Give the reason for choosing a level other than the recommendation.";

/**
 * The clinician's decision on an override: a level other than the recommendation, with a reason.
 * Shared by review and amendment so the rule is the same in both.
 */
export function overrideOf(
  recommended: RecommendedLevel,
  chosen: RecommendedLevel,
  reason: string | undefined,
): string | null {
  if (chosen === recommended) return null;
  if (!reason) throw ValidationError.field("overrideReason", OVERRIDE_REASON_REQUIRED);
  return reason;
}
