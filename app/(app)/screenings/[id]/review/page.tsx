import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { screeningOr404 } from "../../_components/load";
import { ReviewForm } from "../../_components/review-form";
import { ScreeningResult } from "../../_components/screening-result";

export const metadata: Metadata = { title: "Review screening" };

/** Clinicians only (screening:review): the result, then the decision and the signature. */
export default async function ReviewScreeningPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await guardPage("/screenings/[id]/review");
  const { id } = await params;
  const screening = await screeningOr404(actor, id);
  if (screening.status !== "SUBMITTED" || !screening.recommendedLevel) {
    return (
      <EmptyState title="Nothing to review">
        This screening is not waiting for review.{" "}
        <Link className="text-brand-700 underline" href={`/screenings/${screening.id}`}>
          Open the screening
        </Link>
      </EmptyState>
    );
  }
  return (
    <>
      <ScreeningResult actor={actor} screening={screening} hideReviewLink />
      <section aria-labelledby="review-title" className="mt-8">
        <h2 id="review-title" className="mb-3 text-xl font-semibold">
          Clinical review
        </h2>
        <ReviewForm screeningId={screening.id} version={screening.version} recommended={screening.recommendedLevel} />
      </section>
    </>
  );
}
