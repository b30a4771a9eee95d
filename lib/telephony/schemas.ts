import { z } from "zod";
import { zodFieldErrors } from "@/lib/errors";
import type { FieldErrors } from "@/lib/errors";
import { TWILIO_CALL_STATUSES } from "./rules/status-rules";

/**
 * Webhook parameters as they arrive (form-encoded); a key sent twice becomes an array, which the
 * signature check needs but the schemas below refuse for the fields we use.
 */
export type WebhookParams = Record<string, string | string[]>;

/*
 * Twilio sends dozens of parameters (CallerCity, ApiVersion, StirVerstat …) and adds new ones
 * over time, so unknown keys are dropped rather than refused: z.object strips them. The
 * signature has already covered every parameter by the time these run.
 */
const callSid = z.string().regex(/^CA[0-9a-f]{32}$/i, "Expected a Twilio CallSid.");
const accountSid = z.string().regex(/^AC[0-9a-f]{32}$/i, "Expected a Twilio AccountSid.");
const address = z.string().max(256, "Too long.");
const label = z.string().max(64, "Too long.");
const count = (digits: number) =>
  z
    .string()
    .regex(new RegExp(`^\\d{1,${digits}}$`), "Expected a whole number.")
    .transform(Number);

/** "A call comes in": the number's voice webhook. */
export const VoiceWebhookSchema = z.object({
  CallSid: callSid,
  AccountSid: accountSid.optional(),
  From: address.optional(),
  To: address.min(1, "Missing To."),
  CallStatus: label.optional(),
  Direction: label.optional(),
});
export type VoiceWebhook = z.infer<typeof VoiceWebhookSchema>;

/** "Call status changes": the number's status callback. From/To only matter when it creates the call. */
export const StatusCallbackSchema = z.object({
  CallSid: callSid,
  AccountSid: accountSid.optional(),
  CallStatus: z.enum(TWILIO_CALL_STATUSES, "Unknown call status."),
  From: address.optional(),
  To: address.optional(),
  Direction: label.optional(),
  CallDuration: count(7).optional(),
  SequenceNumber: count(9).optional(),
  /** RFC 2822, e.g. "Mon, 16 Aug 2010 03:45:01 +0000". */
  Timestamp: label.optional(),
});
export type StatusCallback = z.infer<typeof StatusCallbackSchema>;

export type ParseResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

function parseWith<T>(schema: z.ZodType<T>, params: WebhookParams): ParseResult<T> {
  const parsed = schema.safeParse(params);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
}

export function parseVoiceWebhook(params: WebhookParams): ParseResult<VoiceWebhook> {
  return parseWith(VoiceWebhookSchema, params);
}

export function parseStatusCallback(params: WebhookParams): ParseResult<StatusCallback> {
  return parseWith(StatusCallbackSchema, params);
}
