import { describe, expect, it } from "vitest";
import { phq9Items, screeningAnswers } from "@/tests/factories/screening-answers";
import { evaluateScreening } from "./evaluate";
import { INSTRUMENT_SET_VERSION } from "./instruments";
import { scoreCompletedSections, scoreScreening } from "./score-screening";

describe("scoring a whole screening", () => {
  it("gives one { total, band, flags } per instrument, for Screening.scores", () => {
    const answers = screeningAnswers({
      phq9: { items: phq9Items(12, 1) },
      auditc: { items: [2, 1, 0], sex: "female" },
      cows: { items: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0] },
    });
    expect(scoreScreening(answers)).toEqual({
      phq9: { total: 12, band: "moderate", flags: ["phq9-item9"] },
      gad7: { total: 0, band: "minimal", flags: [] },
      auditc: { total: 3, band: "positive", flags: [] },
      cssrs: { total: null, band: "none", flags: [] },
      cows: { total: 10, band: "mild", flags: [] },
    });
  });

  it("scores only the finished sections of a draft", () => {
    const scores = scoreCompletedSections({
      instrumentSetVersion: INSTRUMENT_SET_VERSION,
      phq9: { items: [1, 1, 1, 1, 1, null, null, null, null] },
      gad7: { items: [3, 3, 3, 3, 0, 0, 0] },
      cssrs: { q1: true, q2: false },
      auditc: { items: [1, 0, 0], sex: "male" },
    });
    expect(scores).toEqual({
      gad7: { total: 12, band: "moderate", flags: ["gad7-further-evaluation"] },
      auditc: { total: 1, band: "negative", flags: ["auditc-q1-only"] },
    });
  });

  it("evaluates scores, safety and recommendation together", () => {
    const answers = screeningAnswers({ cssrs: { q1: true, q2: true, q3: true, q4: true, q5: true, q6: false } });
    const result = evaluateScreening(answers);
    expect(result.scores.cssrs.band).toBe("high");
    expect(result.safety.risk).toBe("HIGH");
    expect(result.recommendation.level).toBe("EMERGENCY");
  });
});
