import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/session";
import { CARE_LEVELS, CARE_LEVEL_LABELS } from "@/lib/care/rules/levels";
import { censusReport } from "@/lib/reports/census";
import { parseReportRange } from "@/lib/reports/range";
import { nextDay } from "@/lib/dates/days";
import { BarChartFigure } from "../_components/charts";
import { ReportPage } from "../_components/report-page";
import { DataTable, decimal } from "../_components/table";

export const metadata: Metadata = { title: "Census and length of stay" };

export default async function CensusReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/reports/census");
  const range = parseReportRange(await searchParams);
  const r = await censusReport(actor, range);
  // One row per day of the period with a column per level (the SQL returns only non-zero pairs).
  const days: string[] = [];
  for (let d = range.from; d <= range.to; d = nextDay(d)) days.push(d);
  const rows = days.map(
    (day) =>
      Object.fromEntries([
        ["day", day],
        ...CARE_LEVELS.map((l) => [l, r.daily.find((d) => d.day === day && d.level === l)?.patients ?? 0]),
      ]) as Record<string, string | number>,
  );
  return (
    <ReportPage slug="census" range={range}>
      <p className="mb-4 text-sm text-slate-600">
        Census: patients in an episode on that day (admitted on or before it, not discharged by it — the discharge day
        counts at the next level only).
      </p>
      <BarChartFigure
        title="Daily census by level of care"
        tableId="census"
        xKey="day"
        stacked
        data={rows}
        series={CARE_LEVELS.map((l) => ({ key: l, label: CARE_LEVEL_LABELS[l] }))}
      />
      <DataTable
        id="census"
        caption="Daily census"
        header={["Day", ...CARE_LEVELS.map((l) => CARE_LEVEL_LABELS[l])]}
        rows={rows.map((row) => [row.day, ...CARE_LEVELS.map((l) => row[l])])}
      />
      <DataTable
        id="los"
        caption="Length of stay, episodes discharged in the period (days)"
        header={["Level", "Episodes", "Average", "Median"]}
        rows={r.lengthOfStay.map((l) => [
          CARE_LEVEL_LABELS[l.level],
          l.episodes,
          decimal(l.averageDays),
          decimal(l.medianDays),
        ])}
      />
    </ReportPage>
  );
}
