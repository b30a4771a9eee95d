import type { RequestContext } from "@/lib/auth/actor";
import { writeAuditAs } from "@/lib/audit/write-audit";
import { getDb, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { publishLiveEvent } from "@/lib/live/publish";
import { callerNumberFrom } from "./rules/numbers";
import { findActiveLine, type WebhookLine } from "./phone-lines";
import type { VoiceWebhook } from "./schemas";

/** Who the audit trail names for rows the phone system creates. */
export const TELEPHONY_ACTOR_LABEL = "system:telephony";

export type InboundCallResult =
  | { kind: "created"; callId: string; line: WebhookLine }
  /** A retried delivery, or the status callback got here first: the call already exists. */
  | { kind: "duplicate"; callId: string; line: WebhookLine }
  | { kind: "unknown-line" };

async function recordOnce(tx: Tx, input: VoiceWebhook, request: RequestContext, now: Date): Promise<InboundCallResult> {
  const line = await findActiveLine(tx, input.To);
  if (!line) return { kind: "unknown-line" };
  const existing = await tx.call.findUnique({ where: { telephonySid: input.CallSid }, select: { id: true } });
  if (existing) return { kind: "duplicate", callId: existing.id, line };
  const call = await tx.call.create({
    data: {
      source: "TELEPHONY",
      status: "RINGING",
      direction: "INBOUND",
      startedAt: now,
      fromNumber: callerNumberFrom(input.From),
      phoneLineId: line.id,
      telephonySid: input.CallSid,
      // The coordinator-owned columns stay empty: a null disposition is what puts the call in
      // the "Unlogged calls" queue.
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
      detail: { via: "voice-webhook", phoneLineId: line.id },
    },
  );
  // A ringing call shows up on open calls pages and dashboards (docs/decisions/0016-live-updates.md).
  await publishLiveEvent(tx, { kind: "call", entityId: call.id });
  return { kind: "created", callId: call.id, line };
}

/**
 * The voice webhook: creates the call the moment it rings, once per CallSid. The unique index on
 * telephonySid is the idempotency guarantee: two deliveries racing each other both miss the
 * lookup, one insert wins, the other fails with P2002 and, retried, finds the winner's row.
 */
export async function recordInboundCall(
  input: VoiceWebhook,
  request: RequestContext,
  now = new Date(),
): Promise<InboundCallResult> {
  const db = await getDb();
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) => recordOnce(tx, input, request, now));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 1) throw error;
    }
  }
}
