import { guardPage } from "@/lib/auth/session";
import { StatCard } from "@/components/ui/page";
import { callVolumeReport } from "@/lib/reports/call-volume";
import { Heatmap } from "../_components/heatmap";
import { BarChartWithTable, reportMetadata, reportRoute } from "../_components/report-route";
import { DataTable } from "../_components/table";

export const metadata = reportMetadata("call-volume");

const guard = () => guardPage("/reports/call-volume");

export default reportRoute("call-volume", guard, callVolumeReport, (r) => (
  <>
    <section aria-label="Totals" className="mb-6 grid gap-4 sm:grid-cols-5">
      {(
        [
          ["Calls", r.totals.calls],
          ["Inbound", r.totals.inbound],
          ["Outbound", r.totals.outbound],
          ["Missed", r.totals.missed],
          ["Unlogged", r.totals.unlogged],
        ] as const
      ).map(([label, value]) => (
        <StatCard key={label} label={label} value={value} testId={`total-${label.toLowerCase()}`} size="text-2xl" />
      ))}
    </section>
    <BarChartWithTable
      id="by-day"
      title="Calls by day"
      xKey="day"
      data={r.byDay}
      series={[
        { key: "calls", label: "Calls" },
        { key: "missed", label: "Missed" },
        { key: "unlogged", label: "Unlogged" },
      ]}
      header={["Day", "Calls", "Missed", "Unlogged"]}
      row={(d) => [d.day, d.calls, d.missed, d.unlogged]}
    />
    <Heatmap cells={r.byHourOfWeek} />
    <BarChartWithTable
      id="by-line"
      title="Calls by line"
      xKey="label"
      data={r.byLine}
      series={[
        { key: "calls", label: "Calls" },
        { key: "missed", label: "Missed" },
      ]}
      header={["Line", "Calls", "Missed"]}
      row={(l) => [l.label, l.calls, l.missed]}
    />
    <DataTable
      id="by-direction"
      caption="Calls by direction"
      header={["Direction", "Calls"]}
      rows={r.byDirection.map((d) => [d.direction === "INBOUND" ? "Inbound" : "Outbound", d.calls])}
    />
  </>
));
