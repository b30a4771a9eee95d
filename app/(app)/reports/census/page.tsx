import { guardPage } from "@/lib/auth/session";
import { CARE_LEVELS, CARE_LEVEL_LABELS } from "@/lib/care/rules/levels";
import { nextDay } from "@/lib/dates/days";
import { censusReport } from "@/lib/reports/census";
import { BarChartWithTable, reportMetadata, reportRoute } from "../_components/report-route";
import { DataTable, decimal } from "../_components/table";

export const metadata = reportMetadata("census");

const guard = () => guardPage("/reports/census");

export default reportRoute("census", guard, censusReport, (r, range) => {
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
    <>
      <p className="mb-4 text-sm text-slate-600">
        Census: patients in an episode on that day (admitted on or before it, not discharged by it — the discharge day
        counts at the next level only).
      </p>
      <BarChartWithTable
        id="census"
        title="Daily census by level of care"
        caption="Daily census"
        xKey="day"
        stacked
        data={rows}
        series={CARE_LEVELS.map((l) => ({ key: l, label: CARE_LEVEL_LABELS[l] }))}
        header={["Day", ...CARE_LEVELS.map((l) => CARE_LEVEL_LABELS[l])]}
        row={(row) => [row.day, ...CARE_LEVELS.map((l) => row[l])]}
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
    </>
  );
});
