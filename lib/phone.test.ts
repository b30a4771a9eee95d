import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone, PhoneSchema } from "./phone";

describe("phone normalization to E.164", () => {
  it.each([
    ["(855) 555-0100", "+18555550100"],
    ["855.555.0100", "+18555550100"],
    ["1 855 555 0100", "+18555550100"],
    ["+1 (212) 555-0142", "+12125550142"],
    ["  212-555-0142 ", "+12125550142"],
    ["+44 20 7946 0958", "+442079460958"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    "",
    "555-0100",
    "123",
    "000-000-0000",
    "+1 555",
    "call me maybe",
    "212-555-0142; DROP TABLE",
    "\u202E2125550142",
    "9".repeat(41),
  ])("refuses %j", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it("formats for people", () => {
    expect(formatPhone("+18555550100")).toBe("(855) 555-0100");
    expect(formatPhone("+442079460958")).toBe("+44 20 7946 0958");
    expect(formatPhone(null)).toBe("—");
  });

  it("is idempotent: a normalized number normalizes to itself", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[2-9]\d{2}[2-9]\d{6}$/), (digits) => {
        const once = normalizePhone(digits);
        if (once) expect(normalizePhone(once)).toBe(once);
      }),
    );
  });

  it("gives a field error, never a throw, for bad input", () => {
    const result = PhoneSchema.safeParse("12");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toMatch(/not a valid phone number/);
  });
});
