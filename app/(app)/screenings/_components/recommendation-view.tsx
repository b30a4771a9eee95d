import { Badge } from "@/components/ui/page";
import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { describeAnswer } from "@/lib/screening/rules/describe";
import { LEVEL_LABELS, type RecommendedLevel } from "@/lib/screening/rules/loc-config";
import type { StoredRecommendation } from "@/lib/screening/rules/stored";

/**
 * The recommended level with its ordered reasons, each naming the answers behind it
 * (describeAnswer), so the clinician sees why (docs/architecture.md principle 4).
 */
export function RecommendationView({
  level,
  stored,
  answers,
  title = "Recommended level of care",
  headingId = "recommendation-title",
  secondary = false,
}: {
  level: RecommendedLevel;
  stored: StoredRecommendation | null;
  answers: ScreeningAnswersDraft;
  title?: string;
  headingId?: string;
  /** Below a clinician's different decision: what the rules suggested, drawn less strongly. */
  secondary?: boolean;
}) {
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg bg-white p-5 ${secondary ? "border border-slate-300" : "border-2 border-brand-700"}`}
    >
      <h2 id={headingId} className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
        {title}
      </h2>
      <p className="mt-1 text-2xl font-bold text-slate-900">{LEVEL_LABELS[level]}</p>
      {stored?.expectedNextLevel ? (
        <p className="mt-1 text-sm">Expected next step: {LEVEL_LABELS[stored.expectedNextLevel]}</p>
      ) : null}
      {stored ? (
        <>
          <h3 className="mt-4 font-semibold">Why, in order</h3>
          <ol className="mt-2 list-decimal space-y-3 pl-5 text-sm">
            {stored.reasons.map((reason, index) => (
              <li key={`${reason.code}-${index}`}>
                <p>
                  {reason.text}{" "}
                  {reason.level ? (
                    <Badge tone={reason.level === level ? "blue" : "slate"}>
                      {reason.level === level ? "decides: " : "supports: "}
                      {LEVEL_LABELS[reason.level].split(" — ")[0]}
                    </Badge>
                  ) : (
                    <Badge>note, not counted</Badge>
                  )}
                </p>
                <ul className="mt-1 list-disc pl-5 text-slate-700">
                  {reason.answers.map((path) => {
                    const d = describeAnswer(answers, path);
                    return d ? (
                      <li key={path}>
                        {d.section}: {d.question} — <strong>{d.answer}</strong>
                      </li>
                    ) : null;
                  })}
                </ul>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-xs text-slate-500">
            Rules version {stored.configVersion}. A screening aid, not a diagnosis; the clinician decides.
          </p>
        </>
      ) : null}
    </section>
  );
}
