import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formParams } from "./rules/form-body";
import { parseStatusCallback, parseVoiceWebhook, type WebhookParams } from "./schemas";
import { TWILIO_CALL_STATUSES } from "./rules/status-rules";

const CALL_SID = "CA0123456789abcdef0123456789abcdef";
const ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

describe("voice webhook parameters", () => {
  it("parses what Twilio sends and drops the parameters it does not use", () => {
    const result = parseVoiceWebhook({
      CallSid: CALL_SID,
      AccountSid: ACCOUNT_SID,
      From: "+12125550142",
      To: "+18555550100",
      CallStatus: "ringing",
      Direction: "inbound",
      ApiVersion: "2010-04-01",
      CallerCity: "NEW YORK",
      StirVerstat: "TN-Validation-Passed-A",
    });
    expect(result).toEqual({
      ok: true,
      data: {
        CallSid: CALL_SID,
        AccountSid: ACCOUNT_SID,
        From: "+12125550142",
        To: "+18555550100",
        CallStatus: "ringing",
        Direction: "inbound",
      },
    });
  });

  it("names the field that is wrong", () => {
    expect(parseVoiceWebhook({ CallSid: "CA-nope", To: "+18555550100" })).toMatchObject({
      ok: false,
      fieldErrors: { CallSid: ["Expected a Twilio CallSid."] },
    });
    expect(parseVoiceWebhook({ CallSid: CALL_SID })).toMatchObject({
      ok: false,
      fieldErrors: { To: expect.any(Array) },
    });
    // A parameter sent twice is ambiguous: which value did the caller mean?
    expect(parseVoiceWebhook({ CallSid: CALL_SID, To: ["+18555550100", "+18555550199"] })).toMatchObject({
      ok: false,
      fieldErrors: { To: expect.any(Array) },
    });
  });
});

describe("status callback parameters", () => {
  it("reads numbers and the status", () => {
    const result = parseStatusCallback({
      CallSid: CALL_SID,
      CallStatus: "completed",
      CallDuration: "95",
      SequenceNumber: "3",
      Timestamp: "Sun, 08 Mar 2026 07:29:00 +0000",
      CallbackSource: "call-progress-events",
    });
    expect(result).toEqual({
      ok: true,
      data: {
        CallSid: CALL_SID,
        CallStatus: "completed",
        CallDuration: 95,
        SequenceNumber: 3,
        Timestamp: "Sun, 08 Mar 2026 07:29:00 +0000",
      },
    });
  });

  it.each([
    [{ CallStatus: "answered-by-ghost" }, "CallStatus"],
    [{ CallStatus: "completed", CallDuration: "-5" }, "CallDuration"],
    [{ CallStatus: "completed", SequenceNumber: "1e3" }, "SequenceNumber"],
    [{ CallStatus: "completed", SequenceNumber: "9999999999" }, "SequenceNumber"],
  ])("refuses %j on %s", (extra, field) => {
    const result = parseStatusCallback({ CallSid: CALL_SID, ...extra });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toContain(field);
  });
});

describe("fuzzing (docs/security.md V1)", () => {
  const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }));
  const key = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "CallSid",
      "To",
      "From",
      "CallStatus",
      "CallDuration",
      "SequenceNumber",
      "Timestamp",
      "__proto__",
      "constructor",
    ),
  );
  const dictionary = fc
    .dictionary(key, value)
    .map((entries) => Object.assign(Object.create(null) as WebhookParams, entries));

  it("any parameter dictionary parses or gives field errors — never a throw", () => {
    fc.assert(
      fc.property(dictionary, (params) => {
        for (const parse of [parseVoiceWebhook, parseStatusCallback]) {
          const result = parse(params);
          if (!result.ok) expect(Object.keys(result.fieldErrors).length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("any form body becomes parameters without throwing", () => {
    fc.assert(
      fc.property(fc.string(), (body) => {
        const params = formParams(body);
        // Either parsed or refused with field errors: never a throw, never an undefined shape.
        expect(typeof parseVoiceWebhook(params).ok).toBe("boolean");
        expect(typeof parseStatusCallback(params).ok).toBe("boolean");
      }),
    );
  });

  it("valid status callbacks round-trip through a form body", () => {
    const callback = fc.record({
      CallSid: fc.stringMatching(/^CA[0-9a-f]{32}$/),
      CallStatus: fc.constantFrom(...TWILIO_CALL_STATUSES),
      CallDuration: fc.nat({ max: 9_999_999 }),
      SequenceNumber: fc.nat({ max: 999_999_999 }),
      From: fc.string({ maxLength: 256 }),
    });
    fc.assert(
      fc.property(callback, (input) => {
        const body = new URLSearchParams({
          ...input,
          CallDuration: String(input.CallDuration),
          SequenceNumber: String(input.SequenceNumber),
        }).toString();
        expect(parseStatusCallback(formParams(body))).toEqual({ ok: true, data: input });
      }),
    );
  });

  it("a key sent twice becomes an array; __proto__ is an ordinary key", () => {
    const params = formParams("a=1&a=2&__proto__=x&constructor=y");
    expect(params.a).toEqual(["1", "2"]);
    expect(Object.keys(params)).toEqual(["a", "__proto__", "constructor"]);
    expect(params.constructor).toBe("y");
  });
});
