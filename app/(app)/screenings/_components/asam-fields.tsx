import { ASAM_DIMENSIONS, ASAM_RATINGS, type AsamRatings } from "@/lib/screening/rules/asam";

const input =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/**
 * The clinician's own ASAM dimension ratings: optional, 0–4 each with a note. Recorded only; no
 * ASAM rule turns them into a level (docs/clinical.md).
 */
export function AsamFields({ initial, errors }: { initial: AsamRatings | null; errors: Record<string, string[]> }) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold">Your ASAM dimension ratings (optional)</legend>
      <p className="mb-3 text-xs text-slate-600">
        Your own clinical judgement, recorded with the decision. They do not change the recommendation.
      </p>
      <div className="space-y-3">
        {ASAM_DIMENSIONS.map((d) => {
          const ratingError = errors[`asamRating_${d.id}`];
          const noteError = errors[`asamNote_${d.id}`];
          return (
            <div key={d.id} className="grid gap-2 sm:grid-cols-[1fr_10rem_1fr] sm:items-end">
              <p className="text-sm">
                {d.number}. {d.title}
              </p>
              <div>
                <label htmlFor={`asam-rating-${d.id}`} className="block text-xs font-medium">
                  Risk rating, dimension {d.number}
                </label>
                <select
                  id={`asam-rating-${d.id}`}
                  name={`asamRating_${d.id}`}
                  defaultValue={initial?.[d.id]?.rating ?? ""}
                  aria-invalid={Boolean(ratingError)}
                  aria-describedby={ratingError ? `asam-rating-${d.id}-error` : undefined}
                  className={input}
                >
                  <option value="">Not rated</option>
                  {ASAM_RATINGS.map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label}
                    </option>
                  ))}
                </select>
                {ratingError ? (
                  <p id={`asam-rating-${d.id}-error`} className="text-xs text-red-700">
                    {ratingError.join(" ")}
                  </p>
                ) : null}
              </div>
              <div>
                <label htmlFor={`asam-note-${d.id}`} className="block text-xs font-medium">
                  Note, dimension {d.number}
                </label>
                <input
                  id={`asam-note-${d.id}`}
                  name={`asamNote_${d.id}`}
                  maxLength={500}
                  defaultValue={initial?.[d.id]?.note ?? ""}
                  aria-invalid={Boolean(noteError)}
                  aria-describedby={noteError ? `asam-note-${d.id}-error` : undefined}
                  className={input}
                />
                {noteError ? (
                  <p id={`asam-note-${d.id}-error`} className="text-xs text-red-700">
                    {noteError.join(" ")}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
