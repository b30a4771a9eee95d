import Link from "next/link";
import { EmptyState } from "@/components/ui/page";
import { DIRECTION_LABEL, DISPOSITION_LABEL } from "@/lib/calls/rules/labels";
import { formatDay } from "@/lib/dates/days";
import {
  CARE_LEVELS,
  careLevelTitle,
  DISCHARGE_REASON_LABELS,
  TRANSITION_KIND_LABELS,
  TRANSITION_STATUS_LABELS,
} from "@/lib/care/rules/levels";
import { PIPELINE_LABELS, PIPELINE_STATUSES } from "@/lib/pipeline/rules/moves";
import type {
  CareLevel,
  DischargeReason,
  PipelineStatus,
  TransitionKind,
  TransitionStatus,
} from "@/lib/generated/prisma/enums";
import type { TimelineEntry } from "@/lib/patients/timeline";
import { formatDateTime } from "@/lib/dates/zone";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
const level = (value: string | null) => {
  const l = oneOf<CareLevel>(CARE_LEVELS, value);
  return l ? careLevelTitle(l) : (value ?? "—");
};
const stage = (value: string | null) => {
  const s = oneOf<PipelineStatus>(PIPELINE_STATUSES, value);
  return s ? PIPELINE_LABELS[s] : "new";
};
const lower = (value: string | null) => (value ?? "").toLowerCase().replaceAll("_", " ");

/** One entry as a sentence, with a link where the record has its own page. */
function describe(e: TimelineEntry): { title: string; detail: string | null; href: string | null } {
  switch (e.kind) {
    case "call":
      return {
        title: `${DIRECTION_LABEL[e.a as keyof typeof DIRECTION_LABEL] ?? "Call"} call`,
        detail: e.b ? (DISPOSITION_LABEL[e.b as keyof typeof DISPOSITION_LABEL] ?? null) : "Not logged yet",
        href: `/calls/${e.id}`,
      };
    case "screening":
      return {
        title: `Screening ${lower(e.a)}`,
        detail:
          [e.b ? `level: ${level(e.b)}` : null, e.c && e.c !== "NONE" ? `safety risk: ${lower(e.c)}` : null]
            .filter(Boolean)
            .join(" · ") || null,
        href: `/screenings/${e.id}`,
      };
    case "pipeline":
      return {
        title: e.a === null ? `New prospect: ${stage(e.b)}` : `Pipeline: ${stage(e.a)} → ${stage(e.b)}`,
        detail: e.c,
        href: null,
      };
    case "episode-start":
      return {
        title: `Started ${level(e.a)} care${e.b ? ` (${e.b})` : ""}`,
        detail: e.c ? `Expected end ${formatDay(e.c)}` : null,
        href: null,
      };
    case "episode-end": {
      const reason = e.b ? DISCHARGE_REASON_LABELS[e.b as DischargeReason] : null;
      return {
        title: `Left ${level(e.a)} care${reason ? `: ${reason}` : ""}`,
        detail:
          [e.c ? `Aftercare: ${e.c}` : null, e.d ? `Follow-up plan: ${e.d}` : null].filter(Boolean).join(" · ") || null,
        href: null,
      };
    }
    case "transition": {
      const kind = TRANSITION_KIND_LABELS[e.a as TransitionKind] ?? "transition";
      const status = TRANSITION_STATUS_LABELS[e.c as TransitionStatus] ?? lower(e.c);
      return {
        title: `${kind.charAt(0).toUpperCase()}${kind.slice(1)} to ${level(e.b)} planned${e.d ? ` for ${formatDay(e.d)}` : ""}, now ${status}`,
        detail: e.e,
        href: null,
      };
    }
    case "safety-flag":
      return {
        title: `Safety flag raised (${lower(e.a)} risk, ${e.b ?? "unknown source"})`,
        detail: e.c === "OPEN" ? "Open" : "Resolved",
        href: null,
      };
    case "task":
      return {
        title: `${e.a === "CALLBACK" ? "Callback" : "Follow-up"} task, ${lower(e.b)}`,
        detail: [e.d ? `due ${formatDateTime(new Date(e.d))}` : null, e.c].filter(Boolean).join(" · ") || null,
        href: null,
      };
  }
}

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <EmptyState title="Nothing recorded yet" />;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {entries.map((entry) => {
        const { title, detail, href } = describe(entry);
        return (
          <li key={`${entry.kind}-${entry.id}`} className="text-sm">
            <time dateTime={entry.day ?? entry.at.toISOString()} className="block text-xs text-slate-600">
              {entry.day ? formatDay(entry.day) : formatDateTime(entry.at)}
            </time>
            <p className="font-medium text-slate-900">
              {href ? (
                <Link href={href} className="text-brand-700 underline">
                  {title}
                </Link>
              ) : (
                title
              )}
            </p>
            {detail ? <p className="whitespace-pre-wrap text-slate-700">{detail}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
