/**
 * zod schemas for a screening's answers JSON (Screening.answers). Drafts may be partial — every
 * section optional, unanswered items null — so a coordinator can save and resume; a submitted
 * screening needs every section the recommendation reads. Every object is strict (unknown keys
 * are refused). Item ranges and C-SSRS/AUDIT-C branching come from the same checks the scorer
 * uses (item-checks.ts), so the form and the server agree.
 */
import { z } from "zod";
import type { ScreeningIssue } from "./errors";
import {
  AUDITC,
  CIWA,
  COWS,
  GAD7,
  INSTRUMENT_SET_VERSION,
  PHQ9,
  type InstrumentId,
  type ScoredItem,
} from "./instruments";
import {
  CO_OCCURRING_COMPLEXITY,
  DIAGNOSES,
  FREQUENCIES,
  INFORMANT_RELATIONS,
  INSURANCE_COVERAGE,
  LAST_USE,
  PRONOUNS,
  RESPONDENTS,
  ROUTES,
  SERVICES_NOT_OFFERED,
  STEP_DOWN_FROM,
  SUBSTANCES,
  TREATMENT_PATHWAYS,
  valuesOf,
} from "./questions";
import { auditcIssues, cssrsIssues, itemListIssues } from "./item-checks";
import { refusedConflicts } from "./conflicts";

type Ctx = z.RefinementCtx;

/** Our issues → zod issues at the same place ("items.8" → ["items", 8]). */
function report(ctx: Ctx, issues: readonly ScreeningIssue[]): void {
  for (const issue of issues) {
    const path = issue.path ? issue.path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [];
    ctx.addIssue({ code: "custom", message: issue.message, path });
  }
}

const answer = z.number({ error: "Each answer must be a number." });
const yesNo = z.boolean({ error: "Answer yes or no." });
const episodeCount = z.number().int("Use a whole number.").min(0, "Cannot be negative.").max(99, "Use at most 99.");
const freeText = z
  .string()
  .trim()
  .min(1)
  .max(120, "Use at most 120 characters.")
  .refine((v) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u.test(v), "Remove control characters.");

const difficulty = z.number().int().min(0).max(3).nullable().optional();

function checkItems(id: InstrumentId, items: readonly ScoredItem[], allowNull: boolean) {
  return (value: { items: readonly (number | null)[] }, ctx: Ctx) =>
    report(ctx, itemListIssues(id, items, value.items, { prefix: "items", allowNull }));
}

/** A summed scale's section: `items` in published order; PHQ-9/GAD-7 add the unscored difficulty. */
const scale = (id: InstrumentId, items: readonly ScoredItem[]) =>
  z.strictObject({ items: z.array(answer) }).superRefine(checkItems(id, items, false));
const scaleDraft = (id: InstrumentId, items: readonly ScoredItem[]) =>
  z.strictObject({ items: z.array(answer.nullable()) }).superRefine(checkItems(id, items, true));
const pfizerScale = (id: InstrumentId, items: readonly ScoredItem[]) =>
  z.strictObject({ items: z.array(answer), difficulty }).superRefine(checkItems(id, items, false));
const pfizerScaleDraft = (id: InstrumentId, items: readonly ScoredItem[]) =>
  z.strictObject({ items: z.array(answer.nullable()), difficulty }).superRefine(checkItems(id, items, true));

const sexAtBirth = z.enum(["male", "female"], { error: 'Choose "male" or "female".' });

const Auditc = z
  .strictObject({ items: z.array(answer), sex: sexAtBirth })
  .superRefine((v, ctx) => report(ctx, auditcIssues(v)));
const AuditcDraft = z
  .strictObject({ items: z.array(answer.nullable()).optional(), sex: sexAtBirth.optional() })
  .superRefine((v, ctx) => {
    if (v.items) report(ctx, itemListIssues("auditc", AUDITC.items, v.items, { prefix: "items", allowNull: true }));
  });

