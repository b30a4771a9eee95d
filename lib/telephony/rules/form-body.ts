import type { WebhookParams } from "@/lib/telephony/schemas";
import { PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/errors";

/** Twilio's webhook bodies are a few kilobytes; anything near this is not from Twilio. */
export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024;

/**
 * Reads a form-encoded body, refusing it (413) as soon as it passes `maxBytes` — by the declared
 * Content-Length or, when that is missing or lies, while streaming — so a huge body is never
 * buffered whole.
 */
export async function readFormBody(request: Request, maxBytes = MAX_WEBHOOK_BODY_BYTES): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) throw new UnsupportedMediaTypeError();
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new PayloadTooLargeError();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Form body → parameters. A prototype-less object, so a parameter named `__proto__` or
 * `constructor` is an ordinary key (the signature must see it exactly as sent).
 */
export function formParams(body: string): WebhookParams {
  const params = Object.create(null) as WebhookParams;
  for (const [key, value] of new URLSearchParams(body)) {
    const existing = params[key];
    if (existing === undefined) params[key] = value;
    else params[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params;
}
