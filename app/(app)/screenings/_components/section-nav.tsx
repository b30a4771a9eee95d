import Link from "next/link";
import type { SectionKey } from "@/lib/screening/rules/answers-schema";
import { SECTION_TITLES } from "@/lib/screening/rules/questions";
import type { SectionStatus } from "./submit-panel";

const MARK = { complete: "✓", started: "…", "not-started": "○" } as const;
const WORDS = { complete: "complete", started: "incomplete", "not-started": "not started" } as const;

/** Section list with progress: words and marks, not colour alone. */
export function SectionNav({
  screeningId,
  step,
  sections,
}: {
  screeningId: string;
  step: SectionKey | "submit";
  sections: SectionStatus[];
}) {
  const required = sections.filter((s) => !s.optional);
  const complete = required.filter((s) => s.progress === "complete").length;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p id="progress-label" className="text-sm font-medium">
        {complete} of {required.length} required sections complete
      </p>
      <progress
        aria-labelledby="progress-label"
        value={complete}
        max={required.length}
        className="mt-2 h-2 w-full accent-brand-700"
      />
      <ol className="mt-3 space-y-1 text-sm">
        {sections.map((s) => (
          <li key={s.section}>
            <Link
              href={`/screenings/${screeningId}?section=${s.section}`}
              aria-current={step === s.section ? "step" : undefined}
              className="flex items-start gap-2 rounded px-2 py-1 hover:bg-slate-100 aria-[current=step]:bg-brand-50 aria-[current=step]:font-semibold"
            >
              <span aria-hidden="true" className="w-4 font-mono">
                {MARK[s.progress]}
              </span>
              <span>
                {SECTION_TITLES[s.section]}
                <span className="block text-xs font-normal text-slate-600">
                  {WORDS[s.progress]}
                  {s.optional ? " · optional" : ""}
                </span>
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link
            href={`/screenings/${screeningId}?section=submit`}
            aria-current={step === "submit" ? "step" : undefined}
            className="flex gap-2 rounded px-2 py-1 font-medium text-brand-700 hover:bg-slate-100 aria-[current=step]:bg-brand-50"
          >
            <span aria-hidden="true" className="w-4">
              →
            </span>{" "}
            Review and submit
          </Link>
        </li>
      </ol>
    </div>
  );
}
