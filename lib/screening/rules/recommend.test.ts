import { describe, expect, it } from "vitest";
import { gad7Items, phq9Items, screeningAnswers, type ScreeningOverrides } from "@/tests/factories/screening-answers";
import type { SubstanceEntry } from "./answers-schema";
import { DEFAULT_LOC_CONFIG, LocConfigSchema, type RecommendedLevel } from "./loc-config";
import { REASON_CODES, type ReasonCode } from "./reasons";
import { recommendLevel } from "./recommend";

const entry = (
  substance: SubstanceEntry["substance"],
  frequency: SubstanceEntry["frequency"],
  lastUse: SubstanceEntry["lastUse"] = "today",
  route: SubstanceEntry["route"] = substance === "alcohol" || substance === "benzodiazepines" ? "oral" : "smoked",
): SubstanceEntry => ({ substance, route, frequency, lastUse, withdrawalHistory: false });
const dependent = (e: SubstanceEntry): SubstanceEntry => ({ ...e, withdrawalHistory: true });
const uses = (...substances: SubstanceEntry[]): ScreeningOverrides => ({
  substanceUse: { usesSubstances: true, substances },
});
const medical = (m: ScreeningOverrides["medical"]): ScreeningOverrides => ({ medical: m });
const mild: ScreeningOverrides = { phq9: { items: phq9Items(6) }, gad7: { items: gad7Items(5) } };
const cssrsIntent: ScreeningOverrides = { cssrs: { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false } };

type Vignette = [name: string, overrides: ScreeningOverrides, level: RecommendedLevel, codes: ReasonCode[]];

