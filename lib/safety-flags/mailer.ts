import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** Sends one message; throws when the SMTP server refuses or cannot be reached. */
export type SendMail = (message: { to: string; subject: string; text: string }) => Promise<void>;

let cached: { url: string; send: SendMail } | undefined;

/** Whether an SMTP server is configured (the admin page and /api/health say so when it is not). */
export function emailConfigured(): boolean {
  return env().SMTP_URL !== undefined;
}

/** The SMTP transport from SMTP_URL, or null when none is configured. */
export function smtpSender(): SendMail | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) {
    const transport = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    const from = env().SMTP_FROM;
    cached = {
      url,
      send: async (m) => {
        await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
      },
    };
  }
  return cached.send;
}
