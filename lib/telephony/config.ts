import { env } from "@/lib/env";
import { TelephonyNotConfiguredError } from "./errors";

export const VOICE_WEBHOOK_PATH = "/api/telephony/voice";
export const STATUS_CALLBACK_PATH = "/api/telephony/status";
export type WebhookPath = typeof VOICE_WEBHOOK_PATH | typeof STATUS_CALLBACK_PATH;

/** The auth token, or 503: with no way to check signatures nothing may be accepted. */
export function telephonyAuthToken(): string {
  const token = env().TWILIO_AUTH_TOKEN;
  if (!token) throw new TelephonyNotConfiguredError();
  return token;
}

/**
 * The URL Twilio signed. Scheme, host and path prefix come from configuration, never from the
 * Host or X-Forwarded-* headers: behind a proxy those describe the internal hop, and an attacker
 * controls them anyway. The query string is taken from the request because the signature covers
 * it, so it cannot be altered without failing the check.
 */
export function signedWebhookUrl(path: WebhookPath, requestUrl: string): string {
  const { TWILIO_WEBHOOK_BASE_URL, NEXTAUTH_URL } = env();
  const base = (TWILIO_WEBHOOK_BASE_URL ?? NEXTAUTH_URL).replace(/\/+$/, "");
  let search = "";
  try {
    search = new URL(requestUrl).search;
  } catch {
    // A relative or odd request URL carries no query we could have been signed with.
  }
  return `${base}${path}${search}`;
}
