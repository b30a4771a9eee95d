import type { Metadata } from "next";
import { z } from "zod";
import { PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { callFormOptions, getUnloggedCall } from "@/lib/calls/queries";
import { formatPhone } from "@/lib/phone";
import { toZonedLocalInput } from "@/lib/dates/zone";
import { logCallAction } from "../actions";
import { CallForm, type CallFormValues } from "../_components/call-form";

export const metadata: Metadata = { title: "Log a call" };

export default async function NewCallPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/calls/new");
  const { captured } = await searchParams;
  const capturedId = z.uuid().safeParse(captured);
  const [formOptions, capturedCall] = await Promise.all([
    callFormOptions(actor),
    capturedId.success ? getUnloggedCall(actor, capturedId.data) : null,
  ]);
  const values: CallFormValues = capturedCall
    ? {
        telephonyCallId: capturedCall.id,
        fromNumber: formatPhone(capturedCall.fromNumber),
        startedAt: toZonedLocalInput(capturedCall.startedAt),
        ...(capturedCall.phoneLineId ? { phoneLineId: capturedCall.phoneLineId } : {}),
        ...(capturedCall.durationSeconds != null
          ? { durationMinutes: String(Math.round(capturedCall.durationSeconds / 6) / 10) }
          : {}),
      }
    : {};
  return (
    <>
      <PageHeader
        title={capturedCall ? "Log a captured call" : "Log a call"}
        description={
          capturedCall
            ? "The phone system recorded this call; add what the caller told you."
            : "Only the phone number and a disposition are needed; details can follow."
        }
      />
      <CallForm mode="log" action={logCallAction} values={values} formOptions={formOptions} currentUserId={actor.id} />
    </>
  );
}
