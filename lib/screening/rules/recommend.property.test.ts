import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbScreeningAnswers } from "@/tests/factories/screening-answers";
import { ScreeningAnswersSchema } from "./answers-schema";
import { describeAnswer } from "./describe";
import { LEVEL_PRECEDENCE, recommendLevel } from "./recommend";
import { assessSafety } from "./safety";
import { scoreScreening } from "./score-screening";

describe("recommendation properties (random valid screenings)", () => {
  it("the generator only makes valid screenings", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, (answers) => {
        expect(ScreeningAnswersSchema.safeParse(answers).error?.issues ?? []).toEqual([]);
      }),
    );
  });

  it("never throws, always gives reasons, and leads with one for the chosen level", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, (answers) => {
        const { level, reasons } = recommendLevel(answers);
        expect(reasons.length).toBeGreaterThan(0);
        expect(reasons[0]?.level).toBe(level);
      }),
    );
  });

  it("the highest-acuity finding wins (PHP gives way to IOP only for obligations)", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, (answers) => {
        const { level, reasons } = recommendLevel(answers);
        const top = LEVEL_PRECEDENCE.find((l) => reasons.some((r) => r.level === l));
        if (reasons[0]?.code === "obligations-rule-out-php") {
          expect(level).toBe("IOP");
          expect(reasons.some((r) => r.level === "PHP")).toBe(true);
          expect(LEVEL_PRECEDENCE.indexOf(top ?? "OUTPATIENT")).toBe(LEVEL_PRECEDENCE.indexOf("PHP"));
        } else {
          expect(level).toBe(top);
        }
      }),
    );
  });

  it("C-SSRS high is always EMERGENCY", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, (answers) => {
        if (scoreScreening(answers).cssrs.band === "high") expect(recommendLevel(answers).level).toBe("EMERGENCY");
        else expect(recommendLevel(answers).level).not.toBe("EMERGENCY");
      }),
    );
  });

  it("every answer a reason names can be shown as a question and an answer", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, (answers) => {
        for (const reason of recommendLevel(answers).reasons) {
          for (const path of reason.answers)
            expect(describeAnswer(answers, path), `${reason.code}: ${path}`).not.toBeNull();
        }
      }),
    );
  });

  it("is pure: same answers, same result; the answers are not changed", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, (answers) => {
        const before = structuredClone(answers);
        expect(recommendLevel(answers)).toEqual(recommendLevel(structuredClone(answers)));
        expect(answers).toEqual(before);
      }),
    );
  });

  it("safety risk follows the C-SSRS band, and a positive PHQ-9 item 9 is at least LOW", () => {
    const expected = { none: "NONE", low: "LOW", moderate: "MODERATE", high: "HIGH" } as const;
    fc.assert(
      fc.property(arbScreeningAnswers, (answers) => {
        const band = scoreScreening(answers).cssrs.band;
        const { risk } = assessSafety(answers);
        const item9 = (answers.phq9.items[8] ?? 0) > 0;
        expect(risk).toBe(band === "none" && item9 ? "LOW" : expected[band]);
      }),
    );
  });
});
