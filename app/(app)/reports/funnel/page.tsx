import { guardPage } from "@/lib/auth/session";
import { EKRA_NOTICE, funnelReport } from "@/lib/reports/funnel";
import { BarChartFigure } from "../_components/charts";
import { reportMetadata, reportRoute } from "../_components/report-route";
import { DataTable, percent } from "../_components/table";

export const metadata = reportMetadata("funnel");

const guard = () => guardPage("/reports/funnel");

export default reportRoute(
  "funnel",
  guard,
  funnelReport,
  (r) => {
    const o = r.overall;
    return (
      <>
        <p className="mb-4 text-sm text-slate-600">
          People with a call in the period; of those, people with a submitted screening; of those, people approved by a
          clinician; of those, people admitted. Each stage is counted once per person.
        </p>
        <BarChartFigure
          title="Admissions funnel (people)"
          tableId="funnel-overall"
          xKey="stage"
          data={[
            { stage: "Called", people: o.calls },
            { stage: "Screened", people: o.screened },
            { stage: "Approved", people: o.approved },
            { stage: "Admitted", people: o.admitted },
          ]}
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
      </>
    );
  },
  {
    notice: (
      <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        <strong>EKRA:</strong> {EKRA_NOTICE}
      </p>
    ),
  },
);
