import { Badge } from "@/components/ui/page";
import { ScreeningAnswersSchema, type ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { CONTRADICTION_PREFIX } from "@/lib/screening/rules/conflicts";
import { describeAnswer } from "@/lib/screening/rules/describe";
import { evaluateScreening } from "@/lib/screening/rules/evaluate";
import { assessSafety } from "@/lib/screening/rules/safety";
import { scoreCompletedSections } from "@/lib/screening/rules/score-screening";
import { toStoredRecommendation } from "@/lib/screening/rules/stored";
import { InstrumentResults } from "./instrument-results";
import { RISK_LABEL, RISK_TONE } from "./labels";
import { RecommendationView } from "./recommendation-view";

/**
 * What submitting would store, before the coordinator submits: the scores and bands, the safety
 * result and the recommendation with its reasons — computed by the same pure functions the
 * submission runs, from the saved answers. Contradictions that would refuse it are listed first.
 */
export function SubmitPreview({ answers }: { answers: ScreeningAnswersDraft }) {
  const complete = ScreeningAnswersSchema.safeParse(answers);
  const evaluation = complete.success ? evaluateScreening(complete.data) : null;
  const scores = evaluation?.scores ?? scoreCompletedSections(answers);
  const safety = evaluation?.safety ?? assessSafety(answers);
  const contradictions = complete.success
    ? []
    : [...new Set(complete.error.issues.map((i) => i.message).filter((m) => m.startsWith(CONTRADICTION_PREFIX)))];
  return (
    <div className="mt-4 space-y-4">
      {contradictions.length > 0 ? (
        <div className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm text-red-950">
          <h3 className="font-semibold">Answers that contradict each other</h3>
          <ul className="mt-1 list-disc pl-5">
            {contradictions.map((m) => (
              <li key={m}>{m.slice(CONTRADICTION_PREFIX.length).trim()}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="preview-safety-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 id="preview-safety-title" className="font-semibold">
          Safety result: <Badge tone={RISK_TONE[safety.risk]}>{RISK_LABEL[safety.risk]}</Badge>
        </h3>
        {safety.flags.length > 0 ? (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {safety.flags.map((flag) => (
              <li key={flag.source}>
                <strong>{flag.text}</strong>{" "}
                {flag.answers
                  .map((path) => describeAnswer(answers, path))
                  .filter(Boolean)
                  .map((d) => `${d!.question} — ${d!.answer}`)
                  .join("; ")}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="preview-scores-title">
        <h3 id="preview-scores-title" className="mb-2 font-semibold">
          Scores and bands
        </h3>
        <InstrumentResults answers={answers} scores={scores} compact />
      </section>
      {evaluation ? (
        <RecommendationView
          level={evaluation.recommendation.level}
          stored={toStoredRecommendation(evaluation.recommendation)}
          answers={answers}
          title="Recommended level of care if submitted now"
          headingId="preview-recommendation-title"
        />
      ) : (
        <p className="text-sm text-slate-700">
          The recommended level of care and its reasons appear here once every required section is complete
          {contradictions.length > 0 ? " and the answers no longer contradict each other" : ""}.
        </p>
      )}
    </div>
  );
}
