import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The static role → permission map (docs/contributing.md: `verb:entity` strings in one place). Pages,
 * actions, route handlers and domain functions all ask `can(actor, permission)`.
 */
export const PERMISSIONS = [
  "dashboard:read",
  "call:read",
  "call:write",
  "call:export",
  "callback:read",
  "callback:write",
  "screening:read",
  "screening:write",
  "screening:review",
  "patient:read",
  "patient:write",
  "care:read",
  "care:admit",
  "care:plan-transition",
  "care:complete-transition",
  "care:discharge",
  "report:calls",
  "report:clinical",
  "user:manage",
  "audit:read",
  "settings:manage",
  "safety-flag:read",
  "safety-flag:acknowledge",
  "oncall:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: [
    "dashboard:read",
    "call:read",
    "call:write",
    "call:export",
    "callback:read",
    "callback:write",
    "screening:read",
    "patient:read",
    "patient:write",
    "care:read",
    "report:calls",
    "report:clinical",
    "user:manage",
    "audit:read",
    "settings:manage",
    "safety-flag:read",
    "oncall:manage",
  ],
  COORDINATOR: [
    "dashboard:read",
    "call:read",
    "call:write",
    "call:export",
    "callback:read",
    "callback:write",
    "screening:read",
    "screening:write",
    "patient:read",
    "patient:write",
    "care:read",
    "care:admit",
    "care:discharge",
    "report:calls",
    "safety-flag:read",
  ],
  CLINICIAN: [
    "dashboard:read",
    "call:read",
    "callback:read",
    "screening:read",
    "screening:review",
    "patient:read",
    "patient:write",
    "care:read",
    "care:admit",
    "care:plan-transition",
    "care:complete-transition",
    "care:discharge",
    "report:calls",
    "report:clinical",
    "safety-flag:read",
    "safety-flag:acknowledge",
  ],
};

/**
 * Fails closed (docs/security.md Z8): an unknown role, a missing actor or any surprise is a "no".
 */
export function roleCan(role: unknown, permission: Permission): boolean {
  try {
    if (typeof role !== "string" || !Object.hasOwn(ROLE_PERMISSIONS, role)) return false;
    return ROLE_PERMISSIONS[role as Role].includes(permission);
  } catch {
    return false;
  }
}
