import "server-only";
import { type Actor, can } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";

/**
 * Phone lines and referral sources as the call screens read them: coordinators and clinicians
 * too, so these need call access, not `settings:manage`. Only what a picker or a filter shows.
 */
function assertCallAccess(actor: Pick<Actor, "role">) {
  if (!can(actor, "call:read") && !can(actor, "call:write")) throw new ForbiddenError();
}

/** Calls filters and call detail: every line, inactive ones included (they stay on old calls). */
export async function listPhoneLinesForHistory(actor: Actor) {
  assertCallAccess(actor);
  const db = await getDb();
  return db.phoneLine.findMany({
    orderBy: [{ active: "desc" }, { isMain: "desc" }, { label: "asc" }, { number: "asc" }],
    select: { id: true, number: true, label: true, isMain: true, active: true },
  });
}

/** Calls filters and reports: every source, inactive ones included. */
export async function listReferralSourcesForHistory(actor: Actor) {
  assertCallAccess(actor);
  const db = await getDb();
  return db.referralSource.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, type: true, active: true },
  });
}
