import type { Role } from "@/lib/generated/prisma/enums";

/** What the live channel carries: ids only (docs/decisions/0016-live-updates.md). */
export type LiveKind = "safety-flag" | "call" | "notification";

export interface LiveEventRow {
  id: bigint;
  kind: string;
  entityId: string | null;
  userId: string | null;
}

/**
 * Who may hear an event. A flag event reaches clinicians and admins, and the coordinator who ran
 * the screening; a notification only its recipient; a call everyone (every role reads calls).
 * Anything unknown reaches nobody (fail closed).
 */
export function mayReceive(
  event: Pick<LiveEventRow, "kind" | "userId">,
  recipient: { id: string; role: Role },
): boolean {
  switch (event.kind) {
    case "safety-flag":
      return recipient.role === "CLINICIAN" || recipient.role === "ADMIN" || event.userId === recipient.id;
    case "notification":
      return event.userId === recipient.id;
    case "call":
      return true;
    default:
      return false;
  }
}

/** One server-sent event: `id` lets a reconnecting browser say where it stopped (Last-Event-ID). */
export function formatSse(event: { id: bigint | string; kind: string; entityId: string | null }): string {
  const data = JSON.stringify({ kind: event.kind, entityId: event.entityId });
  return `id: ${event.id.toString()}\nevent: change\ndata: ${data}\n\n`;
}

/** A Last-Event-ID header or `since` parameter: a non-negative integer, anything else is "none". */
export function parseCursor(value: string | null | undefined): bigint | null {
  if (!value || !/^\d{1,18}$/.test(value)) return null;
  return BigInt(value);
}
