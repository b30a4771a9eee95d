/**
 * Thresholds of the level-of-care rules, in one place. Defaults cite docs/clinical.md ("Psychosocial
 * and medical questions" and "Level-of-care recommendation"); where docs/clinical.md gives a factor
 * but no number, the default is marked "project default" for the clinical director to confirm.
 * A director may change the configuration (stored and audited by the caller); parse it with
 * LocConfigSchema first. The ASAM Criteria are licensed and are deliberately not encoded here.
 */
import { z } from "zod";
import { FREQUENCIES, LAST_USE, SUBSTANCES, valuesOf } from "./questions";

export const RECOMMENDED_LEVELS = [
  "EMERGENCY",
  "WITHDRAWAL_MANAGEMENT",
  "RESIDENTIAL",
  "PHP",
  "IOP",
  "OUTPATIENT",
  "REFER_OUT",
] as const;
export type RecommendedLevel = (typeof RECOMMENDED_LEVELS)[number];

/** Names for staff (docs/clinical.md "Levels"). */
export const LEVEL_LABELS: Readonly<Record<RecommendedLevel, string>> = {
  EMERGENCY: "Emergency — crisis care now (ED, 988, mobile crisis)",
  WITHDRAWAL_MANAGEMENT: "Withdrawal management (medically supervised detox)",
  RESIDENTIAL: "Residential",
  PHP: "Partial hospitalization (PHP)",
  IOP: "Intensive outpatient (IOP)",
  OUTPATIENT: "Outpatient",
  REFER_OUT: "Refer out — a service the center does not offer",
};

const level = z.enum(RECOMMENDED_LEVELS);
const substance = z.enum(valuesOf(SUBSTANCES));
const lastUse = z.enum(valuesOf(LAST_USE));
const frequency = z.enum(valuesOf(FREQUENCIES));
/** null switches a numeric factor off. */
const atLeast = z.number().int().min(0).nullable();

export const LocConfigSchema = z.strictObject({
  version: z.string().min(1).max(40),
  /** Rule 2: withdrawal risk that needs 24/7 medical supervision → WITHDRAWAL_MANAGEMENT. */
  withdrawal: z.strictObject({
    recentUse: z.array(lastUse),
    sedatives: z.array(substance),
    seizureOrDtHistoryWithRecentSedativeUse: z.boolean(),
    dailyHeavyAlcoholOrBenzodiazepineUse: z.boolean(),
    currentSymptomsWithRecentUseOf: z.array(substance),
    opioidWithdrawal: z.boolean(),
    pregnancyWithRecentUse: z.boolean(),
    unstableMedicalWithRecentUse: z.boolean(),
    ciwaAtLeast: atLeast,
    cowsAtLeast: atLeast,
    /** Physical dependence (withdrawal when cutting down or stopping) with use this recent counts. */
    dependenceRecentUse: z.array(lastUse),
    dependenceCountsFor: z.array(substance),
    /** COWS from this total (below cowsAtLeast) in a daily opioid user: withdrawal in progress. */
    cowsInProgressWithDailyOpioidUseAtLeast: atLeast,
    expectedNextLevel: level,
  }),
  /** Severity of the condition: severe → RESIDENTIAL (rule 3), moderate → IOP (rule 4), mild → OUTPATIENT (rule 5). */
  severity: z.strictObject({
    phq9: z.strictObject({ severe: atLeast, moderatelySevere: atLeast, moderate: atLeast, mild: atLeast }),
    gad7: z.strictObject({ severe: atLeast, moderate: atLeast, mild: atLeast }),
    auditcSevere: atLeast,
    auditcNeedsCurrentDrinking: z.boolean(),
    currentUse: z.array(lastUse),
    dailyUseIsSevereExceptFor: z.array(substance),
    injectionIsSevere: z.boolean(),
    regularUse: z.array(frequency),
  }),
  /** Rule 3 factors other than severity. */
  residential: z.strictObject({
    relapsesAfterTreatmentAtLeast: atLeast,
    complexCoOccurring: z.boolean(),
    unsafeHome: z.boolean(),
    livesWithPeopleWhoUse: z.boolean(),
    unstableHousing: z.boolean(),
    noAccountabilityAndNoSupportSystem: z.boolean(),
  }),
  php: z.strictObject({ cssrsModerate: z.boolean(), obligationsRuleOut: z.boolean() }),
  iop: z.strictObject({ manageableCoOccurring: z.boolean(), noAccountabilityWithSupportSystem: z.boolean() }),
  /** Minimum level when stepping down from a higher level of care. */
  stepDown: z.strictObject({ WITHDRAWAL_MANAGEMENT: level, RESIDENTIAL: level, PHP: level }),
});

export type LocConfig = z.output<typeof LocConfigSchema>;

