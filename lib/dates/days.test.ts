import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay, isIsoDate, maxDay, nextDay } from "./days";

describe("calendar days", () => {
  it("recognises real days only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    for (const bad of ["2026-02-29", "2026-04-31", "2026-13-01", "2026-3-1", "20260301", "", null, 20260301])
      expect(isIsoDate(bad)).toBe(false);
  });

  it("adds and counts days across months, years, leap days and DST changes", () => {
    expect(addDays("2026-03-01", 30)).toBe("2026-03-31");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-08", -1)).toBe("2026-03-07");
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2); // US spring-forward weekend
    expect(daysBetween("2026-11-02", "2026-10-31")).toBe(-2);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("steps over month and year ends", () => {
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });

  it("throws on a non-day: callers validate first", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => daysBetween("soon", "2026-01-01")).toThrow(RangeError);
  });

  it("formats for people and picks the later day", () => {
    expect(formatDay("2026-03-05")).toBe("Mar 5, 2026");
    expect(maxDay("2026-03-05", "2026-02-28")).toBe("2026-03-05");
  });
});
