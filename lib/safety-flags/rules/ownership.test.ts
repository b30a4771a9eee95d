import { describe, expect, it } from "vitest";
import {
  acknowledgeRefusal,
  DEFAULT_ACK_SETTINGS,
  escalationDueAt,
  escalationTargets,
  isEscalationDue,
  isOverdue,
  onCallAt,
  ownerOnRaise,
  type Shift,
} from "./ownership";

const at = (iso: string) => new Date(iso);
const shift = (id: string, clinicianId: string, fallbackId: string | null, from: string, to: string): Shift => ({
  id,
  clinicianId,
  fallbackId,
  startsAt: at(from),
  endsAt: at(to),
});
const day = shift("day", "dana", "fred", "2026-03-01T12:00:00Z", "2026-03-02T00:00:00Z");
const cover = shift("cover", "carl", null, "2026-03-01T15:00:00Z", "2026-03-01T17:00:00Z");

describe("who is on call", () => {
  it("is the shift covering now; the start is included, the end excluded", () => {
    expect(onCallAt([day], at("2026-03-01T12:00:00Z"))?.id).toBe("day");
    expect(onCallAt([day], at("2026-03-02T00:00:00Z"))).toBeNull();
    expect(onCallAt([day], at("2026-03-01T11:59:59Z"))).toBeNull();
  });

  it("a cover shift inside another wins while it lasts", () => {
    expect(onCallAt([day, cover], at("2026-03-01T16:00:00Z"))?.id).toBe("cover");
    expect(onCallAt([cover, day], at("2026-03-01T18:00:00Z"))?.id).toBe("day");
  });
});

describe("who owns a flag when it is raised", () => {
  it("HIGH and MODERATE go to the on-call clinician; LOW to nobody in particular", () => {
    const now = at("2026-03-01T13:00:00Z");
    expect(ownerOnRaise("HIGH", [day], now)).toBe("dana");
    expect(ownerOnRaise("MODERATE", [day], now)).toBe("dana");
    expect(ownerOnRaise("LOW", [day], now)).toBeNull();
    expect(ownerOnRaise("HIGH", [], now)).toBeNull();
  });
});

describe("the clock", () => {
  const raised = at("2026-03-01T13:00:00Z");
  it("defaults to 10 minutes for HIGH and 4 hours for MODERATE; LOW has none", () => {
    expect(escalationDueAt("HIGH", raised, DEFAULT_ACK_SETTINGS)).toEqual(at("2026-03-01T13:10:00Z"));
    expect(escalationDueAt("MODERATE", raised, DEFAULT_ACK_SETTINGS)).toEqual(at("2026-03-01T17:00:00Z"));
    expect(escalationDueAt("LOW", raised, DEFAULT_ACK_SETTINGS)).toBeNull();
    expect(escalationDueAt("HIGH", raised, { highAckMinutes: 1, moderateAckMinutes: 5 })).toEqual(
      at("2026-03-01T13:01:00Z"),
    );
  });

  it("escalation is due only for an open, unacknowledged, not yet escalated flag past its clock", () => {
    const flag = {
      status: "OPEN" as const,
      acknowledgedAt: null,
      escalatedAt: null,
      escalationDueAt: at("2026-03-01T13:10:00Z"),
    };
    expect(isEscalationDue(flag, at("2026-03-01T13:09:59Z"))).toBe(false);
    expect(isEscalationDue(flag, at("2026-03-01T13:10:00Z"))).toBe(true);
    expect(isEscalationDue({ ...flag, acknowledgedAt: raised }, at("2026-03-01T14:00:00Z"))).toBe(false);
    expect(isEscalationDue({ ...flag, escalatedAt: raised }, at("2026-03-01T14:00:00Z"))).toBe(false);
    expect(isEscalationDue({ ...flag, status: "RESOLVED" }, at("2026-03-01T14:00:00Z"))).toBe(false);
    expect(isEscalationDue({ ...flag, escalationDueAt: null }, at("2027-01-01T00:00:00Z"))).toBe(false);
    expect(isOverdue({ ...flag, escalatedAt: raised }, at("2026-03-01T14:00:00Z"))).toBe(true);
  });
});

describe("escalation targets", () => {
  const now = at("2026-03-01T13:20:00Z");
  it("the fallback takes the flag; the fallback and every admin are told, each once", () => {
    expect(escalationTargets({ ownerId: "dana" }, [day], ["ada", "abe"], now)).toEqual({
      newOwnerId: "fred",
      notify: ["fred", "ada", "abe"],
    });
  });
  it("with no fallback on the rota, admins are told and the owner stays", () => {
    const noFallback = { ...day, fallbackId: null };
    expect(escalationTargets({ ownerId: "dana" }, [noFallback], ["ada"], now)).toEqual({
      newOwnerId: "dana",
      notify: ["ada"],
    });
  });
  it("an unowned flag escalates to the on-call clinician when there is no fallback", () => {
    const noFallback = { ...day, fallbackId: null };
    expect(escalationTargets({ ownerId: null }, [noFallback], ["ada"], now)).toEqual({
      newOwnerId: "dana",
      notify: ["dana", "ada"],
    });
  });
  it("with nobody on call, admins only", () => {
    expect(escalationTargets({ ownerId: null }, [], ["ada"], now)).toEqual({ newOwnerId: null, notify: ["ada"] });
  });
});

describe("who may acknowledge", () => {
  const open = { status: "OPEN" as const, ownerId: "dana", acknowledgedAt: null, escalatedAt: null };
  it("the owner; another clinician only once it has escalated; never a coordinator or an admin", () => {
    expect(acknowledgeRefusal(open, { id: "dana", role: "CLINICIAN" })).toBeNull();
    expect(acknowledgeRefusal(open, { id: "carl", role: "CLINICIAN" })).toBe("not-owner");
    expect(acknowledgeRefusal({ ...open, escalatedAt: new Date() }, { id: "carl", role: "CLINICIAN" })).toBeNull();
    expect(acknowledgeRefusal({ ...open, ownerId: null }, { id: "carl", role: "CLINICIAN" })).toBeNull();
    expect(acknowledgeRefusal(open, { id: "dana", role: "COORDINATOR" })).toBe("not-clinician");
    expect(acknowledgeRefusal(open, { id: "dana", role: "ADMIN" })).toBe("not-clinician");
    expect(acknowledgeRefusal({ ...open, acknowledgedAt: new Date() }, { id: "dana", role: "CLINICIAN" })).toBe(
      "acknowledged",
    );
    expect(acknowledgeRefusal({ ...open, status: "RESOLVED" }, { id: "dana", role: "CLINICIAN" })).toBe("resolved");
  });
});
