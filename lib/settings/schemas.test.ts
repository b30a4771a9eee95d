import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/errors";
import { REFERRAL_SOURCE_TYPE_LABELS } from "./labels";
import {
  CreatePhoneLineSchema,
  CreateReferralSourceSchema,
  SetMainPhoneLineSchema,
  SetPhoneLineActiveSchema,
  SetReferralSourceActiveSchema,
  UpdatePhoneLineSchema,
  UpdateReferralSourceSchema,
} from "./schemas";

const ID = "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f";

describe("settings schemas", () => {
  it("normalizes typed numbers to E.164 and an empty forwarding number to null", () => {
    expect(CreatePhoneLineSchema.parse({ number: "(855) 555-0177", label: "Main line", forwardTo: "  " })).toEqual({
      number: "+18555550177",
      label: "Main line",
      forwardTo: null,
      active: true,
    });
    expect(
      CreatePhoneLineSchema.parse({
        number: "+1 855 555 0177",
        label: "x",
        forwardTo: "617.555.0142",
        active: "false",
      }),
    ).toMatchObject({
      forwardTo: "+16175550142",
      active: false,
    });
  });

  it("needs the version and a status on updates", () => {
    const result = UpdatePhoneLineSchema.safeParse({ id: ID, number: "(855) 555-0177", label: "Main line" });
    expect(!result.success && Object.keys(zodFieldErrors(result.error)).sort()).toEqual(["active", "expectedVersion"]);
    expect(
      UpdatePhoneLineSchema.safeParse({
        id: ID,
        expectedVersion: "0",
        number: "(855) 555-0177",
        label: "x",
        active: "true",
      }).success,
    ).toBe(false);
    expect(
      UpdatePhoneLineSchema.parse({
        id: ID,
        expectedVersion: "3",
        number: "(855) 555-0177",
        label: "x",
        active: "true",
      }).expectedVersion,
    ).toBe(3);
  });

  it("has a human label for every referral source type", () => {
    for (const type of CreateReferralSourceSchema.shape.type.options)
      expect(REFERRAL_SOURCE_TYPE_LABELS[type]).toBeTruthy();
  });

  it("refuses 1 MB labels and names without throwing", () => {
    expect(CreatePhoneLineSchema.safeParse({ number: "(855) 555-0177", label: "x".repeat(1_000_000) }).success).toBe(
      false,
    );
    expect(CreateReferralSourceSchema.safeParse({ name: "x".repeat(1_000_000), type: "OTHER" }).success).toBe(false);
    expect(CreatePhoneLineSchema.safeParse({ number: "5".repeat(1_000_000), label: "x" }).success).toBe(false);
  });
});

describe("settings schema fuzzing (docs/security.md V1)", () => {
  const schemas = {
    CreatePhoneLineSchema,
    UpdatePhoneLineSchema,
    SetPhoneLineActiveSchema,
    SetMainPhoneLineSchema,
    CreateReferralSourceSchema,
    UpdateReferralSourceSchema,
    SetReferralSourceActiveSchema,
  };
  const keys = fc.oneof(
    fc.constantFrom(
      "id",
      "number",
      "label",
      "forwardTo",
      "active",
      "expectedVersion",
      "name",
      "type",
      "isMain",
      "version",
    ),
    fc.string({ maxLength: 12 }),
  );
  const values = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom("true", "false", "(855) 555-0177", ID, "HOSPITAL", "1"),
    fc.integer(),
    fc.constant(null),
    fc.object(),
  );

  it.each(Object.entries(schemas))("%s never throws on arbitrary input and always names fields", (_name, schema) => {
    fc.assert(
      fc.property(fc.dictionary(keys, values), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) expect(Object.keys(zodFieldErrors(result.error)).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips valid phone lines", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ()&'-]{0,78}[A-Za-z0-9)]$/),
        fc.boolean(),
        (n, label, active) => {
          const digits = String(n).padStart(2, "0");
          const parsed = UpdatePhoneLineSchema.parse({
            id: ID,
            expectedVersion: "7",
            number: `(855) 555-01${digits}`,
            label,
            forwardTo: "",
            active: String(active),
          });
          expect(parsed).toEqual({
            id: ID,
            expectedVersion: 7,
            number: `+185555501${digits}`,
            label: label.replace(/\s+/g, " "),
            forwardTo: null,
            active,
          });
        },
      ),
    );
  });

  it("round-trips valid referral sources", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,'&-]{0,118}[A-Za-z0-9.]$/),
        fc.constantFrom(...CreateReferralSourceSchema.shape.type.options),
        (name, type) => {
          expect(CreateReferralSourceSchema.parse({ name, type })).toEqual({
            name: name.replace(/\s+/g, " "),
            type,
            active: true,
          });
        },
      ),
    );
  });
});
