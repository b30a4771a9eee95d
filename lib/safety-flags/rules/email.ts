import type { SafetyRisk } from "@/lib/generated/prisma/enums";

/**
 * The notification e-mail. E-mail is not a secure channel: the message carries the risk level and
 * a link to the flag (which needs a sign-in), never a name, a number or a clinical detail.
 */
export function flagEmail(
  kind: "assigned" | "escalated",
  risk: SafetyRisk,
  flagUrl: string,
): { subject: string; text: string } {
  const level = risk === "HIGH" ? "High" : risk === "MODERATE" ? "Moderate" : "Low";
  const subject =
    kind === "escalated"
      ? `Escalated: a ${level.toLowerCase()}-risk safety flag needs acknowledgement`
      : `A ${level.toLowerCase()}-risk safety flag is assigned to you`;
  const text = [
    kind === "escalated"
      ? `A safety flag was not acknowledged in time and has been escalated to you.`
      : `A safety flag has been assigned to you.`,
    `Risk level: ${level}`,
    `Open it (sign-in required): ${flagUrl}`,
    "",
  ].join("\n");
  return { subject, text };
}

/** Seconds to wait before the next delivery attempt: 30 s doubling, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/** After this many failed attempts an e-mail is marked FAILED (still visible to admins). */
export const MAX_EMAIL_ATTEMPTS = 10;
