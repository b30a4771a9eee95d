import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Badge, EmptyState } from "@/components/ui/page";
import { LEVEL_LABELS, type RecommendedLevel } from "@/lib/screening/rules/loc-config";
import type { listRecentScreenings } from "@/lib/screening/queries";
import { formatDateTime } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { RISK_LABEL, RISK_TONE, STATUS_LABEL } from "./labels";

type Row = Awaited<ReturnType<typeof listRecentScreenings>>[number];
const short = (level: RecommendedLevel) => LEVEL_LABELS[level].split(" — ")[0];

/** The clinician's decision once signed (and what the rules suggested when it differs), else the recommendation. */
function LevelCell({
  recommended,
  decided,
}: {
  recommended: RecommendedLevel | null;
  decided: RecommendedLevel | null;
}) {
  if (decided) {
    return (
      <>
        Decision: <strong>{short(decided)}</strong>
        {recommended && recommended !== decided ? (
          <span className="block text-xs text-slate-600">override; the rules suggested {short(recommended)}</span>
        ) : null}
      </>
    );
  }
  return recommended ? <>Recommended: {short(recommended)}</> : <>—</>;
}

/** Screenings as a list: only what choosing one needs (minimum necessary). */
export function ScreeningTable({
  rows,
  caption,
  empty,
  linkTo = (r) => `/screenings/${r.id}`,
}: {
  rows: Row[];
  caption: string;
  empty: string;
  linkTo?: (row: Row) => string;
}) {
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <DataTable caption={caption} columns={["Person", "Status", "Submitted", "Safety", "Level of care", "Coordinator"]}>
      {rows.map((r) => (
        <tr key={r.id}>
          <td className="px-3 py-2">
            <Link href={linkTo(r)} className="font-medium text-brand-700 underline">
              {fullName(r.patient)}
            </Link>
          </td>
          <td className="px-3 py-2">{STATUS_LABEL[r.status]}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            {r.submittedAt ? formatDateTime(r.submittedAt) : `started ${formatDateTime(r.createdAt)}`}
          </td>
          <td className="px-3 py-2">
            {r.safetyRisk === "NONE" ? (
              "None"
            ) : (
              <Badge tone={RISK_TONE[r.safetyRisk]}>{RISK_LABEL[r.safetyRisk]}</Badge>
            )}
            {r._count.safetyFlags > 0 ? (
              <span className="ml-1 text-xs font-semibold text-red-800">
                {r._count.safetyFlags} open flag{r._count.safetyFlags === 1 ? "" : "s"}
              </span>
            ) : null}
          </td>
          <td className="px-3 py-2">
            <LevelCell recommended={r.recommendedLevel} decided={r.finalLevel} />
          </td>
          <td className="px-3 py-2">{r.createdBy.name}</td>
        </tr>
      ))}
    </DataTable>
  );
}
