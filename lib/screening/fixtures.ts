/**
 * Valid screening answers for tests, factories and demo data: a baseline with nothing of note,
 * plus section overrides. Shared so that tests and the seed build answers the same way.
 */
import { INSTRUMENT_SET_VERSION } from "./rules/instruments";
import type { ScreeningAnswers } from "./rules/answers-schema";

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
