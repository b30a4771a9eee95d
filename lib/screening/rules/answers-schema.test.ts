import { describe, expect, it } from "vitest";
import { BASELINE_ANSWERS, screeningAnswers } from "@/tests/factories/screening-answers";
import { ScreeningAnswersDraftSchema, ScreeningAnswersSchema, SECTION_SCHEMAS } from "./answers-schema";
import { INSTRUMENT_SET_VERSION } from "./instruments";

const issuePaths = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; code: string; keys?: string[] }[] };
}) =>
  (result.error?.issues ?? []).flatMap((i) =>
    i.code === "unrecognized_keys" ? (i.keys ?? []).map((k) => [...i.path, k].join(".")) : [i.path.join(".")],
  );

describe("draft answers", () => {
  it("accepts an empty draft with only the instrument set version", () => {
    expect(ScreeningAnswersDraftSchema.safeParse({ instrumentSetVersion: INSTRUMENT_SET_VERSION }).success).toBe(true);
  });

  it("accepts partly answered sections", () => {
    const draft = {
      instrumentSetVersion: INSTRUMENT_SET_VERSION,
      phq9: { items: [1, 2, null, null, null, null, null, null, null] },
      cssrs: { q1: true },
      auditc: { items: [2, null, null] },
      medical: { pregnant: false },
      substanceUse: { usesSubstances: true, substances: [{ substance: "alcohol" }] },
      treatmentHistory: { pathway: "returning" },
    };
    expect(ScreeningAnswersDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("still checks the items that are answered", () => {
    const draft = {
      instrumentSetVersion: INSTRUMENT_SET_VERSION,
      phq9: { items: [1, 4, null, null, null, null, null, null, null] },
    };
    expect(issuePaths(ScreeningAnswersDraftSchema.safeParse(draft))).toEqual(["phq9.items.1"]);
  });

  it("accepts a complete screening as a draft too", () => {
    expect(ScreeningAnswersDraftSchema.safeParse(BASELINE_ANSWERS).success).toBe(true);
  });

  it("refuses unknown keys at every level", () => {
    const draft = {
      instrumentSetVersion: INSTRUMENT_SET_VERSION,
      extra: 1,
      home: { safeHome: true, pets: true },
      cssrs: { q7: true },
    };
    expect(issuePaths(ScreeningAnswersDraftSchema.safeParse(draft)).sort()).toEqual(["cssrs.q7", "extra", "home.pets"]);
  });

  it("refuses answers for another instrument set", () => {
    expect(ScreeningAnswersDraftSchema.safeParse({ instrumentSetVersion: "2025.1" }).success).toBe(false);
  });
});

describe("submitted answers", () => {
  it("accepts the baseline and a full screening", () => {
    expect(ScreeningAnswersSchema.safeParse(BASELINE_ANSWERS).success).toBe(true);
    const full = screeningAnswers({
      substanceUse: {
        usesSubstances: true,
        substances: [
          { substance: "opioids", route: "intranasal", frequency: "daily", lastUse: "today", withdrawalHistory: true },
          {
            substance: "cannabis",
            route: "smoked",
            frequency: "weekly",
            lastUse: "2-7-days",
            withdrawalHistory: false,
          },
        ],
      },
      phq9: { items: [1, 2, 1, 2, 1, 1, 0, 0, 0], difficulty: 2 },
      gad7: { items: [1, 1, 1, 1, 1, 1, 1], difficulty: null },
      auditc: { items: [1, 0, 0], sex: "male" },
      cssrs: { q1: true, q2: true, q3: false, q4: false, q5: false, q6: true, q6Recent: false },
      treatmentHistory: {
        pathway: "stepping-down",
        steppingDownFrom: "RESIDENTIAL",
        priorTreatmentEpisodes: 2,
        relapsesAfterTreatment: 1,
      },
      coOccurring: { present: true, complexity: "manageable", diagnoses: ["depression", "ptsd"] },
      insurance: { coverage: "medicaid", payer: "State Medicaid" },
      ciwa: { items: [0, 1, 0, 2, 0, 0, 0, 0, 1, 0] },
      cows: { items: [1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 0] },
    });
    const result = ScreeningAnswersSchema.safeParse(full);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each([
    "substanceUse",
    "phq9",
    "gad7",
    "auditc",
    "cssrs",
    "medical",
    "home",
    "treatmentHistory",
    "coOccurring",
    "obligations",
    "serviceFit",
  ])("requires the %s section", (section) => {
    const answers: Record<string, unknown> = structuredClone(BASELINE_ANSWERS);
    delete answers[section];
    expect(issuePaths(ScreeningAnswersSchema.safeParse(answers))).toEqual([section]);
  });

  it("does not require insurance or the clinician-rated scales", () => {
    const { insurance: _i, ciwa: _c, cows: _w, ...rest } = screeningAnswers();
    expect(ScreeningAnswersSchema.safeParse(rest).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["unanswered PHQ-9 item", { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, null] } }, "phq9.items.8"],
    ["short GAD-7", { gad7: { items: [0, 0, 0] } }, "gad7.items"],
    [
      "PHQ-9 difficulty out of range",
      { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 0], difficulty: 4 } },
      "phq9.difficulty",
    ],
    ["C-SSRS yes to Q5 after no to Q2", { cssrs: { q1: true, q2: false, q5: true, q6: false } }, "cssrs.q5"],
    ["C-SSRS recency missing", { cssrs: { q1: false, q2: false, q6: true } }, "cssrs.q6Recent"],
    ["AUDIT-C 'Never' then binges", { auditc: { items: [0, 0, 2], sex: "female" } }, "auditc.items.2"],
    ["AUDIT-C without sex", { auditc: { items: [1, 1, 0] } }, "auditc.sex"],
    [
      "uses substances but lists none",
      { substanceUse: { usesSubstances: true, substances: [] } },
      "substanceUse.substances",
    ],
    [
      "lists substances but uses none",
      {
        substanceUse: {
          usesSubstances: false,
          substances: [
            { substance: "alcohol", route: "oral", frequency: "weekly", lastUse: "today", withdrawalHistory: false },
          ],
        },
      },
      "substanceUse.substances",
    ],
    [
      "a substance not on the list",
      {
        substanceUse: {
          usesSubstances: true,
          substances: [
            { substance: "kratom", route: "oral", frequency: "weekly", lastUse: "today", withdrawalHistory: false },
          ],
        },
      },
      "substanceUse.substances.0.substance",
    ],
    [
      "the same substance twice",
      {
        substanceUse: {
          usesSubstances: true,
          substances: [
            { substance: "alcohol", route: "oral", frequency: "weekly", lastUse: "today", withdrawalHistory: false },
            { substance: "alcohol", route: "oral", frequency: "daily", lastUse: "today", withdrawalHistory: false },
          ],
        },
      },
      "substanceUse.substances.1.substance",
    ],
    [
      "step-down without its level",
      { treatmentHistory: { pathway: "stepping-down", priorTreatmentEpisodes: 1, relapsesAfterTreatment: 0 } },
      "treatmentHistory.steppingDownFrom",
    ],
    [
      "first time with earlier episodes",
      { treatmentHistory: { pathway: "first-time", priorTreatmentEpisodes: 2, relapsesAfterTreatment: 0 } },
      "treatmentHistory.priorTreatmentEpisodes",
    ],
    [
      "relapses after treatment without treatment",
      { treatmentHistory: { pathway: "returning", priorTreatmentEpisodes: 0, relapsesAfterTreatment: 1 } },
      "treatmentHistory.relapsesAfterTreatment",
    ],
    [
      "negative episode count",
      { treatmentHistory: { pathway: "returning", priorTreatmentEpisodes: -1, relapsesAfterTreatment: 0 } },
      "treatmentHistory.priorTreatmentEpisodes",
    ],
    [
      "fractional relapse count",
      { treatmentHistory: { pathway: "returning", priorTreatmentEpisodes: 2, relapsesAfterTreatment: 1.5 } },
      "treatmentHistory.relapsesAfterTreatment",
    ],
    ["co-occurring without complexity", { coOccurring: { present: true } }, "coOccurring.complexity"],
    [
      "yes/no as a string",
      {
        home: {
          safeHome: "yes",
          livesWithPeopleWhoUse: false,
          unstableHousing: false,
          supportSystem: true,
          accountabilityAtHome: true,
        },
      },
      "home.safeHome",
    ],
    [
      "payer with a control character",
      { insurance: { coverage: "commercial", payer: "Acme\u202eCare" } },
      "insurance.payer",
    ],
  ])("refuses %s", (_, overrides, path) => {
    const answers = { ...structuredClone(BASELINE_ANSWERS), ...overrides };
    expect(issuePaths(ScreeningAnswersSchema.safeParse(answers))).toContain(path);
  });
});

describe("section schemas", () => {
  it("cover every section of the answers, and each accepts that section of a complete screening", () => {
    const sections = Object.keys(ScreeningAnswersDraftSchema.shape).filter((k) => k !== "instrumentSetVersion");
    expect(Object.keys(SECTION_SCHEMAS).sort()).toEqual(sections.sort());
    for (const [key, schemas] of Object.entries(SECTION_SCHEMAS)) {
      const section = (BASELINE_ANSWERS as Record<string, unknown>)[key];
      if (section === undefined) continue; // clinician-rated scales are not part of every screening
      expect(schemas.submitted.safeParse(section).success, key).toBe(true);
      expect(schemas.draft.safeParse(section).success, key).toBe(true);
    }
  });

  it("a section draft is strict too", () => {
    expect(SECTION_SCHEMAS.medical.draft.safeParse({ pregnant: true, smoker: true }).success).toBe(false);
  });
});
