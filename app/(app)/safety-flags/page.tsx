import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { FLAG_VIEWS, FLAG_VIEW_LABELS, parseFlagView } from "@/lib/safety-flags/rules/visibility";
import { FlagCard } from "./_components/flag-card";
import { loadFlagList } from "./_components/load";

export const metadata: Metadata = { title: "Safety flags" };

/**
 * Every safety flag the actor may see, by filter: open, mine, escalated, resolved. Coordinators
 * see the flags of the screenings they ran; clinicians and admins all of them.
 */
export default async function SafetyFlagsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/safety-flags");
  const view = parseFlagView((await searchParams).view);
  const { flags, total } = await loadFlagList(actor, view);
  return (
    <>
      <PageHeader
        title="Safety flags"
        description={
          actor.role === "COORDINATOR"
            ? "The flags raised by the screenings you ran. A clinician owns and resolves each."
            : "Highest risk first, then the oldest. The owner acknowledges; a clinician resolves."
        }
      />
      <nav aria-label="Filter safety flags" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {FLAG_VIEWS.map((v) => (
            <li key={v}>
              <Link
                href={`/safety-flags?view=${v}`}
                aria-current={v === view ? "page" : undefined}
                className={`block rounded-full border px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-700 ${v === view ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
              >
                {FLAG_VIEW_LABELS[v]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-2 text-sm text-slate-600" role="status">
        {total === 1 ? "1 flag" : `${total} flags`}
        {total > flags.length ? ` (the first ${flags.length} shown)` : ""}
      </p>
      {flags.length === 0 ? (
        <EmptyState title="No safety flags here." />
      ) : (
        <ul className="space-y-2">
          {flags.map((f) => (
            <li key={f.id}>
              <FlagCard flag={f} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
