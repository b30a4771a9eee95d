import "server-only";
import { decode } from "next-auth/jwt";
import { forbidden, redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { type Actor, can } from "./actor";
import { authOptions, sessionCookieName } from "./options";
import type { Permission } from "./rules/permissions";
import { currentRequestContext } from "./request-context";
import { type AppRoute, ROUTE_ACCESS } from "./rules/route-access";
import { checkSession, type LiveSession } from "./sessions";

/** Requests marked as background polling do not count as activity (docs/security.md S2). */
export const BACKGROUND_HEADER = "x-intake-background";

/**
 * The current staff member, re-checked against the database, once per request (React cache).
 * Null when there is no valid session.
 */
export const getActor = cache(async (): Promise<(Actor & { idleExpiresAt: Date }) | null> => {
  const options = authOptions();
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw || !options.secret) return null;
  // decode() verifies the signature/encryption and expiry; a tampered, expired or `alg: none`
  // token decodes to an error, which is "no session", never a 500 (docs/security.md S7).
  const token = await decode({ token: raw, secret: options.secret }).catch(() => null);
  if (!token) return null;
  const h = await headers();
  const request = await currentRequestContext();
  const check = await checkSession(token, { touch: h.get(BACKGROUND_HEADER) !== "1", request });
  if (!check.ok) return null;
  return toActor(check.session, request);
});

function toActor(session: LiveSession, request: Actor["request"]): Actor & { idleExpiresAt: Date } {
  return { ...session.user, sessionId: session.sessionId, request, idleExpiresAt: session.idleExpiresAt };
}

/** For actions and route handlers: throws typed errors instead of redirecting. */
export async function requireActor(
  permission?: Permission,
  options: { allowPasswordChange?: boolean } = {},
): Promise<Actor & { idleExpiresAt: Date }> {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  if (actor.mustChangePassword && !options.allowPasswordChange) {
    throw new ForbiddenError("Change your temporary password before continuing.");
  }
  if (permission && !can(actor, permission)) throw new ForbiddenError();
  return actor;
}

/**
 * For pages: anonymous → sign-in; temporary password → change it first; missing permission →
 * the 403 page. Every page calls this itself (authorization is never only in a layout).
 */
export async function requirePageActor(
  permission: Permission | null,
  options: { allowPasswordChange?: boolean; path?: string } = {},
): Promise<Actor & { idleExpiresAt: Date }> {
  const actor = await getActor();
  if (!actor) redirect(`/signin${options.path ? `?callbackUrl=${encodeURIComponent(options.path)}` : ""}`);
  if (actor.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}

/** A page's guard, read from the authorization matrix (lib/auth/rules/route-access.ts). */
export function guardPage(route: AppRoute, options: { path?: string } = {}) {
  const access = ROUTE_ACCESS[route];
  if (access === "public") throw new Error(`${route} is public; it has no guard`);
  return requirePageActor(access === "signed-in" ? null : access, {
    allowPasswordChange: route === "/account/password",
    path: options.path ?? (route.includes("[") ? undefined : route),
  });
}
