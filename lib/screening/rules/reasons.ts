import type { RecommendedLevel } from "./loc-config";

export const REASON_CODES = [
  // Rule 1
  "cssrs-high",
  // REFER_OUT (ADR 0006)
  "service-not-offered",
  "medical-care-beyond-center",
  // Rule 2
  "withdrawal-seizure-or-dt-history",
  "daily-heavy-alcohol-or-benzodiazepine-use",
  "current-withdrawal-symptoms",
  "opioid-withdrawal",
  "pregnancy-with-substance-use",
  "unstable-medical-condition",
  "ciwa-withdrawal",
  "cows-withdrawal",
  "physical-dependence-recent-use",
  "cows-withdrawal-in-progress",
  "conflict-resolved-toward-risk",
  "residential-after-withdrawal-management",
  // Rule 3
  "phq9-severe",
  "gad7-severe",
  "auditc-severe",
  "substance-daily-use",
  "substance-injection",
  "repeated-relapses",
  "complex-co-occurring",
  "unsafe-home",
  "lives-with-people-who-use",
  "unstable-housing",
  "no-accountability-or-support",
  "step-down-from-withdrawal-management",
  // PHP (ADR 0006)
  "phq9-moderately-severe",
  "cssrs-moderate",
  // Rule 4
  "phq9-moderate",
  "gad7-moderate",
  "auditc-positive",
  "substance-regular-use",
  "manageable-co-occurring",
  "no-accountability-at-home",
  "step-down-from-residential",
  "step-down-from-php",
  "obligations-rule-out-php",
  // Rule 5
  "phq9-mild",
  "gad7-mild",
  "substance-occasional-use",
  "no-significant-findings",
  // Notes: listed for transparency, they raise no level.
  "obligations-noted",
  "auditc-not-current",
  "substances-not-current",
  "withdrawal-symptoms-not-counted",
  "physical-dependence-not-counted",
  "ciwa-below-threshold",
  "cows-below-threshold",
  "medical-history-noted",
  "suicide-risk-noted",
  "informant-reported",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * One reason behind a recommendation. `level` is the level the finding supports (null for a note
 * that changes nothing); `answers` are paths into the screening's answers JSON
 * ("phq9.items.8", "home.safeHome", "substanceUse.substances.0.frequency"), which
 * describeAnswer() turns into question and answer text.
 */
export interface Reason {
  code: ReasonCode;
  level: RecommendedLevel | null;
  text: string;
  answers: string[];
}