export const DEFAULT_LOC_CONFIG: LocConfig = {
  version: "default-2026.2",
  withdrawal: {
    // Project default: use within the past week is "recent" for withdrawal risk.
    recentUse: ["today", "yesterday", "2-7-days"],
    // Alcohol and sedative-hypnotics are the withdrawals that can cause seizures and DTs.
    sedatives: ["alcohol", "benzodiazepines", "other-sedatives"],
    // docs/clinical.md: "history of withdrawal seizures or delirium tremens".
    seizureOrDtHistoryWithRecentSedativeUse: true,
    // docs/clinical.md: "daily heavy alcohol or benzodiazepine use".
    dailyHeavyAlcoholOrBenzodiazepineUse: true,
    // docs/clinical.md: "current withdrawal symptoms". Project default: only for substances whose
    // withdrawal is medically managed; stimulant or cannabis withdrawal is listed as a note.
    currentSymptomsWithRecentUseOf: ["alcohol", "benzodiazepines", "other-sedatives", "opioids"],
    // docs/clinical.md: "opioid withdrawal".
    opioidWithdrawal: true,
    // docs/clinical.md: "pregnancy" — with recent use of any substance.
    pregnancyWithRecentUse: true,
    // docs/clinical.md: "unstable medical conditions" — with recent use; beyond the center's care → REFER_OUT.
    unstableMedicalWithRecentUse: true,
    // docs/clinical.md CIWA-Ar band "moderate" starts at 10.
    ciwaAtLeast: 10,
    // docs/clinical.md COWS band "moderate" starts at 13.
    cowsAtLeast: 13,
    // docs/clinical.md safety principles: physical dependence with recent use (today or yesterday)
    // of alcohol, benzodiazepines (and other sedatives) or opioids is withdrawal risk (ADR 0006).
    dependenceRecentUse: ["today", "yesterday"],
    dependenceCountsFor: ["alcohol", "benzodiazepines", "other-sedatives", "opioids"],
    // Project default (ADR 0006): COWS "mild" (5–12) in a daily opioid user used within the past
    // week is withdrawal in progress, not a mild finding.
    cowsInProgressWithDailyOpioidUseAtLeast: 5,
    // docs/clinical.md rule 2: "with Residential as the expected next step".
    expectedNextLevel: "RESIDENTIAL",
  },
  severity: {
    // docs/clinical.md PHQ-9 bands: severe 20–27, moderately severe 15–19, moderate 10–14, mild 5–9.
    phq9: { severe: 20, moderatelySevere: 15, moderate: 10, mild: 5 },
    // docs/clinical.md GAD-7 bands: severe 15–21, moderate 10–14, mild 5–9.
    gad7: { severe: 15, moderate: 10, mild: 5 },
    // Project default: AUDIT-C 8–12 counts as severe; "positive" (docs/clinical.md: ≥4 men, ≥3 women) as moderate.
    auditcSevere: 8,
    // Project default: the AUDIT-C looks back a year; with no alcohol in 30 days it is noted, not counted.
    auditcNeedsCurrentDrinking: true,
    // Project default: a pattern counts when the substance was used within 30 days.
    currentUse: ["today", "yesterday", "2-7-days", "8-30-days"],
    // Project default: daily use of a drug is severe, except cannabis. Alcohol is judged by the
    // AUDIT-C (quantity, not only frequency) and by the daily-heavy-use medical question instead.
    dailyUseIsSevereExceptFor: ["cannabis", "alcohol"],
    // Project default: injection use is severe.
    injectionIsSevere: true,
    // Project default: use weekly or more often is at least moderate.
    regularUse: ["daily", "several-times-a-week", "weekly"],
  },
  residential: {
    // docs/clinical.md: "multiple relapses after treatment".
    relapsesAfterTreatmentAtLeast: 2,
    // docs/clinical.md: "complex co-occurring disorder".
    complexCoOccurring: true,
    // docs/clinical.md: "no safe/supportive home", "lives with people who use", "unstable housing".
    unsafeHome: true,
    livesWithPeopleWhoUse: true,
    unstableHousing: true,
    // docs/clinical.md: "no one at home to help with accountability" — project default: residential only
    // when there is no support system either; with a support system it is an IOP-level finding.
    noAccountabilityAndNoSupportSystem: true,
  },
  php: {
    // Project default (ADR 0006): C-SSRS moderate without a residential need → PHP.
    cssrsModerate: true,
    // docs/clinical.md rule 4: obligations that rule out 24-hour care, without a residential need → IOP.
    // PHP is a full-day program, so obligations turn a PHP recommendation into IOP.
    obligationsRuleOut: true,
  },
  iop: {
    // Project default: a manageable co-occurring disorder needs more than outpatient.
    manageableCoOccurring: true,
    noAccountabilityWithSupportSystem: true,
  },
  // docs/clinical.md: "first time in treatment vs stepping down from residential"; rule 2: residential after
  // withdrawal management. Project default: IOP after residential or PHP (docs/architecture.md step-down).
  stepDown: { WITHDRAWAL_MANAGEMENT: "RESIDENTIAL", RESIDENTIAL: "IOP", PHP: "IOP" },
};
