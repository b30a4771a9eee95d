import { ScreeningValidationError, type ScreeningIssue } from "./errors";
import {
  AUDITC,
  CSSRS,
  GAD7_FURTHER_EVALUATION_AT,
  INSTRUMENTS,
  isInstrumentId,
  PHQ9_SAFETY_ITEM_INDEX,
  type AuditcBandId,
  type BandId,
  type CiwaBandId,
  type CowsBandId,
  type CssrsBandId,
  type Gad7BandId,
  type InstrumentId,
  type Phq9BandId,
  type SummedInstrumentId,
} from "./instruments";
import {
  auditcIssues,
  cssrsIssues,
  itemListIssues,
  type AuditcAnswers,
  type AuditcSex,
  type CssrsAnswers,
} from "./item-checks";

/**
 * Flags a score can carry (docs/clinical.md): PHQ-9 item 9 above 0 is a safety flag whatever the
 * total; GAD-7 ≥ 10 suggests further evaluation; AUDIT-C points all from Q1 get a note; C-SSRS
 * high means immediate evaluation and safety precautions before anything else.
 */
export type ScoreFlag = "phq9-item9" | "gad7-further-evaluation" | "auditc-q1-only" | "cssrs-high";

export interface NumericScore<B extends BandId = BandId> {
  total: number;
  band: B;
  flags: ScoreFlag[];
}

export interface CssrsScore {
  total: null;
  band: CssrsBandId;
  flags: ScoreFlag[];
}

export type InstrumentScore = NumericScore | CssrsScore;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function fail(instrumentId: InstrumentId | null, issues: readonly ScreeningIssue[]): never {
  throw new ScreeningValidationError(instrumentId, issues);
}

/** The band of a summed scale's total (inclusive ranges from docs/clinical.md). */
export function bandForTotal(instrumentId: SummedInstrumentId, total: number): BandId {
  const band = INSTRUMENTS[instrumentId].bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`No ${instrumentId} band for total ${total}.`);
  return band.id;
}

/** docs/clinical.md: positive at ≥ 4 for men, ≥ 3 for women. */
export function auditcBand(total: number, sex: AuditcSex): AuditcBandId {
  return total >= AUDITC.positiveAtLeast[sex] ? "positive" : "negative";
}

/**
 * C-SSRS screener bands (docs/clinical.md): high = yes to Q4 or Q5, or Q6 within 3 months; moderate =
 * yes to Q3, or Q6 more than 3 months ago; low = yes to Q1 or Q2 only. Q3–Q5 count only when
 * Q2 was yes (they are not asked otherwise); Q6Recent only when Q6 was yes.
 */
export function cssrsBand(answers: CssrsAnswers): CssrsBandId {
  const asked = answers.q2;
  if ((asked && (answers.q4 === true || answers.q5 === true)) || (answers.q6 && answers.q6Recent === true))
    return "high";
  if ((asked && answers.q3 === true) || (answers.q6 && answers.q6Recent === false)) return "moderate";
  return answers.q1 || answers.q2 ? "low" : "none";
}

function scoreSummed(instrumentId: SummedInstrumentId, answers: unknown): NumericScore {
  const issues = itemListIssues(instrumentId, INSTRUMENTS[instrumentId].items, answers);
  if (issues.length > 0) fail(instrumentId, issues);
  const items = answers as number[];
  const total = sum(items);
  const flags: ScoreFlag[] = [];
  if (instrumentId === "phq9" && (items[PHQ9_SAFETY_ITEM_INDEX] ?? 0) > 0) flags.push("phq9-item9");
  if (instrumentId === "gad7" && total >= GAD7_FURTHER_EVALUATION_AT) flags.push("gad7-further-evaluation");
  return { total, band: bandForTotal(instrumentId, total), flags };
}

function scoreAuditc(answers: unknown): NumericScore<AuditcBandId> {
  const issues = auditcIssues(answers);
  if (issues.length > 0) fail("auditc", issues);
  const { items, sex } = answers as AuditcAnswers;
  const total = sum(items);
  const [, q2 = 0, q3 = 0] = items;
  return { total, band: auditcBand(total, sex), flags: total > 0 && q2 === 0 && q3 === 0 ? ["auditc-q1-only"] : [] };
}

function scoreCssrs(answers: unknown): CssrsScore {
  const issues = cssrsIssues(answers);
  if (issues.length > 0) fail("cssrs", issues);
  const band = cssrsBand(answers as CssrsAnswers);
  return { total: null, band, flags: band === "high" ? ["cssrs-high"] : [] };
}

/**
 * Scores one instrument from its item answers in published order: a list of numbers, or for
 * `auditc` `{ items: [q1, q2, q3], sex }`, or for `cssrs` `{ q1…q6, q6Recent }`. Throws
 * ScreeningValidationError (with one issue per bad item) for a wrong count, a non-integer, a
 * non-number, an out-of-range value, or a branching contradiction. Server code calls this on
 * every save: scores from the browser are never trusted.
 */
export function scoreInstrument(instrumentId: "phq9", answers: readonly number[]): NumericScore<Phq9BandId>;
export function scoreInstrument(instrumentId: "gad7", answers: readonly number[]): NumericScore<Gad7BandId>;
export function scoreInstrument(instrumentId: "ciwa", answers: readonly number[]): NumericScore<CiwaBandId>;
export function scoreInstrument(instrumentId: "cows", answers: readonly number[]): NumericScore<CowsBandId>;
export function scoreInstrument(instrumentId: "auditc", answers: AuditcAnswers): NumericScore<AuditcBandId>;
export function scoreInstrument(instrumentId: "cssrs", answers: CssrsAnswers): CssrsScore;
export function scoreInstrument(instrumentId: SummedInstrumentId, answers: readonly number[]): NumericScore;
export function scoreInstrument(instrumentId: InstrumentId, answers: unknown): InstrumentScore;
export function scoreInstrument(instrumentId: InstrumentId, answers: unknown): InstrumentScore {
  if (!isInstrumentId(instrumentId)) {
    fail(null, [{ code: "unknown-instrument", path: "", answerPath: "instrument", message: "Unknown instrument." }]);
  }
  switch (instrumentId) {
    case "phq9":
    case "gad7":
    case "ciwa":
    case "cows":
      return scoreSummed(instrumentId, answers);
    case "auditc":
      return scoreAuditc(answers);
    case "cssrs":
      return scoreCssrs(answers);
  }
}

export const SCORE_FLAG_TEXT: Readonly<Record<ScoreFlag, string>> = {
  "phq9-item9":
    "PHQ-9 item 9 (thoughts of being better off dead or of self-harm) is above 0: follow the safety protocol.",
  "gad7-further-evaluation": "GAD-7 total of 10 or more: further evaluation is suggested.",
  "auditc-q1-only": AUDITC.q1OnlyNote,
  "cssrs-high": `C-SSRS ${CSSRS.bands.find((b) => b.id === "high")?.label ?? "high risk"}: immediate evaluation and safety precautions before anything else.`,
};
