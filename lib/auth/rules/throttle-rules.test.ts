import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountLockAfterFailure, isLocked, nextIpWindow } from "./throttle-rules";

const config = { maxFailures: 5, lockMinutes: 15, maxLockMinutes: 24 * 60 };

describe("account lock (docs/security.md A5)", () => {
  it("does not lock before the limit", () => {
    for (let n = 0; n < 5; n++) expect(accountLockAfterFailure(n, config)).toBeNull();
  });

  it("locks at the limit and doubles on each further run of failures", () => {
    expect(accountLockAfterFailure(5, config)).toBe(15 * 60_000);
    expect(accountLockAfterFailure(6, config)).toBeNull();
    expect(accountLockAfterFailure(10, config)).toBe(30 * 60_000);
    expect(accountLockAfterFailure(15, config)).toBe(60 * 60_000);
  });

  it("never exceeds the cap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const ms = accountLockAfterFailure(n, config);
        if (ms !== null) {
          expect(ms).toBeGreaterThan(0);
          expect(ms).toBeLessThanOrEqual(config.maxLockMinutes * 60_000);
        }
      }),
    );
  });

  it("treats a lock as expired once its time has passed", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    expect(isLocked(new Date("2026-01-01T12:00:01Z"), now)).toBe(true);
    expect(isLocked(new Date("2026-01-01T12:00:00Z"), now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});

describe("IP window (docs/security.md A6)", () => {
  const ipConfig = { maxFailures: 3, windowMinutes: 15, lockMinutes: 15 };
  const t0 = new Date("2026-01-01T12:00:00Z");

  it("counts failures inside the window and locks at the limit", () => {
    let w = nextIpWindow(null, t0, ipConfig);
    expect(w).toMatchObject({ failures: 1, lockedUntil: null });
    w = nextIpWindow(w, new Date(t0.getTime() + 60_000), ipConfig);
    w = nextIpWindow(w, new Date(t0.getTime() + 120_000), ipConfig);
    expect(w.failures).toBe(3);
    expect(w.lockedUntil?.toISOString()).toBe("2026-01-01T12:17:00.000Z");
  });

  it("starts a new window after the old one ends", () => {
    const w = nextIpWindow({ failures: 2, windowStart: t0 }, new Date(t0.getTime() + 15 * 60_000), ipConfig);
    expect(w.failures).toBe(1);
  });
});
