import { describe, expect, it } from "vitest";
import { formatAge, groupByPerson } from "./age";
import { flagEmail, MAX_EMAIL_ATTEMPTS, retryDelaySeconds } from "./email";
import { mayViewFlag, parseFlagView } from "./visibility";

describe("age of a flag", () => {
  const from = new Date("2026-03-01T12:00:00Z");
  const after = (minutes: number) => new Date(from.getTime() + minutes * 60_000);
  it("reads at a glance", () => {
    expect(formatAge(from, after(0.5))).toBe("less than a minute");
    expect(formatAge(from, after(4))).toBe("4 min");
    expect(formatAge(from, after(60))).toBe("1 h");
    expect(formatAge(from, after(192))).toBe("3 h 12 min");
    expect(formatAge(from, after(3 * 24 * 60))).toBe("3 days");
    expect(formatAge(from, after(-5))).toBe("less than a minute");
  });
});

describe("dashboard grouping", () => {
  it("one group per person, highest risk first, then the oldest", () => {
    const f = (id: string, patientId: string, risk: "HIGH" | "MODERATE" | "LOW", minute: number) => ({
      id,
      patientId,
      risk,
      raisedAt: new Date(Date.UTC(2026, 2, 1, 12, minute)),
    });
    const groups = groupByPerson([
      f("a", "p1", "LOW", 0),
      f("b", "p2", "MODERATE", 1),
      f("c", "p1", "HIGH", 5),
      f("d", "p3", "MODERATE", 0),
    ]);
    expect(groups.map((g) => [g.patientId, g.risk, g.flags.map((x) => x.id)])).toEqual([
      ["p1", "HIGH", ["c", "a"]],
      ["p3", "MODERATE", ["d"]],
      ["p2", "MODERATE", ["b"]],
    ]);
  });
});

describe("the notification e-mail", () => {
  it("carries the risk level and a link, nothing else", () => {
    const m = flagEmail("escalated", "HIGH", "https://intake.example.test/safety-flags/123");
    expect(m.subject).toBe("Escalated: a high-risk safety flag needs acknowledgement");
    expect(m.text).toContain("Risk level: High");
    expect(m.text).toContain("https://intake.example.test/safety-flags/123");
    expect(m.text.split("\n").filter(Boolean)).toHaveLength(3);
  });
  it("retries with back-off, capped at an hour", () => {
    expect(retryDelaySeconds(1)).toBe(30);
    expect(retryDelaySeconds(2)).toBe(60);
    expect(retryDelaySeconds(MAX_EMAIL_ATTEMPTS)).toBe(3600);
  });
});

describe("who sees a flag", () => {
  it("coordinators the flags of the screenings they ran; clinicians and admins all", () => {
    expect(mayViewFlag({ id: "u1", role: "COORDINATOR" }, { screeningCreatedById: "u1" })).toBe(true);
    expect(mayViewFlag({ id: "u1", role: "COORDINATOR" }, { screeningCreatedById: "u2" })).toBe(false);
    expect(mayViewFlag({ id: "u1", role: "COORDINATOR" }, { screeningCreatedById: null })).toBe(false);
    expect(mayViewFlag({ id: "u1", role: "CLINICIAN" }, { screeningCreatedById: "u2" })).toBe(true);
    expect(mayViewFlag({ id: "u1", role: "ADMIN" }, { screeningCreatedById: null })).toBe(true);
  });
  it("an unknown filter is the open list", () => {
    expect(parseFlagView("escalated")).toBe("escalated");
    expect(parseFlagView("x")).toBe("open");
    expect(parseFlagView(["mine"])).toBe("open");
  });
});
