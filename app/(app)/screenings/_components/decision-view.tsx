import { ASAM_DIMENSIONS, ASAM_RATINGS, type AsamRatings } from "@/lib/screening/rules/asam";
import { LEVEL_LABELS, type RecommendedLevel } from "@/lib/screening/rules/loc-config";
import { formatDateTime } from "@/lib/dates/zone";

/** The clinician's signed decision: the level, an override with its reason, their ASAM ratings. */
export function DecisionView({
  finalLevel,
  recommendedLevel,
  overrideReason,
  asam,
  reviewer,
  reviewedAt,
}: {
  finalLevel: RecommendedLevel;
  recommendedLevel: RecommendedLevel | null;
  overrideReason: string | null;
  asam: AsamRatings | null;
  reviewer: string | null;
  reviewedAt: Date | null;
}) {
  return (
    <section
      aria-labelledby="decision-title"
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="decision-title" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
        Clinical decision
      </h2>
      <p className="mt-1 text-xl font-bold">{LEVEL_LABELS[finalLevel]}</p>
      <p className="mt-1 text-sm">
        {overrideReason ? (
          <>
            <strong>Override</strong> of the recommendation (
            {recommendedLevel ? LEVEL_LABELS[recommendedLevel] : "none"}). Reason: {overrideReason}
          </>
        ) : (
          "The recommendation was accepted."
        )}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        Signed by {reviewer ?? "—"}, {formatDateTime(reviewedAt)}
      </p>
      {asam ? (
        <table className="mt-3 w-full text-sm">
          <caption className="text-left font-semibold">Clinician&apos;s ASAM dimension ratings</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1">
                Dimension
              </th>
              <th scope="col">Risk rating</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {ASAM_DIMENSIONS.filter((d) => asam[d.id]).map((d) => (
              <tr key={d.id}>
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {d.number}. {d.title}
                </th>
                <td className="pr-3">{ASAM_RATINGS.find((r) => r.value === asam[d.id]?.rating)?.label}</td>
                <td>{asam[d.id]?.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