const vignettes: Vignette[] = [
  // Rule 1: EMERGENCY whatever else.
  [
    "C-SSRS high (intent) with mild everything else",
    { ...mild, ...cssrsIntent },
    "EMERGENCY",
    ["cssrs-high", "phq9-mild", "gad7-mild"],
  ],
  [
    "C-SSRS behaviour in the past 3 months, withdrawal seizures and an unsafe home",
    {
      ...uses(entry("alcohol", "daily")),
      cssrs: { q1: true, q2: false, q6: true, q6Recent: true },
      ...medical({ withdrawalSeizureHistory: true }),
      home: { safeHome: false },
    },
    "EMERGENCY",
    ["cssrs-high", "withdrawal-seizure-or-dt-history", "unsafe-home", "substance-regular-use"],
  ],
  [
    "C-SSRS high outranks a service the center does not offer",
    { ...cssrsIntent, serviceFit: { serviceNotOffered: "eating-disorder" } },
    "EMERGENCY",
    ["cssrs-high", "service-not-offered"],
  ],

  // REFER_OUT (ADR 0006).
  [
    "main need is an eating-disorder program",
    { ...mild, serviceFit: { serviceNotOffered: "eating-disorder" } },
    "REFER_OUT",
    ["service-not-offered", "phq9-mild", "gad7-mild"],
  ],
  [
    "needs hospital care, and is in opioid withdrawal",
    { ...uses(entry("opioids", "daily")), ...medical({ medicalCareBeyondCenter: true, opioidWithdrawal: true }) },
    "REFER_OUT",
    ["medical-care-beyond-center", "opioid-withdrawal", "substance-daily-use"],
  ],

  // Rule 2: WITHDRAWAL_MANAGEMENT, residential expected next.
  [
    "seizure history and recent drinking, with a supportive home",
    { ...uses(entry("alcohol", "several-times-a-week", "yesterday")), ...medical({ withdrawalSeizureHistory: true }) },
    "WITHDRAWAL_MANAGEMENT",
    ["withdrawal-seizure-or-dt-history", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "DTs history with daily heavy drinking",
    {
      ...uses(entry("alcohol", "daily")),
      ...medical({ deliriumTremensHistory: true, dailyHeavyAlcoholOrBenzodiazepineUse: true }),
    },
    "WITHDRAWAL_MANAGEMENT",
    [
      "withdrawal-seizure-or-dt-history",
      "daily-heavy-alcohol-or-benzodiazepine-use",
      "residential-after-withdrawal-management",
      "substance-regular-use",
    ],
  ],
  [
    "daily benzodiazepines",
    { ...uses(entry("benzodiazepines", "daily")), ...medical({ dailyHeavyAlcoholOrBenzodiazepineUse: true }) },
    "WITHDRAWAL_MANAGEMENT",
    ["daily-heavy-alcohol-or-benzodiazepine-use", "residential-after-withdrawal-management", "substance-daily-use"],
  ],
  [
    "withdrawal symptoms now after recent opioid use",
    { ...uses(entry("opioids", "several-times-a-week", "2-7-days")), ...medical({ currentWithdrawalSymptoms: true }) },
    "WITHDRAWAL_MANAGEMENT",
    ["current-withdrawal-symptoms", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "opioid withdrawal",
    { ...uses(entry("opioids", "several-times-a-week")), ...medical({ opioidWithdrawal: true }) },
    "WITHDRAWAL_MANAGEMENT",
    ["opioid-withdrawal", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "pregnant with recent cannabis use",
    { ...uses(entry("cannabis", "weekly", "yesterday")), ...medical({ pregnant: true }) },
    "WITHDRAWAL_MANAGEMENT",
    ["pregnancy-with-substance-use", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "unstable medical condition with recent drinking",
    { ...uses(entry("alcohol", "weekly", "today")), ...medical({ unstableMedicalCondition: true }) },
    "WITHDRAWAL_MANAGEMENT",
    ["unstable-medical-condition", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "CIWA-Ar 12",
    { ...uses(entry("alcohol", "weekly")), ciwa: { items: [2, 2, 2, 2, 2, 2, 0, 0, 0, 0] } },
    "WITHDRAWAL_MANAGEMENT",
    ["ciwa-withdrawal", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "COWS 13",
    { ...uses(entry("opioids", "weekly")), cows: { items: [4, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0] } },
    "WITHDRAWAL_MANAGEMENT",
    ["cows-withdrawal", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "seizures + severe depression + obligations: detox first, the rest listed",
    {
      ...uses(entry("alcohol", "weekly", "today")),
      ...medical({ withdrawalSeizureHistory: true }),
      phq9: { items: phq9Items(22) },
      obligations: { work: true, children: true },
    },
    "WITHDRAWAL_MANAGEMENT",
    [
      "withdrawal-seizure-or-dt-history",
      "residential-after-withdrawal-management",
      "phq9-severe",
      "substance-regular-use",
      "obligations-noted",
    ],
  ],

  // Withdrawal factors that do not count on their own.
  [
    "CIWA-Ar 9 is below the threshold: a note",
    { ...uses(entry("alcohol", "weekly")), ciwa: { items: [2, 2, 2, 2, 1, 0, 0, 0, 0, 0] } },
    "IOP",
    ["substance-regular-use", "ciwa-below-threshold"],
  ],
  [
    "COWS 12 in a weekly opioid user is below the threshold: a note",
    { ...uses(entry("opioids", "weekly")), cows: { items: [4, 4, 3, 1, 0, 0, 0, 0, 0, 0, 0] } },
    "IOP",
    ["substance-regular-use", "cows-below-threshold"],
  ],
  [
    "pregnant, no substance use: a note",
    { ...medical({ pregnant: true }) },
    "OUTPATIENT",
    ["no-significant-findings", "medical-history-noted"],
  ],
  [
    "withdrawal symptoms with stimulants only: a note",
    { ...uses(entry("stimulants", "weekly")), ...medical({ currentWithdrawalSymptoms: true }) },
    "IOP",
    ["substance-regular-use", "withdrawal-symptoms-not-counted"],
  ],
  [
    "seizure history but no alcohol for two months",
    {
      ...uses(entry("alcohol", "daily", "over-30-days")),
      ...medical({ withdrawalSeizureHistory: true }),
      treatmentHistory: { pathway: "returning", priorTreatmentEpisodes: 1 },
    },
    "OUTPATIENT",
    ["no-significant-findings", "substances-not-current", "medical-history-noted"],
  ],

  // Physical dependence with recent use (ADR 0006): counted whatever "withdrawal symptoms now" says.
  [
    "daily drinker with withdrawal when stopping, drank today, 'no' to symptoms now",
    uses(dependent(entry("alcohol", "daily", "today"))),
    "WITHDRAWAL_MANAGEMENT",
    ["physical-dependence-recent-use", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "benzodiazepines 3–5 days a week, last taken yesterday, withdrawal when stopping",
    uses(dependent(entry("benzodiazepines", "several-times-a-week", "yesterday"))),
    "WITHDRAWAL_MANAGEMENT",
    ["physical-dependence-recent-use", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "sleeping pills weekly, yesterday, withdrawal when stopping: the pattern does not lower it",
    uses(dependent(entry("other-sedatives", "weekly", "yesterday"))),
    "WITHDRAWAL_MANAGEMENT",
    ["physical-dependence-recent-use", "residential-after-withdrawal-management", "substance-regular-use"],
  ],
  [
    "daily fentanyl today, withdrawal when stopping, but 'no' to opioid withdrawal: resolved toward danger",
    uses(dependent(entry("opioids", "daily", "today"))),
    "WITHDRAWAL_MANAGEMENT",
    [
      "physical-dependence-recent-use",
      "conflict-resolved-toward-risk",
      "residential-after-withdrawal-management",
      "substance-daily-use",
    ],
  ],
  [
    "pain pills daily, yesterday, dependent, 'yes' to opioid withdrawal: no conflict",
    { ...uses(dependent(entry("opioids", "daily", "yesterday", "oral"))), ...medical({ opioidWithdrawal: true }) },
    "WITHDRAWAL_MANAGEMENT",
    [
      "opioid-withdrawal",
      "physical-dependence-recent-use",
      "residential-after-withdrawal-management",
      "substance-daily-use",
    ],
  ],
  [
    "alcohol withdrawal history, last drink 2–7 days ago: a note, not counted",
    uses(dependent(entry("alcohol", "weekly", "2-7-days"))),
    "IOP",
    ["substance-regular-use", "physical-dependence-not-counted"],
  ],
  [
    "stimulant withdrawal history, used today: a note",
    uses(dependent(entry("stimulants", "daily", "today"))),
    "RESIDENTIAL",
    ["substance-daily-use", "physical-dependence-not-counted"],
  ],

  // Clinician-rated scales below the threshold (ADR 0006).
  [
    "COWS 8 in a daily heroin user: withdrawal in progress",
    { ...uses(entry("opioids", "daily", "today")), cows: { items: [2, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0] } },
    "WITHDRAWAL_MANAGEMENT",
    ["cows-withdrawal-in-progress", "residential-after-withdrawal-management", "substance-daily-use"],
  ],
  [
    "COWS 8 in a weekly opioid user: mild signs noted",
    { ...uses(entry("opioids", "weekly", "yesterday")), cows: { items: [2, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0] } },
    "IOP",
    ["substance-regular-use", "cows-below-threshold"],
  ],
  [
    "COWS 3 in a daily opioid user: no active withdrawal, noted",
    { ...uses(entry("opioids", "daily", "today")), cows: { items: [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0] } },
    "RESIDENTIAL",
    ["substance-daily-use", "cows-below-threshold"],
  ],

  // Contradictions resolved toward the more dangerous answer (ADR 0006).
  [
    "'yes' to opioid withdrawal, no opioid listed",
    { ...medical({ opioidWithdrawal: true }) },
    "WITHDRAWAL_MANAGEMENT",
    ["opioid-withdrawal", "conflict-resolved-toward-risk", "residential-after-withdrawal-management"],
  ],
  [
    "'yes' to daily heavy drinking, alcohol not listed",
    { ...uses(entry("cannabis", "weekly")), ...medical({ dailyHeavyAlcoholOrBenzodiazepineUse: true }) },
    "WITHDRAWAL_MANAGEMENT",
    [
      "daily-heavy-alcohol-or-benzodiazepine-use",
      "conflict-resolved-toward-risk",
      "residential-after-withdrawal-management",
      "substance-regular-use",
    ],
  ],
  [
    "withdrawal symptoms now, 'no' to any use",
    { ...medical({ currentWithdrawalSymptoms: true }) },
    "WITHDRAWAL_MANAGEMENT",
    ["conflict-resolved-toward-risk", "residential-after-withdrawal-management"],
  ],

  // Suicide-risk answers that set no level, and informant reports.
  [
    "PHQ-9 item 9 positive with a negative C-SSRS: noted, re-ask",
    { phq9: { items: phq9Items(3, 1) } },
    "OUTPATIENT",
    ["no-significant-findings", "suicide-risk-noted"],
  ],
  [
    "a mother reports her son's moderate depression",
    { respondent: { who: "informant", relation: "parent", pronoun: "he" }, phq9: { items: phq9Items(12) } },
    "IOP",
    ["phq9-moderate", "informant-reported"],
  ],

  // Rule 3: RESIDENTIAL.
  ["severe depression (PHQ-9 22)", { phq9: { items: phq9Items(22) } }, "RESIDENTIAL", ["phq9-severe"]],
  ["severe anxiety (GAD-7 16)", { gad7: { items: gad7Items(16) } }, "RESIDENTIAL", ["gad7-severe"]],
  [
    "AUDIT-C 9 with current drinking",
    { ...uses(entry("alcohol", "several-times-a-week", "yesterday")), auditc: { items: [3, 3, 3], sex: "male" } },
    "RESIDENTIAL",
    ["auditc-severe", "substance-regular-use"],
  ],
  ["daily methamphetamine", uses(entry("stimulants", "daily")), "RESIDENTIAL", ["substance-daily-use"]],
  [
    "daily drinking, AUDIT-C negative: the AUDIT-C judges alcohol, not frequency alone",
    uses(entry("alcohol", "daily")),
    "IOP",
    ["substance-regular-use"],
  ],
  [
    "injects opioids weekly",
    uses(entry("opioids", "weekly", "2-7-days", "injected")),
    "RESIDENTIAL",
    ["substance-injection", "substance-regular-use"],
  ],
  [
    "three relapses after treatment",
    { ...mild, treatmentHistory: { pathway: "returning", priorTreatmentEpisodes: 3, relapsesAfterTreatment: 3 } },
    "RESIDENTIAL",
    ["repeated-relapses", "phq9-mild", "gad7-mild"],
  ],
  [
    "complex co-occurring disorder",
    { coOccurring: { present: true, complexity: "complex" } },
    "RESIDENTIAL",
    ["complex-co-occurring"],
  ],
  ["unsafe home", { home: { safeHome: false } }, "RESIDENTIAL", ["unsafe-home"]],
  [
    "lives with people who use",
    { home: { livesWithPeopleWhoUse: true } },
    "RESIDENTIAL",
    ["lives-with-people-who-use"],
  ],
  ["unstable housing", { home: { unstableHousing: true } }, "RESIDENTIAL", ["unstable-housing"]],
  [
    "no one at home and no support system",
    { home: { accountabilityAtHome: false, supportSystem: false } },
    "RESIDENTIAL",
    ["no-accountability-or-support"],
  ],
  [
    "obligations and no safe home: residential, both in the reasons",
    { ...mild, home: { safeHome: false }, obligations: { work: true } },
    "RESIDENTIAL",
    ["unsafe-home", "phq9-mild", "gad7-mild", "obligations-noted"],
  ],
  [
    "completed detox elsewhere",
    {
      treatmentHistory: {
        pathway: "stepping-down",
        steppingDownFrom: "WITHDRAWAL_MANAGEMENT",
        priorTreatmentEpisodes: 1,
      },
    },
    "RESIDENTIAL",
    ["step-down-from-withdrawal-management"],
  ],

  // PHP (ADR 0006).
  [
    "moderately severe depression (PHQ-9 17), supportive home",
    { phq9: { items: phq9Items(17) } },
    "PHP",
    ["phq9-moderately-severe"],
  ],
  [
    "C-SSRS moderate (method) with moderate anxiety",
    { gad7: { items: gad7Items(11) }, cssrs: { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false } },
    "PHP",
    ["cssrs-moderate", "gad7-moderate"],
  ],
  [
    "C-SSRS moderate (behaviour over 3 months ago)",
    { cssrs: { q1: false, q2: false, q6: true, q6Recent: false } },
    "PHP",
    ["cssrs-moderate"],
  ],
  [
    "PHQ-9 17 with a job: obligations rule out PHP → IOP",
    { phq9: { items: phq9Items(17) }, obligations: { work: true } },
    "IOP",
    ["obligations-rule-out-php", "phq9-moderately-severe"],
  ],

  // Rule 4: IOP.
  ["moderate depression, supportive home", { phq9: { items: phq9Items(12) } }, "IOP", ["phq9-moderate"]],
  ["moderate anxiety", { gad7: { items: gad7Items(12) } }, "IOP", ["gad7-moderate"]],
  [
    "AUDIT-C positive for a woman (3), drinking now",
    { ...uses(entry("alcohol", "less-than-weekly", "8-30-days")), auditc: { items: [1, 1, 1], sex: "female" } },
    "IOP",
    ["auditc-positive", "substance-occasional-use"],
  ],
  ["daily cannabis", uses(entry("cannabis", "daily")), "IOP", ["substance-regular-use"]],
  [
    "manageable co-occurring disorder",
    { coOccurring: { present: true, complexity: "manageable" } },
    "IOP",
    ["manageable-co-occurring"],
  ],
  [
    "no one at home for accountability, support system present",
    { home: { accountabilityAtHome: false } },
    "IOP",
    ["no-accountability-at-home"],
  ],
  [
    "stepping down from residential",
    { treatmentHistory: { pathway: "stepping-down", steppingDownFrom: "RESIDENTIAL", priorTreatmentEpisodes: 1 } },
    "IOP",
    ["step-down-from-residential"],
  ],
  [
    "stepping down from PHP",
    { treatmentHistory: { pathway: "stepping-down", steppingDownFrom: "PHP", priorTreatmentEpisodes: 1 } },
    "IOP",
    ["step-down-from-php"],
  ],
  [
    "moderate depression with school and children",
    { phq9: { items: phq9Items(11) }, obligations: { school: true, children: true } },
    "IOP",
    ["phq9-moderate", "obligations-noted"],
  ],
  [
    "step-down after residential; past-year AUDIT-C positive, no alcohol for 60 days",
    {
      ...uses(entry("alcohol", "daily", "over-30-days")),
      auditc: { items: [4, 3, 3], sex: "male" },
      treatmentHistory: { pathway: "stepping-down", steppingDownFrom: "RESIDENTIAL", priorTreatmentEpisodes: 1 },
    },
    "IOP",
    ["step-down-from-residential", "auditc-not-current", "substances-not-current"],
  ],

  // Rule 5: OUTPATIENT.
  ["mild depression", { phq9: { items: phq9Items(7) } }, "OUTPATIENT", ["phq9-mild"]],
  [
    "occasional cannabis",
    uses(entry("cannabis", "less-than-weekly", "8-30-days")),
    "OUTPATIENT",
    ["substance-occasional-use"],
  ],
  [
    "mild, with a job: obligations change nothing",
    { ...mild, obligations: { work: true } },
    "OUTPATIENT",
    ["phq9-mild", "gad7-mild"],
  ],
  [
    "C-SSRS low changes the level of care not at all (safety handles it)",
    { cssrs: { q1: true, q2: false, q6: false } },
    "OUTPATIENT",
    ["no-significant-findings", "suicide-risk-noted"],
  ],
  ["nothing of note", {}, "OUTPATIENT", ["no-significant-findings"]],
];

describe("level-of-care vignettes", () => {
  it.each(vignettes)("%s", (_name, overrides, level, codes) => {
    const result = recommendLevel(screeningAnswers(overrides));
    expect(result.level).toBe(level);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result.expectedNextLevel).toBe(level === "WITHDRAWAL_MANAGEMENT" ? "RESIDENTIAL" : null);
  });

  it("covers every level", () => {
    const levels = new Set(vignettes.map(([, , level]) => level));
    expect([...levels].sort()).toEqual([
      "EMERGENCY",
      "IOP",
      "OUTPATIENT",
      "PHP",
      "REFER_OUT",
      "RESIDENTIAL",
      "WITHDRAWAL_MANAGEMENT",
    ]);
  });

  it("covers every factor: each reason code appears in some vignette", () => {
    const seen = new Set(vignettes.flatMap(([, , , codes]) => codes));
    expect(REASON_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });

  it("the first reason supports the chosen level", () => {
    for (const [name, overrides, level] of vignettes) {
      expect(recommendLevel(screeningAnswers(overrides)).reasons[0]?.level, name).toBe(level);
    }
  });

  it("names the answers behind each reason", () => {
    const result = recommendLevel(
      screeningAnswers({ ...cssrsIntent, home: { livesWithPeopleWhoUse: true }, phq9: { items: phq9Items(22) } }),
    );
    const byCode = Object.fromEntries(result.reasons.map((r) => [r.code, r]));
    expect(byCode["cssrs-high"]?.answers).toEqual(["cssrs.q4"]);
    expect(byCode["lives-with-people-who-use"]?.answers).toEqual(["home.livesWithPeopleWhoUse"]);
    expect(byCode["phq9-severe"]?.answers).toEqual([
      "phq9.items.0",
      "phq9.items.1",
      "phq9.items.2",
      "phq9.items.3",
      "phq9.items.4",
      "phq9.items.5",
      "phq9.items.6",
      "phq9.items.7",
    ]);
    expect(byCode["phq9-severe"]?.text).toBe("PHQ-9 total 22 (severe band, 20–27).");
  });

  it("names the substance and its answers in the text", () => {
    const result = recommendLevel(
      screeningAnswers(uses(entry("cannabis", "weekly"), entry("stimulants", "daily", "yesterday"))),
    );
    expect(result.reasons[0]).toEqual({
      code: "substance-daily-use",
      level: "RESIDENTIAL",
      text: "Daily use of stimulants (last used yesterday).",
      answers: [
        "substanceUse.substances.1.substance",
        "substanceUse.substances.1.frequency",
        "substanceUse.substances.1.lastUse",
      ],
    });
  });
});

describe("configuration", () => {
  it("the defaults are a valid configuration", () => {
    expect(LocConfigSchema.parse(DEFAULT_LOC_CONFIG)).toEqual(DEFAULT_LOC_CONFIG);
  });

  it("a changed threshold changes the recommendation", () => {
    const config = {
      ...DEFAULT_LOC_CONFIG,
      severity: { ...DEFAULT_LOC_CONFIG.severity, phq9: { ...DEFAULT_LOC_CONFIG.severity.phq9, severe: 23 } },
    };
    const answers = screeningAnswers({ phq9: { items: phq9Items(22) } });
    expect(recommendLevel(answers).level).toBe("RESIDENTIAL");
    expect(recommendLevel(answers, config).level).toBe("PHP");
  });

  it("null switches a numeric factor off", () => {
    const config = {
      ...DEFAULT_LOC_CONFIG,
      residential: { ...DEFAULT_LOC_CONFIG.residential, relapsesAfterTreatmentAtLeast: null },
    };
    const answers = screeningAnswers({
      treatmentHistory: { pathway: "returning", priorTreatmentEpisodes: 4, relapsesAfterTreatment: 4 },
    });
    expect(recommendLevel(answers, config).level).toBe("OUTPATIENT");
  });

  it("reports the configuration version it used", () => {
    expect(recommendLevel(screeningAnswers()).configVersion).toBe(DEFAULT_LOC_CONFIG.version);
  });

  it("refuses a configuration with unknown keys or levels", () => {
    expect(LocConfigSchema.safeParse({ ...DEFAULT_LOC_CONFIG, asam: {} }).success).toBe(false);
    expect(
      LocConfigSchema.safeParse({ ...DEFAULT_LOC_CONFIG, stepDown: { ...DEFAULT_LOC_CONFIG.stepDown, PHP: "DETOX" } })
        .success,
    ).toBe(false);
  });
});
