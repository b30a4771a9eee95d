import { describe, expect, it } from "vitest";
import type { ScreeningAnswersDraft } from "./answers-schema";
import { assessSafety, canSubmit, SAFETY_PROTOCOLS } from "./safety";

type Cssrs = NonNullable<ScreeningAnswersDraft["cssrs"]>;
const phq9 = (item9: number | null) => ({ items: [0, 0, 0, 0, 0, 0, 0, 0, item9] });

describe("safety risk", () => {
  it.each<[string, Pick<ScreeningAnswersDraft, "phq9" | "cssrs">, string, string[]]>([
    ["nothing answered yet", {}, "NONE", []],
    ["all no", { phq9: phq9(0), cssrs: { q1: false, q2: false, q6: false } }, "NONE", []],
    ["PHQ-9 item 9 positive, minimal total, no C-SSRS yet", { phq9: phq9(1) }, "LOW", ["phq9-item9"]],
    ["PHQ-9 item 9 unanswered", { phq9: phq9(null) }, "NONE", []],
    ["C-SSRS wish to be dead", { cssrs: { q1: true } }, "LOW", ["cssrs-low"]],
    ["C-SSRS method", { cssrs: { q1: true, q2: true, q3: true } }, "MODERATE", ["cssrs-moderate"]],
    ["C-SSRS behaviour, recency not asked yet", { cssrs: { q6: true } }, "MODERATE", ["cssrs-moderate"]],
    ["C-SSRS old behaviour", { cssrs: { q6: true, q6Recent: false } }, "MODERATE", ["cssrs-moderate"]],
    ["C-SSRS intent, as soon as it is answered", { cssrs: { q1: true, q2: true, q4: true } }, "HIGH", ["cssrs-high"]],
    ["C-SSRS plan", { cssrs: { q5: true } }, "HIGH", ["cssrs-high"]],
    ["C-SSRS recent behaviour", { cssrs: { q6: true, q6Recent: true } }, "HIGH", ["cssrs-high"]],
    [
      "draft contradiction: intent after no to Q2 still counts",
      { cssrs: { q2: false, q4: true } },
      "HIGH",
      ["cssrs-high"],
    ],
    [
      "item 9 and C-SSRS high: both flags, HIGH",
      { phq9: phq9(3), cssrs: { q1: true, q2: true, q3: true, q4: true, q5: true, q6: false } },
      "HIGH",
      ["phq9-item9", "cssrs-high"],
    ],
  ])("%s → %s", (_, answers, risk, sources) => {
    const result = assessSafety(answers);
    expect(result.risk).toBe(risk);
    expect(result.flags.map((f) => f.source)).toEqual(sources);
    expect(result.protocol).toBe(SAFETY_PROTOCOLS[risk as keyof typeof SAFETY_PROTOCOLS]);
  });

  it("flags name the answers that raised them", () => {
    const { flags } = assessSafety({
      phq9: phq9(2),
      cssrs: { q1: true, q2: true, q3: false, q4: true, q5: false, q6: true, q6Recent: true },
    });
    expect(flags).toEqual([
      expect.objectContaining({ source: "phq9-item9", risk: "LOW", answers: ["phq9.items.8"] }),
      expect.objectContaining({
        source: "cssrs-high",
        risk: "HIGH",
        answers: ["cssrs.q4", "cssrs.q6", "cssrs.q6Recent"],
      }),
    ]);
  });
});

describe("protocols", () => {
  it("high: stay on the line, 988 or emergency services, clinician on duty, record before submitting", () => {
    const text = SAFETY_PROTOCOLS.HIGH.steps.join(" ");
    for (const phrase of [
      "Stay on the line",
      "988",
      "911",
      "clinician on duty",
      "Record the action taken",
      "cannot be submitted",
    ])
      expect(text).toContain(phrase);
    expect(SAFETY_PROTOCOLS.HIGH.actionRequiredBeforeSubmit).toBe(true);
  });

  it("only high blocks submission; none has no steps", () => {
    expect(SAFETY_PROTOCOLS.MODERATE.actionRequiredBeforeSubmit).toBe(false);
    expect(SAFETY_PROTOCOLS.LOW.actionRequiredBeforeSubmit).toBe(false);
    expect(SAFETY_PROTOCOLS.NONE.steps).toEqual([]);
    expect(SAFETY_PROTOCOLS.MODERATE.steps.join(" ")).toContain("clinician on duty");
  });
});

describe("canSubmit", () => {
  const high: { cssrs: Cssrs } = { cssrs: { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false } };
  it.each<[string, Pick<ScreeningAnswersDraft, "phq9" | "cssrs">, string | null | undefined, boolean]>([
    ["high without an action", high, undefined, false],
    ["high with null", high, null, false],
    ["high with blanks", high, "   \n", false],
    ["high with the action recorded", high, "Warm handoff to 988 at 14:05; Dr. Lee notified.", true],
    ["moderate without an action", { cssrs: { q6: true, q6Recent: false } }, undefined, true],
    ["low without an action", { phq9: phq9(1) }, null, true],
    ["none", {}, undefined, true],
  ])("%s → %s", (_, answers, action, expected) => {
    expect(canSubmit(answers, action)).toBe(expected);
  });
});
