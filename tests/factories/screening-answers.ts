/**
 * Screening answers for tests and demo data, in the product's own answer format:
 * - screeningAnswers(): a valid baseline with nothing of note, plus section overrides; shared so
 *   that tests and the demo seed (prisma/seed/screening.ts) build answers the same way;
 * - arbScreeningAnswers and arbCssrs: fast-check generators of valid answers, for property tests.
 * Pure: no database, so unit tests and the seed can import it.
 */
import fc from "fast-check";
import type { ScreeningAnswers } from "@/lib/screening/rules/answers-schema";
import { CIWA, COWS, INSTRUMENT_SET_VERSION } from "@/lib/screening/rules/instruments";
import {
  FREQUENCIES,
  LAST_USE,
  ROUTES,
  SERVICES_NOT_OFFERED,
  STEP_DOWN_FROM,
  SUBSTANCES,
  valuesOf,
} from "@/lib/screening/rules/questions";

export type ScreeningOverrides = { [K in keyof ScreeningAnswers]?: Partial<ScreeningAnswers[K]> };

/** Item scores summing to `total`, filled from the first item; `reserveLast` keeps the last item 0. */
export function itemsWithTotal(total: number, count: number, maxPerItem: number, reserveLast = false): number[] {
  const usable = reserveLast ? count - 1 : count;
  if (total < 0 || total > usable * maxPerItem)
    throw new RangeError(`Cannot make ${total} from ${usable} items of ${maxPerItem}.`);
  let left = total;
  return Array.from({ length: count }, (_, i) => {
    if (i >= usable) return 0;
    const v = Math.min(maxPerItem, left);
    left -= v;
    return v;
  });
}

/** PHQ-9 items with the given total and item 9 left at 0 unless the total needs it. */
export const phq9Items = (total: number, item9 = 0) => [...itemsWithTotal(total - item9, 8, 3), item9];
export const gad7Items = (total: number) => itemsWithTotal(total, 7, 3);

export const BASELINE_ANSWERS: ScreeningAnswers = {
  instrumentSetVersion: INSTRUMENT_SET_VERSION,
  substanceUse: { usesSubstances: false, substances: [] },
  phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
  gad7: { items: [0, 0, 0, 0, 0, 0, 0] },
  auditc: { items: [0, 0, 0], sex: "female" },
  cssrs: { q1: false, q2: false, q6: false },
  medical: {
    withdrawalSeizureHistory: false,
    deliriumTremensHistory: false,
    dailyHeavyAlcoholOrBenzodiazepineUse: false,
    currentWithdrawalSymptoms: false,
    opioidWithdrawal: false,
    pregnant: false,
    unstableMedicalCondition: false,
    medicalCareBeyondCenter: false,
  },
  home: {
    safeHome: true,
    livesWithPeopleWhoUse: false,
    unstableHousing: false,
    supportSystem: true,
    accountabilityAtHome: true,
  },
  treatmentHistory: { pathway: "first-time", priorTreatmentEpisodes: 0, relapsesAfterTreatment: 0 },
  coOccurring: { present: false },
  obligations: { work: false, school: false, children: false },
  serviceFit: { serviceNotOffered: "none" },
};

export function screeningAnswers(overrides: ScreeningOverrides = {}): ScreeningAnswers {
  const out: Record<string, unknown> = structuredClone(BASELINE_ANSWERS);
  for (const [key, value] of Object.entries(overrides)) {
    const base = out[key];
    const isSection = typeof base === "object" && base !== null && !Array.isArray(base);
    out[key] = isSection ? { ...(base as object), ...(value as object) } : value;
  }
  return out as ScreeningAnswers;
}

// ─────────────── fast-check generators of valid answers ───────────────

const items = (n: number, max: number) => fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n });
const published = (def: typeof CIWA | typeof COWS) =>
  fc.tuple(...def.items.map((i) => fc.constantFrom(...i.options.map((o) => o.value))));

const substanceEntry = fc.record({
  substance: fc.constantFrom(...valuesOf(SUBSTANCES)),
  route: fc.constantFrom(...valuesOf(ROUTES)),
  frequency: fc.constantFrom(...valuesOf(FREQUENCIES)),
  lastUse: fc.constantFrom(...valuesOf(LAST_USE)),
  withdrawalHistory: fc.boolean(),
});

