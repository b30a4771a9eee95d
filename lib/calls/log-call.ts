import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, isUniqueViolation, NotFoundError } from "@/lib/errors";
import { createProspectFromCall } from "@/lib/patients/prospects";
import { assertPatient, assertReferralSource, resolveAssignee, resolvePhoneLine } from "./references";
import { findUnloggedTelephonyMatch } from "@/lib/telephony/unlogged-match";
import { callDataFrom } from "./rules/editable-call";
import type { LogCallInput } from "./schemas";

export interface LoggedCall {
  callId: string;
  patientId: string | null;
  /** The call completed one the phone system had captured. */
  merged: boolean;
  /** The same form was submitted twice; the first call is returned. */
  duplicate: boolean;
}

/** An unlogged call the phone system captured from this number around this time, if any. */
async function findTelephonyCall(tx: Tx, input: LogCallInput, startedAt: Date) {
  if (input.telephonyCallId) {
    const call = await tx.call.findUnique({
      where: { id: input.telephonyCallId },
      select: { id: true, source: true, disposition: true, version: true, startedAt: true },
    });
    if (!call || call.source !== "TELEPHONY") throw new NotFoundError("That phone-system call was not found.");
    if (call.disposition !== null)
      throw new ConflictError("Someone has already logged this call. Open it from the calls list to edit it.");
    return call;
  }
  if (input.direction !== "INBOUND") return null;
  // Any line: the form's line defaults to the main one, which is not a deliberate choice.
  return findUnloggedTelephonyMatch(tx, { fromNumber: input.fromNumber, around: startedAt });
}

/**
 * Logs a call: with only a number and a disposition, or with everything.
 * In one transaction: the call (or the phone system's unlogged call it completes), a new
 * prospect when asked, the callback task, the person's contact preferences, and the audit rows.
 */
export async function logCall(actor: Actor, input: LogCallInput): Promise<LoggedCall> {
  assertCan(actor, "call:write");
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const earlier = await tx.call.findUnique({
        where: { clientKey: input.clientKey },
        select: { id: true, patientId: true },
      });
      if (earlier) return { callId: earlier.id, patientId: earlier.patientId, merged: false, duplicate: true };

      const startedAt = input.startedAt ?? new Date();
      const phoneLineId = await resolvePhoneLine(tx, input.phoneLineId);
      await assertReferralSource(tx, input.referralSourceId);
      const assigneeId = input.callbackDueAt ? await resolveAssignee(tx, input.callbackAssigneeId, actor.id) : null;

      let patientId = input.patientId ? await assertPatient(tx, input.patientId) : null;
      if (!patientId && input.createProspect) patientId = await createProspectFromCall(tx, actor, input);

      const data = { ...callDataFrom(input), phoneLineId, patientId, loggedById: actor.id, loggedAt: new Date() };
      const telephony = await findTelephonyCall(tx, input, startedAt);
      let callId: string;
      if (telephony) {
        // Keep what the phone system measured (start, duration, status); add what the coordinator heard.
        const { count } = await tx.call.updateMany({
          where: { id: telephony.id, version: telephony.version, disposition: null },
          data: {
            ...data,
            startedAt: telephony.startedAt,
            ...(input.durationMinutes === undefined ? {} : { durationSeconds: Math.round(input.durationMinutes * 60) }),
            clientKey: input.clientKey,
            version: { increment: 1 },
          },
        });
        if (count === 0)
          throw new ConflictError(
            "Someone logged this phone-system call at the same moment. Open it from the calls list.",
          );
        callId = telephony.id;
      } else {
        const created = await tx.call.create({
          data: {
            ...data,
            source: "MANUAL",
            status: "COMPLETED",
            startedAt,
            clientKey: input.clientKey,
            ...(input.durationMinutes === undefined ? {} : { durationSeconds: Math.round(input.durationMinutes * 60) }),
          },
          select: { id: true },
        });
        callId = created.id;
      }

      if (patientId) {
        await tx.patient.update({
          where: { id: patientId },
          data: {
            okToLeaveVoicemail: input.okToLeaveVoicemail,
            okToNameCenter: input.okToNameCenter,
            okToText: input.okToText,
            lastActivityAt: new Date(),
          },
          select: { id: true },
        });
      }
      if (input.callbackDueAt && assigneeId) {
        const task = await tx.task.create({
          data: {
            kind: "CALLBACK",
            dueAt: input.callbackDueAt,
            assigneeId,
            callId,
            ...(patientId ? { patientId } : {}),
            createdById: actor.id,
          },
          select: { id: true },
        });
        await writeAudit(tx, actor, {
          action: "callback.create",
          entityType: "Task",
          entityId: task.id,
          ...(patientId ? { patientId } : {}),
        });
      }
      await writeAudit(tx, actor, {
        action: telephony ? "call.log-captured" : "call.log",
        entityType: "Call",
        entityId: callId,
        ...(patientId ? { patientId } : {}),
        detail: { disposition: input.disposition, merged: Boolean(telephony) },
      });
      return { callId, patientId, merged: Boolean(telephony), duplicate: false };
    });
  } catch (error) {
    // Two submits racing past the first check: the unique clientKey lets exactly one through, and
    // when both merge into one captured call, the second loses the version check instead. Either
    // way, if this form's call has landed, the loser returns it rather than an error.
    if (isUniqueViolation(error) || error instanceof ConflictError) {
      const earlier = await db.call.findUnique({
        where: { clientKey: input.clientKey },
        select: { id: true, patientId: true },
      });
      if (earlier) return { callId: earlier.id, patientId: earlier.patientId, merged: false, duplicate: true };
    }
    throw error;
  }
}
