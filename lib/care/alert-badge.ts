import "server-only";
/**
 * The navigation badge on "Patients": the census alerts' total, drawn on every page for everyone
 * who reads care. Its statement costs tens of milliseconds at 100 000 patients, too much to pay
 * on every page view for a hint, so each server process keeps the total for a minute (and only for
 * the same center day). Care writes in this process forget it at once (`forgetCensusAlertBadge`),
 * so the person who just admitted or discharged someone sees the new count; other processes catch
 * up within the minute. The census page itself always counts afresh. The total is not PHI.
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import { zonedDay } from "@/lib/dates/zone";
import { alertTotal, countCensusAlerts } from "./alert-queries";

export const BADGE_TTL_MS = 60_000;

let cached: { today: string; total: number; at: number } | null = null;
/** Bumped by every forget, so a count that was running during a write is not kept afterwards. */
let generation = 0;

export async function censusAlertBadge(actor: Actor, now: Date = new Date()): Promise<number> {
  assertCan(actor, "care:read");
  const today = zonedDay(now);
  if (cached && cached.today === today && now.getTime() - cached.at < BADGE_TTL_MS) return cached.total;
  const started = generation;
  const total = alertTotal(await countCensusAlerts(today));
  if (started === generation) cached = { today, total, at: now.getTime() };
  return total;
}

/** Called after every committed care write in this process. */
export function forgetCensusAlertBadge(): void {
  generation += 1;
  cached = null;
}
