import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Which changes to a staff account are allowed before the database is asked anything. An admin
 * may not lock the center out of its own admin pages, nor switch their own account off.
 */

export const LAST_ADMIN_MESSAGE = "At least one active administrator must remain.";
export const OWN_DEACTIVATION_MESSAGE = "You cannot deactivate your own account.";

/**
 * The change takes an administrator away: the role changes from ADMIN, or an ADMIN is
 * deactivated. Such a change needs another active administrator (counted in the database).
 */
export function takesAwayAnAdmin(target: { role: Role }, change: { role: Role } | { active: boolean }): boolean {
  if (target.role !== "ADMIN") return false;
  return "role" in change ? change.role !== "ADMIN" : !change.active;
}

/** Deactivating one's own account would end the session doing it, and may leave no admin. */
export function isOwnDeactivation(actorId: string, change: { userId: string; active: boolean }): boolean {
  return !change.active && change.userId === actorId;
}
