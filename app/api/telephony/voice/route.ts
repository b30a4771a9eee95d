import { requestContextFrom } from "@/lib/auth/request-context";
import { errorResponse } from "@/lib/http/error-response";
import { logger } from "@/lib/logger";
import { VOICE_WEBHOOK_PATH } from "@/lib/telephony/config";
import { recordInboundCall } from "@/lib/telephony/record-inbound-call";
import { parseVoiceWebhook } from "@/lib/telephony/schemas";
import { forwardCallTwiml, noForwardTwiml, rejectCallTwiml, twimlResponse } from "@/lib/telephony/rules/twiml";
import { readSignedWebhook } from "@/lib/telephony/webhook-request";

/**
 * Twilio "A call comes in" webhook (docs/telephony.md). Public in the route matrix: the
 * X-Twilio-Signature check in readSignedWebhook is the authentication. Stores the call, then
 * answers TwiML that forwards it to the line's intake desk.
 */
export async function POST(request: Request) {
  try {
    const params = await readSignedWebhook(request, VOICE_WEBHOOK_PATH, parseVoiceWebhook);
    const result = await recordInboundCall(params, requestContextFrom(request.headers));
    if (result.kind === "unknown-line") {
      logger.warn("telephony.voice.unknown-line");
      return twimlResponse(rejectCallTwiml());
    }
    logger.info("telephony.voice.received", {
      callId: result.callId,
      lineId: result.line.id,
      duplicate: result.kind === "duplicate",
    });
    return twimlResponse(result.line.forwardTo ? forwardCallTwiml(result.line.forwardTo) : noForwardTwiml());
  } catch (error) {
    // A non-2xx makes Twilio use the number's fallback URL (docs/telephony.md), so callers still get through.
    return errorResponse(error);
  }
}
