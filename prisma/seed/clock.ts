/**
 * Time for the demo data: the last ~18 months up to `now`, with the rhythm of a real intake line
 * (busy weekday mornings and early afternoons, quieter evenings and weekends, a few calls at night,
 * volume growing over time). Hours are the center's local hours (CENTER_TIME_ZONE), dates
 * (`@db.Date` columns) are the center's local calendar dates, held as epoch-day numbers so that
 * "episodes never overlap" is plain integer arithmetic.
 */
import type { Rng } from "./random";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

// Relative call volume by local hour 0–23.
const HOUR_WEIGHTS = [
  0.15, 0.12, 0.1, 0.1, 0.12, 0.2, 0.4, 0.8, 1.5, 2.2, 2.4, 2.2, 1.8, 2.0, 2.1, 2.0, 1.8, 1.4, 1.1, 1.0, 0.9, 0.8, 0.6,
  0.35,
];
// Sunday … Saturday: Mondays are the busiest day for admissions lines, weekends the quietest.
const WEEKDAY_WEIGHTS = [0.55, 1.2, 1.1, 1.05, 1.0, 0.9, 0.6];

function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

function search(cum: readonly number[], r: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export class Clock {
  readonly nowMs: number;
  /** Local calendar date of `now`, as days since 1970-01-01. */
  readonly today: number;
  readonly firstDay: number;
  private readonly offsetCache = new Map<number, number>();
  private readonly fmt: Intl.DateTimeFormat;
  private readonly dayCum: number[];
  private readonly hourCum = cumulative(HOUR_WEIGHTS);

  constructor(
    now: Date,
    readonly windowDays: number,
    timeZone: string,
  ) {
    this.nowMs = now.getTime();
    this.fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    this.today = this.dayOf(this.nowMs);
    this.firstDay = this.today - windowDays + 1;
    const weights: number[] = [];
    for (let d = this.firstDay; d <= this.today; d++) {
      const weekday = (((d + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      const trend = 0.75 + (0.5 * (d - this.firstDay)) / windowDays;
      weights.push((WEEKDAY_WEIGHTS[weekday] ?? 1) * trend);
    }
    this.dayCum = cumulative(weights);
  }

  /** Local minus UTC, in ms, at an instant (cached per UTC hour: Intl is slow). */
  private offset(ms: number): number {
    const key = Math.floor(ms / HOUR_MS);
    let off = this.offsetCache.get(key);
    if (off === undefined) {
      const p = Object.fromEntries(this.fmt.formatToParts(key * HOUR_MS).map((x) => [x.type, x.value]));
      const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
      off = local - key * HOUR_MS;
      this.offsetCache.set(key, off);
    }
    return off;
  }

  /** The local calendar date of an instant. */
  dayOf(ms: number): number {
    return Math.floor((ms + this.offset(ms)) / DAY_MS);
  }

  localHour(ms: number): number {
    return Math.floor(((ms + this.offset(ms)) % DAY_MS) / HOUR_MS);
  }

  /** The instant of a local wall-clock time on a local date. */
  at(day: number, hour: number, minute = 0): number {
    const guess = day * DAY_MS + hour * HOUR_MS + minute * 60_000;
    return guess - this.offset(guess - this.offset(guess));
  }

  weekday(day: number): number {
    return (((day + 4) % 7) + 7) % 7;
  }

  /** A realistic time for an inbound call in the window, never after now. */
  sampleCallTime(rng: Rng, fromDay = this.firstDay): number {
    const total = this.dayCum[this.dayCum.length - 1] ?? 1;
    const low = fromDay > this.firstDay ? (this.dayCum[fromDay - this.firstDay - 1] ?? 0) : 0;
    for (let attempt = 0; attempt < 8; attempt++) {
      const day = this.firstDay + search(this.dayCum, low + rng.next() * (total - low));
      const hour = search(this.hourCum, rng.next() * (this.hourCum[23] ?? 1));
      const ms = this.at(day, hour, rng.int(0, 59)) + rng.int(0, 59) * 1000;
      if (ms <= this.nowMs) return ms;
    }
    return this.nowMs - rng.int(1, 120) * 60_000;
  }

  /**
   * `ms + delay`, moved into staffed hours (8:00–20:59) if it lands at night: callbacks, reviews and
   * pipeline steps happen when people are at work.
   */
  later(rng: Rng, ms: number, minHours: number, maxHours: number): number {
    const t = ms + (minHours + rng.next() * (maxHours - minHours)) * HOUR_MS;
    const hour = this.localHour(t);
    if (hour >= 8 && hour <= 20) return t;
    const day = this.dayOf(t) + (hour > 20 ? 1 : 0);
    return this.at(day, rng.int(8, 11), rng.int(0, 59));
  }
}

/**
 * `count` call times, sorted. Generating rows in time order makes the inserts nearly append-only
 * for the (…, startedAt) indexes — at a million calls, random order made every index insert a
 * cache miss and the seed about twice as slow.
 */
export function sortedCallTimes(clock: Clock, rng: Rng, count: number): Float64Array {
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) times[i] = clock.sampleCallTime(rng);
  return times.sort();
}

/** `YYYY-MM-DD` of an epoch day, for `@db.Date` columns. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
