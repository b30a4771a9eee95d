import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await guardPage("/admin");
  return (
    <>
      <PageHeader title="Administration" />
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <h2 className="font-semibold">Staff accounts</h2>
          <p className="mt-1 text-sm text-slate-600">Create accounts, change roles, reset passwords, unlock, deactivate, end sessions.</p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/admin/users">
            Manage staff
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Audit trail</h2>
          <p className="mt-1 text-sm text-slate-600">Every sign-in, account change and access to patient information.</p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/admin/audit">
            View audit trail
          </Link>
        </Card>
      </div>
    </>
  );
}
