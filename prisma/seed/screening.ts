/**
 * Plausible phone-screening answers in the product's own answer format (lib/screening): built
 * with the tests' screeningAnswers() (tests/factories/screening-answers.ts) and varied by the seeded RNG, then scored, safety-assessed and
 * recommended by the product's rules (evaluateScreening), so demo data and live data agree.
 * Pure and deterministic: the same stream gives the same screening.
 */
import type { CallReason, SexAtBirth } from "@/lib/generated/prisma/enums";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";
import type {
  Frequency,
  ScreeningAnswers,
  ScreeningAnswersDraft,
  Substance,
  SubstanceEntry,
} from "@/lib/screening/rules/answers-schema";
import { evaluateScreening, type ScreeningEvaluation } from "@/lib/screening/rules/evaluate";
import { assessSafety, type SafetyAssessment } from "@/lib/screening/rules/safety";
import { scoreCompletedSections } from "@/lib/screening/rules/score-screening";
import { SECTION_ORDER } from "@/lib/screening/rules/sections";
import { screeningAnswers } from "@/tests/factories/screening-answers";
import type { Rng } from "./random";

export { INSTRUMENT_SET_VERSION } from "@/lib/screening/rules/instruments";

export interface GeneratedScreening {
  answers: ScreeningAnswers;
  evaluation: ScreeningEvaluation;
}

export interface PartialScreening {
  answers: ScreeningAnswersDraft;
  scores: ReturnType<typeof scoreCompletedSections>;
  safety: SafetyAssessment;
}

/** Our typed objects as a Json column value (they are plain JSON: numbers, strings, booleans, lists). */
export const asJson = (value: unknown) => value as InputJsonValue;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

const ROUTES: Record<string, readonly SubstanceEntry["route"][]> = {
  alcohol: ["oral"],
  opioids: ["oral", "intranasal", "smoked", "injected"],
  stimulants: ["smoked", "intranasal", "oral", "injected"],
  cannabis: ["smoked", "vaped", "oral"],
  benzodiazepines: ["oral"],
};
const SUBSTANCE_WEIGHTS = [
  ["alcohol", 45],
  ["opioids", 25],
  ["stimulants", 14],
  ["cannabis", 9],
  ["benzodiazepines", 7],
] as const;

function substanceEntries(rng: Rng, severity: number, su: number): SubstanceEntry[] {
  if (!rng.chance(0.1 + 0.85 * su)) return [];
  const primary = rng.weighted(SUBSTANCE_WEIGHTS);
  const frequency: Frequency = rng.weighted([
    ["daily", 0.2 + severity],
    ["several-times-a-week", 0.5],
    ["weekly", 0.25],
    ["less-than-weekly", 0.15],
  ] as const);
  const list: Substance[] = [primary];
  if (rng.chance(0.35)) list.push(rng.pick(SUBSTANCE_WEIGHTS.map(([s]) => s).filter((s) => s !== primary)));
  return list.map((substance, i) => ({
    substance,
    route: rng.pick(ROUTES[substance] ?? ["oral"]),
    frequency: i === 0 ? frequency : rng.pick(["weekly", "less-than-weekly"] as const),
    lastUse: rng.weighted([
      ["today", 3],
      ["yesterday", 3],
      ["2-7-days", 2],
      ["8-30-days", 1],
      ["over-30-days", 0.5],
    ] as const),
    withdrawalHistory: rng.chance(i === 0 ? 0.2 + 0.4 * severity : 0.1),
  }));
}

function cssrs(rng: Rng, severity: number, mh: number): ScreeningAnswers["cssrs"] {
  const q1 = rng.chance((0.04 + 0.3 * severity) * mh);
  const q2 = q1 ? rng.chance(0.45) : rng.chance(0.02);
  const q6 = rng.chance(0.05 + 0.1 * severity);
  // Q3–Q5 are asked only after a yes to Q2, the follow-up only after a yes to Q6 (C-SSRS branching).
  return {
    q1,
    q2,
    q6,
    ...(q2 ? { q3: rng.chance(0.4), q4: rng.chance(0.12), q5: rng.chance(0.08) } : {}),
    ...(q6 ? { q6Recent: rng.chance(0.2) } : {}),
  };
}

