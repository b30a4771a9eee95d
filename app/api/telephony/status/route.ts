import { requestContextFrom } from "@/lib/auth/request-context";
import { errorResponse } from "@/lib/http/error-response";
import { logger } from "@/lib/logger";
import { applyStatusCallback } from "@/lib/telephony/apply-status-callback";
import { STATUS_CALLBACK_PATH } from "@/lib/telephony/config";
import { parseStatusCallback } from "@/lib/telephony/schemas";
import { readSignedWebhook } from "@/lib/telephony/webhook-request";

/**
 * Twilio "Call status changes" callback (docs/telephony.md). Public in the route matrix: the
 * X-Twilio-Signature check is the authentication. Stale and unknown-line callbacks are still
 * acknowledged with 204 — retrying them would not change the answer.
 */
export async function POST(request: Request) {
  try {
    const params = await readSignedWebhook(request, STATUS_CALLBACK_PATH, parseStatusCallback);
    const result = await applyStatusCallback(params, requestContextFrom(request.headers));
    if (result.kind === "unknown-line") logger.warn("telephony.status.unknown-line");
    else logger.info(`telephony.status.${result.kind}`, { callId: result.callId });
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
