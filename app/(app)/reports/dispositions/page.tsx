import type { Metadata } from "next";
import { Card } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { DISPOSITION_LABEL } from "@/lib/calls/rules/labels";
import { dispositionsReport } from "@/lib/reports/dispositions";
import { parseReportRange } from "@/lib/reports/range";
import { BarChartFigure } from "../_components/charts";
import { ReportPage } from "../_components/report-page";
import { DataTable, decimal } from "../_components/table";

export const metadata: Metadata = { title: "Dispositions and callback time" };

export default async function DispositionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/reports/dispositions");
  const range = parseReportRange(await searchParams);
  const r = await dispositionsReport(actor, range);
  const rows = r.dispositions.map((d) => ({
    label: d.disposition ? DISPOSITION_LABEL[d.disposition] : "Not logged",
    calls: d.calls,
  }));
  const c = r.callbacks;
  return (
    <ReportPage slug="dispositions" range={range}>
      <BarChartFigure
        title="Calls by disposition"
        tableId="dispositions"
        xKey="label"
        data={rows}
        series={[{ key: "calls", label: "Calls" }]}
      />
      <DataTable
        id="dispositions"
        caption="Calls by disposition"
        header={["Disposition", "Calls"]}
        rows={rows.map((d) => [d.label, d.calls])}
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
    </ReportPage>
  );
}
