import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page";

/**
 * The frame of a settings page (phone lines, referral sources, programs), rendered on the server:
 * its header with the way back, and the table its SettingsRow rows go in.
 */
export function SettingsPageHeader({ title, description }: { title: string; description: string }) {
  return (
    <PageHeader
      title={title}
      description={description}
      actions={
        <Link href="/admin" className="text-sm font-medium text-brand-700 underline">
          Back to administration
        </Link>
      }
    />
  );
}

/**
 * `columns` names the row header's column and the data columns; Status and Actions follow, as
 * every SettingsRow ends with them.
 */
export function SettingsTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {[...columns, "Status", "Actions"].map((column) => (
              <th key={column} scope="col" className="px-4 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
