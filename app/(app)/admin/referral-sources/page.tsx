import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { listReferralSources } from "@/lib/settings/referral-sources";
import { AddReferralSourceForm, ReferralSourceRow } from "./referral-source-rows";

export const metadata: Metadata = { title: "Referral sources" };

export default async function ReferralSourcesPage() {
  const actor = await guardPage("/admin/referral-sources");
  const sources = await listReferralSources(actor);
  return (
    <>
      <PageHeader
        title="Referral sources"
        description="How callers heard about the center, as coordinators pick it on the call form. Deactivated sources leave the picker but stay on the calls and patients they were recorded for, and in the reports."
        actions={
          <Link href="/admin" className="text-sm font-medium text-brand-700 underline">
            Back to administration
          </Link>
        }
      />
      {sources.length === 0 ? (
        <EmptyState title="No referral sources yet" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Referral sources, active sources first</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2">Name</th>
                <th scope="col" className="px-4 py-2">Type</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sources.map((source) => (
                <ReferralSourceRow key={source.id} source={source} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddReferralSourceForm />
    </>
  );
}
