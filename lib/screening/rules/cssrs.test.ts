import { describe, expect, it } from "vitest";
import { ScreeningValidationError } from "./errors";
import type { CssrsAnswers } from "./item-checks";
import { scoreInstrument } from "./score-instrument";

type Answer = boolean | null | undefined;
const Y = true;
const N = false;
const _ = undefined;

function answers(
  q1: boolean,
  q2: boolean,
  q3: Answer,
  q4: Answer,
  q5: Answer,
  q6: boolean,
  q6Recent: Answer,
): CssrsAnswers {
  // Absent keys stay absent, as a form that skipped them would send.
  const out: Record<string, Answer> = { q1, q2, q6 };
  Object.entries({ q3, q4, q5, q6Recent }).forEach(([k, v]) => {
    if (v !== undefined) out[k] = v;
  });
  return out as unknown as CssrsAnswers;
}

describe("C-SSRS screener branching and bands", () => {
  it.each<[string, boolean, boolean, Answer, Answer, Answer, boolean, Answer, string]>([
    ["no to everything", N, N, _, _, _, N, _, "none"],
    ["no to everything, skipped questions sent as false", N, N, N, N, N, N, N, "none"],
    ["no to everything, skipped questions sent as null", N, N, null, null, null, N, null, "none"],
    ["wish to be dead only", Y, N, _, _, _, N, _, "low"],
    ["active thoughts, no method, intent or plan", N, Y, N, N, N, N, _, "low"],
    ["wish and thoughts only", Y, Y, N, N, N, N, _, "low"],
    ["thinking about how (Q3)", Y, Y, Y, N, N, N, _, "moderate"],
    ["intent (Q4)", Y, Y, N, Y, N, N, _, "high"],
    ["plan with intent (Q5)", Y, Y, N, N, Y, N, _, "high"],
    ["method, intent and plan", Y, Y, Y, Y, Y, N, _, "high"],
    ["behaviour more than 3 months ago, no ideation", N, N, _, _, _, Y, N, "moderate"],
    ["behaviour within 3 months, no ideation", N, N, _, _, _, Y, Y, "high"],
    ["wish to be dead + old behaviour", Y, N, _, _, _, Y, N, "moderate"],
    ["thoughts + recent behaviour", N, Y, N, N, N, Y, Y, "high"],
    ["method + old behaviour", N, Y, Y, N, N, Y, N, "moderate"],
    ["Q6 no, follow-up sent as false", N, N, _, _, _, N, N, "none"],
  ])("%s → %s", (_name, q1, q2, q3, q4, q5, q6, q6Recent, band) => {
    expect(scoreInstrument("cssrs", answers(q1, q2, q3, q4, q5, q6, q6Recent)).band).toBe(band);
  });

  it.each<[string, CssrsAnswers, string, string]>([
    [
      "yes to Q4 after no to Q2 is refused, not ignored",
      answers(Y, N, _, Y, _, N, _),
      "q4",
      "skipped-question-answered",
    ],
    ["yes to Q3 after no to Q2", answers(N, N, Y, _, _, N, _), "q3", "skipped-question-answered"],
    ["yes to Q5 after no to Q2", answers(N, N, N, N, Y, N, _), "q5", "skipped-question-answered"],
    ["Q3 unanswered after yes to Q2", answers(N, Y, _, N, N, N, _), "q3", "missing"],
    ["Q5 null after yes to Q2", answers(N, Y, N, N, null, N, _), "q5", "missing"],
    ["recency unanswered after yes to Q6", answers(N, N, _, _, _, Y, _), "q6Recent", "missing"],
    ["recency yes after no to Q6", answers(N, N, _, _, _, N, Y), "q6Recent", "skipped-question-answered"],
  ])("%s", (_name, input, path, code) => {
    let caught: unknown;
    try {
      scoreInstrument("cssrs", input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScreeningValidationError);
    expect((caught as ScreeningValidationError).issues).toContainEqual(
      expect.objectContaining({ path, code, answerPath: `cssrs.${path}` }),
    );
  });

  it("matches the docs/clinical.md rules on every combination of answers", () => {
    const bools = [true, false];
    const optional: Answer[] = [true, false, null, undefined];
    let valid = 0;
    let refused = 0;
    for (const q1 of bools)
      for (const q2 of bools)
        for (const q6 of bools)
          for (const q3 of optional)
            for (const q4 of optional)
              for (const q5 of optional)
                for (const q6Recent of optional) {
                  const input = answers(q1, q2, q3, q4, q5, q6, q6Recent);
                  const isBool = (v: Answer) => typeof v === "boolean";
                  // Asked questions need an answer; skipped ones may not be yes.
                  const ok =
                    (q2 ? [q3, q4, q5].every(isBool) : [q3, q4, q5].every((v) => v !== true)) &&
                    (q6 ? isBool(q6Recent) : q6Recent !== true);
                  if (!ok) {
                    expect(() => scoreInstrument("cssrs", input)).toThrow(ScreeningValidationError);
                    refused += 1;
                    continue;
                  }
                  const expected =
                    q4 === true || q5 === true || (q6 && q6Recent === true)
                      ? "high"
                      : q3 === true || (q6 && q6Recent === false)
                        ? "moderate"
                        : q1 || q2
                          ? "low"
                          : "none";
                  const result = scoreInstrument("cssrs", input);
                  expect(result).toEqual({
                    total: null,
                    band: expected,
                    flags: expected === "high" ? ["cssrs-high"] : [],
                  });
                  valid += 1;
                }
    expect(valid + refused).toBe(2048);
    expect(valid).toBeGreaterThan(100);
  });
});
