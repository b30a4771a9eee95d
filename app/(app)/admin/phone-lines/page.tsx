import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { formatPhone } from "@/lib/phone";
import { listPhoneLines } from "@/lib/settings/phone-lines";
import { AddPhoneLineForm, PhoneLineRow, type PhoneLineRowData } from "./phone-line-rows";

export const metadata: Metadata = { title: "Phone lines" };

export default async function PhoneLinesPage() {
  const actor = await guardPage("/admin/phone-lines");
  const lines = await listPhoneLines(actor);
  const rows: PhoneLineRowData[] = lines.map((line) => ({
    id: line.id,
    numberDisplay: formatPhone(line.number),
    label: line.label,
    forwardToDisplay: line.forwardTo ? formatPhone(line.forwardTo) : null,
    isMain: line.isMain,
    active: line.active,
    version: line.version,
  }));
  return (
    <>
      <PageHeader
        title="Phone lines"
        description="The center's numbers. Calls to an active line are captured from the phone system and forwarded to its intake desk number. The main line is the call form's default and cannot be deactivated. Deactivated lines stay on the calls that came in on them."
        actions={
          <Link href="/admin" className="text-sm font-medium text-brand-700 underline">
            Back to administration
          </Link>
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="No phone lines yet">The first line you add becomes the main line.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Phone lines, active lines first</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2">Number</th>
                <th scope="col" className="px-4 py-2">Label</th>
                <th scope="col" className="px-4 py-2">Forwards to</th>
                <th scope="col" className="px-4 py-2">Main</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((line) => (
                <PhoneLineRow key={line.id} line={line} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddPhoneLineForm />
    </>
  );
}
