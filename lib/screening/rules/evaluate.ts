import { DEFAULT_LOC_CONFIG, type LocConfig } from "./loc-config";
import { recommendLevel, type Recommendation } from "./recommend";
import { assessSafety, type SafetyAssessment } from "./safety";
import type { ScreeningAnswers } from "./answers-schema";
import { scoreScreening, type ScreeningScores } from "./score-screening";

/** Everything the server stores on submission, recomputed from the item answers alone. */
export interface ScreeningEvaluation {
  scores: ScreeningScores;
  safety: SafetyAssessment;
  recommendation: Recommendation;
}

/** For a screening parsed with ScreeningAnswersSchema: scores, safety and recommendation together. */
export function evaluateScreening(
  answers: ScreeningAnswers,
  config: LocConfig = DEFAULT_LOC_CONFIG,
): ScreeningEvaluation {
  return {
    scores: scoreScreening(answers),
    safety: assessSafety(answers),
    recommendation: recommendLevel(answers, config),
  };
}
