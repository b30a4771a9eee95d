import { validateRequest } from "twilio/lib/webhooks/webhooks";
import type { WebhookParams } from "@/lib/telephony/schemas";

/** Twilio's signatures are base64 HMACs (28 or 44 characters); anything far longer is not one. */
const MAX_SIGNATURE_LENGTH = 256;

/**
 * X-Twilio-Signature check with the official `twilio` helper (HMAC-SHA1 over the URL and the
 * sorted parameters, compared in constant time; it tries the URL with and without the default
 * port). Fails closed: no token, no header, or any exception means "not from Twilio".
 * Webhooks signed with a SharedKey (X-Twilio-Webhooks-Signature-Settings) are not configured
 * here, so they fail too.
 */
export function isValidTwilioSignature(
  authToken: string,
  signature: string | null,
  url: string,
  params: WebhookParams,
): boolean {
  if (!authToken || !signature || signature.length > MAX_SIGNATURE_LENGTH) return false;
  try {
    return validateRequest(authToken, signature, url, params);
  } catch {
    return false;
  }
}
