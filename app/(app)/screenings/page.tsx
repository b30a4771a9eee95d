import { Pager } from "@/components/ui/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { buttonClass } from "@/components/ui/button-class";
import { PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { listOpenSafetyFlags, listRecentScreenings, listReviewQueue } from "@/lib/screening/queries";
import { OpenFlagsCard } from "./_components/open-flags-card";
import { ScreeningTable } from "./_components/screening-table";

export const metadata: Metadata = { title: "Screenings" };

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

/**
 * Open safety flags first, in red, for everyone. Clinicians then see the review queue;
 * coordinators their drafts and recent submissions; administrators read both lists.
 */
export default async function ScreeningsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/screenings");
  const page = pageParam.parse((await searchParams).page ?? 1);
  const writes = can(actor, "screening:write");
  const reviews = can(actor, "screening:review");
  const [flags, queue, drafts, recent] = await Promise.all([
    listOpenSafetyFlags(actor, { take: 20 }),
    writes ? null : listReviewQueue(actor, { page }),
    writes ? listRecentScreenings(actor, { statuses: ["DRAFT"], mine: true }) : null,
    listRecentScreenings(
      actor,
      writes
        ? { statuses: ["SUBMITTED", "REVIEWED", "AMENDED"], mine: true, take: 15 }
        : { statuses: ["REVIEWED"], mine: false, take: 15 },
    ),
  ]);
  const pageHref = (n: number) => `/screenings?page=${n}`;
  return (
    <>
      <OpenFlagsCard flags={flags.flags} total={flags.total} />
      <PageHeader
        title="Screenings"
        description="Pre-admission screenings: PHQ-9, GAD-7, AUDIT-C and the C-SSRS screener with the center's own questions, scored on the server, reviewed by a clinician."
        actions={
          writes ? (
            <Link href="/screenings/new" className={buttonClass()}>
              Start a screening
            </Link>
          ) : null
        }
      />
      {queue ? (
        <section aria-labelledby="queue-title" className="mb-8">
          <h2 id="queue-title" className="mb-1 text-lg font-semibold">
            Review queue ({queue.total})
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            Submitted screenings waiting for a clinician: safety risk first (high, moderate, low), then the oldest.
            {reviews ? "" : " Read only."}
          </p>
          <ScreeningTable
            rows={queue.rows}
            caption="Review queue"
            empty="No screening is waiting for review."
            linkTo={(r) => (reviews ? `/screenings/${r.id}/review` : `/screenings/${r.id}`)}
          />
          <Pager
            label="Review queue pages"
            page={queue.page}
            hasMore={queue.page < queue.pageCount}
            pageCount={queue.pageCount}
            href={pageHref}
          />
        </section>
      ) : null}
      {drafts ? (
        <section aria-labelledby="drafts-title" className="mb-8">
          <h2 id="drafts-title" className="mb-3 text-lg font-semibold">
            My drafts
          </h2>
          <ScreeningTable
            rows={drafts}
            caption="My draft screenings"
            empty="No drafts. Start a screening from a call or find a prospect."
          />
        </section>
      ) : null}
      <section aria-labelledby="recent-title">
        <h2 id="recent-title" className="mb-3 text-lg font-semibold">
          {writes ? "My recent submissions" : "Recently signed"}
        </h2>
        <ScreeningTable
          rows={recent}
          caption={writes ? "My recent submissions" : "Recently signed screenings"}
          empty="Nothing yet."
        />
      </section>
    </>
  );
}
