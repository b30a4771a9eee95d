import type { LogCallInput, UpdateCallInput } from "@/lib/calls/schemas";

type CallFields = Omit<
  LogCallInput,
  | "clientKey"
  | "patientId"
  | "createProspect"
  | "telephonyCallId"
  | "callbackDueAt"
  | "callbackAssigneeId"
  | "phoneLineId"
  | "startedAt"
  | "durationMinutes"
  | "careFor"
> & { careFor: "SELF" | "OTHER" };

/** The columns a coordinator's entry sets, with "not given" as null (never undefined: strict checks). */
export function callDataFrom(input: CallFields) {
  return {
    direction: input.direction,
    fromNumber: input.fromNumber,
    callerName: input.callerName ?? null,
    callerRelation: input.callerRelation ?? null,
    callerIsPatient: input.careFor === "SELF",
    careRecipientName: input.careFor === "OTHER" ? (input.careRecipientName ?? null) : null,
    reason: input.reason ?? null,
    referralSourceId: input.referralSourceId ?? null,
    insurancePayer: input.insurancePayer ?? null,
    insuranceMemberId: input.insuranceMemberId ?? null,
    okToLeaveVoicemail: input.okToLeaveVoicemail,
    okToNameCenter: input.okToNameCenter,
    okToText: input.okToText,
    disposition: input.disposition,
    notes: input.notes ?? null,
  };
}

export type EditableCall = ReturnType<typeof callDataFrom> & {
  phoneLineId: string | null;
  startedAt: Date;
  durationSeconds: number | null;
};

export const FIELD_LABEL: Record<keyof EditableCall, string> = {
  direction: "direction",
  fromNumber: "phone number",
  callerName: "caller's name",
  callerRelation: "relation",
  callerIsPatient: "who needs care",
  careRecipientName: "person needing care",
  reason: "reason",
  referralSourceId: "referral source",
  insurancePayer: "insurance payer",
  insuranceMemberId: "member id",
  okToLeaveVoicemail: "voicemail consent",
  okToNameCenter: "consent to name the center",
  okToText: "text consent",
  disposition: "disposition",
  notes: "notes",
  phoneLineId: "line",
  startedAt: "time",
  durationSeconds: "duration",
};

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * The fields where the saved call now differs from what the coordinator was about to save: what
 * a conflict message shows, so nothing is silently overwritten (docs/security.md C1).
 */
export function changedFields(current: EditableCall, attempted: EditableCall): (keyof EditableCall)[] {
  return (Object.keys(FIELD_LABEL) as (keyof EditableCall)[]).filter((key) => !same(current[key], attempted[key]));
}

export function editableFrom(
  input: UpdateCallInput,
  phoneLineId: string | null,
  fallbackStartedAt: Date,
): EditableCall {
  return {
    ...callDataFrom(input),
    phoneLineId,
    startedAt: input.startedAt ?? fallbackStartedAt,
    durationSeconds: input.durationMinutes === undefined ? null : Math.round(input.durationMinutes * 60),
  };
}
