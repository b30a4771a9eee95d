import type { Metadata } from "next";
import { Card } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { callVolumeReport } from "@/lib/reports/call-volume";
import { parseReportRange } from "@/lib/reports/range";
import { BarChartFigure } from "../_components/charts";
import { Heatmap } from "../_components/heatmap";
import { ReportPage } from "../_components/report-page";
import { DataTable } from "../_components/table";

export const metadata: Metadata = { title: "Call volume" };

export default async function CallVolumePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/reports/call-volume");
  const range = parseReportRange(await searchParams);
  const r = await callVolumeReport(actor, range);
  const t = r.totals;
  return (
    <ReportPage slug="call-volume" range={range}>
      <section aria-label="Totals" className="mb-6 grid gap-4 sm:grid-cols-5">
        {[
          ["Calls", t.calls],
          ["Inbound", t.inbound],
          ["Outbound", t.outbound],
          ["Missed", t.missed],
          ["Unlogged", t.unlogged],
        ].map(([label, value]) => (
          <Card key={label}>
            <p className="text-sm text-slate-600">{label}</p>
            <p className="text-2xl font-semibold" data-testid={`total-${String(label).toLowerCase()}`}>
              {value}
            </p>
          </Card>
        ))}
      </section>
      <BarChartFigure
        title="Calls by day"
        tableId="by-day"
        xKey="day"
        data={r.byDay}
        series={[
          { key: "calls", label: "Calls" },
          { key: "missed", label: "Missed" },
          { key: "unlogged", label: "Unlogged" },
        ]}
      />
      <DataTable
        id="by-day"
        caption="Calls by day"
        header={["Day", "Calls", "Missed", "Unlogged"]}
        rows={r.byDay.map((d) => [d.day, d.calls, d.missed, d.unlogged])}
      />
      <Heatmap cells={r.byHourOfWeek} />
      <BarChartFigure
        title="Calls by line"
        tableId="by-line"
        xKey="label"
        data={r.byLine}
        series={[
          { key: "calls", label: "Calls" },
          { key: "missed", label: "Missed" },
        ]}
      />
      <DataTable
        id="by-line"
        caption="Calls by line"
        header={["Line", "Calls", "Missed"]}
        rows={r.byLine.map((l) => [l.label, l.calls, l.missed])}
      />
      <DataTable
        id="by-direction"
        caption="Calls by direction"
        header={["Direction", "Calls"]}
        rows={r.byDirection.map((d) => [d.direction === "INBOUND" ? "Inbound" : "Outbound", d.calls])}
      />
    </ReportPage>
  );
}
