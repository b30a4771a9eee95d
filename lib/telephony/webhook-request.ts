import { ForbiddenError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { signedWebhookUrl, telephonyAuthToken, type WebhookPath } from "./config";
import { formParams, readFormBody } from "./rules/form-body";
import type { ParseResult, WebhookParams } from "./schemas";
import { isValidTwilioSignature } from "./rules/signature";

/**
 * Everything a telephony route does before its domain function, in the order that keeps an
 * unauthenticated request from costing or storing anything: configured (503) → form body within
 * the size cap (415/413) → signature over the configured URL and every parameter (403) → schema
 * (400). Throws typed errors for `errorResponse`.
 */
export async function readSignedWebhook<T>(
  request: Request,
  path: WebhookPath,
  parse: (params: WebhookParams) => ParseResult<T>,
): Promise<T> {
  const authToken = telephonyAuthToken();
  const params = formParams(await readFormBody(request));
  const url = signedWebhookUrl(path, request.url);
  if (!isValidTwilioSignature(authToken, request.headers.get("x-twilio-signature"), url, params)) {
    logger.warn("telephony.signature-refused", { path });
    throw new ForbiddenError("Invalid signature.");
  }
  const parsed = parse(params);
  if (!parsed.ok) {
    logger.warn("telephony.params-refused", { path, fields: Object.keys(parsed.fieldErrors).join(",").slice(0, 200) });
    throw new ValidationError(parsed.fieldErrors, "Unexpected webhook parameters.");
  }
  return parsed.data;
}
