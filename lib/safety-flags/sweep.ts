import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { deliverEmails } from "./deliver-email";
import { escalateDueFlags } from "./escalate";
import { type SendMail, smtpSender } from "./mailer";

/**
 * One round of the sweep: escalate flags past their clock, then deliver the outbox. Safe to run
 * in several app instances at once (each step claims its rows). `now` and the sender are injected
 * so tests drive the clock and a real local SMTP server.
 */
export async function runSweep(options: { now?: Date; send?: SendMail | null } = {}) {
  const now = options.now ?? new Date();
  const escalated = await escalateDueFlags(now);
  const send = options.send === undefined ? smtpSender() : options.send;
  const emails = send ? await deliverEmails(send, now) : { sent: 0, failed: 0 };
  return { escalated: escalated.length, ...emails };
}

const globalForSweep = globalThis as unknown as { __intakeSweep?: NodeJS.Timeout };

/** Started with the server (instrumentation.ts): every SAFETY_SWEEP_SECONDS. */
export function startSweep(): void {
  if (globalForSweep.__intakeSweep) return;
  let running = false;
  globalForSweep.__intakeSweep = setInterval(() => {
    if (running) return;
    running = true;
    runSweep()
      .then((r) => {
        if (r.escalated || r.sent || r.failed) logger.info("safety-sweep.ran", r);
      })
      .catch((error: unknown) => {
        logger.warn("safety-sweep.failed", { errorName: error instanceof Error ? error.name : "unknown" });
      })
      .finally(() => {
        running = false;
      });
  }, env().SAFETY_SWEEP_SECONDS * 1000);
  globalForSweep.__intakeSweep.unref();
}

export function stopSweep(): void {
  if (globalForSweep.__intakeSweep) clearInterval(globalForSweep.__intakeSweep);
  globalForSweep.__intakeSweep = undefined;
}
