import { guardPage } from "@/lib/auth/session";
import { Card } from "@/components/ui/page";
import { screeningOutcomesReport } from "@/lib/reports/screening-outcomes";
import { formatDateTime } from "@/lib/dates/zone";
import { BarChartWithTable, reportMetadata, reportRoute } from "../_components/report-route";
import { DataTable, decimal } from "../_components/table";

export const metadata = reportMetadata("screening-outcomes");

const LEVELS = ["EMERGENCY", "WITHDRAWAL_MANAGEMENT", "RESIDENTIAL", "PHP", "IOP", "OUTPATIENT", "REFER_OUT"] as const;
const label = (level: string | null) => (level === null ? "None" : level.replaceAll("_", " ").toLowerCase());

const guard = () => guardPage("/reports/screening-outcomes");

export default reportRoute("screening-outcomes", guard, screeningOutcomesReport, (r) => {
  const cell = (rec: string, chosen: string) =>
    r.matrix.find((m) => m.recommended === rec && m.chosen === chosen)?.screenings ?? 0;
  const usedRec = LEVELS.filter((l) => r.matrix.some((m) => m.recommended === l));
  const usedChosen = LEVELS.filter((l) => r.matrix.some((m) => m.chosen === l));
  const bandRows = ["minimal", "mild", "moderate", "moderately-severe", "severe"].map((band) => ({
    band,
    phq9: r.bands.find((b) => b.instrument === "phq9" && b.band === band)?.screenings ?? 0,
    gad7: r.bands.find((b) => b.instrument === "gad7" && b.band === band)?.screenings ?? 0,
  }));
  return (
    <>
      <p className="mb-4 text-sm">
        {r.submitted} screenings submitted; {r.decided} with a clinician&apos;s decision, of which {r.agreed} chose the
        recommended level.
      </p>
      <DataTable
        id="agreement"
        caption="Recommended (rows) vs chosen (columns) level of care"
        header={["Recommended", ...usedChosen.map(label)]}
        rows={usedRec.map((rec) => [
          label(rec),
          ...usedChosen.map((ch) => (rec === ch ? <strong key={ch}>{cell(rec, ch)} ✓</strong> : cell(rec, ch))),
        ])}
      />
      <BarChartWithTable
        id="bands"
        title="PHQ-9 and GAD-7 bands"
        caption="Screenings by band"
        xKey="band"
        data={bandRows}
        series={[
          { key: "phq9", label: "PHQ-9" },
          { key: "gad7", label: "GAD-7" },
        ]}
        header={["Band", "PHQ-9", "GAD-7"]}
        row={(b) => [b.band, b.phq9, b.gad7]}
      />
      <Card className="mb-6">
        <h2 className="mb-2 text-lg font-semibold">Safety flags raised</h2>
        <DataTable
          id="flags"
          caption="Safety flags raised in the period"
          header={["Risk", "Flags"]}
          rows={[
            ...r.safetyFlags.byRisk.map((f) => [f.risk.toLowerCase(), f.flags]),
            [
              "All (resolved / median hours to resolve)",
              `${r.safetyFlags.raised} (${r.safetyFlags.resolved} / ${decimal(r.safetyFlags.medianHoursToResolve)})`,
            ],
          ]}
        />
      </Card>
      <DataTable
        id="overrides"
        caption="Overrides and their reasons"
        header={["Submitted", "Recommended", "Chosen", "Reason"]}
        rows={r.overrides.map((o) => [
          formatDateTime(o.submittedAt),
          label(o.recommended),
          label(o.chosen),
          o.reason ?? "—",
        ])}
      />
    </>
  );
});
