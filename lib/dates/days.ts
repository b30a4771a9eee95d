/**
 * Calendar days as `YYYY-MM-DD` strings. Episode and session dates are @db.Date columns: days in
 * the center's time zone, with no time of day. Keeping them as strings (never `Date`) means no
 * time zone can shift a discharge to the day before; arithmetic goes through UTC midnight, where
 * every day has exactly 24 hours. Callers turn "now" into the center's day once (lib/dates/zone.ts
 * `zonedDay`) and pass it in as `today`.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcMs(day: IsoDate): number {
  const match = ISO_DATE.exec(day);
  if (!match) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2025-02-30 over to March; a real day must round-trip.
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`Not a calendar day: ${day}`);
  return ms;
}

/** A real calendar day written `YYYY-MM-DD` (so 2025-02-29 is not one). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  try {
    toUtcMs(value);
    return true;
  } catch {
    return false;
  }
}

/** `day` moved by `days` (negative moves back). */
export function addDays(day: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day after `day`. */
export function nextDay(day: IsoDate): IsoDate {
  return addDays(day, 1);
}

/** Whole days from `from` to `to`: 0 for the same day, 1 for the next day, negative before. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The later of two days. `YYYY-MM-DD` strings sort like the days they name. */
export function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-US", {
  timeZone: "UTC",
  year: "numeric",
  month: "short",
  day: "numeric",
});

/** "Mar 5, 2026" — for messages people read. */
export function formatDay(day: IsoDate): string {
  return DAY_FORMAT.format(new Date(toUtcMs(day)));
}
