import Link from "next/link";
import { FollowUpRateCards } from "../../_components/stat";
import { guardPage } from "@/lib/auth/session";
import { Card } from "@/components/ui/page";
import { CONTINUITY_REFERENCES } from "@/lib/care/rules/continuity";
import { CARE_LEVEL_LABELS } from "@/lib/care/rules/levels";
import { continuityReport } from "@/lib/reports/continuity";
import { fullName } from "@/lib/people/names";
import { LineChartFigure, type ReferenceMark } from "../_components/charts";
import { reportMetadata, reportRoute } from "../_components/report-route";
import { DataTable, percent } from "../_components/table";

export const metadata = reportMetadata("continuity");

/**
 * docs/clinical.md's published points as chart lines, with short labels that fit beside the plot (the
 * full wording is listed under the table). A published range is drawn at both ends, labelled once.
 */
const SHORT_NAMES: Record<string, string> = {
  "va-residential": "VA",
  medicaid: "Medicaid",
  "state-funded-short-term-residential": "State-funded",
};
const REFERENCE_LINES: ReferenceMark[] = CONTINUITY_REFERENCES.flatMap((r) => {
  const name = SHORT_NAMES[r.id] ?? r.population;
  const marks: ReferenceMark[] = [];
  if (r.rate7 !== null) marks.push({ y: r.rate7, label: `${name} 7-day ${percent(r.rate7)}` });
  if (r.rate30 !== null)
    marks.push({ y: r.rate30, label: `${name} 30-day ${r.approximate ? "≈" : ""}${percent(r.rate30)}` });
  if (r.range)
    marks.push(
      { y: r.range.high, label: `${name} ${percent(r.range.low)}–${percent(r.range.high)}` },
      { y: r.range.low, label: "" },
    );
  return marks;
});

const guard = () => guardPage("/reports/continuity");

export default reportRoute("continuity", guard, continuityReport, (r) => {
  const t = r.totals;
  return (
    <>
      <section aria-label="Rates" className="mb-6 grid gap-4 md:grid-cols-3">
        <FollowUpRateCards rates={t} label={(days) => `Follow-up within ${days} days`} percent={percent} />
        <Card>
          <p className="text-sm">
            {t.pending7} discharges still inside the 7-day window and {t.pending30} inside the 30-day window (not
            final). {t.excluded} excluded: re-admitted to 24-hour care before any follow-up.
          </p>
        </Card>
      </section>
      <LineChartFigure
        title="Follow-up rate by month of discharge, with published reference points"
        tableId="monthly"
        xKey="month"
        percent
        data={r.monthly.map((m) => ({ month: m.month, rate7: m.rate7, rate30: m.rate30 }))}
        series={[
          { key: "rate7", label: "Within 7 days" },
          { key: "rate30", label: "Within 30 days" },
        ]}
        references={REFERENCE_LINES}
      />
      <DataTable
        id="monthly"
        caption="By month of discharge"
        header={["Month", "Discharges", "Within 7 days", "Within 30 days", "Excluded"]}
        rows={r.monthly.map((m) => [
          m.month,
          m.discharges,
          `${m.followedUp7} (${percent(m.rate7)})`,
          `${m.followedUp30} (${percent(m.rate30)})`,
          m.excluded,
        ])}
      />
      <ul className="mb-6 list-disc pl-5 text-sm">
        {CONTINUITY_REFERENCES.map((ref) => (
          <li key={ref.id}>Reference: {ref.sourceText}.</li>
        ))}
      </ul>
      <DataTable
        id="missed"
        caption="Discharges with no follow-up within 7 days (7-day window closed)"
        header={["Patient", "Level", "Discharged", "Follow-up"]}
        rows={r.missed.map((m) => [
          <Link key={m.episodeId} href={`/patients/${m.patientId}`} className="text-brand-700 underline">
            {fullName(m)}
          </Link>,
          CARE_LEVEL_LABELS[m.level],
          m.endDate,
          m.followedUp30
            ? `day ${m.daysToFollowUp}`
            : m.pending30
              ? "none yet (30-day window open)"
              : "none within 30 days",
        ])}
      />
    </>
  );
});
