import { guardPage } from "@/lib/auth/session";
import { Card } from "@/components/ui/page";
import { DISPOSITION_LABEL } from "@/lib/calls/rules/labels";
import { dispositionsReport } from "@/lib/reports/dispositions";
import { BarChartWithTable, reportMetadata, reportRoute } from "../_components/report-route";
import { DataTable, decimal } from "../_components/table";

export const metadata = reportMetadata("dispositions");

const guard = () => guardPage("/reports/dispositions");

export default reportRoute("dispositions", guard, dispositionsReport, (r) => {
  const c = r.callbacks;
  return (
    <>
      <BarChartWithTable
        id="dispositions"
        title="Calls by disposition"
        xKey="label"
        data={r.dispositions.map((d) => ({
          label: d.disposition ? DISPOSITION_LABEL[d.disposition] : "Not logged",
          calls: d.calls,
        }))}
        series={[{ key: "calls", label: "Calls" }]}
        header={["Disposition", "Calls"]}
        row={(d) => [d.label, d.calls]}
      />
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Time to first callback</h2>
        <p className="mb-3 text-sm text-slate-600">
          For calls logged “callback requested” in the period: from the request to the first outbound call to the same
          number, or to the completed callback task&apos;s call, whichever came first.
        </p>
        <DataTable
          id="callback-time"
          caption="Callback requests"
          header={["Requested", "Called back", "Not called back", "Median (minutes)", "90th percentile (minutes)"]}
          rows={[[c.requested, c.calledBack, c.notCalledBack, decimal(c.medianMinutes), decimal(c.p90Minutes)]]}
        />
      </Card>
    </>
  );
});
