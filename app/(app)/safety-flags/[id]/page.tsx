import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getFlag } from "@/lib/safety-flags/queries";
import { z } from "zod";
import { ResolveFlagForm } from "../../screenings/_components/resolve-flag-form";
import { FlagCard } from "../_components/flag-card";
import { presentFlag } from "../_components/present";

export const metadata: Metadata = { title: "Safety flag" };

/** One flag: what the e-mail links to. Outside the actor's scope it is "not found" (Z2). */
export default async function SafetyFlagPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await guardPage("/safety-flags/[id]");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const flag = await getFlag(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const view = presentFlag(flag, actor, new Date());
  return (
    <>
      <PageHeader title={`Safety flag: ${view.personName}`} description={view.riskLabel} />
      <FlagCard flag={view} showPerson={false} />
      {!view.resolved && can(actor, "screening:review") ? (
        <section aria-labelledby="resolve-title" className="mt-6 max-w-xl">
          <h2 id="resolve-title" className="text-base font-semibold">
            Resolve
          </h2>
          <ResolveFlagForm flagId={view.id} />
        </section>
      ) : null}
    </>
  );
}
