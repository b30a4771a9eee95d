import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { PIPELINE_LABELS } from "@/lib/pipeline/rules/moves";
import { CARE_LEVEL_LABELS } from "@/lib/care/rules/levels";
import { loadDashboard } from "@/lib/reports/dashboard";
import { Section, Stat } from "./_components/stat";
import { ColumnHeaders } from "@/components/ui/data-table";
import { LiveCallsStat } from "./calls/_components/live-calls";
import { loadUnloggedNow } from "./calls/_components/live-calls-data";
import { FlagWorklist } from "./safety-flags/_components/flag-worklist";
import { loadWorklist } from "./safety-flags/_components/load";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * The day at a glance: every figure links to the list behind it. All figures come from
 * one round of parallel queries (lib/reports/dashboard.ts), never one query per item.
 */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/");
  const { passwordChanged } = await searchParams;
  const [data, worklist, unlogged] = await Promise.all([
    loadDashboard(actor),
    loadWorklist(actor),
    can(actor, "call:write") ? loadUnloggedNow(actor) : null,
  ]);
  const coordinator = actor.role === "COORDINATOR";
  const callbacks = coordinator
    ? [
        {
          label: "My callbacks overdue",
          value: data.callbacks.mineOverdue,
          href: "/calls/callbacks?view=mine",
          tone: "alert" as const,
        },
        {
          label: "My callbacks due today",
          value: data.callbacks.mineDueToday,
          href: "/calls/callbacks?view=mine",
          tone: "warn" as const,
        },
        {
          label: "All callbacks overdue",
          value: data.callbacks.overdue,
          href: "/calls/callbacks?view=all",
          tone: "alert" as const,
        },
      ]
    : [
        {
          label: "Callbacks overdue",
          value: data.callbacks.overdue,
          href: "/calls/callbacks?view=all",
          tone: "alert" as const,
        },
        {
          label: "Callbacks due today",
          value: data.callbacks.dueToday,
          href: "/calls/callbacks?view=all",
          tone: "warn" as const,
        },
      ];
  return (
    <>
      <FlagWorklist initial={worklist} />
      {passwordChanged === "1" ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          Your password was changed. Any other signed-in sessions have ended.
        </p>
      ) : null}
      <PageHeader
        title={`Hello, ${actor.name.split(" ")[0] ?? actor.name}`}
        description="What needs attention now. Every figure opens the list behind it."
      />

      <Section title="Calls">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <Stat label="Calls today" value={data.calls.today} href={`/calls?from=${data.today}&to=${data.today}`} />
          <Stat label="Calls this week" value={data.calls.week} href="/calls" />
          {unlogged ? <LiveCallsStat initial={unlogged} /> : null}
          {callbacks.map((c) => (
            <Stat key={c.label} {...c} />
          ))}
        </div>
        {data.calls.byLine.length > 0 ? (
          <table className="mt-3 text-sm">
            <caption className="sr-only">Calls by line</caption>
            <ColumnHeaders
              columns={["Line", "Today", "This week"]}
              className="text-left text-slate-600"
              cellClassName={(_, last) => (last ? "font-medium" : "pr-6 font-medium")}
            />
            <tbody>
              {data.calls.byLine.map((l) => (
                <tr key={l.lineId ?? "none"}>
                  <th scope="row" className="pr-6 text-left font-normal">
                    {l.label}
                  </th>
                  <td className="pr-6">{l.today}</td>
                  <td>{l.week}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Section>

      {data.screeningsAwaitingReview !== null ? (
        <Section title="Screenings">
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            <Stat
              label="Waiting for clinical review"
              value={data.screeningsAwaitingReview}
              href="/screenings"
              tone="warn"
            />
          </div>
        </Section>
      ) : null}

      <Section title="Care and step-downs">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <Stat
            label="Past expected stay, no step-down plan"
            value={data.continuity.overdueWithoutPlan}
            href="/patients/census"
            tone="alert"
          />
          <Stat
            label="Step-downs due this week"
            value={data.stepDowns.dueThisWeek}
            href="/patients/census"
            hint={`${data.stepDowns.unconfirmed} not confirmed`}
            tone={data.stepDowns.unconfirmed > 0 ? "warn" : "plain"}
          />
          <Stat
            label="No follow-up 7 days after discharge"
            value={data.continuity.noFollowUp7}
            href="/patients/census"
            tone="alert"
            hint="People to call today"
          />
          <Stat
            label="No follow-up 30 days after discharge"
            value={data.continuity.noFollowUp30}
            href="/patients/census"
            tone="alert"
          />
        </div>
        <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Census by level of care">
          {data.census.map((c) => (
            <li key={c.level} className="rounded-full bg-slate-100 px-3 py-1">
              {CARE_LEVEL_LABELS[c.level]}: <strong>{c.patients}</strong>
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Admissions pipeline">
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {data.pipeline.byStage.map((s) => (
            <Stat key={s.stage} label={PIPELINE_LABELS[s.stage]} value={s.prospects} href="/patients" />
          ))}
          <Stat label={`Stuck (no activity in 7+ days)`} value={data.pipeline.stuck} href="/patients" tone="warn" />
        </div>
      </Section>
      <p className="text-sm text-slate-600">
        Reports with charts and exports:{" "}
        <Link className="text-brand-700 underline" href="/reports">
          Reports
        </Link>
        .
      </p>
    </>
  );
}
