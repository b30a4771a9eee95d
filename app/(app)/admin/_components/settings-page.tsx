import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
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
export function SettingsTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <DataTable caption={caption} columns={[...columns, "Status", "Actions"]} cellPadding="px-4 py-2">
      {children}
    </DataTable>
  );
}
