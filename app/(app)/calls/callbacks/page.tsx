import type { Metadata } from "next";
import Link from "next/link";
import { ContactPreferences } from "@/components/contact-preferences";
import { Badge, EmptyState, PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { listCallbackAssignees, listCallbacks } from "@/lib/calls/queries";
import { formatPhone } from "@/lib/phone";
import { formatDateTime } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { CallbackActions } from "./callback-actions";

export const metadata: Metadata = { title: "Callbacks" };

export default async function CallbacksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/calls/callbacks");
  const { view } = await searchParams;
  // Coordinators start on their own queue; clinicians and admins see everyone's.
  const mine = view === "mine" || (view !== "all" && actor.role === "COORDINATOR");
  const [{ tasks, total }, assignees] = await Promise.all([
    listCallbacks(actor, { assigneeId: mine ? actor.id : undefined }),
    listCallbackAssignees(actor),
  ]);
  const now = new Date();
  const writable = can(actor, "callback:write");
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-700"}`;
  return (
    <>
      <PageHeader
        title="Callbacks"
        description="Open callbacks, the most urgent first. Check the person's contact preferences before leaving a message."
      />
      <nav aria-label="Callback queues" className="mb-4 flex gap-2">
        <Link href="/calls/callbacks?view=mine" className={tab(mine)} aria-current={mine ? "page" : undefined}>
          My callbacks
        </Link>
        <Link href="/calls/callbacks?view=all" className={tab(!mine)} aria-current={!mine ? "page" : undefined}>
          All callbacks
        </Link>
      </nav>
      {total > tasks.length ? (
        <p role="status" className="mb-3 text-sm text-slate-700">
          Showing the {tasks.length} most urgent of {total} open callbacks.
        </p>
      ) : null}
      {tasks.length === 0 ? (
        <EmptyState title={mine ? "No callbacks for you" : "No open callbacks"}>
          Nothing is waiting. New callbacks appear here when a call asks for one.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {tasks.map((t) => {
            const overdue = t.dueAt < now;
            const prefs = t.patient ?? t.call;
            const name = t.patient ? fullName(t.patient) : (t.call?.callerName ?? "Unknown caller");
            const number = t.patient?.phone ?? t.call?.fromNumber ?? null;
            return (
              <li
                key={t.id}
                className={`rounded-lg border bg-white p-4 ${overdue ? "border-red-400" : "border-slate-200"}`}
                aria-label={`Callback for ${name}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <p className="font-semibold">
                      {name} · <span className="font-mono">{formatPhone(number)}</span>
                    </p>
                    <p className="text-sm text-slate-700">
                      Due {formatDateTime(t.dueAt)} {overdue ? <Badge tone="red">Overdue</Badge> : null} ·{" "}
                      {t.assignee?.name ?? "Unassigned"}
                      {t.call ? (
                        <>
                          {" · "}
                          <Link href={`/calls/${t.call.id}`} className="text-brand-700 underline">
                            original call
                          </Link>
                        </>
                      ) : null}
                    </p>
                    {prefs ? <ContactPreferences prefs={prefs} /> : null}
                  </div>
                  {writable ? (
                    <CallbackActions taskId={t.id} assigneeId={t.assignee?.id ?? ""} assignees={assignees} />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
