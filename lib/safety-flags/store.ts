import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { SafetyRisk } from "@/lib/generated/prisma/enums";
import { publishLiveEvent } from "@/lib/live/publish";
import { flagEmail } from "./rules/email";
import { type AckSettings, DEFAULT_ACK_SETTINGS, type Shift } from "./rules/ownership";

/** Database helpers shared by the safety-flag use cases; each runs on the caller's transaction. */

export async function loadAckSettings(tx: Pick<Tx, "safetyFlagSettings">): Promise<AckSettings> {
  const row = await tx.safetyFlagSettings.findUnique({
    where: { id: 1 },
    select: { highAckMinutes: true, moderateAckMinutes: true },
  });
  return row ?? DEFAULT_ACK_SETTINGS;
}

/** Shifts that cover `now` (the rules pick the one on call). */
export async function loadShiftsAt(tx: Pick<Tx, "onCallShift">, now: Date): Promise<Shift[]> {
  return tx.onCallShift.findMany({
    where: { cancelledAt: null, startsAt: { lte: now }, endsAt: { gt: now } },
    select: { id: true, clinicianId: true, fallbackId: true, startsAt: true, endsAt: true },
  });
}

export function flagUrl(flagId: string): string {
  return new URL(`/safety-flags/${flagId}`, env().NEXTAUTH_URL).toString();
}

/**
 * Tells each active user about a flag: an in-app notification (announced on the live channel) and
 * an e-mail in the outbox, written in the caller's transaction so neither is lost.
 */
export async function notifyAboutFlag(
  tx: Tx,
  userIds: readonly string[],
  notice: { kind: "assigned" | "escalated"; flagId: string; risk: SafetyRisk },
): Promise<number> {
  if (userIds.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: [...userIds] }, active: true },
    select: { id: true, email: true },
  });
  const email = flagEmail(notice.kind, notice.risk, flagUrl(notice.flagId));
  for (const user of users) {
    const note = await tx.notification.create({
      data: { userId: user.id, kind: notice.kind, flagId: notice.flagId, risk: notice.risk },
      select: { id: true },
    });
    await tx.emailOutbox.create({
      data: { toAddress: user.email, subject: email.subject, body: email.text },
      select: { id: true },
    });
    await publishLiveEvent(tx, { kind: "notification", entityId: note.id, userId: user.id });
  }
  return users.length;
}

/** Announces a change of a flag on the live channel (ids only). */
export async function announceFlag(tx: Tx, flag: { id: string; screeningCreatedById: string | null }) {
  await publishLiveEvent(tx, { kind: "safety-flag", entityId: flag.id, userId: flag.screeningCreatedById });
}