/** A complete screening for a caller of this sex who called about this. */
export function generateScreening(rng: Rng, sex: SexAtBirth, reason: CallReason): GeneratedScreening {
  const severity = Math.max(0, Math.min(1, rng.normal(0.55, 0.22)));
  const mh = reason === "SUBSTANCE_USE" ? 0.6 : 1;
  const su = reason === "MENTAL_HEALTH" ? 0.25 : 1;

  const phq9 = Array.from({ length: 8 }, () => clamp(rng.normal(severity * 2.6 * mh, 0.75), 0, 3));
  phq9.push(clamp(rng.normal(severity * 1.3 * mh - 0.7, 0.6), 0, 3)); // item 9 is rarer than the others
  const gad7 = Array.from({ length: 7 }, () => clamp(rng.normal(severity * 2.4 * mh, 0.8), 0, 3));

  const substances = substanceEntries(rng, severity, su);
  const primary = substances[0];
  const drinks = primary?.substance === "alcohol" ? 1 : 0.25;
  const q1 = clamp(rng.normal((primary?.frequency === "daily" ? 3.6 : 2) * drinks + (primary ? 0.5 : 0), 0.7), 0, 4);
  // "Never" to AUDIT-C question 1 skips questions 2 and 3 (they score 0).
  const auditc =
    q1 === 0
      ? [0, 0, 0]
      : [
          q1,
          clamp(rng.normal(severity * 3.2 * drinks, 0.8), 0, 4),
          clamp(rng.normal(severity * 3 * drinks, 0.8), 0, 4),
        ];
  const auditSex = sex === "MALE" ? "male" : sex === "FEMALE" ? "female" : rng.pick(["male", "female"] as const);

  const sedative = primary?.substance === "alcohol" || primary?.substance === "benzodiazepines";
  const prior = rng.weighted([
    [0, 45],
    [1, 25],
    [2, 15],
    [3, 10],
    [4, 5],
  ] as const);
  const coOccurring =
    mh < 1 && !rng.chance(0.3)
      ? "none"
      : rng.weighted([
          ["none", 3],
          ["manageable", 5],
          ["complex", 2 * severity],
        ] as const);
  const notOffered = rng.chance(0.015)
    ? rng.pick(["eating-disorder", "adolescent", "inpatient-psychiatry"] as const)
    : "none";

  const answers = screeningAnswers({
    substanceUse: { usesSubstances: substances.length > 0, substances },
    phq9: { items: phq9, ...(rng.chance(0.7) ? { difficulty: clamp(severity * 3, 0, 3) } : {}) },
    gad7: { items: gad7 },
    auditc: { items: auditc, sex: auditSex },
    cssrs: cssrs(rng, severity, mh),
    medical: {
      withdrawalSeizureHistory: sedative && rng.chance(0.06),
      deliriumTremensHistory: primary?.substance === "alcohol" && rng.chance(0.04),
      dailyHeavyAlcoholOrBenzodiazepineUse: sedative && primary.frequency === "daily" && severity > 0.5,
      currentWithdrawalSymptoms: primary !== undefined && rng.chance(0.04 + 0.16 * severity),
      opioidWithdrawal: primary?.substance === "opioids" && rng.chance(0.3),
      pregnant: sex === "FEMALE" && rng.chance(0.02),
      unstableMedicalCondition: rng.chance(0.03),
      medicalCareBeyondCenter: rng.chance(0.005),
    },
    home: {
      safeHome: rng.chance(0.95 - 0.2 * severity),
      livesWithPeopleWhoUse: rng.chance(0.08),
      unstableHousing: rng.chance(0.03 + 0.06 * severity),
      supportSystem: rng.chance(0.85),
      accountabilityAtHome: rng.chance(0.7),
    },
    treatmentHistory:
      prior === 0
        ? { pathway: "first-time", priorTreatmentEpisodes: 0, relapsesAfterTreatment: 0 }
        : rng.chance(0.2)
          ? {
              pathway: "stepping-down",
              steppingDownFrom: rng.pick(["WITHDRAWAL_MANAGEMENT", "RESIDENTIAL", "PHP"] as const),
              priorTreatmentEpisodes: prior,
              relapsesAfterTreatment: rng.int(0, prior - 1),
            }
          : { pathway: "returning", priorTreatmentEpisodes: prior, relapsesAfterTreatment: rng.int(0, prior) },
    coOccurring:
      coOccurring === "none"
        ? { present: false }
        : {
            present: true,
            complexity: coOccurring,
            diagnoses: [rng.pick(["depression", "anxiety", "bipolar", "ptsd", "adhd"] as const)],
          },
    obligations: { work: rng.chance(0.45), school: rng.chance(0.08), children: rng.chance(0.25) },
    serviceFit: { serviceNotOffered: notOffered },
    ...(rng.chance(0.8)
      ? {
          insurance: {
            coverage: rng.weighted([
              ["commercial", 50],
              ["medicaid", 25],
              ["medicare", 8],
              ["tricare", 3],
              ["self-pay", 6],
              ["unknown", 8],
            ] as const),
          },
        }
      : {}),
  });
  return { answers, evaluation: evaluateScreening(answers) };
}

/** A draft saved part-way through: the first few sections, scored and assessed as the server does. */
export function partialScreening(rng: Rng, full: ScreeningAnswers): PartialScreening {
  const upTo = rng.int(1, 6);
  const answers: ScreeningAnswersDraft = { instrumentSetVersion: full.instrumentSetVersion };
  for (const section of SECTION_ORDER.slice(0, upTo))
    if (full[section] !== undefined) Object.assign(answers, { [section]: full[section] });
  return { answers, scores: scoreCompletedSections(answers), safety: assessSafety(answers) };
}
