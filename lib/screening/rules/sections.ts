/**
 * The order the coordinator walks through, which sections a submission needs, and each
 * section's progress, from the same schemas the server validates with.
 */
import { SECTION_SCHEMAS, type ScreeningAnswersDraft, type SectionKey } from "./answers-schema";
import { isInstrumentId } from "./instruments";
import { SECTION_TITLES } from "./questions";

/** The order of the phone screening; the clinician-rated scales last. */
export const SECTION_ORDER: readonly SectionKey[] = [
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
  "insurance",
  "serviceFit",
  "ciwa",
  "cows",
];

/** Insurance does not change the level of care; CIWA-Ar and COWS are optional clinician scales (answers-schema.ts). */
export const OPTIONAL_SECTIONS: ReadonlySet<SectionKey> = new Set(["insurance", "ciwa", "cows"]);
export const REQUIRED_SECTIONS = SECTION_ORDER.filter((s) => !OPTIONAL_SECTIONS.has(s));

/** The center's own questions, in form order: every section that is not a published instrument. */
export const OWN_SECTIONS = SECTION_ORDER.filter((s) => !isInstrumentId(s));

export type SectionProgress = "complete" | "started" | "not-started";

export function sectionProgress(answers: ScreeningAnswersDraft, section: SectionKey): SectionProgress {
  const value = answers[section];
  if (value === undefined) return "not-started";
  return SECTION_SCHEMAS[section].submitted.safeParse(value).success ? "complete" : "started";
}

export function progressSummary(answers: ScreeningAnswersDraft) {
  const complete = REQUIRED_SECTIONS.filter((s) => sectionProgress(answers, s) === "complete").length;
  return { complete, required: REQUIRED_SECTIONS.length };
}

/** The clinician-rated scales are reached from the section list, not by "Save and continue". */
const CLINICIAN_SCALES: ReadonlySet<SectionKey> = new Set(["ciwa", "cows"]);

/** Where "Save and continue" goes: the next phone-screening section, then the submit step. */
export function nextSection(section: SectionKey): SectionKey | "submit" {
  const flow = CLINICIAN_SCALES.has(section) ? SECTION_ORDER : SECTION_ORDER.filter((s) => !CLINICIAN_SCALES.has(s));
  return flow[flow.indexOf(section) + 1] ?? "submit";
}

export function isSectionKey(value: unknown): value is SectionKey {
  return typeof value === "string" && Object.hasOwn(SECTION_SCHEMAS, value);
}

export const sectionTitle = (section: SectionKey): string => SECTION_TITLES[section];
