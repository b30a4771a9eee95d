/**
 * The center's time zone: instants are stored in UTC and shown in the center's zone
 * (CENTER_TIME_ZONE), whatever the server's or the browser's zone. Pure computation; the
 * configured zone (lib/env.ts) is only the default of the `timeZone` parameter. Calendar-day
 * arithmetic on `YYYY-MM-DD` strings is in ./days.ts.
 */
import { env } from "@/lib/env";

export function formatDateTime(value: Date | null | undefined, timeZone = env().CENTER_TIME_ZONE): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(value);
}

export function formatDate(value: Date | null | undefined, timeZone = env().CENTER_TIME_ZONE): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "short", day: "numeric" }).format(value);
}

/** The wall-clock fields of an instant in `timeZone`. */
function zonedParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** Offset of `timeZone` from UTC at the instant `at`, in minutes. */
function offsetMinutes(at: Date, timeZone: string): number {
  const p = zonedParts(at, timeZone);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at.getTime()) / 60_000);
}

/** The UTC instant at which calendar day `ymd` (YYYY-MM-DD) starts in `timeZone`, across DST changes. */
export function startOfZonedDay(ymd: string, timeZone = env().CENTER_TIME_ZONE): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) throw new RangeError(`Not a date: ${ymd}`);
  return zonedLocalToUtc(`${ymd}T00:00`, timeZone);
}

/**
 * The UTC instant of a wall-clock time (`YYYY-MM-DDTHH:mm`, as an <input type="datetime-local">
 * sends it) in `timeZone`. In the DST gap the time moves forward; in the repeated hour the first
 * occurrence is taken.
 */
export function zonedLocalToUtc(local: string, timeZone = env().CENTER_TIME_ZONE): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: ${local}`);
  const [y, mo, d, h, mi, se] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59)
    throw new RangeError(`Not a local date-time: ${local}`);
  const naive = Date.UTC(y, mo - 1, d, h, mi, se);
  const first = new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60_000);
  const second = new Date(naive - offsetMinutes(first, timeZone) * 60_000);
  const wanted = local.slice(0, 16);
  const exact = [first, second]
    .filter((c) => toZonedLocalInput(c, timeZone) === wanted)
    .sort((a, b) => a.getTime() - b.getTime());
  // No exact match: the time falls in the spring-forward gap; move it forward by the gap.
  return exact[0] ?? new Date(Math.max(first.getTime(), second.getTime()));
}

/** `YYYY-MM-DDTHH:mm` of an instant in `timeZone`, for a datetime-local input's value. */
export function toZonedLocalInput(value: Date, timeZone = env().CENTER_TIME_ZONE): string {
  const p = zonedParts(value, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** `YYYY-MM-DD` of an instant in `timeZone`. */
export function zonedDay(value: Date, timeZone = env().CENTER_TIME_ZONE): string {
  return toZonedLocalInput(value, timeZone).slice(0, 10);
}