const maybeYesNo = yesNo.nullable().optional();
const Cssrs = z
  .strictObject({
    q1: yesNo,
    q2: yesNo,
    q3: maybeYesNo,
    q4: maybeYesNo,
    q5: maybeYesNo,
    q6: yesNo,
    q6Recent: maybeYesNo,
  })
  .superRefine((v, ctx) => report(ctx, cssrsIssues(v)));
// A draft may hold contradictions while the coordinator goes back and forth; safety.ts counts
// every yes in a draft, and submission applies the strict branching checks above.
const CssrsDraft = z.strictObject({
  q1: maybeYesNo,
  q2: maybeYesNo,
  q3: maybeYesNo,
  q4: maybeYesNo,
  q5: maybeYesNo,
  q6: maybeYesNo,
  q6Recent: maybeYesNo,
});

const SubstanceEntry = z.strictObject({
  substance: z.enum(valuesOf(SUBSTANCES)),
  route: z.enum(valuesOf(ROUTES)),
  frequency: z.enum(valuesOf(FREQUENCIES)),
  lastUse: z.enum(valuesOf(LAST_USE)),
  withdrawalHistory: yesNo,
});

function noRepeatedSubstance(list: readonly { substance?: string | undefined }[], ctx: Ctx) {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (entry.substance === undefined) return;
    if (seen.has(entry.substance))
      ctx.addIssue({
        code: "custom",
        message: "This substance is already listed.",
        path: ["substances", index, "substance"],
      });
    seen.add(entry.substance);
  });
}

const SubstanceUse = z
  .strictObject({ usesSubstances: yesNo, substances: z.array(SubstanceEntry).max(SUBSTANCES.length) })
  .superRefine((v, ctx) => {
    if (v.usesSubstances && v.substances.length === 0)
      ctx.addIssue({ code: "custom", message: "List at least one substance.", path: ["substances"] });
    if (!v.usesSubstances && v.substances.length > 0)
      ctx.addIssue({ code: "custom", message: "No substances when the caller uses none.", path: ["substances"] });
    noRepeatedSubstance(v.substances, ctx);
  });
const SubstanceUseDraft = z
  .strictObject({
    usesSubstances: yesNo.optional(),
    substances: z.array(SubstanceEntry.partial()).max(SUBSTANCES.length).optional(),
  })
  .superRefine((v, ctx) => noRepeatedSubstance(v.substances ?? [], ctx));

const Medical = z.strictObject({
  withdrawalSeizureHistory: yesNo,
  deliriumTremensHistory: yesNo,
  dailyHeavyAlcoholOrBenzodiazepineUse: yesNo,
  currentWithdrawalSymptoms: yesNo,
  opioidWithdrawal: yesNo,
  pregnant: yesNo,
  unstableMedicalCondition: yesNo,
  medicalCareBeyondCenter: yesNo,
});

const Home = z.strictObject({
  safeHome: yesNo,
  livesWithPeopleWhoUse: yesNo,
  unstableHousing: yesNo,
  supportSystem: yesNo,
  accountabilityAtHome: yesNo,
});

const treatmentHistoryShape = {
  pathway: z.enum(valuesOf(TREATMENT_PATHWAYS)),
  steppingDownFrom: z.enum(valuesOf(STEP_DOWN_FROM)).optional(),
  priorTreatmentEpisodes: episodeCount,
  relapsesAfterTreatment: episodeCount,
};
type TreatmentHistoryInput = Partial<{
  [K in keyof typeof treatmentHistoryShape]: z.output<(typeof treatmentHistoryShape)[K]>;
}>;

