import { normalizePhone } from "@/lib/phone";

/**
 * What is stored as `fromNumber` when the caller's number is withheld or not a phone number
 * (a SIP or client identity). Not E.164 on purpose: it never matches a typed number, so an
 * anonymous call is never taken for a repeat caller (docs/decisions/0005).
 */
export const ANONYMOUS_CALLER = "anonymous";

const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

/**
 * The E.164-shaped values carriers put in From when caller ID is withheld: they spell
 * ANONYMOUS, RESTRICTED, BLOCKED, UNAVAILABLE and UNKNOWN on a keypad.
 */
const WITHHELD_CALLER_IDS = new Set(["+266696687", "+7378742833", "+2562533", "+8656696", "+86282452253"]);

/**
 * A number from a webhook parameter, in E.164. Twilio already sends E.164; a number that is well
 * formed but unknown to libphonenumber's metadata (a new area code) is kept rather than lost,
 * because it is the only way to call the person back.
 */
export function webhookNumberToE164(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 64) return null;
  return normalizePhone(trimmed) ?? (E164_SHAPE.test(trimmed) ? trimmed : null);
}

/** The caller's number as stored: E.164, or ANONYMOUS_CALLER. */
export function callerNumberFrom(from: string | undefined): string {
  const e164 = webhookNumberToE164(from ?? "");
  return e164 === null || WITHHELD_CALLER_IDS.has(e164) ? ANONYMOUS_CALLER : e164;
}
