import { describe, expect, it } from "vitest";
import { fromIsoDay, toIsoDay, toIsoDayOrNull } from "./db-days";

describe("@db.Date columns ↔ calendar days", () => {
  it("reads the UTC calendar fields Prisma gives a DATE, and writes UTC midnight back", () => {
    expect(toIsoDay(new Date("2026-03-08T00:00:00.000Z"))).toBe("2026-03-08");
    expect(fromIsoDay("2026-03-08").toISOString()).toBe("2026-03-08T00:00:00.000Z");
    expect(toIsoDay(fromIsoDay("2028-02-29"))).toBe("2028-02-29");
  });

  it("keeps a missing day missing", () => {
    expect(toIsoDayOrNull(null)).toBeNull();
    expect(toIsoDayOrNull(new Date("2026-12-31T00:00:00.000Z"))).toBe("2026-12-31");
  });
});
