/**
 * Shapes of the instrument definitions. Instruments are data, not code: the form, the printed
 * summary and the scorer all read the same wording, options and bands from here.
 */

export type InstrumentId = "phq9" | "gad7" | "auditc" | "cssrs" | "ciwa" | "cows";
export type SummedInstrumentId = "phq9" | "gad7" | "ciwa" | "cows";

export type Phq9BandId = "minimal" | "mild" | "moderate" | "moderately-severe" | "severe";
export type Gad7BandId = "minimal" | "mild" | "moderate" | "severe";
export type AuditcBandId = "negative" | "positive";
export type CssrsBandId = "none" | "low" | "moderate" | "high";
export type CiwaBandId = "mild" | "moderate" | "severe";
export type CowsBandId = "none" | "mild" | "moderate" | "moderately-severe" | "severe";
export type BandId = Phq9BandId | Gad7BandId | AuditcBandId | CssrsBandId | CiwaBandId | CowsBandId;

export interface ResponseOption {
  readonly value: number;
  readonly label: string;
}

export interface ScoredItem {
  /** Stable key used in validation issues and answer paths' descriptions ("item9", "q2"). */
  readonly id: string;
  /** Published item number, 1-based. */
  readonly number: number;
  /** Exact published wording; for clinician-rated scales the published item name. */
  readonly text: string;
  /** Allowed values in published order. Gaps (COWS 0, 1, 3, 5) are deliberate. */
  readonly options: readonly ResponseOption[];
}

export interface NumericBand<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** Inclusive bounds of the total. */
  readonly min: number;
  readonly max: number;
}

export interface Loinc {
  readonly total: string;
  readonly panel: string;
}

interface InstrumentMeta {
  /** Bumped whenever wording, options or scoring change; stored answers name the set they used. */
  readonly version: string;
  readonly title: string;
  readonly shortTitle: string;
  /** Coordinator on the phone, or a clinician face to face. */
  readonly administeredBy: "coordinator" | "clinician";
  readonly lookBack: string;
  /** Instruction read or shown before the items. */
  readonly instructions: string;
  readonly attribution: string;
  readonly licence: string;
  readonly loinc: Loinc | null;
}

export interface SummedInstrument<Id extends SummedInstrumentId, B extends string> extends InstrumentMeta {
  readonly kind: "summed";
  readonly id: Id;
  readonly items: readonly ScoredItem[];
  readonly minTotal: number;
  readonly maxTotal: number;
  /** Contiguous, ordered from least to most severe, covering minTotal..maxTotal. */
  readonly bands: readonly NumericBand<B>[];
  /** PHQ-9/GAD-7 "how difficult" question: asked and stored, never scored. */
  readonly functionalItem?: { readonly text: string; readonly options: readonly ResponseOption[] };
  /** Conditions for a valid administration, shown to the clinician. */
  readonly precondition?: string;
}

export interface AuditcInstrument extends InstrumentMeta {
  readonly kind: "auditc";
  readonly id: "auditc";
  readonly items: readonly ScoredItem[];
  readonly minTotal: 0;
  readonly maxTotal: number;
  readonly bands: readonly { readonly id: AuditcBandId; readonly label: string }[];
  /** docs/clinical.md: positive at ≥ 4 for men, ≥ 3 for women. */
  readonly positiveAtLeast: { readonly male: number; readonly female: number };
  readonly sexQuestion: {
    readonly text: string;
    readonly options: readonly { value: "male" | "female"; label: string }[];
  };
  readonly q1OnlyNote: string;
}

export type CssrsQuestionId = "q1" | "q2" | "q3" | "q4" | "q5" | "q6" | "q6Recent";

export interface CssrsQuestion {
  readonly id: CssrsQuestionId;
  /** As printed on the screener ("6" for the follow-up too, which has no number of its own). */
  readonly number: string;
  readonly text: string;
  /** Interviewer guidance printed under the question. */
  readonly guidance?: string;
  readonly lookBack: string;
  /** Branching: asked only when this earlier answer is yes. */
  readonly askedWhen?: "q2" | "q6";
}

export interface CssrsInstrument extends InstrumentMeta {
  readonly kind: "cssrs";
  readonly id: "cssrs";
  readonly questions: readonly CssrsQuestion[];
  readonly bands: readonly { readonly id: CssrsBandId; readonly label: string; readonly rule: string }[];
}

export type InstrumentDefinition =
  | SummedInstrument<"phq9", Phq9BandId>
  | SummedInstrument<"gad7", Gad7BandId>
  | SummedInstrument<"ciwa", CiwaBandId>
  | SummedInstrument<"cows", CowsBandId>
  | AuditcInstrument
  | CssrsInstrument;
