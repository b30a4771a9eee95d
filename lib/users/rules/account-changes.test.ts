import { describe, expect, it } from "vitest";
import { isOwnDeactivation, takesAwayAnAdmin } from "./account-changes";

describe("takesAwayAnAdmin", () => {
  it("is true when an administrator loses the role or is deactivated", () => {
    expect(takesAwayAnAdmin({ role: "ADMIN" }, { role: "COORDINATOR" })).toBe(true);
    expect(takesAwayAnAdmin({ role: "ADMIN" }, { role: "CLINICIAN" })).toBe(true);
    expect(takesAwayAnAdmin({ role: "ADMIN" }, { active: false })).toBe(true);
  });

  it("is false for anyone else, and for an administrator who stays one", () => {
    expect(takesAwayAnAdmin({ role: "ADMIN" }, { role: "ADMIN" })).toBe(false);
    expect(takesAwayAnAdmin({ role: "ADMIN" }, { active: true })).toBe(false);
    expect(takesAwayAnAdmin({ role: "COORDINATOR" }, { role: "CLINICIAN" })).toBe(false);
    expect(takesAwayAnAdmin({ role: "CLINICIAN" }, { active: false })).toBe(false);
  });
});

describe("isOwnDeactivation", () => {
  it("refuses only switching one's own account off", () => {
    expect(isOwnDeactivation("me", { userId: "me", active: false })).toBe(true);
    expect(isOwnDeactivation("me", { userId: "me", active: true })).toBe(false);
    expect(isOwnDeactivation("me", { userId: "someone", active: false })).toBe(false);
  });
});
