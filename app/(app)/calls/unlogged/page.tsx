import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { CALL_STATUS_LABEL } from "@/lib/calls/rules/labels";
import { listUnloggedCalls } from "@/lib/calls/queries";
import { formatPhone } from "@/lib/phone";
import { formatDateTime } from "@/lib/dates/zone";

export const metadata: Metadata = { title: "Unlogged calls" };

export default async function UnloggedCallsPage() {
  const actor = await guardPage("/calls/unlogged");
  const calls = await listUnloggedCalls(actor);
  return (
    <>
      <PageHeader
        title="Unlogged calls"
        description="Calls the phone system recorded that nobody has logged yet, oldest first. Every caller gets an answer."
      />
      {calls.length === 0 ? (
        <EmptyState title="Every captured call is logged" />
      ) : (
        <DataTable
          caption="Unlogged calls"
          columns={[
            "When",
            "Number",
            "Line",
            "Status",
            <span key="action" className="sr-only">
              Action
            </span>,
          ]}
        >
          {calls.map((c) => (
            <tr key={c.id}>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(c.startedAt)}</td>
              <td className="px-3 py-2 font-mono">{formatPhone(c.fromNumber)}</td>
              <td className="px-3 py-2">{c.phoneLine?.label ?? "—"}</td>
              <td className="px-3 py-2">
                {CALL_STATUS_LABEL[c.status]}
                {c.durationSeconds != null ? ` · ${Math.round(c.durationSeconds / 60)} min` : ""}
              </td>
              <td className="px-3 py-2">
                <Link href={`/calls/new?captured=${c.id}`} className="font-medium text-brand-700 underline">
                  Log this call
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
