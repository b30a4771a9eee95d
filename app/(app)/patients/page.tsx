import { Pager } from "@/components/ui/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { pipelineBoard, pipelineList } from "@/lib/pipeline/queries";
import { PIPELINE_LABELS, PIPELINE_STATUSES } from "@/lib/pipeline/rules/moves";
import { PipelineViewSchema } from "@/lib/pipeline/schemas";
import { PipelineBoard, PipelineTable } from "./_components/pipeline-views";

export const metadata: Metadata = { title: "Patients" };

const input = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function href(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
  ).toString();
  return query ? `/patients?${query}` : "/patients";
}

export default async function PatientsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/patients");
  const view = PipelineViewSchema.parse(await searchParams);
  const stuckOnly = view.stuck === "1";
  const canMove = can(actor, "patient:write");
  const canAdmit = can(actor, "care:admit");
  const toggle = (
    <nav aria-label="Pipeline view" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <Link
        href={href({ stuck: view.stuck })}
        aria-current={view.view === "board" ? "page" : undefined}
        className={`rounded-md px-3 py-1.5 font-medium ${view.view === "board" ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-800"}`}
      >
        Board
      </Link>
      <Link
        href={href({ view: "list", stuck: view.stuck, status: view.status })}
        aria-current={view.view === "list" ? "page" : undefined}
        className={`rounded-md px-3 py-1.5 font-medium ${view.view === "list" ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-800"}`}
      >
        List
      </Link>
      <Link
        href={href({
          view: view.view === "list" ? "list" : undefined,
          status: view.status,
          stuck: stuckOnly ? undefined : "1",
        })}
        className="ml-2 font-medium text-brand-700 underline"
      >
        {stuckOnly ? "Show everyone" : "Only stuck prospects"}
      </Link>
    </nav>
  );
  const header = (
    <PageHeader
      title="Patients"
      description="The admissions pipeline: prospects by stage, longest in stage first. Stuck means no activity for 7 days or more. Moving a card is one action; moves back, out or reopening ask for a reason."
      actions={
        <>
          <Link href="/patients/census" className={buttonClass("secondary")}>
            Census
          </Link>
          {can(actor, "report:clinical") ? (
            <Link href="/patients/continuity" className={buttonClass("secondary")}>
              Continuity
            </Link>
          ) : null}
        </>
      }
    />
  );

  if (view.view === "list") {
    const list = await pipelineList(actor, { status: view.status, stuckOnly, page: view.page });
    return (
      <>
        {header}
        {toggle}
        <form
          method="get"
          className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
          aria-label="Filter the list"
        >
          <input type="hidden" name="view" value="list" />
          <div>
            <label htmlFor="f-status" className="block text-xs font-medium">
              Stage
            </label>
            <select id="f-status" name="status" defaultValue={view.status ?? ""} className={input}>
              <option value="">All stages</option>
              {PIPELINE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PIPELINE_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-center gap-2 pb-1.5">
            <input id="f-stuck" type="checkbox" name="stuck" value="1" defaultChecked={stuckOnly} className="h-4 w-4" />
            <label htmlFor="f-stuck" className="text-sm">
              Only stuck
            </label>
          </div>
          <button type="submit" className={buttonClass()}>
            Apply
          </button>
        </form>
        <p className="mb-2 text-sm text-slate-600">
          {list.total} {list.total === 1 ? "person" : "people"} · page {view.page} of {list.pages}
        </p>
        <PipelineTable rows={list.rows} canMove={canMove} />
        <Pager
          page={view.page}
          hasMore={view.page < list.pages}
          href={(page) => href({ view: "list", status: view.status, stuck: view.stuck, page: String(page) })}
        />
      </>
    );
  }

  const { board, totals } = await pipelineBoard(actor, { stuckOnly });
  const open = board.reduce((n, c) => n + c.total, 0);
  return (
    <>
      {header}
      {toggle}
      {open === 0 && !stuckOnly ? (
        <EmptyState title="No prospects in the pipeline">
          Prospects are created from calls: log a call and tick “New prospect from this call”.
        </EmptyState>
      ) : (
        <PipelineBoard board={board} canMove={canMove} canAdmit={canAdmit} />
      )}
      <p className="mt-4 flex flex-wrap gap-4 text-sm text-slate-700">
        {(["ADMITTED", "NOT_ADMITTED", "REFERRED_OUT"] as const).map((s) => (
          <Link key={s} href={href({ view: "list", status: s })} className="font-medium text-brand-700 underline">
            {PIPELINE_LABELS[s]}: {totals[s]}
          </Link>
        ))}
      </p>
    </>
  );
}
