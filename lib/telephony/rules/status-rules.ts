import type { CallStatus } from "@/lib/generated/prisma/enums";

/**
 * Pure rules for Twilio call statuses and status-callback ordering (docs/decisions/0005).
 * `initiated` is what Twilio reports for the "initiated" status-callback event.
 */
export const TWILIO_CALL_STATUSES = [
  "queued",
  "initiated",
  "ringing",
  "in-progress",
  "completed",
  "busy",
  "failed",
  "no-answer",
  "canceled",
] as const;
export type TwilioCallStatus = (typeof TWILIO_CALL_STATUSES)[number];

export function toCallStatus(status: TwilioCallStatus): CallStatus {
  switch (status) {
    case "queued":
    case "initiated":
    case "ringing":
      // Until someone answers, the call is ringing as far as the intake desk is concerned.
      return "RINGING";
    case "in-progress":
      return "IN_PROGRESS";
    case "completed":
      return "COMPLETED";
    case "busy":
      return "BUSY";
    case "failed":
      return "FAILED";
    case "no-answer":
      return "NO_ANSWER";
    case "canceled":
      return "CANCELED";
  }
}

export const TERMINAL_CALL_STATUSES = [
  "COMPLETED",
  "BUSY",
  "NO_ANSWER",
  "FAILED",
  "CANCELED",
] as const satisfies readonly CallStatus[];
export const NON_TERMINAL_CALL_STATUSES = ["RINGING", "IN_PROGRESS"] as const satisfies readonly CallStatus[];

export function isTerminal(status: CallStatus): boolean {
  return (TERMINAL_CALL_STATUSES as readonly CallStatus[]).includes(status);
}

/** How far a call has progressed: ringing < in progress < ended. A call never moves backwards. */
export function statusRank(status: CallStatus): 0 | 1 | 2 {
  if (status === "RINGING") return 0;
  if (status === "IN_PROGRESS") return 1;
  return 2;
}

/**
 * Whether a status callback may replace what is stored. Twilio's SequenceNumber orders the
 * callbacks of one call; a delivery that is not newer than the last applied one is stale. An ended
 * call stays ended even if a sequence says otherwise. Without a SequenceNumber (older accounts,
 * number-level callbacks) only forward progress is applied.
 */
export function statusUpdateApplies(
  stored: { status: CallStatus; telephonySeq: number | null },
  incoming: { status: CallStatus; sequence: number | null },
): boolean {
  if (isTerminal(stored.status) && !isTerminal(incoming.status)) return false;
  if (incoming.sequence === null) return statusRank(stored.status) < statusRank(incoming.status);
  return stored.telephonySeq === null || stored.telephonySeq < incoming.sequence;
}

/** The stored statuses a sequence-less callback with this status may overwrite (forward progress only). */
export function statusesBefore(status: CallStatus): CallStatus[] {
  const rank = statusRank(status);
  return (["RINGING", "IN_PROGRESS", ...TERMINAL_CALL_STATUSES] as CallStatus[]).filter((s) => statusRank(s) < rank);
}

/** Twilio reports CallDuration on the final callback; only a completed call has talk time worth storing. */
export function durationFor(status: CallStatus, callDuration: number | null): number | null {
  return status === "COMPLETED" && callDuration !== null ? callDuration : null;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * When a call first seen in a status callback started: the callback's Timestamp (when the status
 * changed) less the call's duration. A missing, unreadable or implausible Timestamp (more than a
 * day off this server's clock) falls back to now.
 */
export function callStartFromCallback(timestamp: string | undefined, callDuration: number | null, now: Date): Date {
  const parsed = timestamp ? Date.parse(timestamp) : Number.NaN;
  const at = Number.isFinite(parsed) && Math.abs(parsed - now.getTime()) <= DAY_MS ? parsed : now.getTime();
  return new Date(at - (callDuration ?? 0) * 1000);
}
