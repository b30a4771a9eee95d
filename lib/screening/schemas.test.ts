import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/errors";
import {
  AmendScreeningSchema,
  FindProspectsSchema,
  RecordSafetyActionSchema,
  ResolveSafetyFlagSchema,
  ReviewScreeningSchema,
  SaveSectionSchema,
  StartScreeningSchema,
  SubmitScreeningSchema,
} from "./schemas";

const id = "6f1c2b9e-8d4a-4c3b-9a7e-2b1d0c9e8f7a";
const SCHEMAS = {
  AmendScreeningSchema,
  FindProspectsSchema,
  RecordSafetyActionSchema,
  ResolveSafetyFlagSchema,
  ReviewScreeningSchema,
  SaveSectionSchema,
  StartScreeningSchema,
  SubmitScreeningSchema,
};

/** Form-like payloads: string values under known and unknown keys, as FormData gives them. */
const KEYS = [
  "screeningId",
  "expectedVersion",
  "section",
  "answers",
  "then",
  "decision",
  "finalLevel",
  "overrideReason",
  "asamRating_d1",
  "asamNote_d1",
  "amendmentReason",
  "flagId",
  "resolution",
  "safetyActionTaken",
  "callId",
  "patientId",
  "name",
  "scores",
  "status",
  "__proto__",
  "constructor",
];
const payload = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(id, "1", "0", "-1", "{}", "[", "accept", "override", "IOP", "phq9", "\u0000"),
  ),
);

describe("screening action schemas (docs/security.md V1, Z7)", () => {
  it.each(Object.entries(SCHEMAS))("%s never throws on arbitrary form input; failures name fields", (_name, schema) => {
    fc.assert(
      fc.property(payload, (input) => {
        const result = schema.safeParse(input);
        if (result.success) return;
        const fields = Object.keys(zodFieldErrors(result.error));
        expect(fields.length).toBeGreaterThan(0);
        for (const field of fields) expect(field).not.toBe("");
      }),
      { numRuns: 300 },
    );
  });

  it("valid forms parse; scores, status or a version field sent by a browser are refused", () => {
    expect(
      SaveSectionSchema.parse({
        screeningId: id,
        expectedVersion: "3",
        section: "phq9",
        answers: '{"items":[0,1,2,3,0,0,0,0,0]}',
        then: "",
      }),
    ).toMatchObject({ expectedVersion: 3, answers: { items: [0, 1, 2, 3, 0, 0, 0, 0, 0] } });
    expect(
      SaveSectionSchema.safeParse({
        screeningId: id,
        expectedVersion: "3",
        section: "phq9",
        answers: "{}",
        scores: "{}",
      }).success,
    ).toBe(false);
    expect(
      SaveSectionSchema.safeParse({ screeningId: id, expectedVersion: "3", section: "phq9", answers: "not json" })
        .success,
    ).toBe(false);
    expect(SubmitScreeningSchema.safeParse({ screeningId: id, expectedVersion: "1", status: "REVIEWED" }).success).toBe(
      false,
    );
    expect(
      ReviewScreeningSchema.parse({
        screeningId: id,
        expectedVersion: "2",
        decision: "accept",
        asamRating_d3: "2",
        asamNote_d3: "ok",
      }),
    ).toMatchObject({ asamRatings: { d3: { rating: 2, note: "ok" } } });
    expect(
      ReviewScreeningSchema.parse({ screeningId: id, expectedVersion: "2", decision: "accept" }).asamRatings,
    ).toBeNull();
    expect(
      ReviewScreeningSchema.safeParse({
        screeningId: id,
        expectedVersion: "2",
        decision: "accept",
        asamNote_d1: "note without a rating",
      }).success,
    ).toBe(false);
    expect(
      ReviewScreeningSchema.safeParse({
        screeningId: id,
        expectedVersion: "2",
        decision: "accept",
        recommendedLevel: "IOP",
      }).success,
    ).toBe(false);
    expect(StartScreeningSchema.safeParse({ callId: id, patientId: id }).success).toBe(false);
    expect(StartScreeningSchema.safeParse({ patientId: id }).success).toBe(true);
    expect(ResolveSafetyFlagSchema.safeParse({ flagId: id, resolution: "x".repeat(1_000_000) }).success).toBe(false);
  });
});
