/**
 * @db.Date columns ↔ the care rules' `YYYY-MM-DD` days. Prisma reads a DATE as UTC midnight, so
 * the UTC calendar fields are the stored day; writing goes back through UTC midnight. No time
 * zone is involved here: "today" is computed once by the caller (lib/dates/zone.ts `zonedDay`).
 */
import type { IsoDate } from "@/lib/dates/days";

export function toIsoDay(value: Date): IsoDate {
  return value.toISOString().slice(0, 10);
}

export function toIsoDayOrNull(value: Date | null): IsoDate | null {
  return value === null ? null : toIsoDay(value);
}

export function fromIsoDay(day: IsoDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
