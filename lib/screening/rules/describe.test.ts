import { describe, expect, it } from "vitest";
import { screeningAnswers } from "@/tests/factories/screening-answers";
import { describeAnswer } from "./describe";

const answers = screeningAnswers({
  phq9: { items: [0, 1, 0, 0, 0, 0, 0, 0, 2], difficulty: 1 },
  auditc: { items: [3, 1, 0], sex: "male" },
  cssrs: { q1: true, q2: false, q6: true, q6Recent: false },
  substanceUse: {
    usesSubstances: true,
    substances: [
      { substance: "cannabis", route: "vaped", frequency: "daily", lastUse: "yesterday", withdrawalHistory: false },
    ],
  },
  home: { safeHome: false },
  treatmentHistory: { pathway: "returning", priorTreatmentEpisodes: 2, relapsesAfterTreatment: 2 },
  cows: { items: [0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0] },
});

describe("describeAnswer", () => {
  it.each([
    [
      "phq9.items.8",
      "Depression (PHQ-9)",
      "9. Thoughts that you would be better off dead or of hurting yourself in some way",
      "More than half the days (2)",
    ],
    [
      "phq9.difficulty",
      "Depression (PHQ-9)",
      expect.stringContaining("how difficult have these problems"),
      "Somewhat difficult (1)",
    ],
    [
      "auditc.items.0",
      "Alcohol (AUDIT-C)",
      "1. How often do you have a drink containing alcohol?",
      "2 to 3 times a week (3)",
    ],
    ["auditc.sex", "Alcohol (AUDIT-C)", expect.stringContaining("Sex assigned at birth"), "Male"],
    [
      "cssrs.q1",
      "Suicide risk (C-SSRS screener)",
      "1. Have you wished you were dead or wished you could go to sleep and not wake up?",
      "Yes",
    ],
    ["cssrs.q4", "Suicide risk (C-SSRS screener)", expect.stringContaining("intention of acting"), "Not asked"],
    ["cssrs.q6Recent", "Suicide risk (C-SSRS screener)", "If YES, ask: Was this within the past 3 months?", "No"],
    ["cows.items.2", "Opioid withdrawal (COWS, clinician)", "3. Restlessness", "3"],
    [
      "substanceUse.substances.0.frequency",
      "Substance use",
      "Substance 1 (Cannabis): How often, in the usual pattern before the last use?",
      "Daily or almost daily",
    ],
    ["home.safeHome", "Home and support", expect.stringContaining("safe"), "No"],
    [
      "treatmentHistory.relapsesAfterTreatment",
      "Treatment and relapse history",
      expect.stringContaining("returned to use"),
      "2",
    ],
    [
      "serviceFit.serviceNotOffered",
      "Service fit",
      expect.stringContaining("does not offer"),
      "No — the center's services fit",
    ],
    ["coOccurring.complexity", "Co-occurring diagnoses", "How manageable is it?", "Not answered"],
  ])("%s", (path, section, question, answer) => {
    expect(describeAnswer(answers, path)).toEqual({ path, section, question, answer });
  });

  it.each([
    "nonsense",
    "phq9.items.9",
    "phq9.items.x",
    "home.pets",
    "__proto__.x",
    "constructor",
    "substanceUse.substances.0.colour",
  ])("returns null for %s", (path) => {
    expect(describeAnswer(answers, path)).toBeNull();
  });
});
