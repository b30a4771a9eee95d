import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/session";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { errorResponse } from "@/lib/http/error-response";

/**
 * POST: the browser reports real user input (keyboard/pointer) so the idle timer restarts.
 * Reading the session already records the activity (lib/auth/session.ts).
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const actor = await requireActor(undefined, { allowPasswordChange: true });
    return NextResponse.json({ ok: true, idleExpiresAt: actor.idleExpiresAt.toISOString() });
  } catch (error) {
    return errorResponse(error);
  }
}
