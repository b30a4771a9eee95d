import { AppError } from "@/lib/errors";

/** TWILIO_AUTH_TOKEN is unset: without it no request can be authenticated, so nothing is accepted. */
export class TelephonyNotConfiguredError extends AppError {
  readonly status = 503;
  readonly code = "telephony_not_configured";
  constructor(message = "Telephony is not configured.") {
    super(message);
  }
}