function treatmentHistoryConsistent(v: TreatmentHistoryInput, ctx: Ctx) {
  const add = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
  if (v.pathway === "stepping-down" && v.steppingDownFrom === undefined)
    add("steppingDownFrom", "Choose the level the caller is stepping down from.");
  if (v.pathway !== undefined && v.pathway !== "stepping-down" && v.steppingDownFrom !== undefined)
    add("steppingDownFrom", "Only for a step-down.");
  if (v.pathway === "first-time" && (v.priorTreatmentEpisodes ?? 0) > 0)
    add("priorTreatmentEpisodes", "A first time in treatment has no earlier episodes.");
  if ((v.relapsesAfterTreatment ?? 0) > 0 && v.priorTreatmentEpisodes === 0)
    add("relapsesAfterTreatment", "A relapse after treatment needs an earlier treatment episode.");
}

const TreatmentHistory = z.strictObject(treatmentHistoryShape).superRefine(treatmentHistoryConsistent);
const TreatmentHistoryDraft = z.strictObject(treatmentHistoryShape).partial().superRefine(treatmentHistoryConsistent);

const coOccurringShape = {
  present: yesNo,
  complexity: z.enum(valuesOf(CO_OCCURRING_COMPLEXITY)).optional(),
  diagnoses: z
    .array(z.enum(valuesOf(DIAGNOSES)))
    .max(DIAGNOSES.length)
    .optional(),
};
const CoOccurring = z.strictObject(coOccurringShape).superRefine((v, ctx) => {
  if (v.present && v.complexity === undefined)
    ctx.addIssue({ code: "custom", message: "Say how manageable it is.", path: ["complexity"] });
  if (!v.present && (v.complexity !== undefined || (v.diagnoses?.length ?? 0) > 0)) {
    ctx.addIssue({ code: "custom", message: "Only when a diagnosis is present.", path: ["complexity"] });
  }
});

const Obligations = z.strictObject({ work: yesNo, school: yesNo, children: yesNo });
const Insurance = z.strictObject({ coverage: z.enum(valuesOf(INSURANCE_COVERAGE)), payer: freeText.optional() });
const ServiceFit = z.strictObject({ serviceNotOffered: z.enum(valuesOf(SERVICES_NOT_OFFERED)) });

/**
 * Who answered: the person, or an informant with their relation and how the questions
 * name the person. Absent on screenings stored before it was asked: the person answered.
 */
const respondentShape = {
  who: z.enum(valuesOf(RESPONDENTS), { error: "Say who is answering." }),
  relation: z.enum(valuesOf(INFORMANT_RELATIONS), { error: "Choose how the informant is related." }).optional(),
  pronoun: z.enum(valuesOf(PRONOUNS), { error: "Choose how the questions name the person." }).optional(),
};
type RespondentInput = Partial<{ [K in keyof typeof respondentShape]: z.output<(typeof respondentShape)[K]> }>;
function respondentConsistent(complete: boolean) {
  return (v: RespondentInput, ctx: Ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    if (v.who === "self" && v.relation !== undefined) add("relation", "Only when an informant answers.");
    if (v.who === "self" && v.pronoun !== undefined) add("pronoun", "Only when an informant answers.");
    if (complete && v.who === "informant" && v.relation === undefined)
      add("relation", "Choose how the informant is related to the person.");
    if (complete && v.who === "informant" && v.pronoun === undefined)
      add("pronoun", "Choose how the questions name the person.");
  };
}
const Respondent = z.strictObject(respondentShape).superRefine(respondentConsistent(true));
const RespondentDraft = z.strictObject(respondentShape).partial().superRefine(respondentConsistent(false));

