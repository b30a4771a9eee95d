import type { Actor, RequestContext } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

export const TEST_REQUEST: RequestContext = { ip: "203.0.113.7", userAgent: "vitest", requestId: "test-request" };

/** The Actor a domain function receives for a signed-in user (as lib/auth/session.ts builds it). */
export function actorFor(
  user: { id: string; role: Role; name: string; email: string },
  sessionId = crypto.randomUUID(),
): Actor {
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    sessionId,
    mustChangePassword: false,
    request: TEST_REQUEST,
  };
}
