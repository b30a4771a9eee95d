import { describe, expect, it } from "vitest";
import { formatDateTime, startOfZonedDay, toZonedLocalInput, zonedLocalToUtc } from "./zone";

describe("center time zone", () => {
  it("finds the UTC start of a day in New York, across DST changes (docs/security.md V2)", () => {
    expect(startOfZonedDay("2026-01-15", "America/New_York").toISOString()).toBe("2026-01-15T05:00:00.000Z");
    expect(startOfZonedDay("2026-07-15", "America/New_York").toISOString()).toBe("2026-07-15T04:00:00.000Z");
    // DST starts 2026-03-08 at 02:00 local: the day still starts at midnight EST.
    expect(startOfZonedDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfZonedDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    // DST ends 2026-11-01.
    expect(startOfZonedDay("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(startOfZonedDay("2026-11-02", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
  });

  it("handles zones ahead of UTC", () => {
    expect(startOfZonedDay("2026-06-01", "Asia/Kolkata").toISOString()).toBe("2026-05-31T18:30:00.000Z");
  });

  it("formats in the center's zone, not the server's", () => {
    expect(formatDateTime(new Date("2026-07-04T03:30:00Z"), "America/Los_Angeles")).toContain("Jul 3, 2026");
    expect(formatDateTime(null)).toBe("—");
  });
});

describe("wall-clock input in the center's zone", () => {
  it("converts datetime-local values to UTC and back", () => {
    expect(zonedLocalToUtc("2026-07-04T14:30", "America/New_York").toISOString()).toBe("2026-07-04T18:30:00.000Z");
    expect(zonedLocalToUtc("2026-01-04T14:30", "America/New_York").toISOString()).toBe("2026-01-04T19:30:00.000Z");
    expect(toZonedLocalInput(new Date("2026-07-04T18:30:00Z"), "America/New_York")).toBe("2026-07-04T14:30");
  });

  it("handles the DST gap and the repeated hour", () => {
    // 02:30 does not exist on 2026-03-08 in New York; it lands at 03:30 EDT (07:30Z).
    expect(zonedLocalToUtc("2026-03-08T02:30", "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // 01:30 happens twice on 2026-11-01; the first (EDT) is taken.
    expect(zonedLocalToUtc("2026-11-01T01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("refuses malformed values", () => {
    expect(() => zonedLocalToUtc("2026-13-01", "America/New_York")).toThrow(RangeError);
    expect(() => zonedLocalToUtc("2026-13-01T10:00", "America/New_York")).toThrow(RangeError);
  });
});
