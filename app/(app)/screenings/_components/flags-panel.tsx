import { Badge } from "@/components/ui/page";
import type { SafetyRisk } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/dates/zone";
import { FLAG_SOURCE_LABEL, RISK_LABEL, RISK_TONE } from "./labels";
import { ResolveFlagForm } from "./resolve-flag-form";

interface Flag {
  id: string;
  risk: SafetyRisk;
  source: string;
  status: "OPEN" | "RESOLVED";
  raisedAt: Date;
  actionTaken: string | null;
  resolvedAt: Date | null;
  resolution: string | null;
  resolvedBy: { name: string } | null;
}

/** A screening's safety flags: what raised them, what was done, and (for clinicians) resolving them. */
export function FlagsPanel({
  flags,
  risk,
  actionTaken,
  canResolve,
}: {
  flags: Flag[];
  risk: SafetyRisk;
  actionTaken: string | null;
  canResolve: boolean;
}) {
  if (flags.length === 0 && risk === "NONE") return null;
  const open = flags.some((f) => f.status === "OPEN");
  return (
    <section
      aria-labelledby="flags-title"
      className={`break-inside-avoid rounded-lg border-2 p-5 ${open ? "border-red-700 bg-red-50" : "border-slate-200 bg-white"}`}
    >
      <h2 id="flags-title" className="text-lg font-semibold">
        <span aria-hidden="true">⚠ </span>Safety: {RISK_LABEL[risk]}
      </h2>
      {actionTaken ? (
        <p className="mt-1 text-sm">
          <strong>Action taken by the coordinator:</strong> {actionTaken}
        </p>
      ) : null}
      <ul className="mt-3 space-y-3">
        {flags.map((flag) => (
          <li key={flag.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={RISK_TONE[flag.risk]}>{RISK_LABEL[flag.risk]}</Badge>
              <span>{FLAG_SOURCE_LABEL[flag.source] ?? flag.source}</span>
              <span className="text-slate-600">raised {formatDateTime(flag.raisedAt)}</span>
              <strong>{flag.status === "OPEN" ? "Open" : "Resolved"}</strong>
            </p>
            {flag.status === "RESOLVED" ? (
              <p className="mt-1">
                Resolved by {flag.resolvedBy?.name ?? "—"}, {formatDateTime(flag.resolvedAt)}: {flag.resolution}
              </p>
            ) : canResolve ? (
              <ResolveFlagForm flagId={flag.id} />
            ) : (
              <p className="mt-1 text-slate-700">Open until a clinician resolves it.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
