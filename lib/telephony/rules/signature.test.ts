import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { describe, expect, it } from "vitest";
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
