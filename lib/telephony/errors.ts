import { AppError } from "@/lib/errors";

/** TWILIO_AUTH_TOKEN is unset: without it no request can be authenticated, so nothing is accepted. */
export class TelephonyNotConfiguredError extends AppError {
  readonly status = 503;
  readonly code = "telephony_not_configured";
  constructor(message = "Telephony is not configured.") {
    super(message);
  }
}

export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly code = "payload_too_large";
  constructor(message = "The request body is too large.") {
    super(message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly code = "unsupported_media_type";
  constructor(message = "Send application/x-www-form-urlencoded.") {
    super(message);
  }
}
