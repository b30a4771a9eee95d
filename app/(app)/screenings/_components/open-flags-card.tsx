import Link from "next/link";
import { Badge } from "@/components/ui/page";
import type { SafetyRisk } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/dates/zone";
import { FLAG_SOURCE_LABEL, RISK_LABEL, RISK_TONE } from "./labels";

interface OpenFlag {
  id: string;
  risk: SafetyRisk;
  source: string;
  raisedAt: Date;
  screeningId: string | null;
}

/**
 * Open safety flags in red, on top of the dashboard, the screenings page and a person's history
 *. Minimum necessary: risk, when and a link; the screening shows who.
 */
export function OpenFlagsCard({
  flags,
  total,
  title = "Open safety flags",
}: {
  flags: OpenFlag[];
  total: number;
  title?: string;
}) {
  if (total === 0) return null;
  return (
    <section
      aria-labelledby="open-flags-title"
      className="mb-6 rounded-lg border-2 border-red-700 bg-red-50 p-5 text-red-950"
    >
      <h2 id="open-flags-title" className="text-lg font-bold">
        <span aria-hidden="true">⚠ </span>
        {title} ({total})
      </h2>
      <p className="text-sm">Each stays open until a clinician resolves it. Highest risk first, then the oldest.</p>
      <ul className="mt-3 divide-y divide-red-200">
        {flags.map((flag) => (
          <li key={flag.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
            <Badge tone={RISK_TONE[flag.risk]}>{RISK_LABEL[flag.risk]}</Badge>
            <span>{FLAG_SOURCE_LABEL[flag.source] ?? flag.source}</span>
            <span>raised {formatDateTime(flag.raisedAt)}</span>
            {flag.screeningId ? (
              <Link href={`/screenings/${flag.screeningId}`} className="font-semibold text-red-900 underline">
                Open the screening
                <span className="sr-only">
                  : {RISK_LABEL[flag.risk]}, raised {formatDateTime(flag.raisedAt)}
                </span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      {total > flags.length ? <p className="mt-2 text-sm">And {total - flags.length} more.</p> : null}
    </section>
  );
}
