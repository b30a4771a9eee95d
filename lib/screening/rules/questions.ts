/**
 * The center's own screening questions (not a licensed instrument): fixed answer lists and the
 * wording the form shows and the summary prints. The zod schemas build their enums from these
 * lists, so a value can never exist without a label.
 */

interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

const choices = <const V extends string>(list: readonly Choice<V>[]) => list;
export const valuesOf = <V extends string>(list: readonly Choice<V>[]) => list.map((c) => c.value) as [V, ...V[]];

export const SUBSTANCES = choices([
  { value: "alcohol", label: "Alcohol" },
  { value: "opioids", label: "Opioids (heroin, fentanyl, pain pills)" },
  { value: "benzodiazepines", label: "Benzodiazepines (e.g. Xanax, Valium, Klonopin)" },
  { value: "other-sedatives", label: "Other sedatives or sleeping pills" },
  { value: "stimulants", label: "Stimulants (cocaine, methamphetamine, prescription stimulants)" },
  { value: "cannabis", label: "Cannabis" },
  { value: "hallucinogens", label: "Hallucinogens" },
  { value: "inhalants", label: "Inhalants" },
  { value: "other", label: "Other drug" },
]);

export const ROUTES = choices([
  { value: "oral", label: "Swallowed or drunk" },
  { value: "smoked", label: "Smoked" },
  { value: "vaped", label: "Vaped" },
  { value: "intranasal", label: "Snorted" },
  { value: "injected", label: "Injected" },
  { value: "other", label: "Other" },
]);

export const FREQUENCIES = choices([
  { value: "daily", label: "Daily or almost daily" },
  { value: "several-times-a-week", label: "3–5 days a week" },
  { value: "weekly", label: "1–2 days a week" },
  { value: "less-than-weekly", label: "Less than weekly" },
]);

export const LAST_USE = choices([
  { value: "today", label: "Today" },
  { value: "yesterday", label: "Yesterday" },
  { value: "2-7-days", label: "2–7 days ago" },
  { value: "8-30-days", label: "8–30 days ago" },
  { value: "over-30-days", label: "More than 30 days ago" },
]);

export const TREATMENT_PATHWAYS = choices([
  { value: "first-time", label: "First time in treatment" },
  { value: "returning", label: "Returning to treatment" },
  { value: "stepping-down", label: "Stepping down from a higher level of care" },
]);

export const STEP_DOWN_FROM = choices([
  { value: "WITHDRAWAL_MANAGEMENT", label: "Withdrawal management (detox)" },
  { value: "RESIDENTIAL", label: "Residential" },
  { value: "PHP", label: "Partial hospitalization (PHP)" },
]);

export const CO_OCCURRING_COMPLEXITY = choices([
  { value: "manageable", label: "Manageable — stable, or treated as an outpatient" },
  { value: "complex", label: "Complex — unstable, recently hospitalized, or needing daily psychiatric care" },
]);

export const DIAGNOSES = choices([
  { value: "depression", label: "Depression" },
  { value: "anxiety", label: "Anxiety disorder" },
  { value: "bipolar", label: "Bipolar disorder" },
  { value: "ptsd", label: "PTSD" },
  { value: "psychotic-disorder", label: "Psychotic disorder" },
  { value: "adhd", label: "ADHD" },
  { value: "personality-disorder", label: "Personality disorder" },
  { value: "other", label: "Other" },
]);

export const INSURANCE_COVERAGE = choices([
  { value: "commercial", label: "Commercial / employer plan" },
  { value: "medicaid", label: "Medicaid" },
  { value: "medicare", label: "Medicare" },
  { value: "tricare", label: "TRICARE / military" },
  { value: "other-public", label: "Other public plan" },
  { value: "self-pay", label: "Self-pay" },
  { value: "uninsured", label: "Uninsured" },
  { value: "unknown", label: "Not known yet" },
]);

/** Services the center does not offer; any of them as the main need means REFER_OUT (ADR 0006). */
export const SERVICES_NOT_OFFERED = choices([
  { value: "none", label: "No — the center's services fit" },
  { value: "eating-disorder", label: "Eating-disorder program" },
  { value: "adolescent", label: "Adolescent program (under 18)" },
  { value: "inpatient-psychiatry", label: "Inpatient psychiatric hospitalization (e.g. acute psychosis or mania)" },
  { value: "hospital-medical-care", label: "Hospital medical care" },
  { value: "other", label: "Another service the center does not offer" },
]);

/** Who answered the screening's questions. */
export const RESPONDENTS = choices([
  { value: "self", label: "The person who needs care" },
  { value: "informant", label: "Someone else, about them (an informant)" },
]);

export const INFORMANT_RELATIONS = choices([
  { value: "parent", label: "Parent" },
  { value: "spouse-or-partner", label: "Spouse or partner" },
  { value: "child", label: "Adult child" },
  { value: "sibling", label: "Brother or sister" },
  { value: "other-family", label: "Other family" },
  { value: "friend", label: "Friend" },
  { value: "professional", label: "Professional (counselor, doctor, case manager)" },
  { value: "other", label: "Other" },
]);

/** How the questions name the person when an informant answers: "Has he…", "Has the person…". */
export const PRONOUNS = choices([
  { value: "he", label: "He / him" },
  { value: "she", label: "She / her" },
  { value: "neutral", label: "The person / they" },
]);

export interface FieldQuestion {
  readonly text: string;
  readonly options?: readonly Choice<string>[];
}

const yesNo = (text: string): FieldQuestion => ({ text });

