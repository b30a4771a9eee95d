/**
 * Time in stage and stuck prospects: a prospect with no activity for N days (7 by default) in an
 * open stage is flagged on the board, the list and the dashboard.
 */
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import { isOpenStage } from "./moves";

const DAY_MS = 86_400_000;

/** "No activity in N days" flags a prospect as stuck (N is configurable). */
export const DEFAULT_STUCK_AFTER_DAYS = 7;

/** Time since the last pipeline move, in whole days (elapsed 24-hour periods) and milliseconds. */
export function timeInStage(changedAt: Date, now: Date): { days: number; ms: number } {
  const ms = Math.max(0, now.getTime() - changedAt.getTime());
  return { days: Math.floor(ms / DAY_MS), ms };
}

/** True once `thresholdDays` full days have passed since the last activity. */
export function isStuck(lastActivityAt: Date, now: Date, thresholdDays: number = DEFAULT_STUCK_AFTER_DAYS): boolean {
  if (!(thresholdDays > 0)) throw new RangeError(`thresholdDays must be positive, got ${thresholdDays}`);
  return now.getTime() - lastActivityAt.getTime() >= thresholdDays * DAY_MS;
}

/**
 * The last-activity time at or before which a prospect is stuck: what a query compares
 * `lastActivityAt` with, so the database and isStuck agree.
 */
export function stuckSince(now: Date, thresholdDays: number = DEFAULT_STUCK_AFTER_DAYS): Date {
  return new Date(now.getTime() - thresholdDays * DAY_MS);
}

/** Only prospects still moving through the pipeline can be stuck; admitted and closed ones cannot. */
export function isStuckProspect(
  status: PipelineStatus,
  lastActivityAt: Date,
  now: Date,
  thresholdDays: number = DEFAULT_STUCK_AFTER_DAYS,
): boolean {
  return isOpenStage(status) && isStuck(lastActivityAt, now, thresholdDays);
}
