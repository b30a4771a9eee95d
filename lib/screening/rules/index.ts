/**
 * Pre-admission screening rules (docs/clinical.md, ADR 0006): instrument definitions as
 * versioned data, exact scoring, answer schemas, safety and the level-of-care recommendation.
 * Everything here is pure — no database, no React.
 */
export * from "./instruments";
export { ScreeningValidationError, type ScreeningIssue, type ScreeningIssueCode } from "./errors";
export type { AuditcAnswers, AuditcSex, CssrsAnswers } from "./item-checks";
export {
  auditcBand,
  bandForTotal,
  cssrsBand,
  scoreInstrument,
  SCORE_FLAG_TEXT,
  type CssrsScore,
  type InstrumentScore,
  type NumericScore,
  type ScoreFlag,
} from "./score-instrument";
export { scoreCompletedSections, scoreScreening, type ScreeningScores } from "./score-screening";
export {
  ScreeningAnswersDraftSchema,
  ScreeningAnswersSchema,
  SECTION_SCHEMAS,
  type Frequency,
  type LastUse,
  type ScreeningAnswers,
  type ScreeningAnswersDraft,
  type SectionKey,
  type Substance,
  type SubstanceEntry,
} from "./answers-schema";
export {
  CO_OCCURRING_COMPLEXITY,
  DIAGNOSES,
  FREQUENCIES,
  INSURANCE_COVERAGE,
  LAST_USE,
  ROUTES,
  SECTION_QUESTIONS,
  SECTION_TITLES,
  SERVICES_NOT_OFFERED,
  STEP_DOWN_FROM,
  SUBSTANCES,
  TREATMENT_PATHWAYS,
  type FieldQuestion,
  type SectionId,
} from "./questions";
export {
  DEFAULT_LOC_CONFIG,
  LEVEL_LABELS,
  LocConfigSchema,
  RECOMMENDED_LEVELS,
  type LocConfig,
  type RecommendedLevel,
} from "./loc-config";
export { REASON_CODES, type Reason, type ReasonCode } from "./reasons";
export { LEVEL_PRECEDENCE, recommendLevel, type Recommendation } from "./recommend";
export {
  assessSafety,
  canSubmit,
  maxRisk,
  SAFETY_PROTOCOLS,
  SAFETY_RISKS,
  type SafetyAssessment,
  type SafetyFlag,
  type SafetyFlagSource,
  type SafetyProtocol,
  type SafetyRisk,
} from "./safety";
export { describeAnswer, type AnswerDescription } from "./describe";
export { evaluateScreening, type ScreeningEvaluation } from "./evaluate";
