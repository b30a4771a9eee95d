"use client";

import Link from "next/link";
import { useLiveJson } from "@/components/live/live-provider";
import { FlagCard } from "./flag-card";
import type { FlagGroupData } from "./present";

export interface WorklistData {
  groups: FlagGroupData[];
  total: number;
}

/**
 * The dashboard's safety-flag worklist: one group per person, highest risk first. It re-reads
 * itself when the live channel announces a flag change (no reload).
 */
export function FlagWorklist({ initial }: { initial: WorklistData }) {
  const data = useLiveJson<WorklistData>("/api/safety-flags?view=open&format=groups", "safety-flag", initial);
  return (
    <section
      aria-labelledby="flag-worklist-title"
      className={`mb-6 rounded-lg p-5 ${data.total > 0 ? "border-2 border-red-700 bg-red-50 text-red-950" : "border border-slate-200 bg-white"}`}
    >
      <h2 id="flag-worklist-title" className="text-lg font-bold">
        {data.total > 0 ? <span aria-hidden="true">⚠ </span> : null}
        Open safety flags ({data.total})
      </h2>
      <div aria-live="polite" className="sr-only">
        {data.total === 1 ? "1 open safety flag" : `${data.total} open safety flags`}
      </div>
      {data.total === 0 ? (
        <p className="text-sm text-slate-700">No open safety flags.</p>
      ) : (
        <>
          <p className="text-sm">
            Grouped by person, highest risk first. Each stays open until a clinician resolves it.
          </p>
          <ul className="mt-3 space-y-4">
            {data.groups.map((g) => (
              <li key={g.patientId}>
                <h3 className="mb-1 font-semibold">
                  <Link href={`/patients/${g.patientId}`} className="underline">
                    {g.personName}
                  </Link>{" "}
                  <span className="font-normal">
                    ({g.flags.length} {g.flags.length === 1 ? "flag" : "flags"})
                  </span>
                </h3>
                <div className="space-y-2">
                  {g.flags.map((f) => (
                    <FlagCard key={f.id} flag={f} />
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-sm">
        <Link href="/safety-flags" className="font-semibold underline">
          All safety flags
        </Link>
      </p>
    </section>
  );
}
