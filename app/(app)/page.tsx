import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { countAwaitingReview, listOpenSafetyFlags } from "@/lib/screening/queries";
import { OpenFlagsCard } from "./screenings/_components/open-flags-card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await guardPage("/");
  const { passwordChanged } = await searchParams;
  // Safety first (issue 4, journey 2): open flags top the dashboard for everyone.
  const [flags, awaitingReview] = await Promise.all([
    listOpenSafetyFlags(actor, { take: 10 }),
    can(actor, "screening:review") ? countAwaitingReview(actor) : null,
  ]);
  return (
    <>
      <OpenFlagsCard flags={flags.flags} total={flags.total} />
      {awaitingReview !== null ? (
        <p className="mb-6 rounded-lg border border-brand-600 bg-brand-50 px-4 py-3 text-sm">
          <strong>{awaitingReview}</strong> screening{awaitingReview === 1 ? "" : "s"} waiting for clinical review.{" "}
          <Link href="/screenings" className="font-semibold text-brand-700 underline">Open the review queue</Link>
        </p>
      ) : null}
      {passwordChanged === "1" ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Your password was changed. Any other signed-in sessions have ended.
        </p>
      ) : null}
      <PageHeader title={`Hello, ${actor.name.split(" ")[0] ?? actor.name}`} description="What needs attention now. The call, screening and care widgets arrive with those features." />
      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="font-semibold">Calls and callbacks</h2>
          <p className="mt-1 text-sm text-slate-600">Live call logging and callback queues for the 855 line.</p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/calls">
            Open calls
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Screenings</h2>
          <p className="mt-1 text-sm text-slate-600">Pre-admission screenings and clinical review.</p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/screenings">
            Open screenings
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Patients and step-downs</h2>
          <p className="mt-1 text-sm text-slate-600">Census, admissions pipeline and Residential → IOP continuity.</p>
          <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/patients">
            Open patients
          </Link>
        </Card>
        {can(actor, "user:manage") ? (
          <Card>
            <h2 className="font-semibold">Administration</h2>
            <p className="mt-1 text-sm text-slate-600">Staff accounts and the audit trail.</p>
            <Link className="mt-3 inline-block text-sm font-medium text-brand-700 underline" href="/admin">
              Open admin
            </Link>
          </Card>
        ) : null}
      </div>
    </>
  );
}
