import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/rules/permissions";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { nextDay } from "@/lib/dates/days";
import { startOfZonedDay } from "@/lib/dates/zone";

/** A report period: whole days `YYYY-MM-DD` in the center's time zone, both inclusive. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The UTC instants bounding a period: [start of `from`, start of the day after `to`). */
export function utcBounds(period: ReportPeriod): { start: Date; end: Date } {
  return { start: startOfZonedDay(period.from), end: startOfZonedDay(nextDay(period.to)) };
}

/** The center's zone as a bound parameter (never spliced into SQL text). */
export function zoneSql(): Prisma.Sql {
  return Prisma.sql`${env().CENTER_TIME_ZONE}::text`;
}

/**
 * The wall-clock time in the center's zone of a `timestamp` column. Prisma stores DateTime as
 * `timestamp(3)` holding UTC, so it is first marked as UTC, then converted to the zone.
 */
export function localTime(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${zoneSql()})`;
}

/** bigint / numeric / string results of aggregates → number (null stays null). */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}

export function numOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return Number(value);
}

export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The report permission check, first thing in every report function. */
export function assertReport(actor: Actor, permission: Extract<Permission, "report:calls" | "report:clinical">): void {
  assertCan(actor, permission);
}
