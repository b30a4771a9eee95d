import { DataTable } from "@/components/ui/data-table";
import { formatDay } from "@/lib/dates/days";
import { careLevelTitle, DISCHARGE_REASON_LABELS } from "@/lib/care/rules/levels";
import type { CareLevel, DischargeReason, EpisodeStatus } from "@/lib/generated/prisma/enums";

/** Every care episode, newest first: the journey at a glance. */
export function EpisodeHistory({
  episodes,
}: {
  episodes: {
    id: string;
    level: CareLevel;
    status: EpisodeStatus;
    programName: string;
    startDate: string;
    endDate: string | null;
    dischargeReason: DischargeReason | null;
  }[];
}) {
  if (episodes.length === 0) return null;
  return (
    <DataTable
      caption="Care episodes"
      columns={["Level", "Program", "From", "To", "Outcome"]}
      captionClassName="px-3 py-2 text-left font-semibold text-slate-900"
    >
      {episodes.map((e) => (
        <tr key={e.id}>
          <th scope="row" className="px-3 py-2 text-left font-medium">
            {careLevelTitle(e.level)}
          </th>
          <td className="px-3 py-2">{e.programName}</td>
          <td className="px-3 py-2 whitespace-nowrap">{formatDay(e.startDate)}</td>
          <td className="px-3 py-2 whitespace-nowrap">{e.endDate ? formatDay(e.endDate) : "—"}</td>
          <td className="px-3 py-2">
            {e.status === "OPEN"
              ? "In care"
              : e.dischargeReason
                ? DISCHARGE_REASON_LABELS[e.dischargeReason]
                : "Discharged"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
