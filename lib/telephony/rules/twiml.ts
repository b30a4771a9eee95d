import VoiceResponse from "twilio/lib/twiml/VoiceResponse";

/**
 * TwiML answers for the voice webhook, built with the official `twilio` helper so every value is
 * XML-escaped. No caller data is echoed back.
 */

/** Said when a line has no intake desk to forward to. Neutral on purpose: it does not name the center. */
export const NO_FORWARD_MESSAGE =
  "Thank you for calling. No one can take your call right now. Please call again soon. " +
  "If you are in crisis, call or text 9 8 8. In an emergency, hang up and dial 9 1 1.";

/** How long the intake desk rings before Twilio gives up (seconds). */
export const DIAL_TIMEOUT_SECONDS = 30;

/**
 * Forwards the call to the line's intake desk. answerOnBridge keeps the caller hearing ringback
 * until the desk picks up instead of silence. No callerId:
 * Twilio then shows the caller's own number at the desk, which is what the coordinator needs.
 * No action URL: when the Dial ends there is nothing more to do, so the call simply ends.
 */
export function forwardCallTwiml(forwardTo: string): string {
  const response = new VoiceResponse();
  response.dial({ answerOnBridge: true, timeout: DIAL_TIMEOUT_SECONDS }).number(forwardTo);
  return response.toString();
}

export function noForwardTwiml(): string {
  const response = new VoiceResponse();
  response.say({ language: "en-US" }, NO_FORWARD_MESSAGE);
  response.hangup();
  return response.toString();
}

/** A number that is not one of the center's lines: the caller hears the carrier's "not in service". */
export function rejectCallTwiml(): string {
  const response = new VoiceResponse();
  response.reject({ reason: "rejected" });
  return response.toString();
}

export function twimlResponse(xml: string): Response {
  return new Response(xml, { status: 200, headers: { "content-type": "text/xml; charset=utf-8" } });
}
