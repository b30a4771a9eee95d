import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMrn, MAX_MRN, nextMrnAfter, parseMrn } from "./mrn";

describe("medical record numbers", () => {
  it("are MRN and seven digits, matching the demo seeder", () => {
    expect(formatMrn(1)).toBe("MRN0000001");
    expect(formatMrn(123)).toBe("MRN0000123");
    expect(formatMrn(MAX_MRN)).toBe("MRN9999999");
  });

  it("refuse numbers outside the format", () => {
    for (const n of [0, -1, 1.5, MAX_MRN + 1, Number.NaN]) expect(() => formatMrn(n)).toThrow(RangeError);
  });

  it("round-trip, and text order is number order (the unique index finds the highest)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_MRN }), fc.integer({ min: 1, max: MAX_MRN }), (a, b) => {
        expect(parseMrn(formatMrn(a))).toBe(a);
        expect(Math.sign(formatMrn(a).localeCompare(formatMrn(b), "en"))).toBe(Math.sign(a - b));
      }),
    );
  });

  it("parse only their own format", () => {
    for (const other of ["MRN-000123", "mrn0000123", "MRN00001234", "MRN000012", " MRN0000123"])
      expect(parseMrn(other)).toBeNull();
  });

  it("follow the highest issued", () => {
    expect(nextMrnAfter(null)).toBe("MRN0000001");
    expect(nextMrnAfter("MRN0000041")).toBe("MRN0000042");
    expect(() => nextMrnAfter("MRN9999999")).toThrow(RangeError);
  });
});
