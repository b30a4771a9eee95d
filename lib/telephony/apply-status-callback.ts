import type { RequestContext } from "@/lib/auth/actor";
import { writeAuditAs } from "@/lib/audit/write-audit";
import { getDb, type Tx } from "@/lib/db/client";
import { publishLiveEvent } from "@/lib/live/publish";
import { isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CallStatus } from "@/lib/generated/prisma/enums";
import { callerNumberFrom } from "./rules/numbers";
import { findActiveLine } from "./phone-lines";
import { TELEPHONY_ACTOR_LABEL } from "./record-inbound-call";
import type { StatusCallback } from "./schemas";
import {
  callStartFromCallback,
  durationFor,
  isTerminal,
  NON_TERMINAL_CALL_STATUSES,
  statusesBefore,
  toCallStatus,
} from "./rules/status-rules";

export type StatusCallbackResult =
  | { kind: "updated"; callId: string }
  /** Older than what is stored (out of order or retried): nothing changed. */
  | { kind: "stale"; callId: string }
  /** The voice webhook never arrived (or not yet): the callback created the call. */
  | { kind: "created"; callId: string }
  | { kind: "unknown-line" };

/**
 * The condition under which a callback may overwrite the stored status — status-rules'
 * statusUpdateApplies as a WHERE clause, so the check and the write are one atomic statement and
 * two callbacks racing each other cannot both win.
 */
function appliesTo(callSid: string, status: CallStatus, sequence: number | null): Prisma.CallWhereInput {
  const conditions: Prisma.CallWhereInput[] = [];
  if (!isTerminal(status)) conditions.push({ status: { in: [...NON_TERMINAL_CALL_STATUSES] } });
  conditions.push(
    sequence === null
      ? { status: { in: statusesBefore(status) } }
      : { OR: [{ telephonySeq: null }, { telephonySeq: { lt: sequence } }] },
  );
  return { telephonySid: callSid, AND: conditions };
}

async function applyOnce(
  tx: Tx,
  input: StatusCallback,
  request: RequestContext,
  now: Date,
): Promise<StatusCallbackResult> {
  const status = toCallStatus(input.CallStatus);
  const sequence = input.SequenceNumber ?? null;
  const duration = durationFor(status, input.CallDuration ?? null);

  // Only the phone system's own columns: disposition, notes, caller details, the patient link and
  // loggedBy belong to the coordinator. `version` is not bumped either, so a coordinator who has
  // the call open is not told someone else edited it.
  // Look first, then update: under READ COMMITTED an UPDATE issued before the voice webhook's
  // insert commits sees no row, while a lookup right after does — that order lost the update
  // (found by the racing test on PostgreSQL). A row that is not there yet is created below, and
  // a concurrent insert makes ours fail with P2002 and retry into this branch.
  const existing = await tx.call.findUnique({
    where: { telephonySid: input.CallSid },
    select: { id: true, patientId: true },
  });
  if (existing) {
    const updated = await tx.call.updateMany({
      where: appliesTo(input.CallSid, status, sequence),
      data: {
        status,
        ...(sequence === null ? {} : { telephonySeq: sequence }),
        ...(duration === null ? {} : { durationSeconds: duration }),
      },
    });
    if (updated.count === 0) return { kind: "stale", callId: existing.id };
    await writeAuditAs(
      tx,
      { actorLabel: TELEPHONY_ACTOR_LABEL, request },
      {
        action: "call.telephony-status",
        entityType: "Call",
        entityId: existing.id,
        ...(existing.patientId ? { patientId: existing.patientId } : {}),
        detail: { status, sequence, durationSeconds: duration },
      },
    );
    await publishLiveEvent(tx, { kind: "call", entityId: existing.id });
    return { kind: "updated", callId: existing.id };
  }

  const line = await findActiveLine(tx, input.To);
  if (!line) return { kind: "unknown-line" };
  const call = await tx.call.create({
    data: {
      source: "TELEPHONY",
      status,
      direction: "INBOUND",
      startedAt: callStartFromCallback(input.Timestamp, input.CallDuration ?? null, now),
      durationSeconds: duration,
      fromNumber: callerNumberFrom(input.From),
      phoneLineId: line.id,
      telephonySid: input.CallSid,
      telephonySeq: sequence,
      disposition: null,
    },
    select: { id: true },
  });
  await writeAuditAs(
    tx,
    { actorLabel: TELEPHONY_ACTOR_LABEL, request },
    {
      action: "call.telephony-received",
      entityType: "Call",
      entityId: call.id,
      detail: { via: "status-callback", phoneLineId: line.id, status },
    },
  );
  await publishLiveEvent(tx, { kind: "call", entityId: call.id });
  return { kind: "created", callId: call.id };
}

/**
 * A status callback: moves the call found by CallSid forward (status, and duration once
 * completed) unless a newer callback was already applied; creates the call if the voice webhook
 * never reached us. A P2002 means the voice webhook (or a parallel callback) created the row
 * between our update and our insert: one retry then finds and updates it.
 */
export async function applyStatusCallback(
  input: StatusCallback,
  request: RequestContext,
  now = new Date(),
): Promise<StatusCallbackResult> {
  const db = await getDb();
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) => applyOnce(tx, input, request, now));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 1) throw error;
    }
  }
}
