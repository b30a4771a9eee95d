import { describe, expect, it } from "vitest";
import { type Permission, PERMISSIONS, ROLE_PERMISSIONS, roleCan } from "./permissions";

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

type Cell = "yes" | " - ";

/**
 * The whole role x permission matrix, written out. A change to ROLE_PERMISSIONS must be a deliberate
 * edit of this table too (docs/security.md Z1): a spot check would not notice one role gaining one
 * permission.
 */
// prettier-ignore
const MATRIX: readonly [Permission, Cell, Cell, Cell][] = [
  // permission               ADMIN  COORD. CLINICIAN
  ["dashboard:read",           "yes",  "yes",  "yes"],
  ["call:read",                "yes",  "yes",  "yes"],
  ["call:write",               "yes",  "yes",  " - "],
  ["call:export",              "yes",  "yes",  " - "],
  ["callback:read",            "yes",  "yes",  "yes"],
  ["callback:write",           "yes",  "yes",  " - "],
  ["screening:read",           "yes",  "yes",  "yes"],
  ["screening:write",          " - ",  "yes",  " - "],
  ["screening:review",         " - ",  " - ",  "yes"],
  ["patient:read",             "yes",  "yes",  "yes"],
  ["patient:write",            "yes",  "yes",  "yes"],
  ["care:read",                "yes",  "yes",  "yes"],
  ["care:admit",               " - ",  "yes",  "yes"],
  ["care:plan-transition",     " - ",  " - ",  "yes"],
  ["care:complete-transition", " - ",  " - ",  "yes"],
  ["care:discharge",           " - ",  "yes",  "yes"],
  ["report:calls",             "yes",  "yes",  "yes"],
  ["report:clinical",          "yes",  " - ",  "yes"],
  ["user:manage",              "yes",  " - ",  " - "],
  ["audit:read",               "yes",  " - ",  " - "],
  ["settings:manage",          "yes",  " - ",  " - "],
  ["safety-flag:read",         "yes",  "yes",  "yes"],
  ["safety-flag:acknowledge",  " - ",  " - ",  "yes"],
  ["oncall:manage",            "yes",  " - ",  " - "],
];

describe("the permission matrix", () => {
  it("lists every permission once, in order", () => {
    expect(MATRIX.map(([permission]) => permission)).toEqual([...PERMISSIONS]);
  });

  it.each(MATRIX)("%s: ADMIN %s, COORDINATOR %s, CLINICIAN %s", (permission, admin, coordinator, clinician) => {
    expect(roleCan("ADMIN", permission)).toBe(admin === "yes");
    expect(roleCan("COORDINATOR", permission)).toBe(coordinator === "yes");
    expect(roleCan("CLINICIAN", permission)).toBe(clinician === "yes");
  });

  it("has a column for every role and no other", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual(["ADMIN", "CLINICIAN", "COORDINATOR"]);
  });
});
