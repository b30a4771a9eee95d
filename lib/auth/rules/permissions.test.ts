import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, roleCan } from "./permissions";

describe("role → permission map", () => {
  it("only admins manage staff and read the audit trail", () => {
    expect(roleCan("ADMIN", "user:manage")).toBe(true);
    expect(roleCan("COORDINATOR", "user:manage")).toBe(false);
    expect(roleCan("CLINICIAN", "user:manage")).toBe(false);
    expect(roleCan("COORDINATOR", "audit:read")).toBe(false);
  });

  it("gives clinical review and step-down completion to clinicians only", () => {
    expect(roleCan("CLINICIAN", "screening:review")).toBe(true);
    expect(roleCan("COORDINATOR", "screening:review")).toBe(false);
    expect(roleCan("ADMIN", "screening:review")).toBe(false);
    expect(roleCan("COORDINATOR", "care:complete-transition")).toBe(false);
  });

  it("lets coordinators and admins write calls, and clinicians only read them", () => {
    expect(roleCan("COORDINATOR", "call:write")).toBe(true);
    expect(roleCan("ADMIN", "call:write")).toBe(true);
    expect(roleCan("CLINICIAN", "call:write")).toBe(false);
    expect(roleCan("CLINICIAN", "call:read")).toBe(true);
  });

  it("fails closed for unknown roles and odd input (docs/security.md Z8)", () => {
    for (const role of [undefined, null, "", "admin", "__proto__", "constructor", 42, {}]) {
      for (const permission of PERMISSIONS) expect(roleCan(role, permission)).toBe(false);
    }
  });

  it("lists only known permissions", () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      for (const p of permissions) expect(PERMISSIONS).toContain(p);
    }
  });
});
