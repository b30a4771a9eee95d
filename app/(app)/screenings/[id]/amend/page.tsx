import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { readAsamRatings } from "@/lib/screening/rules/asam";
import { readAnswers } from "@/lib/screening/rules/stored";
import { fullName } from "@/lib/people/names";
import { AmendForm } from "../../_components/amend-form";
import { screeningOr404 } from "../../_components/load";

export const metadata: Metadata = { title: "Amend screening" };

/** Clinicians only: a correction of a signed screening becomes a new version (ADR 0008). */
export default async function AmendScreeningPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await guardPage("/screenings/[id]/amend");
  const { id } = await params;
  const screening = await screeningOr404(actor, id);
  const answers = readAnswers(screening.answers);
  if (screening.status !== "REVIEWED" || !screening.finalLevel || !answers) {
    return (
      <EmptyState title="Only a signed screening can be amended">
        <Link className="text-brand-700 underline" href={`/screenings/${screening.id}`}>
          Open the screening
        </Link>
      </EmptyState>
    );
  }
  const sex =
    screening.patient.sexAtBirth === "MALE" ? "male" : screening.patient.sexAtBirth === "FEMALE" ? "female" : null;
  return (
    <>
      <PageHeader
        title={`Amend screening: ${fullName(screening.patient)}`}
        description="The signed version stays as it is, marked as amended; the amendment is a new version signed by you, with its reason."
        actions={
          <Link href={`/screenings/${screening.id}`} className="text-sm font-medium text-brand-700 underline">
            Back to the screening
          </Link>
        }
      />
      <AmendForm
        screeningId={screening.id}
        version={screening.version}
        signed={answers}
        finalLevel={screening.finalLevel}
        asam={readAsamRatings(screening.asamRatings)}
        sex={sex}
      />
    </>
  );
}
