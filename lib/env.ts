import { z } from "zod";

/**
 * Configuration, validated once (docs/contributing.md: env validated at boot). Every variable is documented
 * in README.md and .env.example.
 */
const minutes = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  NEXTAUTH_URL: z.url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  SESSION_IDLE_MINUTES: minutes(15),
  SESSION_MAX_HOURS: minutes(12),
  /** How long before an idle sign-out the UI warns. */
  SESSION_IDLE_WARNING_SECONDS: z.coerce.number().int().positive().default(120),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: minutes(15),
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().positive().default(30),
  LOGIN_IP_WINDOW_MINUTES: minutes(15),
  /** Trust X-Forwarded-For from a reverse proxy for the client IP (throttling, audit). */
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  CENTER_TIME_ZONE: z
    .string()
    .default("America/New_York")
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "CENTER_TIME_ZONE must be an IANA time zone such as America/New_York"),
  CENTER_NAME: z.string().default("Intake Desk"),
  /**
   * Telephony (docs/telephony.md). The Twilio auth token checks X-Twilio-Signature on the webhooks;
   * while it is unset they answer 503 and store nothing. An empty value counts as unset.
   */
  TWILIO_AUTH_TOKEN: z.preprocess(emptyAsUnset, z.string().trim().min(1).optional()),
  /**
   * The public origin (and path prefix, if any) Twilio calls, e.g. https://intake.example.org.
   * The signature covers the exact URL, so it comes from here (or NEXTAUTH_URL), never the Host header.
   */
  TWILIO_WEBHOOK_BASE_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^https?$/ }).optional()),
  /**
   * Safety-flag e-mail (docs/decisions/0017-safety-flag-escalation.md): an SMTP URL such as
   * smtp://user:pass@mail.example.org:587. Unset: e-mails wait in the outbox, in-app works.
   */
  SMTP_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^smtps?$/ }).optional()),
  SMTP_FROM: z.preprocess(emptyAsUnset, z.string().trim().min(3).default("Intake Desk <intake-desk@localhost>")),
  /** How often the escalation sweep and the e-mail outbox run, in seconds. */
  SAFETY_SWEEP_SECONDS: z.coerce.number().int().positive().max(3600).default(15),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change configuration. */
export function resetEnvCache(): void {
  cached = undefined;
}
