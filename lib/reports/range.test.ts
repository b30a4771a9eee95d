import { describe, expect, it } from "vitest";
import { parseReportRange, presetRange, rangeQuery } from "./range";

const today = "2026-05-15";

describe("report ranges", () => {
  it("turns presets into the center's days, ending today", () => {
    expect(parseReportRange({ range: "today" }, today)).toEqual({ preset: "today", from: today, to: today });
    expect(parseReportRange({ range: "7d" }, today)).toEqual({ preset: "7d", from: "2026-05-09", to: today });
    expect(parseReportRange({ range: "30d" }, today)).toEqual({ preset: "30d", from: "2026-04-16", to: today });
    expect(parseReportRange({ range: "quarter" }, today)).toEqual({ preset: "quarter", from: "2026-04-01", to: today });
    expect(presetRange("quarter", "2026-12-31").from).toBe("2026-10-01");
  });

  it("accepts a custom range with both real dates in order", () => {
    expect(parseReportRange({ range: "custom", from: "2026-01-01", to: "2026-01-31" }, today)).toEqual({
      preset: "custom",
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(rangeQuery({ preset: "custom", from: "2026-01-01", to: "2026-01-31" })).toBe(
      "range=custom&from=2026-01-01&to=2026-01-31",
    );
    expect(rangeQuery({ preset: "7d", from: "2026-05-09", to: today })).toBe("range=7d");
  });

  it("falls back to the default (30 days) on any bad value, never widening", () => {
    const fallback = { preset: "30d", from: "2026-04-16", to: today };
    expect(parseReportRange({}, today)).toEqual(fallback);
    expect(parseReportRange({ range: "forever" }, today)).toEqual(fallback);
    expect(parseReportRange({ range: "custom", from: "2026-02-30", to: "2026-03-01" }, today)).toEqual(fallback);
    expect(parseReportRange({ range: "custom", from: "2026-03-02", to: "2026-03-01" }, today)).toEqual(fallback);
    expect(parseReportRange({ range: "custom", from: "2020-01-01", to: "2026-01-01" }, today)).toEqual(fallback);
    expect(parseReportRange({ range: "custom", from: "2026-01-01" }, today)).toEqual(fallback);
    expect(parseReportRange({ range: ["7d", "custom"] }, today)).toEqual({
      preset: "7d",
      from: "2026-05-09",
      to: today,
    });
  });
});
