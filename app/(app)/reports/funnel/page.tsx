import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/session";
import { EKRA_NOTICE, funnelReport } from "@/lib/reports/funnel";
import { parseReportRange } from "@/lib/reports/range";
import { BarChartFigure } from "../_components/charts";
import { ReportPage } from "../_components/report-page";
import { DataTable, percent } from "../_components/table";

export const metadata: Metadata = { title: "Admissions funnel" };

export default async function FunnelPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/reports/funnel");
  const range = parseReportRange(await searchParams);
  const r = await funnelReport(actor, range);
  const o = r.overall;
  const stages = [
    { stage: "Called", people: o.calls },
    { stage: "Screened", people: o.screened },
    { stage: "Approved", people: o.approved },
    { stage: "Admitted", people: o.admitted },
  ];
  const notice = (
    <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <strong>EKRA:</strong> {EKRA_NOTICE}
    </p>
  );
  return (
    <ReportPage slug="funnel" range={range} notice={notice}>
      <p className="mb-4 text-sm text-slate-600">
        People with a call in the period; of those, people with a submitted screening; of those, people approved by a
        clinician; of those, people admitted. Each stage is counted once per person.
      </p>
      <BarChartFigure
        title="Admissions funnel (people)"
        tableId="funnel-overall"
        xKey="stage"
        data={stages}
        series={[{ key: "people", label: "People" }]}
      />
      <DataTable
        id="funnel-overall"
        caption="Funnel, all referral sources"
        header={["Stage", "People", "Conversion from the stage before"]}
        rows={[
          ["Called", o.calls, "—"],
          ["Screened", o.screened, percent(o.screenedRate)],
          ["Approved", o.approved, percent(o.approvedRate)],
          ["Admitted", o.admitted, percent(o.admittedRate)],
          ["Called → admitted", o.admitted, percent(o.overallRate)],
        ]}
      />
      <DataTable
        id="funnel-sources"
        caption="By referral source"
        header={["Referral source", "Called", "Screened", "Approved", "Admitted", "Called → admitted"]}
        rows={r.bySource.map((s) => [s.source, s.calls, s.screened, s.approved, s.admitted, percent(s.overallRate)])}
      />
    </ReportPage>
  );
}
