import { Pager } from "@/components/ui/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates/days";
import { careLevelTitle, TRANSITION_STATUS_LABELS } from "@/lib/care/rules/levels";
import { censusAlertCounts, censusAlertList } from "@/lib/care/alert-queries";
import { censusBoard } from "@/lib/care/census-queries";
import { CensusViewSchema } from "@/lib/care/schemas";
import { zonedDay } from "@/lib/dates/zone";
import { ALERT_TITLES, AlertList, AlertSummary, CensusColumn } from "./census-views";

export const metadata: Metadata = { title: "Census" };

export default async function CensusPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/patients/census");
  const view = CensusViewSchema.parse(await searchParams);
  const [counts, census, alertList] = await Promise.all([
    censusAlertCounts(actor),
    // An alert's list replaces the board: no need to read (and audit) the board too.
    view.alert ? Promise.resolve(null) : censusBoard(actor, { level: view.level, page: view.page }),
    view.alert ? censusAlertList(actor, view.alert, view.page) : Promise.resolve(null),
  ]);
  const today = zonedDay(new Date());
  const pageLink = (page: number) =>
    `/patients/census?${new URLSearchParams({ ...(view.alert ? { alert: view.alert } : {}), ...(view.level ? { level: view.level } : {}), page: String(page) }).toString()}`;
  const hasMore = alertList
    ? alertList.hasMore
    : Boolean(view.level) && (census?.board[0]?.total ?? 0) > view.page * (census?.pageSize ?? 0);
  return (
    <>
      <PageHeader
        title={view.level ? `Census: ${careLevelTitle(view.level)}` : "Census"}
        description={`Patients by current level of care on ${formatDay(today)} (the center's day).${census ? ` ${Object.values(census.counts).reduce((n, c) => n + c, 0)} in care.` : ""}`}
        actions={
          <Link
            href={view.level || view.alert ? "/patients/census" : "/patients"}
            className="text-sm font-medium text-brand-700 underline"
          >
            {view.level || view.alert ? "Whole census" : "Admissions pipeline"}
          </Link>
        }
      />
      <AlertSummary counts={counts} current={view.alert} />
      {view.alert && alertList ? (
        <section aria-labelledby="alert-list-heading" className="mb-8">
          <h2 id="alert-list-heading" className="mb-2 text-lg font-semibold">
            {ALERT_TITLES[view.alert]}
          </h2>
          <AlertList alert={view.alert} rows={alertList.rows} />
        </section>
      ) : census ? (
        <>
          {Object.values(census.counts).every((n) => n === 0) && census.betweenCount === 0 ? (
            <EmptyState title="No one is in care">Admitted patients appear here by level of care.</EmptyState>
          ) : null}
          <div className={`grid gap-3 ${view.level ? "" : "lg:grid-cols-5"}`}>
            {census.board.map((column) => (
              <CensusColumn
                key={column.level}
                level={column.level}
                total={column.total}
                cards={column.cards}
                more={!view.level && column.total > column.cards.length}
              />
            ))}
          </div>
          {!view.level && census.betweenCount > 0 ? (
            <section aria-labelledby="between-heading" className="mt-6">
              <h2 id="between-heading" className="text-lg font-semibold">
                Between levels ({census.betweenCount})
              </h2>
              <p className="text-sm text-slate-600">
                Left a 24-hour stay for a step-down whose first session has not happened yet.
              </p>
              <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                {census.between.map((b) => (
                  <li key={b.transitionId} className="p-3 text-sm">
                    <Link href={`/patients/${b.patientId}`} className="font-medium text-brand-700 underline">
                      {b.name}
                    </Link>{" "}
                    left {careLevelTitle(b.fromLevel)}
                    {b.leftOn ? ` on ${formatDay(b.leftOn)}` : ""} · {careLevelTitle(b.toLevel)}
                    {b.toProgramName ? ` (${b.toProgramName})` : ""} {TRANSITION_STATUS_LABELS[b.status]} for{" "}
                    {formatDay(b.plannedDate)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {view.alert || view.level ? <Pager page={view.page} hasMore={hasMore} href={pageLink} /> : null}
    </>
  );
}