/** Per-section schemas, for saving one section of the form at a time. */
export const SECTION_SCHEMAS = {
  respondent: { draft: RespondentDraft, submitted: Respondent },
  substanceUse: { draft: SubstanceUseDraft, submitted: SubstanceUse },
  phq9: { draft: pfizerScaleDraft("phq9", PHQ9.items), submitted: pfizerScale("phq9", PHQ9.items) },
  gad7: { draft: pfizerScaleDraft("gad7", GAD7.items), submitted: pfizerScale("gad7", GAD7.items) },
  auditc: { draft: AuditcDraft, submitted: Auditc },
  cssrs: { draft: CssrsDraft, submitted: Cssrs },
  medical: { draft: Medical.partial(), submitted: Medical },
  home: { draft: Home.partial(), submitted: Home },
  treatmentHistory: { draft: TreatmentHistoryDraft, submitted: TreatmentHistory },
  coOccurring: { draft: z.strictObject(coOccurringShape).partial(), submitted: CoOccurring },
  obligations: { draft: Obligations.partial(), submitted: Obligations },
  insurance: { draft: Insurance.partial(), submitted: Insurance },
  serviceFit: { draft: ServiceFit.partial(), submitted: ServiceFit },
  ciwa: { draft: scaleDraft("ciwa", CIWA.items), submitted: scale("ciwa", CIWA.items) },
  cows: { draft: scaleDraft("cows", COWS.items), submitted: scale("cows", COWS.items) },
} as const;

const version = z.literal(INSTRUMENT_SET_VERSION, {
  error: `Answers must be for instrument set ${INSTRUMENT_SET_VERSION}.`,
});
const S = SECTION_SCHEMAS;

/** Work in progress: any section may be missing or partly answered. */
export const ScreeningAnswersDraftSchema = z.strictObject({
  instrumentSetVersion: version,
  respondent: S.respondent.draft.optional(),
  substanceUse: S.substanceUse.draft.optional(),
  phq9: S.phq9.draft.optional(),
  gad7: S.gad7.draft.optional(),
  auditc: S.auditc.draft.optional(),
  cssrs: S.cssrs.draft.optional(),
  medical: S.medical.draft.optional(),
  home: S.home.draft.optional(),
  treatmentHistory: S.treatmentHistory.draft.optional(),
  coOccurring: S.coOccurring.draft.optional(),
  obligations: S.obligations.draft.optional(),
  insurance: S.insurance.draft.optional(),
  serviceFit: S.serviceFit.draft.optional(),
  ciwa: S.ciwa.draft.optional(),
  cows: S.cows.draft.optional(),
});

/**
 * A submitted screening: every section the recommendation reads is complete. Insurance does not
 * change the level of care and the clinician-rated CIWA-Ar/COWS are optional.
 */
export const ScreeningAnswersSchema = z
  .strictObject({
    instrumentSetVersion: version,
    respondent: S.respondent.submitted.optional(),
    substanceUse: S.substanceUse.submitted,
    phq9: S.phq9.submitted,
    gad7: S.gad7.submitted,
    auditc: S.auditc.submitted,
    cssrs: S.cssrs.submitted,
    medical: S.medical.submitted,
    home: S.home.submitted,
    treatmentHistory: S.treatmentHistory.submitted,
    coOccurring: S.coOccurring.submitted,
    obligations: S.obligations.submitted,
    insurance: S.insurance.submitted.optional(),
    serviceFit: S.serviceFit.submitted,
    ciwa: S.ciwa.submitted.optional(),
    cows: S.cows.submitted.optional(),
  })
  // Answers that contradict each other on a withdrawal question and cannot be resolved toward the
  // more dangerous one are refused, naming both answers (conflicts.ts, ADR 0006).
  .superRefine((v, ctx) => report(ctx, refusedConflicts(v)));

export type ScreeningAnswersDraft = z.output<typeof ScreeningAnswersDraftSchema>;
export type ScreeningAnswers = z.output<typeof ScreeningAnswersSchema>;
export type SubstanceEntry = z.output<typeof SubstanceEntry>;
export type Substance = SubstanceEntry["substance"];
export type Frequency = SubstanceEntry["frequency"];
export type LastUse = SubstanceEntry["lastUse"];
export type SectionKey = keyof typeof SECTION_SCHEMAS;
export type Respondent = z.output<typeof Respondent>;
