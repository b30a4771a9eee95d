import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { signedWebhookUrl, telephonyAuthToken } from "./config";
import { TelephonyNotConfiguredError } from "./errors";

const TOKEN = "12345678901234567890123456789012";

describe("telephony configuration", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvCache();
  });

  it("signs over the configured base URL, not the request's host, keeping the query", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    process.env.TWILIO_WEBHOOK_BASE_URL = "https://intake.example.org/desk/";
    resetEnvCache();
    expect(signedWebhookUrl("/api/telephony/voice", "http://10.0.0.5:3000/api/telephony/voice?line=main")).toBe(
      "https://intake.example.org/desk/api/telephony/voice?line=main",
    );
  });

  it("falls back to NEXTAUTH_URL", () => {
    process.env.NEXTAUTH_URL = "https://app.example.org";
    delete process.env.TWILIO_WEBHOOK_BASE_URL;
    resetEnvCache();
    expect(signedWebhookUrl("/api/telephony/status", "https://whatever.invalid/api/telephony/status")).toBe(
      "https://app.example.org/api/telephony/status",
    );
  });

  it("without an auth token nothing is accepted (503)", () => {
    process.env.TWILIO_AUTH_TOKEN = "";
    resetEnvCache();
    expect(() => telephonyAuthToken()).toThrow(TelephonyNotConfiguredError);
    process.env.TWILIO_AUTH_TOKEN = TOKEN;
    resetEnvCache();
    expect(telephonyAuthToken()).toBe(TOKEN);
  });
});
