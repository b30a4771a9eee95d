import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { MAX_EMAIL_ATTEMPTS, retryDelaySeconds } from "./rules/email";
import type { SendMail } from "./mailer";

const LEASE_SECONDS = 120;

interface Claimed {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Delivers the outbox: claims due rows with `FOR UPDATE SKIP LOCKED` and a lease, so several app
 * instances never send one e-mail twice at once; a failure is retried later with back-off, and a
 * row stays visible (PENDING, then FAILED) until the SMTP server accepts it. `now` is injected.
 */
export async function deliverEmails(send: SendMail, now: Date, limit = 20): Promise<{ sent: number; failed: number }> {
  const db = await getDb();
  const leaseUntil = new Date(now.getTime() + LEASE_SECONDS * 1000);
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "EmailOutbox" SET "lockedUntil" = ${leaseUntil}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "createdAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toAddress", "subject", "body", "attempts"`;
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    try {
      await send({ to: row.toAddress, subject: row.subject, text: row.body });
      await db.emailOutbox.update({
        where: { id: row.id },
        data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
        select: { id: true },
      });
      sent++;
    } catch (error) {
      failed++;
      const code = smtpErrorCode(error);
      logger.warn("email.send-failed", { outboxId: row.id, attempts: row.attempts, code });
      await db.emailOutbox.update({
        where: { id: row.id },
        data: {
          status: row.attempts >= MAX_EMAIL_ATTEMPTS ? "FAILED" : "PENDING",
          lockedUntil: null,
          lastError: code,
          nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(row.attempts) * 1000),
        },
        select: { id: true },
      });
    }
  }
  return { sent, failed };
}

/** An error code (ECONNREFUSED, EAUTH, a response code), never the server's message text. */
function smtpErrorCode(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { code?: unknown; responseCode?: unknown };
    if (typeof e.code === "string") return e.code.slice(0, 40);
    if (typeof e.responseCode === "number") return `SMTP ${e.responseCode}`;
  }
  return "unknown";
}
