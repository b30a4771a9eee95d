import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { DataTable } from "@/components/ui/data-table";
import { Badge, EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/zone";
import { listStaff } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Staff accounts" };

const ROLE = { ADMIN: "Administrator", COORDINATOR: "Coordinator", CLINICIAN: "Clinician" } as const;

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/admin/users");
  const params = await searchParams;
  const after = typeof params.after === "string" && params.after.length <= 254 ? params.after : undefined;
  const { users, nextCursor } = await listStaff(actor, { cursorEmail: after });
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Staff accounts"
        actions={
          <Link href="/admin/users/new" className={buttonClass()}>
            New account
          </Link>
        }
      />
      {users.length === 0 ? (
        <EmptyState title="No more accounts" />
      ) : (
        <DataTable
          caption="Staff accounts"
          columns={["Name", "Email", "Role", "Status", "Last sign-in"]}
          cellPadding="px-4 py-2"
        >
          {users.map((u) => (
            <tr key={u.id}>
              <td className="px-4 py-2">
                <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">
                  {u.name}
                </Link>
              </td>
              <td className="px-4 py-2">{u.email}</td>
              <td className="px-4 py-2">{ROLE[u.role]}</td>
              <td className="space-x-1 px-4 py-2">
                {u.active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>}
                {u.lockedUntil && u.lockedUntil > now ? <Badge tone="red">Locked</Badge> : null}
                {u.mustChangePassword ? <Badge tone="amber">Temporary password</Badge> : null}
              </td>
              <td className="px-4 py-2">{formatDateTime(u.lastLoginAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {nextCursor ? (
        <Link
          className="mt-4 inline-block text-sm font-medium text-brand-700 underline"
          href={`/admin/users?after=${encodeURIComponent(nextCursor)}`}
        >
          Next page
        </Link>
      ) : null}
    </>
  );
}
