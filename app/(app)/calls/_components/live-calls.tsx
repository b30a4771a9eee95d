"use client";

import Link from "next/link";
import { useLiveJson } from "@/components/live/live-provider";
import type { UnloggedNow } from "./live-calls-data";

/**
 * Calls the phone system captures while they ring, live (docs/decisions/0016-live-updates.md):
 * the unlogged count and the calls ringing or in progress now, each a link to log it.
 */
export function LiveCallsStat({ initial }: { initial: UnloggedNow }) {
  const data = useLiveJson<UnloggedNow>("/api/calls/unlogged", "call", initial);
  return (
    <div
      className={`rounded-lg border p-4 shadow-sm ${data.unlogged > 0 ? "border-amber-400 bg-amber-50" : "border-slate-200 bg-white"}`}
    >
      <Link href="/calls/unlogged" className="block hover:underline">
        <span className="block text-sm font-medium text-slate-700">Unlogged calls</span>
        <span className="mt-1 block text-3xl font-semibold text-slate-900">{data.unlogged}</span>
      </Link>
      <span className="mt-1 block text-xs text-slate-600">Captured by the phone system</span>
      <ul aria-label="Calls ringing now" aria-live="polite" className="mt-2 space-y-1 text-xs">
        {data.live.map((c) => (
          <li key={c.id}>
            <Link href={`/calls/new?captured=${c.id}`} className="font-medium text-brand-700 underline">
              {c.status}: {c.number}
            </Link>{" "}
            on {c.line}
          </li>
        ))}
      </ul>
    </div>
  );
}
