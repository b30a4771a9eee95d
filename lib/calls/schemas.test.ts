import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/errors";
import { changedFields, editableFrom } from "./rules/editable-call";
import { CallFilterSchema, LogCallSchema, UpdateCallSchema } from "./schemas";

const base = {
  clientKey: "0b7c4b1e-7a8e-4c61-9d0e-3f1a2b3c4d5e",
  fromNumber: "(212) 555-0142",
  disposition: "INFORMATION_ONLY",
};

describe("LogCallSchema", () => {
  it("accepts the minimum: a phone number and a disposition", () => {
    const parsed = LogCallSchema.parse(base);
    expect(parsed).toMatchObject({
      fromNumber: "+12125550142",
      direction: "INBOUND",
      careFor: "SELF",
      okToText: false,
      createProspect: false,
    });
    expect(parsed.callerName).toBeUndefined();
  });

  it("treats blank optional fields as not given and ticked checkboxes as yes", () => {
    const parsed = LogCallSchema.parse({ ...base, callerName: "  ", reason: "", okToText: "on", referralSourceId: "" });
    expect(parsed.callerName).toBeUndefined();
    expect(parsed.reason).toBeUndefined();
    expect(parsed.okToText).toBe(true);
  });

  it("reads times in the center's zone", () => {
    const parsed = LogCallSchema.parse({ ...base, startedAt: "2026-07-04T14:30" });
    expect(parsed.startedAt?.toISOString()).toBe("2026-07-04T18:30:00.000Z");
  });

  it.each([
    [{ fromNumber: "not a number" }, "fromNumber"],
    [{ disposition: "MAYBE" }, "disposition"],
    [{ durationMinutes: "-3" }, "durationMinutes"],
    [{ durationMinutes: "601" }, "durationMinutes"],
    [{ startedAt: "yesterday" }, "startedAt"],
    [{ notes: "a".repeat(10_001) }, "notes"],
    [{ callerName: "Ev\u202Ee" }, "callerName"],
    [{ referralSourceId: "1; DROP TABLE" }, "referralSourceId"],
    [{ disposition: "CALLBACK_REQUESTED" }, "callbackDueAt"],
    [{ careFor: "OTHER", createProspect: "on" }, "careRecipientName"],
    [{ version: "7" }, "version"],
    [{ loggedById: "x" }, "loggedById"],
  ])("refuses %j on the field %s", (fields, field) => {
    const result = LogCallSchema.safeParse({ ...base, ...fields });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(zodFieldErrors(result.error))).toContain(field);
  });

  it("never throws on arbitrary input (V1)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...Object.keys(LogCallSchema.shape), "extra", "__proto__"),
          fc.oneof(fc.string({ maxLength: 50 }), fc.constant("on"), fc.constant("")),
        ),
        (input) => {
          const result = LogCallSchema.safeParse({ ...base, ...input });
          if (!result.success) expect(Object.keys(zodFieldErrors(result.error)).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("UpdateCallSchema and conflicts", () => {
  it("needs the version the coordinator saw", () => {
    expect(UpdateCallSchema.safeParse({ ...base, clientKey: undefined, callId: base.clientKey }).success).toBe(false);
  });

  it("names the fields another person changed (C1)", () => {
    const input = UpdateCallSchema.parse({
      fromNumber: base.fromNumber,
      disposition: "NO_ANSWER",
      callId: base.clientKey,
      expectedVersion: "2",
      notes: "mine",
    });
    const attempted = editableFrom(input, null, new Date(0));
    const current = { ...attempted, notes: "theirs", disposition: "ASSESSMENT_SCHEDULED" as const };
    expect(changedFields(current, attempted).sort()).toEqual(["disposition", "notes"]);
    expect(changedFields(attempted, attempted)).toEqual([]);
  });
});

describe("CallFilterSchema (V3–V5)", () => {
  it("drops bad values instead of widening the query", () => {
    const filter = CallFilterSchema.parse({
      from: "2026-02-30x",
      line: "not-a-uuid",
      disposition: { not: "" },
      linked: "maybe",
      q: "Quinn",
      after: "1_2",
    });
    expect(filter).toEqual({ q: "Quinn" });
  });
});
