import { ScreeningValidationError } from "./errors";
import type { AuditcBandId, CiwaBandId, CowsBandId, Gad7BandId, InstrumentId, Phq9BandId } from "./instruments";
import type { ScreeningAnswers, ScreeningAnswersDraft } from "./answers-schema";
import { scoreInstrument, type CssrsScore, type InstrumentScore, type NumericScore } from "./score-instrument";
import type { AuditcAnswers, CssrsAnswers } from "./item-checks";

/** What Screening.scores stores: one { total, band, flags } per instrument answered. */
export interface ScreeningScores {
  phq9: NumericScore<Phq9BandId>;
  gad7: NumericScore<Gad7BandId>;
  auditc: NumericScore<AuditcBandId>;
  cssrs: CssrsScore;
  ciwa?: NumericScore<CiwaBandId>;
  cows?: NumericScore<CowsBandId>;
}

/** Scores of a submitted screening, recomputed from its item answers. */
export function scoreScreening(answers: ScreeningAnswers): ScreeningScores {
  return {
    phq9: scoreInstrument("phq9", answers.phq9.items),
    gad7: scoreInstrument("gad7", answers.gad7.items),
    auditc: scoreInstrument("auditc", answers.auditc),
    cssrs: scoreInstrument("cssrs", answers.cssrs),
    ...(answers.ciwa ? { ciwa: scoreInstrument("ciwa", answers.ciwa.items) } : {}),
    ...(answers.cows ? { cows: scoreInstrument("cows", answers.cows.items) } : {}),
  };
}

function scoreIfComplete(id: InstrumentId, answers: unknown): InstrumentScore | undefined {
  try {
    return scoreInstrument(id, answers);
  } catch (error) {
    // An unfinished section simply has no score yet.
    if (error instanceof ScreeningValidationError) return undefined;
    throw error;
  }
}

/** Scores of the sections of a draft that are complete, so the form can show them as it goes. */
export function scoreCompletedSections(answers: ScreeningAnswersDraft): Partial<ScreeningScores> {
  const out: Partial<Record<InstrumentId, InstrumentScore>> = {};
  const add = (id: InstrumentId, value: unknown) => {
    if (value === undefined) return;
    const score = scoreIfComplete(id, value);
    if (score) out[id] = score;
  };
  add("phq9", answers.phq9?.items);
  add("gad7", answers.gad7?.items);
  add("auditc", answers.auditc ? ({ ...answers.auditc } as Partial<AuditcAnswers>) : undefined);
  add("cssrs", answers.cssrs ? ({ ...answers.cssrs } as Partial<CssrsAnswers>) : undefined);
  add("ciwa", answers.ciwa?.items);
  add("cows", answers.cows?.items);
  return out as Partial<ScreeningScores>;
}
