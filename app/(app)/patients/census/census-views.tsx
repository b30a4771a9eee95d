import Link from "next/link";
import { Badge, EmptyState } from "@/components/ui/page";
import { ContactPreferences } from "@/components/contact-preferences";
import { formatDay } from "@/lib/dates/days";
import { careLevelTitle, TRANSITION_KIND_LABELS, TRANSITION_STATUS_LABELS } from "@/lib/care/rules/levels";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import type { AlertCounts, AlertRow } from "@/lib/care/alert-queries";
import type { CensusCard } from "@/lib/care/census-queries";
import type { CensusAlert } from "@/lib/care/schemas";
import { formatPhone } from "@/lib/phone";
import { fullName } from "@/lib/people/names";
import { daysText } from "../_components/format";

export const ALERT_TITLES: Record<CensusAlert, string> = {
  overdue: "Residential past expected end, no step-down planned",
  "due-unconfirmed": "Step-down due within 7 days, not confirmed",
  "missed-7": "No follow-up 7 days after a residential/detox discharge",
  "missed-30": "No follow-up 30 days after a residential/detox discharge",
  "missed-sessions": "IOP/PHP with no attendance in 7 days",
};

export function AlertSummary({ counts, current }: { counts: AlertCounts; current: CensusAlert | undefined }) {
  return (
    <section aria-labelledby="alerts-heading" className="mb-6">
      <h2 id="alerts-heading" className="mb-2 text-lg font-semibold">
        Alerts
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
        {(Object.keys(ALERT_TITLES) as CensusAlert[]).map((alert) => (
          <li key={alert}>
            <Link
              href={`/patients/census?alert=${alert}`}
              aria-current={current === alert ? "page" : undefined}
              className={`block h-full rounded-lg border p-3 text-sm ${counts[alert] > 0 ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"} ${current === alert ? "ring-2 ring-brand-700" : ""}`}
            >
              <span className="block text-2xl font-semibold text-slate-900">{counts[alert]}</span>
              <span className="text-slate-800">{ALERT_TITLES[alert]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function dayLabel(alert: CensusAlert, row: AlertRow): string {
  switch (alert) {
    case "overdue":
      return `Expected end ${formatDay(row.day)} · ${daysText(row.days)} over`;
    case "due-unconfirmed":
      return `Planned for ${formatDay(row.day)}${row.days > 0 ? ` · ${daysText(row.days)} past` : ""}${row.toLevel ? ` · to ${careLevelTitle(row.toLevel)}` : ""}`;
    case "missed-7":
    case "missed-30":
      return `Discharged ${formatDay(row.day)} · ${daysText(row.days)} ago`;
    case "missed-sessions":
      return `Last seen ${formatDay(row.day)} · ${daysText(row.days)} ago`;
  }
}

export function AlertList({ alert, rows }: { alert: CensusAlert; rows: AlertRow[] }) {
  if (rows.length === 0) return <EmptyState title="No one on this list">Nothing to follow up here today.</EmptyState>;
  const callList = alert === "missed-7" || alert === "missed-30";
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {rows.map((row) => (
        <li key={row.refId} className="flex flex-wrap items-start justify-between gap-3 p-3 text-sm">
          <div>
            <Link href={`/patients/${row.patientId}`} className="font-medium text-brand-700 underline">
              {fullName(row)}
            </Link>
            <p className="text-slate-700">
              {careLevelTitle(row.level)} · {dayLabel(alert, row)}
            </p>
          </div>
          {callList ? (
            <div className="text-right">
              <p>{row.phone ? formatPhone(row.phone) : "No phone on file"}</p>
              <ContactPreferences prefs={row} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function transitionText(t: NonNullable<CensusCard["transition"]>): string {
  return `${TRANSITION_KIND_LABELS[t.kind]} to ${careLevelTitle(t.toLevel)} ${TRANSITION_STATUS_LABELS[t.status]} for ${formatDay(t.plannedDate)}`;
}

export function CensusColumn({
  level,
  total,
  cards,
  more,
}: {
  level: CareLevel;
  total: number;
  cards: CensusCard[];
  more: boolean;
}) {
  const headingId = `level-${level}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-slate-100 p-3">
      <h2 id={headingId} className="text-sm font-semibold text-slate-900">
        {careLevelTitle(level)} <span className="font-normal text-slate-600">({total})</span>
      </h2>
      {cards.length === 0 ? <p className="mt-3 text-sm text-slate-600">No one at this level.</p> : null}
      <ul className="mt-3 space-y-2">
        {cards.map((c) => (
          <li
            key={c.episodeId}
            aria-label={c.name}
            className="rounded-md border border-slate-200 bg-white p-3 text-sm shadow-sm"
          >
            <Link href={`/patients/${c.patientId}`} className="font-medium text-brand-700 underline">
              {c.name}
            </Link>
            <p className="text-xs text-slate-600">
              {c.programName}
              {c.mrn ? ` · ${c.mrn}` : ""}
            </p>
            <p className="mt-1">
              Day {c.progress.day} of {c.progress.expectedDays}
              {c.progress.overdueDays > 0 ? (
                <span className="ml-1 font-medium text-red-800">
                  ({daysText(c.progress.overdueDays)} past expected end)
                </span>
              ) : null}
            </p>
            <div className="mt-1 h-1.5 rounded bg-slate-200" aria-hidden="true">
              <div
                className={`h-1.5 rounded ${c.progress.overdueDays > 0 ? "bg-red-700" : "bg-brand-700"}`}
                style={{ width: `${Math.round(c.progress.fraction * 100)}%` }}
              />
            </div>
            <p className="mt-1 text-xs text-slate-600">Expected end {formatDay(c.expectedEndDate)}</p>
            <p className="mt-1">
              {c.transition ? (
                <Badge tone={c.transition.status === "CONFIRMED" ? "green" : "blue"}>
                  {transitionText(c.transition)}
                </Badge>
              ) : (
                <span className="text-xs text-slate-600">No transition planned</span>
              )}
            </p>
            {c.openSafetyFlags > 0 ? (
              <p className="mt-1">
                <Badge tone="red">
                  {c.openSafetyFlags} open safety {c.openSafetyFlags === 1 ? "flag" : "flags"}
                </Badge>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {more ? (
        <Link
          href={`/patients/census?level=${level}`}
          className="mt-3 inline-block text-sm font-medium text-brand-700 underline"
        >
          All {total} in {careLevelTitle(level)}
        </Link>
      ) : null}
    </section>
  );
}
