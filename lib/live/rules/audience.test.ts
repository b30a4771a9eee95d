import { describe, expect, it } from "vitest";
import { formatSse, mayReceive, parseCursor } from "./audience";

describe("who hears a live event", () => {
  const coordinator = { id: "c1", role: "COORDINATOR" as const };
  const clinician = { id: "k1", role: "CLINICIAN" as const };
  it("flag events: clinicians, admins and the coordinator who ran the screening", () => {
    expect(mayReceive({ kind: "safety-flag", userId: "c1" }, coordinator)).toBe(true);
    expect(mayReceive({ kind: "safety-flag", userId: "c2" }, coordinator)).toBe(false);
    expect(mayReceive({ kind: "safety-flag", userId: null }, coordinator)).toBe(false);
    expect(mayReceive({ kind: "safety-flag", userId: "c2" }, clinician)).toBe(true);
    expect(mayReceive({ kind: "safety-flag", userId: null }, { id: "a", role: "ADMIN" })).toBe(true);
  });
  it("notifications only their recipient; calls everyone; unknown kinds nobody", () => {
    expect(mayReceive({ kind: "notification", userId: "k1" }, clinician)).toBe(true);
    expect(mayReceive({ kind: "notification", userId: "k2" }, clinician)).toBe(false);
    expect(mayReceive({ kind: "call", userId: null }, coordinator)).toBe(true);
    expect(mayReceive({ kind: "other", userId: "c1" }, coordinator)).toBe(false);
  });
});

describe("the wire format", () => {
  it("an event carries its id for Last-Event-ID and only ids in its data", () => {
    expect(formatSse({ id: 42n, kind: "call", entityId: "abc" })).toBe(
      'id: 42\nevent: change\ndata: {"kind":"call","entityId":"abc"}\n\n',
    );
  });
  it("a cursor is a plain non-negative integer", () => {
    expect(parseCursor("17")).toBe(17n);
    expect(parseCursor("-1")).toBeNull();
    expect(parseCursor("1e3")).toBeNull();
    expect(parseCursor("")).toBeNull();
    expect(parseCursor(null)).toBeNull();
    expect(parseCursor("9".repeat(40))).toBeNull();
  });
});
