import Link from "next/link";
import { LEVEL_LABELS } from "@/lib/screening/rules/loc-config";
import type { listScreeningVersions } from "@/lib/screening/queries";
import { formatDateTime } from "@/lib/dates/zone";
import { STATUS_LABEL } from "./labels";

type Version = Awaited<ReturnType<typeof listScreeningVersions>>[number];

/** Every version of the screening, oldest first; amended versions stay readable. */
export function VersionsList({ versions, currentId }: { versions: Version[]; currentId: string }) {
  if (versions.length < 2) return null;
  return (
    <section aria-labelledby="versions-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="versions-title" className="font-semibold">
        Amendments
      </h2>
      <ol className="mt-2 space-y-2 text-sm">
        {versions.map((v, index) => (
          <li key={v.id}>
            <span className="font-medium">Version {index + 1}</span> · {STATUS_LABEL[v.status]} ·{" "}
            {v.finalLevel ? LEVEL_LABELS[v.finalLevel].split(" — ")[0] : "no decision"} · signed by{" "}
            {v.reviewedBy?.name ?? "—"}, {formatDateTime(v.reviewedAt)}
            {v.amendmentReason ? (
              <span className="block text-slate-700">Amendment reason: {v.amendmentReason}</span>
            ) : null}
            {v.id === currentId ? (
              <span className="ml-1 font-semibold">(this version)</span>
            ) : (
              <Link className="ml-2 text-brand-700 underline" href={`/screenings/${v.id}`}>
                View version {index + 1}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
