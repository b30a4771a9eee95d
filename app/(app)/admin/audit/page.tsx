import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { nextDay } from "@/lib/dates/days";
import { formatDateTime, startOfZonedDay } from "@/lib/dates/zone";
import { listAuditEvents, listStaffOptions } from "@/lib/users/queries";
import { AuditFilterSchema } from "@/lib/users/schemas";
import { Fields } from "@/components/ui/form";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/admin/audit");
  const raw = await searchParams;
  const single = Object.fromEntries(
    Object.entries(raw).filter(([k, v]) => typeof v === "string" && v !== "" && k in AuditFilterSchema.shape),
  );
  const filter = AuditFilterSchema.parse(single);
  const [staff, { events, nextBefore }] = await Promise.all([
    listStaffOptions(actor),
    listAuditEvents(actor, {
      ...filter,
      fromUtc: filter.from ? startOfZonedDay(filter.from) : undefined,
      toUtc: filter.to ? startOfZonedDay(nextDay(filter.to)) : undefined,
    }),
  ]);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const nextParams = new URLSearchParams(
    Object.entries({ ...filter, before: nextBefore }).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Append-only: the database refuses changes to these rows. Times are in the center's time zone."
      />
      <form
        method="get"
        className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-6"
        aria-label="Filter audit events"
      >
        <Fields
          errors={{}}
          values={filter}
          fields={[
            {
              kind: "select",
              label: "Staff member",
              name: "actor",
              options: [{ value: "", label: "Anyone" }, ...staff.map((s) => ({ value: s.id, label: s.name }))],
            },
            { label: "Action starts with", name: "action", placeholder: "auth.sign-in" },
            { label: "Entity", name: "entity", placeholder: "User" },
            { label: "From", name: "from", type: "date" },
            { label: "To", name: "to", type: "date" },
          ]}
        />
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
            Filter
          </button>
          <Link href="/admin/audit" className="px-2 py-2 text-sm text-brand-700 underline">
            Clear
          </Link>
        </div>
      </form>
      {events.length === 0 ? (
        <EmptyState title="No audit events match these filters" />
      ) : (
        <DataTable
          caption="Audit events, newest first"
          columns={["When", "Who", "Action", "Entity", "Outcome", "IP", "Request"]}
        >
          {events.map((e) => (
            <tr key={e.id.toString()}>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(e.at)}</td>
              <td className="px-3 py-2">
                {e.actorId ? (names.get(e.actorId) ?? e.actorId) : (e.actorLabel ?? "—")}
                {e.actorRole ? <span className="text-slate-500"> · {e.actorRole.toLowerCase()}</span> : null}
              </td>
              <td className="px-3 py-2 font-mono">{e.action}</td>
              <td className="px-3 py-2">{e.entityType ? `${e.entityType} ${e.entityId?.slice(0, 8) ?? ""}` : "—"}</td>
              <td className="px-3 py-2">{e.outcome.toLowerCase()}</td>
              <td className="px-3 py-2 font-mono">{e.ip ?? "—"}</td>
              <td className="px-3 py-2 font-mono text-xs">{e.requestId?.slice(0, 8) ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {nextBefore ? (
        <Link
          className="mt-4 inline-block text-sm font-medium text-brand-700 underline"
          href={`/admin/audit?${nextParams.toString()}`}
        >
          Older events
        </Link>
      ) : null}
    </>
  );
}
