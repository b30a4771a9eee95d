import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ContactPreferences } from "@/components/contact-preferences";
import { Badge, Card, PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import {
  CALL_STATUS_LABEL,
  DIRECTION_LABEL,
  DISPOSITION_LABEL,
  REASON_LABEL,
  RELATION_LABEL,
} from "@/lib/calls/rules/labels";
import { callFormOptions, getCall } from "@/lib/calls/queries";
import { NotFoundError } from "@/lib/errors";
import { formatPhone } from "@/lib/phone";
import { formatDateTime, toZonedLocalInput } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { updateCallAction } from "../actions";
import { CallForm } from "../_components/call-form";
import { LinkProspect } from "./link-prospect";

export const metadata: Metadata = { title: "Call" };

const SAVED: Record<string, string> = {
  logged: "Call logged.",
  merged: "Call logged — it completed the call the phone system had captured, so there is no duplicate.",
};

export default async function CallPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/calls/[id]");
  const { id } = await params;
  const { saved } = await searchParams;
  if (!z.uuid().safeParse(id).success) notFound();
  const call = await getCall(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const writable = can(actor, "call:write");
  const formOptions = writable
    ? await callFormOptions(actor, { phoneLineId: call.phoneLineId, referralSourceId: call.referralSourceId })
    : null;
  const person = call.patient ? fullName(call.patient) : null;
  return (
    <>
      {typeof saved === "string" && SAVED[saved] ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {SAVED[saved]}
        </p>
      ) : null}
      <PageHeader
        title={`${DIRECTION_LABEL[call.direction]} call · ${formatPhone(call.fromNumber)}`}
        description={`${formatDateTime(call.startedAt)} · ${call.phoneLine?.label ?? "No line"}${call.source === "TELEPHONY" ? ` · captured by the phone system (${CALL_STATUS_LABEL[call.status].toLowerCase()})` : ""}`}
        actions={
          <>
            {can(actor, "screening:write") ? (
              <Link href={`/screenings/new?call=${call.id}`} className="text-sm font-medium text-brand-700 underline">
                Start screening
              </Link>
            ) : null}
            <Link href="/calls" className="text-sm font-medium text-brand-700 underline">
              All calls
            </Link>
          </>
        }
      />
      <div className="mb-6 grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="font-semibold">Person</h2>
          {call.patient ? (
            <p className="mt-2 text-sm">
              Linked to <strong>{person}</strong>
            </p>
          ) : writable ? (
            <LinkProspect callId={call.id} />
          ) : (
            <p className="mt-2 text-sm text-slate-600">Not linked to a person.</p>
          )}
          <ContactPreferences prefs={call} />
        </Card>
        <Card>
          <h2 className="font-semibold">Outcome</h2>
          <p className="mt-2 text-sm">
            {call.disposition ? DISPOSITION_LABEL[call.disposition] : <Badge tone="amber">Not logged yet</Badge>}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {call.reason ? REASON_LABEL[call.reason] : "Reason not recorded"}
            {call.callerRelation ? ` · caller: ${RELATION_LABEL[call.callerRelation].toLowerCase()}` : ""}
          </p>
          <p className="mt-1 text-xs text-slate-500">
            {call.loggedBy ? `Logged by ${call.loggedBy.name}, ${formatDateTime(call.loggedAt)}` : ""}
          </p>
        </Card>
        <Card>
          <h2 className="font-semibold">Follow-up</h2>
          {call.tasks.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No callback set.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {call.tasks.map((t) => (
                <li key={t.id}>
                  Callback {formatDateTime(t.dueAt)} · {t.assignee?.name ?? "unassigned"} · {t.status.toLowerCase()}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {writable && formOptions ? (
        <CallForm
          mode="edit"
          action={updateCallAction}
          formOptions={formOptions}
          currentUserId={actor.id}
          values={{
            callId: call.id,
            expectedVersion: call.version,
            ...(call.phoneLineId ? { phoneLineId: call.phoneLineId } : {}),
            direction: call.direction,
            startedAt: toZonedLocalInput(call.startedAt),
            ...(call.durationSeconds != null
              ? { durationMinutes: String(Math.round(call.durationSeconds / 6) / 10) }
              : {}),
            fromNumber: formatPhone(call.fromNumber),
            ...(call.callerName ? { callerName: call.callerName } : {}),
            ...(call.callerRelation ? { callerRelation: call.callerRelation } : {}),
            careFor: call.callerIsPatient ? "SELF" : "OTHER",
            ...(call.careRecipientName ? { careRecipientName: call.careRecipientName } : {}),
            ...(call.reason ? { reason: call.reason } : {}),
            ...(call.referralSourceId ? { referralSourceId: call.referralSourceId } : {}),
            ...(call.insurancePayer ? { insurancePayer: call.insurancePayer } : {}),
            ...(call.insuranceMemberId ? { insuranceMemberId: call.insuranceMemberId } : {}),
            okToLeaveVoicemail: call.okToLeaveVoicemail ?? false,
            okToNameCenter: call.okToNameCenter ?? false,
            okToText: call.okToText ?? false,
            ...(call.disposition ? { disposition: call.disposition } : {}),
            ...(call.notes ? { notes: call.notes } : {}),
          }}
        />
      ) : (
        <Card>
          <h2 className="font-semibold">Notes</h2>
          <p className="mt-2 text-sm whitespace-pre-wrap">{call.notes ?? "—"}</p>
        </Card>
      )}
    </>
  );
}
