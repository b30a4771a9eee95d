import { describe, expect, it } from "vitest";
import { isStuck, isStuckProspect, stuckSince, timeInStage } from "./stuck";

describe("time in stage and stuck prospects", () => {
  const at = (iso: string) => new Date(iso);

  it("counts whole elapsed days", () => {
    expect(timeInStage(at("2026-03-01T10:00:00Z"), at("2026-03-08T09:59:59Z")).days).toBe(6);
    expect(timeInStage(at("2026-03-01T10:00:00Z"), at("2026-03-08T10:00:00Z")).days).toBe(7);
    expect(timeInStage(at("2026-03-02T00:00:00Z"), at("2026-03-01T00:00:00Z"))).toEqual({ days: 0, ms: 0 });
  });

  it("is stuck after exactly the threshold, not a second before", () => {
    const last = at("2026-03-01T10:00:00Z");
    expect(isStuck(last, at("2026-03-08T09:59:59Z"))).toBe(false);
    expect(isStuck(last, at("2026-03-08T10:00:00Z"))).toBe(true);
    expect(isStuck(last, at("2026-03-04T10:00:00Z"), 3)).toBe(true);
    expect(isStuck(last, at("2026-03-04T09:00:00Z"), 3)).toBe(false);
    expect(() => isStuck(last, last, 0)).toThrow(RangeError);
  });

  it("only prospects still in the pipeline can be stuck", () => {
    const last = at("2026-01-01T00:00:00Z");
    const now = at("2026-03-01T00:00:00Z");
    expect(isStuckProspect("AWAITING_CLINICAL_DECISION", last, now)).toBe(true);
    for (const status of ["ADMITTED", "NOT_ADMITTED", "REFERRED_OUT"] as const)
      expect(isStuckProspect(status, last, now)).toBe(false);
  });

  it("gives queries the same cut-off as isStuck", () => {
    const now = at("2026-03-08T10:00:00Z");
    const cutOff = stuckSince(now);
    expect(cutOff).toEqual(at("2026-03-01T10:00:00Z"));
    expect(isStuck(cutOff, now)).toBe(true);
    expect(isStuck(new Date(cutOff.getTime() + 1), now)).toBe(false);
    expect(stuckSince(now, 3)).toEqual(at("2026-03-05T10:00:00Z"));
  });
});
