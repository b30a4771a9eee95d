import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError } from "@/lib/errors";
import { type Permission, roleCan } from "./rules/permissions";

/** Where a request came from, for the audit trail (docs/security.md L1). */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** The signed-in staff member acting in a domain function, as re-read from the database. */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  email: string;
  sessionId: string;
  mustChangePassword: boolean;
  request: RequestContext;
}

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return actor != null && roleCan(actor.role, permission);
}

/** The check every domain function starts with. */
export function assertCan(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError();
}

export const SYSTEM_REQUEST: RequestContext = { ip: null, userAgent: null, requestId: null };
