"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action";
import type { SectionKey } from "@/lib/screening/rules/answers-schema";
import { SECTION_TITLES } from "@/lib/screening/rules/questions";
import { submitScreeningAction } from "../actions";

export interface SectionStatus {
  section: SectionKey;
  progress: "complete" | "started" | "not-started";
  optional: boolean;
}

const PROGRESS_WORDS = { complete: "Complete", started: "Incomplete", "not-started": "Not started" } as const;

/**
 * The last step: what is still missing, and "Submit for clinical review". The server checks
 * completeness and the safety action itself and says what blocks the submission.
 */
export function SubmitPanel({
  screeningId,
  version,
  sections,
  preview,
  onErrors,
}: {
  screeningId: string;
  version: number;
  sections: SectionStatus[];
  /** What submitting would store (submit-preview.tsx), rendered on the server. */
  preview?: ReactNode;
  onErrors: (errors: Record<string, string[]>) => void;
}) {
  const [state, action] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await submitScreeningAction(previous, formData);
    onErrors(result && !result.ok ? result.fieldErrors : {});
    return result;
  }, null);
  const missing = sections.filter((s) => !s.optional && s.progress !== "complete");
  const failed = state && !state.ok ? Object.keys(state.fieldErrors) : [];
  const blocked = [...new Set(failed.map((path) => path.split(".")[0] ?? ""))].filter((k): k is SectionKey =>
    Object.hasOwn(SECTION_TITLES, k),
  );
  return (
    <section aria-labelledby="submit-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="submit-title" className="text-lg font-semibold">
        Review and submit
      </h2>
      {missing.length === 0 ? (
        <p className="mt-2 text-sm">
          Every required section is complete. Submitting computes the scores and the recommended level of care and sends
          the screening to the clinical review queue; it can then no longer be edited.
        </p>
      ) : (
        <div className="mt-2 text-sm">
          <p>These required sections are not complete yet:</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((s) => (
              <li key={s.section}>
                <Link className="text-brand-700 underline" href={`/screenings/${screeningId}?section=${s.section}`}>
                  {SECTION_TITLES[s.section]}
                </Link>{" "}
                ({PROGRESS_WORDS[s.progress].toLowerCase()})
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview}
      <ActionForm action={action} aria-label="Submit the screening" className="mt-4 space-y-3">
        <input type="hidden" name="screeningId" value={screeningId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <FormMessage state={state} />
        {blocked.length > 0 ? (
          <ul className="list-disc pl-5 text-sm text-red-800">
            {blocked.map((k) => (
              <li key={k}>
                <Link className="underline" href={`/screenings/${screeningId}?section=${k}`}>
                  Fix {SECTION_TITLES[k]}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {failed.includes("safetyActionTaken") ? (
          <p className="text-sm text-red-800">
            <a className="font-semibold underline" href="#safety-action">
              Go to the action taken field
            </a>{" "}
            in the safety banner above.
          </p>
        ) : null}
        <SubmitButton pendingLabel="Submitting…" data-continue="" autoFocus>
          Submit for clinical review
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
