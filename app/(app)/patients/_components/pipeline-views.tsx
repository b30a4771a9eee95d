import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Badge, EmptyState } from "@/components/ui/page";
import { PIPELINE_LABELS } from "@/lib/pipeline/rules/moves";
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import type { ProspectCard } from "@/lib/pipeline/queries";
import { daysText } from "./format";
import { PipelineMoveForm } from "./pipeline-move-form";

const ADMITTABLE: readonly PipelineStatus[] = ["APPROVED", "INSURANCE_VERIFIED"];

function Stuck() {
  return <Badge tone="amber">Stuck: no activity in 7+ days</Badge>;
}

/** One prospect on the board: name, time in stage, stuck flag, and the one-action move. */
function Card({ card, canMove, canAdmit }: { card: ProspectCard; canMove: boolean; canAdmit: boolean }) {
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3 shadow-sm" aria-label={card.name}>
      <Link href={`/patients/${card.id}`} className="font-medium text-brand-700 underline">
        {card.name}
      </Link>
      <p className="mt-1 text-xs text-slate-600">
        In stage {card.daysInStage === 0 ? "less than a day" : daysText(card.daysInStage)}
      </p>
      {card.stuck ? (
        <p className="mt-1">
          <Stuck />
        </p>
      ) : null}
      {canAdmit && ADMITTABLE.includes(card.status) ? (
        <Link
          href={`/patients/${card.id}#admit`}
          className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
        >
          Admit<span className="sr-only"> {card.name}</span>
        </Link>
      ) : null}
      {canMove ? (
        <PipelineMoveForm
          key={`${card.id}-${card.version}`}
          patientId={card.id}
          name={card.name}
          status={card.status}
          version={card.version}
        />
      ) : null}
    </li>
  );
}

export function PipelineBoard({
  board,
  canMove,
  canAdmit,
}: {
  board: { status: PipelineStatus; total: number; stuck: number; cards: ProspectCard[] }[];
  canMove: boolean;
  canAdmit: boolean;
}) {
  return (
    <div className="grid gap-3 overflow-x-auto pb-2 lg:grid-cols-5">
      {board.map((column) => {
        const headingId = `stage-${column.status}`;
        return (
          <section key={column.status} aria-labelledby={headingId} className="min-w-56 rounded-lg bg-slate-100 p-3">
            <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
              {PIPELINE_LABELS[column.status]} <span className="font-normal text-slate-600">({column.total})</span>
              {column.stuck > 0 ? <Badge tone="amber">{column.stuck} stuck</Badge> : null}
            </h2>
            {column.cards.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">No one at this stage.</p>
            ) : (
              <ul className="mt-3 space-y-2">
                {column.cards.map((card) => (
                  <Card key={card.id} card={card} canMove={canMove} canAdmit={canAdmit} />
                ))}
              </ul>
            )}
            {column.total > column.cards.length ? (
              <Link
                href={`/patients?view=list&status=${column.status}`}
                className="mt-3 inline-block text-sm font-medium text-brand-700 underline"
              >
                All {column.total} at {PIPELINE_LABELS[column.status]}
              </Link>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

export function PipelineTable({ rows, canMove }: { rows: ProspectCard[]; canMove: boolean }) {
  if (rows.length === 0) return <EmptyState title="No one matches">Change the filters.</EmptyState>;
  return (
    <DataTable
      caption="Prospects and patients, longest in stage first"
      columns={["Name", "Stage", "Time in stage", "Move"]}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row" className="px-3 py-2 text-left font-medium">
            <Link href={`/patients/${row.id}`} className="text-brand-700 underline">
              {row.name}
            </Link>
          </th>
          <td className="px-3 py-2">{PIPELINE_LABELS[row.status]}</td>
          <td className="px-3 py-2">
            {row.daysInStage === 0 ? "less than a day" : daysText(row.daysInStage)} {row.stuck ? <Stuck /> : null}
          </td>
          <td className="px-3 py-2">
            {canMove ? (
              <PipelineMoveForm
                key={`${row.id}-${row.version}`}
                patientId={row.id}
                name={row.name}
                status={row.status}
                version={row.version}
              />
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
