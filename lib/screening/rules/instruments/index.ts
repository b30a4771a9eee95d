import { AUDITC } from "./auditc";
import { CIWA } from "./ciwa";
import { COWS } from "./cows";
import { CSSRS } from "./cssrs";
import { GAD7 } from "./gad7";
import { PHQ9 } from "./phq9";
import type { InstrumentId } from "./types";

export { AUDITC, AUDITC_NEVER_DRINKS_VALUE } from "./auditc";
export { CIWA } from "./ciwa";
export { COWS } from "./cows";
export { CSSRS } from "./cssrs";
export { GAD7, GAD7_FURTHER_EVALUATION_AT } from "./gad7";
export { PHQ9, PHQ9_SAFETY_ITEM_INDEX } from "./phq9";
export { FREQUENCY_ANCHORS, DIFFICULTY_OPTIONS } from "./pfizer-shared";
export type * from "./types";

/** Published order of the phone screening, then the clinician-rated scales. */
export const INSTRUMENT_IDS = [
  "phq9",
  "gad7",
  "auditc",
  "cssrs",
  "ciwa",
  "cows",
] as const satisfies readonly InstrumentId[];

export const INSTRUMENTS = { phq9: PHQ9, gad7: GAD7, auditc: AUDITC, cssrs: CSSRS, ciwa: CIWA, cows: COWS } as const;

/**
 * Version of the whole set of instruments and section questions that a screening's answers were
 * given against (Screening.instrumentSetVersion). Bump it when any wording, option or scoring
 * rule changes, and keep the old definitions readable for screenings stored under it.
 */
export const INSTRUMENT_SET_VERSION = "2026.1";

/** Instrument versions pinned by INSTRUMENT_SET_VERSION. */
export const INSTRUMENT_SET: Readonly<Record<InstrumentId, string>> = {
  phq9: PHQ9.version,
  gad7: GAD7.version,
  auditc: AUDITC.version,
  cssrs: CSSRS.version,
  ciwa: CIWA.version,
  cows: COWS.version,
};

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === "string" && (INSTRUMENT_IDS as readonly string[]).includes(value);
}
