import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { CALL_STATUS_LABEL } from "@/lib/calls/labels";
import { listUnloggedCalls } from "@/lib/calls/queries";
import { formatPhone } from "@/lib/phone";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Unlogged calls" };

export default async function UnloggedCallsPage() {
  const actor = await guardPage("/calls/unlogged");
  const calls = await listUnloggedCalls(actor);
  return (
    <>
      <PageHeader title="Unlogged calls" description="Calls the phone system recorded that nobody has logged yet, oldest first. Every caller gets an answer." />
      {calls.length === 0 ? (
        <EmptyState title="Every captured call is logged" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Unlogged calls</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">Number</th>
                <th scope="col" className="px-3 py-2">Line</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Action</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {calls.map((c) => (
                <tr key={c.id}>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(c.startedAt)}</td>
                  <td className="px-3 py-2 font-mono">{formatPhone(c.fromNumber)}</td>
                  <td className="px-3 py-2">{c.phoneLine?.label ?? "—"}</td>
                  <td className="px-3 py-2">{CALL_STATUS_LABEL[c.status]}{c.durationSeconds != null ? ` · ${Math.round(c.durationSeconds / 60)} min` : ""}</td>
                  <td className="px-3 py-2">
                    <Link href={`/calls/new?captured=${c.id}`} className="font-medium text-brand-700 underline">Log this call</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
