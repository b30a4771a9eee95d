import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { PIPELINE_LABELS } from "@/lib/pipeline/rules/moves";
import { getStartContext } from "@/lib/screening/start-page-queries";
import { formatDateTime } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { ProspectSearch } from "./prospect-search";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "Start a screening" };

const optionalId = z.uuid().optional().catch(undefined);

/** Start from a call (?call=<id>) or a person (?patient=<id>) — ids, never names, in the URL — or find a prospect. */
export default async function NewScreeningPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/screenings/new");
  const raw = await searchParams;
  const callId = optionalId.parse(raw.call);
  const patientId = callId ? undefined : optionalId.parse(raw.patient);
  const context =
    callId || patientId
      ? await getStartContext(actor, { ...(callId ? { callId } : {}), ...(patientId ? { patientId } : {}) })
      : null;
  return (
    <>
      <PageHeader
        title="Start a screening"
        description="From the call you are on, or for a prospect found by name. A person with a draft continues it."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {callId || patientId ? (
          <Card>
            <h2 className="font-semibold">{callId ? "From this call" : "For this person"}</h2>
            {context === null ? (
              <p className="mt-2 text-sm text-slate-700">
                That {callId ? "call" : "person"} was not found. Find the prospect by name instead.
              </p>
            ) : (
              <div className="mt-2 space-y-3 text-sm">
                {context.call ? (
                  <p>
                    Call of {formatDateTime(context.call.startedAt)}
                    {context.call.callerName ? ` from ${context.call.callerName}` : ""}.
                  </p>
                ) : null}
                {context.person ? (
                  <p>
                    Person: <strong>{fullName(context.person)}</strong>
                    {"pipelineStatus" in context.person ? ` · ${PIPELINE_LABELS[context.person.pipelineStatus]}` : ""}
                  </p>
                ) : (
                  <p>
                    Not linked to a person yet: starting creates a prospect from this call
                    {context.call && !context.call.callerIsPatient && context.call.careRecipientName
                      ? ` for ${context.call.careRecipientName}`
                      : ""}
                    .
                  </p>
                )}
                {context.draftId ? (
                  <p>
                    A draft is already open:{" "}
                    <Link className="font-medium text-brand-700 underline" href={`/screenings/${context.draftId}`}>
                      continue the draft
                    </Link>
                    .
                  </p>
                ) : null}
                <StartForm
                  {...(callId ? { callId } : {})}
                  {...(patientId ? { patientId } : {})}
                  label={context.draftId ? "Continue the screening" : "Start screening"}
                  autoFocus
                />
              </div>
            )}
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-3 font-semibold">Find a prospect</h2>
          <ProspectSearch />
        </Card>
      </div>
      {!callId && !patientId ? (
        <div className="mt-6">
          <EmptyState title="Starting from a call?">
            Open the call and choose “Start screening”, or log it first with{" "}
            <Link className="text-brand-700 underline" href="/calls/new">
              Log a call
            </Link>
            .
          </EmptyState>
        </div>
      ) : null}
    </>
  );
}