/**
 * Question wording per answer path ("*" stands for a list index). Instrument items are described
 * by the instrument definitions instead.
 */
export const SECTION_QUESTIONS: Readonly<Record<string, FieldQuestion>> = {
  "respondent.who": { text: "Who is answering the questions?", options: RESPONDENTS },
  "respondent.relation": { text: "How is the informant related to the person?", options: INFORMANT_RELATIONS },
  "respondent.pronoun": { text: "How should the questions name the person?", options: PRONOUNS },
  "substanceUse.usesSubstances": yesNo(
    "In the past 12 months, has the caller used alcohol or drugs (including prescription drugs not as prescribed)?",
  ),
  "substanceUse.substances": { text: "Substances used in the past 12 months, main concern first" },
  "substanceUse.substances.*.substance": { text: "Substance", options: SUBSTANCES },
  "substanceUse.substances.*.route": { text: "How is it usually taken?", options: ROUTES },
  "substanceUse.substances.*.frequency": {
    text: "How often, in the usual pattern before the last use?",
    options: FREQUENCIES,
  },
  "substanceUse.substances.*.lastUse": { text: "When was it last used?", options: LAST_USE },
  "substanceUse.substances.*.withdrawalHistory": yesNo(
    "Has the caller had withdrawal symptoms when stopping or cutting down on it?",
  ),
  "medical.withdrawalSeizureHistory": yesNo(
    "Has the caller ever had a seizure while withdrawing from alcohol or other drugs?",
  ),
  "medical.deliriumTremensHistory": yesNo("Has the caller ever had delirium tremens (DTs) when stopping drinking?"),
  "medical.dailyHeavyAlcoholOrBenzodiazepineUse": yesNo(
    "Does the caller currently drink heavily every day, or take benzodiazepines every day?",
  ),
  "medical.currentWithdrawalSymptoms": yesNo(
    "Does the caller have withdrawal symptoms now (e.g. shaking, sweating, nausea, racing heart)?",
  ),
  "medical.opioidWithdrawal": yesNo(
    "Is the caller in opioid withdrawal now, or will they be on stopping (physically dependent on opioids)?",
  ),
  "medical.pregnant": yesNo("Is the caller pregnant or possibly pregnant?"),
  "medical.unstableMedicalCondition": yesNo(
    "Does the caller have a medical condition that is not stable or controlled (e.g. heart, liver, lungs, diabetes)?",
  ),
  "medical.medicalCareBeyondCenter": yesNo(
    "Does the caller need hospital medical care the center cannot give (e.g. an acute illness being treated, dialysis, IV medication)?",
  ),
  "home.safeHome": yesNo("Is the caller's home safe (no violence or threats) and supportive of recovery?"),
  "home.livesWithPeopleWhoUse": yesNo("Does the caller live with anyone who uses alcohol or drugs?"),
  "home.unstableHousing": yesNo("Is the caller's housing unstable (homeless, temporary, or about to lose it)?"),
  "home.supportSystem": yesNo("Does the caller have people who support their recovery (family, friends, sponsor)?"),
  "home.accountabilityAtHome": yesNo("Is there someone at home who can help the caller stay accountable?"),
  "treatmentHistory.pathway": {
    text: "First time in treatment, returning, or stepping down?",
    options: TREATMENT_PATHWAYS,
  },
  "treatmentHistory.steppingDownFrom": { text: "Stepping down from which level of care?", options: STEP_DOWN_FROM },
  "treatmentHistory.priorTreatmentEpisodes": {
    text: "How many times has the caller been in treatment before (any level)?",
  },
  "treatmentHistory.relapsesAfterTreatment": {
    text: "How many times has the caller returned to use after a treatment episode?",
  },
  "coOccurring.present": yesNo("Does the caller also have a mental-health diagnosis (dual diagnosis)?"),
  "coOccurring.complexity": { text: "How manageable is it?", options: CO_OCCURRING_COMPLEXITY },
  "coOccurring.diagnoses": { text: "Diagnoses the caller reports", options: DIAGNOSES },
  "obligations.work": yesNo("Does the caller have a job they need to keep working at?"),
  "obligations.school": yesNo("Is the caller in school?"),
  "obligations.children": yesNo("Does the caller care for children at home?"),
  "insurance.coverage": { text: "Insurance coverage", options: INSURANCE_COVERAGE },
  "insurance.payer": { text: "Insurance company or plan name" },
  "serviceFit.serviceNotOffered": {
    text: "Is the caller's main need a service the center does not offer?",
    options: SERVICES_NOT_OFFERED,
  },
};

export const SECTION_TITLES = {
  respondent: "Who is answering",
  substanceUse: "Substance use",
  phq9: "Depression (PHQ-9)",
  gad7: "Anxiety (GAD-7)",
  auditc: "Alcohol (AUDIT-C)",
  cssrs: "Suicide risk (C-SSRS screener)",
  medical: "Medical and withdrawal",
  home: "Home and support",
  treatmentHistory: "Treatment and relapse history",
  coOccurring: "Co-occurring diagnoses",
  obligations: "Obligations",
  insurance: "Insurance",
  serviceFit: "Service fit",
  ciwa: "Alcohol withdrawal (CIWA-Ar, clinician)",
  cows: "Opioid withdrawal (COWS, clinician)",
} as const;

export type SectionId = keyof typeof SECTION_TITLES;

export const labelOf = <V extends string>(list: readonly Choice<V>[], value: V): string =>
  list.find((c) => c.value === value)?.label ?? value;
