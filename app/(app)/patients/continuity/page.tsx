import { Pager } from "@/components/ui/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { DataTable } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/form";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/page";
import { FollowUpRateCards } from "../../_components/stat";
import { guardPage } from "@/lib/auth/session";
import { CONTINUITY_REFERENCES } from "@/lib/care/rules/continuity";
import { addDays, formatDay } from "@/lib/dates/days";
import { zodFieldErrors } from "@/lib/errors";
import { continuityPage } from "@/lib/care/continuity-queries";
import { ContinuityPeriodSchema } from "@/lib/care/schemas";
import { zonedDay } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { careLevelTitle } from "@/lib/care/rules/levels";

export const metadata: Metadata = { title: "Step-down continuity" };

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export default async function ContinuityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/patients/continuity");
  const raw = await searchParams;
  const today = zonedDay(new Date());
  // Default: the last 90 days; discharges whose windows are still open are shown as not final.
  const defaults = { from: addDays(today, -89), to: today };
  const parsed = ContinuityPeriodSchema.safeParse({
    from: single(raw.from) ?? defaults.from,
    to: single(raw.to) ?? defaults.to,
    page: single(raw.page),
  });
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const period = parsed.success ? parsed.data : { ...defaults, page: 1 };
  const report = await continuityPage(actor, period);
  const { rates } = report;
  const pageLink = (page: number) =>
    `/patients/continuity?${new URLSearchParams({ from: period.from, to: period.to, page: String(page) }).toString()}`;

  return (
    <>
      <PageHeader
        title="Step-down continuity"
        description="For each discharge from residential or withdrawal management in the period: did a follow-up (the first attended IOP, PHP or outpatient session) happen within 7 and within 30 days? The discharge day does not count; the unit is the discharge, not the person. Days are the center's calendar days."
        actions={
          <Link href="/patients/census" className="text-sm font-medium text-brand-700 underline">
            Census
          </Link>
        }
      />
      <form
        method="get"
        aria-label="Reporting period"
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <TextField label="Discharged from" type="date" name="from" defaultValue={period.from} errors={errors.from} />
        <TextField
          label="Discharged to (inclusive)"
          type="date"
          name="to"
          defaultValue={period.to}
          errors={errors.to}
        />
        <button type="submit" className={buttonClass()}>
          Show
        </button>
      </form>

      <section aria-labelledby="rates-heading" className="mb-6 grid gap-4 md:grid-cols-3">
        <h2 id="rates-heading" className="sr-only">
          Rates for {formatDay(period.from)} to {formatDay(period.to)}
        </h2>
        <FollowUpRateCards rates={rates} percent={percent} />
        <Card>
          <p className="text-sm text-slate-600">Not final yet</p>
          <p className="text-sm">
            {rates.pending7} still inside their 7-day window, {rates.pending30} inside their 30-day window (as of{" "}
            {formatDay(report.asOf)}).
          </p>
          <p className="mt-1 text-sm">
            {rates.excluded} excluded: re-admitted to 24-hour care before any follow-up (the later discharge is
            measured).
          </p>
        </Card>
      </section>

      <section aria-labelledby="refs-heading" className="mb-6">
        <h2 id="refs-heading" className="mb-2 text-lg font-semibold">
          Published reference points
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          {CONTINUITY_REFERENCES.map((r) => (
            <li key={r.id}>
              <strong>{r.population}:</strong>{" "}
              {r.measure === "follow-up"
                ? [
                    r.rate7 !== null ? `${percent(r.rate7)} within 7 days` : null,
                    r.rate30 !== null ? `${r.approximate ? "about " : ""}${percent(r.rate30)} within 30 days` : null,
                  ]
                    .filter(Boolean)
                    .join(", ")
                : `${r.range ? `${percent(r.range.low)}–${percent(r.range.high)}` : ""} “transferred to further treatment” (a different measure)`}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-2 text-lg font-semibold">
          Discharges behind the numbers
        </h2>
        {report.discharges.length === 0 ? (
          <EmptyState title="No residential or withdrawal-management discharges in this period" />
        ) : (
          <DataTable
            caption="Discharges in the period, oldest first"
            columns={["Patient", "Level", "Discharged", "First follow-up", "Result"]}
          >
            {report.discharges.map((d) => (
              <tr key={d.episodeId}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={`/patients/${d.patientId}`} className="text-brand-700 underline">
                    {fullName(d)}
                  </Link>
                </th>
                <td className="px-3 py-2">{careLevelTitle(d.level)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDay(d.endDate)}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {d.firstFollowUpDate ? `${formatDay(d.firstFollowUpDate)} (day ${d.daysToFollowUp})` : "—"}
                </td>
                <td className="px-3 py-2">
                  {d.readmissionDate ? (
                    <Badge>Excluded: re-admitted {formatDay(d.readmissionDate)}</Badge>
                  ) : d.daysToFollowUp !== null && d.daysToFollowUp <= 7 ? (
                    <Badge tone="green">Within 7 days</Badge>
                  ) : d.daysToFollowUp !== null ? (
                    <Badge tone="blue">Within 30 days</Badge>
                  ) : (
                    <Badge tone="red">No follow-up yet</Badge>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager page={period.page} hasMore={report.hasMore} href={pageLink} />
      </section>
    </>
  );
}
