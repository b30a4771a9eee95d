/**
 * fast-check generators of valid screening answers, for property tests here and elsewhere.
 * Test-only: nothing in the application imports this file.
 */
import fc from "fast-check";
import { CIWA, COWS, INSTRUMENT_SET_VERSION } from "./rules/instruments";
import {
  FREQUENCIES,
  LAST_USE,
  ROUTES,
  SERVICES_NOT_OFFERED,
  STEP_DOWN_FROM,
  SUBSTANCES,
  valuesOf,
} from "./rules/questions";
import type { ScreeningAnswers } from "./rules/answers-schema";

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
    ...(r.ciwa ? { ciwa: { items: r.ciwa } } : {}),
    ...(r.cows ? { cows: { items: r.cows } } : {}),
  }));
