import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { buttonClass } from "@/components/ui/button-class";
import { Badge, EmptyState, PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { PIPELINE_LABELS } from "@/lib/pipeline/rules/moves";
import { LEVEL_LABELS } from "@/lib/screening/rules/loc-config";
import { listOpenSafetyFlags, listPatientScreenings } from "@/lib/screening/queries";
import { readScores } from "@/lib/screening/rules/stored";
import { formatDate, formatDateTime } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { RISK_LABEL, RISK_TONE, STATUS_LABEL } from "../../_components/labels";
import { OpenFlagsCard } from "../../_components/open-flags-card";
import { TrendChart } from "../../_components/trend-chart";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Screening history" };

const short = (level: keyof typeof LEVEL_LABELS | null) => (level ? LEVEL_LABELS[level].split(" — ")[0] : "—");

/** A person's screenings over time with the PHQ-9 / GAD-7 trend and their open safety flags. */
export default async function ScreeningHistoryPage({ params }: { params: Promise<{ patientId: string }> }) {
  const actor = await guardPage("/screenings/history/[patientId]");
  const { patientId } = await params;
  if (!z.uuid().safeParse(patientId).success) notFound();
  const { patient, screenings } = await listPatientScreenings(actor, patientId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const flags = await listOpenSafetyFlags(actor, { patientId });
  const rows = screenings.map((s) => ({ ...s, score: readScores(s.scores) }));
  // The trend uses the current version of each submitted screening: drafts are partial, amended ones superseded.
  const points = rows
    .filter((s) => s.status === "SUBMITTED" || s.status === "REVIEWED")
    .map((s) => ({
      label: formatDate(s.submittedAt ?? s.createdAt),
      phq9: s.score.phq9?.total ?? null,
      gad7: s.score.gad7?.total ?? null,
    }));
  return (
    <>
      <OpenFlagsCard flags={flags.flags} total={flags.total} title={`Open safety flags for ${fullName(patient)}`} />
      <PageHeader
        title={`Screening history: ${fullName(patient)}`}
        description={`Pipeline stage: ${PIPELINE_LABELS[patient.pipelineStatus]}. Dates in the center's time zone.`}
        actions={
          can(actor, "screening:write") ? (
            <Link href={`/screenings/new?patient=${patient.id}`} className={buttonClass()}>
              Start a screening
            </Link>
          ) : null
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="No screenings yet">This person has not been screened.</EmptyState>
      ) : (
        <div className="space-y-6">
          {points.length > 0 ? (
            <TrendChart points={points} titleId="trend-title" />
          ) : (
            <p className="text-sm text-slate-600">The trend appears once a screening is submitted.</p>
          )}
          <DataTable
            caption="Screenings, oldest first (the chart's data)"
            captionClassName="p-3 text-left font-semibold"
            columns={["Date", "Status", "PHQ-9", "GAD-7", "Safety", "Recommended", "Decision"]}
          >
            {rows.map((s) => (
              <tr key={s.id}>
                <td className="px-3 py-2 whitespace-nowrap">
                  <Link className="font-medium text-brand-700 underline" href={`/screenings/${s.id}`}>
                    {formatDateTime(s.submittedAt ?? s.createdAt)}
                  </Link>
                </td>
                <td className="px-3 py-2">{STATUS_LABEL[s.status]}</td>
                <td className="px-3 py-2">{s.score.phq9?.total ?? "—"}</td>
                <td className="px-3 py-2">{s.score.gad7?.total ?? "—"}</td>
                <td className="px-3 py-2">
                  {s.safetyRisk === "NONE" ? (
                    "None"
                  ) : (
                    <Badge tone={RISK_TONE[s.safetyRisk]}>{RISK_LABEL[s.safetyRisk]}</Badge>
                  )}
                </td>
                <td className="px-3 py-2">{short(s.recommendedLevel)}</td>
                <td className="px-3 py-2">{short(s.finalLevel)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </>
  );
}