export const arbCssrs = fc
  .record({
    q1: fc.boolean(),
    q2: fc.boolean(),
    q3: fc.boolean(),
    q4: fc.boolean(),
    q5: fc.boolean(),
    q6: fc.boolean(),
    q6Recent: fc.boolean(),
  })
  .map((a) => ({
    q1: a.q1,
    q2: a.q2,
    q6: a.q6,
    ...(a.q2 ? { q3: a.q3, q4: a.q4, q5: a.q5 } : {}),
    ...(a.q6 ? { q6Recent: a.q6Recent } : {}),
  }));

const treatmentHistory = fc
  .record({
    pathway: fc.constantFrom("first-time" as const, "returning" as const, "stepping-down" as const),
    from: fc.constantFrom(...valuesOf(STEP_DOWN_FROM)),
    prior: fc.integer({ min: 1, max: 6 }),
    relapses: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ pathway, from, prior, relapses }) =>
    pathway === "first-time"
      ? { pathway, priorTreatmentEpisodes: 0, relapsesAfterTreatment: 0 }
      : {
          pathway,
          priorTreatmentEpisodes: prior,
          relapsesAfterTreatment: relapses,
          ...(pathway === "stepping-down" ? { steppingDownFrom: from } : {}),
        },
  );

/** Use within 30 days of one of these: a clinician's withdrawal signs for them are plausible. */
const usedWithin30Days = (substances: readonly { substance: string; lastUse: string }[], among: readonly string[]) =>
  substances.some((e) => among.includes(e.substance) && e.lastUse !== "over-30-days");
const total = (items: readonly number[]) => items.reduce((a, b) => a + b, 0);

export const arbScreeningAnswers: fc.Arbitrary<ScreeningAnswers> = fc
  .record({
    substances: fc.uniqueArray(substanceEntry, { selector: (e) => e.substance, maxLength: 3 }),
    phq9: items(9, 3),
    gad7: items(7, 3),
    auditc: items(3, 4),
    sex: fc.constantFrom("male" as const, "female" as const),
    cssrs: arbCssrs,
    medical: fc.record({
      withdrawalSeizureHistory: fc.boolean(),
      deliriumTremensHistory: fc.boolean(),
      dailyHeavyAlcoholOrBenzodiazepineUse: fc.boolean(),
      currentWithdrawalSymptoms: fc.boolean(),
      opioidWithdrawal: fc.boolean(),
      pregnant: fc.boolean(),
      unstableMedicalCondition: fc.boolean(),
      medicalCareBeyondCenter: fc.oneof(
        { weight: 9, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
    }),
    home: fc.record({
      safeHome: fc.boolean(),
      livesWithPeopleWhoUse: fc.boolean(),
      unstableHousing: fc.boolean(),
      supportSystem: fc.boolean(),
      accountabilityAtHome: fc.boolean(),
    }),
    treatmentHistory,
    coOccurring: fc.option(fc.constantFrom("manageable" as const, "complex" as const), { nil: undefined }),
    obligations: fc.record({ work: fc.boolean(), school: fc.boolean(), children: fc.boolean() }),
    service: fc.oneof(
      { weight: 8, arbitrary: fc.constant("none" as const) },
      { weight: 1, arbitrary: fc.constantFrom(...valuesOf(SERVICES_NOT_OFFERED)) },
    ),
    ciwa: fc.option(published(CIWA), { nil: undefined }),
    cows: fc.option(published(COWS), { nil: undefined }),
  })
  .map((r) => ({
    instrumentSetVersion: INSTRUMENT_SET_VERSION,
    substanceUse: { usesSubstances: r.substances.length > 0, substances: r.substances },
    phq9: { items: r.phq9 },
    gad7: { items: r.gad7 },
    // "Never" to Q1 skips Q2 and Q3.
    auditc: { items: r.auditc[0] === 0 ? [0, 0, 0] : r.auditc, sex: r.sex },
    cssrs: r.cssrs,
    medical: r.medical,
    home: r.home,
    treatmentHistory: r.treatmentHistory,
    coOccurring: r.coOccurring ? { present: true, complexity: r.coOccurring } : { present: false },
    obligations: r.obligations,
    serviceFit: { serviceNotOffered: r.service },
    // Withdrawal signs for a substance not used in 30 days are refused at submission (conflicts.ts).
    ...(r.ciwa &&
    (total(r.ciwa) < 10 || usedWithin30Days(r.substances, ["alcohol", "benzodiazepines", "other-sedatives"]))
      ? { ciwa: { items: r.ciwa } }
      : {}),
    ...(r.cows && (total(r.cows) < 5 || usedWithin30Days(r.substances, ["opioids"]))
      ? { cows: { items: r.cows } }
      : {}),
  }));
