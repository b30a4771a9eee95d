import type { Role, SafetyRisk } from "@/lib/generated/prisma/enums";

/**
 * Who owns a safety flag and when its clock runs out (docs/decisions/0017-safety-flag-escalation.md).
 * Pure: the rota, the settings and "now" come in as arguments.
 */

export interface Shift {
  id: string;
  clinicianId: string;
  fallbackId: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface AckSettings {
  highAckMinutes: number;
  moderateAckMinutes: number;
}

export const DEFAULT_ACK_SETTINGS: AckSettings = { highAckMinutes: 10, moderateAckMinutes: 240 };

/** The shift on call at `now`: the one that started last among those covering it (a cover shift wins). */
export function onCallAt(shifts: readonly Shift[], now: Date): Shift | null {
  let best: Shift | null = null;
  for (const s of shifts) {
    if (s.startsAt.getTime() <= now.getTime() && now.getTime() < s.endsAt.getTime()) {
      if (!best || s.startsAt.getTime() > best.startsAt.getTime()) best = s;
    }
  }
  return best;
}

/** Risks that have an owner and a clock. LOW flags are for any clinician, without escalation. */
export function hasClock(risk: SafetyRisk): boolean {
  return risk === "HIGH" || risk === "MODERATE";
}

/** Minutes a flag of this risk may stay unacknowledged; null when it never escalates. */
export function ackMinutes(risk: SafetyRisk, settings: AckSettings): number | null {
  if (risk === "HIGH") return settings.highAckMinutes;
  if (risk === "MODERATE") return settings.moderateAckMinutes;
  return null;
}

/** When an unacknowledged flag of this risk, owned since `from`, escalates. */
export function escalationDueAt(risk: SafetyRisk, from: Date, settings: AckSettings): Date | null {
  const minutes = ackMinutes(risk, settings);
  return minutes === null ? null : new Date(from.getTime() + minutes * 60_000);
}

export interface FlagClock {
  status: "OPEN" | "RESOLVED";
  acknowledgedAt: Date | null;
  escalatedAt: Date | null;
  escalationDueAt: Date | null;
}

/** Open, not acknowledged, not yet escalated, and past its clock: the sweep escalates it. */
export function isEscalationDue(flag: FlagClock, now: Date): boolean {
  return (
    flag.status === "OPEN" &&
    flag.acknowledgedAt === null &&
    flag.escalatedAt === null &&
    flag.escalationDueAt !== null &&
    flag.escalationDueAt.getTime() <= now.getTime()
  );
}

/** Past its clock without an acknowledgement (escalated or about to be). */
export function isOverdue(flag: FlagClock, now: Date): boolean {
  return (
    flag.status === "OPEN" &&
    flag.acknowledgedAt === null &&
    flag.escalationDueAt !== null &&
    flag.escalationDueAt.getTime() <= now.getTime()
  );
}

/** Who owns a flag when it is raised (or its risk rises): the on-call clinician, for a risk with a clock. */
export function ownerOnRaise(risk: SafetyRisk, shifts: readonly Shift[], now: Date): string | null {
  if (!hasClock(risk)) return null;
  return onCallAt(shifts, now)?.clinicianId ?? null;
}

export interface EscalationTargets {
  /** The new owner: the fallback of the shift on call now, when there is one and it is someone else. */
  newOwnerId: string | null;
  /** Everyone told: the fallback and every active admin, each once. */
  notify: string[];
}

export function escalationTargets(
  flag: { ownerId: string | null },
  shifts: readonly Shift[],
  adminIds: readonly string[],
  now: Date,
): EscalationTargets {
  const shift = onCallAt(shifts, now);
  const fallback = shift?.fallbackId ?? null;
  // With no fallback on the rota, the on-call clinician (if the owner is someone else) takes it.
  const candidate = fallback && fallback !== flag.ownerId ? fallback : (shift?.clinicianId ?? null);
  const newOwnerId = candidate && candidate !== flag.ownerId ? candidate : flag.ownerId;
  const notify = [...new Set([...(newOwnerId && newOwnerId !== flag.ownerId ? [newOwnerId] : []), ...adminIds])];
  return { newOwnerId, notify };
}

export type AckRefusal = "not-clinician" | "resolved" | "acknowledged" | "not-owner";

/**
 * A clinician acknowledges a flag they own, an unowned flag, or any flag once it has escalated
 * (then whoever picks it up first takes it). Returns why not, or null when they may.
 */
export function acknowledgeRefusal(
  flag: { status: "OPEN" | "RESOLVED"; ownerId: string | null; acknowledgedAt: Date | null; escalatedAt: Date | null },
  actor: { id: string; role: Role },
): AckRefusal | null {
  if (actor.role !== "CLINICIAN") return "not-clinician";
  if (flag.status !== "OPEN") return "resolved";
  if (flag.acknowledgedAt !== null) return "acknowledged";
  if (flag.ownerId !== null && flag.ownerId !== actor.id && flag.escalatedAt === null) return "not-owner";
  return null;
}

export const ACK_REFUSAL_MESSAGE: Record<AckRefusal, string> = {
  "not-clinician": "Only a clinician can acknowledge a safety flag.",
  resolved: "This safety flag has already been resolved.",
  acknowledged: "This safety flag has already been acknowledged.",
  "not-owner": "This flag is assigned to the on-call clinician; you can acknowledge it once it escalates.",
};
