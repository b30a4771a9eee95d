import { Badge } from "@/components/ui/page";
import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { AUDITC, CSSRS, INSTRUMENTS } from "@/lib/screening/rules/instruments";
import { SCORE_FLAG_TEXT, type InstrumentScore, type ScoreFlag } from "@/lib/screening/rules/score-instrument";
import type { ScreeningScores } from "@/lib/screening/rules/score-screening";
import { isInformantReport, SELF_REPORT_INSTRUMENTS } from "@/lib/screening/rules/informant";

type Row = { label: string; answer: string };
type InstrumentId = keyof ScreeningScores;
const ORDER: InstrumentId[] = ["phq9", "gad7", "auditc", "cssrs", "ciwa", "cows"];

const optionLabel = (options: readonly { value: number; label: string }[], value: unknown) => {
  if (typeof value !== "number") return "Not answered";
  const label = options.find((o) => o.value === value)?.label;
  return label && label !== String(value) ? `${label} (${value})` : String(value);
};

/** The item answers that produced an instrument's score, in published order. */
function itemRows(id: InstrumentId, answers: ScreeningAnswersDraft): Row[] {
  if (id === "cssrs") {
    const c = answers.cssrs ?? {};
    return CSSRS.questions.map((q) => {
      const v = c[q.id];
      return {
        label: q.id === "q6Recent" ? q.text : `${q.number}. ${q.text}`,
        answer: v === true ? "Yes" : v === false ? "No" : "Not asked",
      };
    });
  }
  if (id === "auditc") {
    const a = answers.auditc;
    const sex = AUDITC.sexQuestion.options.find((o) => o.value === a?.sex)?.label ?? "Not answered";
    return [
      { label: AUDITC.sexQuestion.text, answer: sex },
      ...AUDITC.items.map((item, i) => ({
        label: `${item.number}. ${item.text}`,
        answer: optionLabel(item.options, a?.items?.[i]),
      })),
    ];
  }
  const def = INSTRUMENTS[id];
  const section = answers[id];
  const rows = def.items.map((item, i) => ({
    label: `${item.number}. ${item.text}`,
    answer: optionLabel(item.options, section?.items[i]),
  }));
  const difficulty = section && "difficulty" in section ? section.difficulty : undefined;
  if (def.functionalItem && difficulty !== undefined && difficulty !== null)
    rows.push({
      label: `${def.functionalItem.text} (not scored)`,
      answer: optionLabel(def.functionalItem.options, difficulty),
    });
  return rows;
}

function bandLabel(id: InstrumentId, band: string): string {
  return (INSTRUMENTS[id].bands as readonly { id: string; label: string }[]).find((b) => b.id === band)?.label ?? band;
}

/** Each instrument's total, band and flags next to the item answers behind them. */
export function InstrumentResults({
  answers,
  scores,
  compact = false,
}: {
  answers: ScreeningAnswersDraft;
  scores: Partial<ScreeningScores>;
  compact?: boolean;
}) {
  const shown = ORDER.filter((id) => answers[id] !== undefined);
  // Self-report instruments answered by an informant are marked so (ADR 0014).
  const informant = isInformantReport(answers);
  if (shown.length === 0) return <p className="text-sm text-slate-600">No instrument answered yet.</p>;
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {shown.map((id) => {
        const def = INSTRUMENTS[id];
        const score = scores[id] as InstrumentScore | undefined;
        const max = "maxTotal" in def ? def.maxTotal : null;
        return (
          <section
            key={id}
            aria-labelledby={`score-${id}`}
            className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4"
          >
            <h3 id={`score-${id}`} className="font-semibold">
              {def.shortTitle}
              {informant && (SELF_REPORT_INSTRUMENTS as readonly string[]).includes(id) ? (
                <>
                  {" "}
                  <Badge tone="amber">Informant-reported</Badge>
                </>
              ) : null}
            </h3>
            {score ? (
              <p className="mt-1 text-sm">
                {score.total === null ? null : (
                  <>
                    <span className="text-2xl font-bold">{score.total}</span>{" "}
                    <span className="text-slate-600">of {max}</span> ·{" "}
                  </>
                )}
                <Badge tone={score.flags.length > 0 ? "red" : "slate"}>{bandLabel(id, score.band)}</Badge>
              </p>
            ) : (
              <p className="mt-1 text-sm text-slate-600">Not scored: some items are unanswered.</p>
            )}
            {score?.flags.length ? (
              <ul className="mt-2 space-y-1 text-sm font-medium text-red-800">
                {score.flags.map((f: ScoreFlag) => (
                  <li key={f}>
                    <span aria-hidden="true">⚑ </span>
                    {SCORE_FLAG_TEXT[f]}
                  </li>
                ))}
              </ul>
            ) : null}
            {compact ? null : (
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">{def.shortTitle} item answers</caption>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">Item</th>
                    <th scope="col">Answer</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {itemRows(id, answers).map((row) => (
                    <tr key={row.label}>
                      <td className="py-1 pr-3 align-top">{row.label}</td>
                      <td className="py-1 align-top font-medium whitespace-nowrap">{row.answer}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="mt-2 text-xs text-slate-500">{def.attribution}</p>
          </section>
        );
      })}
    </div>
  );
}
