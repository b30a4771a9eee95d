import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { signedWebhookUrl, telephonyAuthToken } from "./config";
import { TelephonyNotConfiguredError } from "./errors";
import { isValidTwilioSignature } from "./signature";

const TOKEN = "12345678901234567890123456789012";
const URL = "https://intake.example.org/api/telephony/voice";
const params = { CallSid: "CA0123456789abcdef0123456789abcdef", From: "+12125550142", To: "+18555550100" };

describe("X-Twilio-Signature", () => {
  const signature = getExpectedTwilioSignature(TOKEN, URL, params);

  it("accepts Twilio's signature, with or without the default port in the URL", () => {
    expect(isValidTwilioSignature(TOKEN, signature, URL, params)).toBe(true);
    expect(isValidTwilioSignature(TOKEN, signature, "https://intake.example.org:443/api/telephony/voice", params)).toBe(
      true,
    );
  });

  it.each([
    ["no header", () => isValidTwilioSignature(TOKEN, null, URL, params)],
    ["an empty header", () => isValidTwilioSignature(TOKEN, "", URL, params)],
    ["another token", () => isValidTwilioSignature("another-token", signature, URL, params)],
    ["no token", () => isValidTwilioSignature("", signature, URL, params)],
    ["a changed parameter", () => isValidTwilioSignature(TOKEN, signature, URL, { ...params, From: "+12125550143" })],
    ["an added parameter", () => isValidTwilioSignature(TOKEN, signature, URL, { ...params, Extra: "1" })],
    [
      "another host",
      () => isValidTwilioSignature(TOKEN, signature, "https://evil.example/api/telephony/voice", params),
    ],
    [
      "http instead of https",
      () => isValidTwilioSignature(TOKEN, signature, "http://intake.example.org/api/telephony/voice", params),
    ],
    ["a URL that does not parse", () => isValidTwilioSignature(TOKEN, signature, "not a url", params)],
    ["a huge header", () => isValidTwilioSignature(TOKEN, "A".repeat(10_000), URL, params)],
  ])("refuses %s", (_, check) => {
    expect(check()).toBe(false);
  });
});

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
