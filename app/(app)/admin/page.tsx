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
          <p className="mt-1 text-sm text-slate-600">
            Create accounts, change roles, reset passwords, unlock, deactivate, end sessions.
          </p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/admin/users">
            Manage staff
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Audit trail</h2>
          <p className="mt-1 text-sm text-slate-600">
            Every sign-in, account change and access to patient information.
          </p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/admin/audit">
            View audit trail
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Phone lines</h2>
          <p className="mt-1 text-sm text-slate-600">
            The center&rsquo;s numbers, where the phone system forwards them, and the main line.
          </p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/admin/phone-lines">
            Manage phone lines
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Referral sources</h2>
          <p className="mt-1 text-sm text-slate-600">
            How callers heard about the center, as coordinators pick it on the call form.
          </p>
          <Link
            className="mt-3 inline-block text-sm font-medium text-brand-700 underline"
            href="/admin/referral-sources"
          >
            Manage referral sources
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Programs</h2>
          <p className="mt-1 text-sm text-slate-600">
            Residential, IOP and other programs patients are admitted to, with their expected length of stay.
          </p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/admin/programs">
            Manage programs
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">On-call rota</h2>
          <p className="mt-1 text-sm text-slate-600">
            Who owns new safety flags, the fallback, acknowledgement times, and the e-mail status.
          </p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/admin/on-call">
            Manage the on-call rota
          </Link>
        </Card>
      </div>
    </>
  );
}
