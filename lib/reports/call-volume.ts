import "server-only";
/**
 * Report 1, call volume: every call (inbound and outbound, logged or not) whose start falls in the
 * period, by the center's day and hour. Missed = the phone system's status NO_ANSWER / BUSY /
 * FAILED / CANCELED; unlogged = no disposition yet (a phone-system call nobody has written up).
 */
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CallDirection } from "@/lib/generated/prisma/enums";
import { assertReport, localTime, num, type ReportPeriod, utcBounds } from "./common";

export const MISSED_STATUSES = ["NO_ANSWER", "BUSY", "FAILED", "CANCELED"] as const;

export interface CallVolumeReport {
  period: ReportPeriod;
  totals: { calls: number; inbound: number; outbound: number; missed: number; unlogged: number };
  byDay: { day: string; calls: number; missed: number; unlogged: number }[];
  /** 7×24 cells, Monday = 1 … Sunday = 7 (ISO), hour 0–23 in the center's zone; zeros included. */
  byHourOfWeek: { dow: number; hour: number; calls: number }[];
  byLine: { lineId: string | null; label: string; calls: number; missed: number }[];
  byDirection: { direction: CallDirection; calls: number }[];
}

const missedSql = Prisma.sql`c."status"::text IN ('NO_ANSWER', 'BUSY', 'FAILED', 'CANCELED')`;

/** The report's statements, exported so that the benchmark runs and explains exactly this SQL. */
export function callVolumeStatements(period: ReportPeriod) {
  const { start, end } = utcBounds(period);
  const inPeriod = Prisma.sql`c."startedAt" >= ${start} AND c."startedAt" < ${end}`;
  const local = localTime(Prisma.sql`c."startedAt"`);
  return {
    totals: Prisma.sql`
      SELECT count(*) AS calls,
        count(*) FILTER (WHERE c."direction" = 'INBOUND') AS inbound,
        count(*) FILTER (WHERE c."direction" = 'OUTBOUND') AS outbound,
        count(*) FILTER (WHERE ${missedSql}) AS missed,
        count(*) FILTER (WHERE c."disposition" IS NULL) AS unlogged
      FROM "Call" c WHERE ${inPeriod}`,
    // Every day of the period, zero days included, so the chart's axis has no gaps.
    byDay: Prisma.sql`
      WITH counts AS (
        SELECT (${local})::date AS day, count(*) AS calls,
          count(*) FILTER (WHERE ${missedSql}) AS missed,
          count(*) FILTER (WHERE c."disposition" IS NULL) AS unlogged
        FROM "Call" c WHERE ${inPeriod} GROUP BY 1
      )
      SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(x.calls, 0) AS calls, coalesce(x.missed, 0) AS missed, coalesce(x.unlogged, 0) AS unlogged
      FROM generate_series(${period.from}::date, ${period.to}::date, interval '1 day') AS d(day)
      LEFT JOIN counts x ON x.day = d.day::date
      ORDER BY d.day`,
    byHour: Prisma.sql`
      SELECT extract(isodow FROM ${local})::int AS dow, extract(hour FROM ${local})::int AS hour, count(*) AS calls
      FROM "Call" c WHERE ${inPeriod} GROUP BY 1, 2`,
    byLine: Prisma.sql`
      SELECT c."phoneLineId" AS "lineId", l."label", count(*) AS calls, count(*) FILTER (WHERE ${missedSql}) AS missed
      FROM "Call" c LEFT JOIN "PhoneLine" l ON l."id" = c."phoneLineId"
      WHERE ${inPeriod} GROUP BY c."phoneLineId", l."label" ORDER BY calls DESC, l."label" NULLS LAST`,
    byDirection: Prisma.sql`
      SELECT c."direction"::text AS direction, count(*) AS calls
      FROM "Call" c WHERE ${inPeriod} GROUP BY c."direction" ORDER BY 1`,
  };
}

export async function callVolumeReport(actor: Actor, period: ReportPeriod): Promise<CallVolumeReport> {
  assertReport(actor, "report:calls");
  const db = await getDb();
  const sql = callVolumeStatements(period);
  const [totals, byDay, byHour, byLine, byDirection] = await Promise.all([
    db.$queryRaw<{ calls: bigint; inbound: bigint; outbound: bigint; missed: bigint; unlogged: bigint }[]>(sql.totals),
    db.$queryRaw<{ day: string; calls: bigint; missed: bigint; unlogged: bigint }[]>(sql.byDay),
    db.$queryRaw<{ dow: number; hour: number; calls: bigint }[]>(sql.byHour),
    db.$queryRaw<{ lineId: string | null; label: string | null; calls: bigint; missed: bigint }[]>(sql.byLine),
    db.$queryRaw<{ direction: CallDirection; calls: bigint }[]>(sql.byDirection),
  ]);

  const cells = new Map(byHour.map((r) => [`${r.dow}:${r.hour}`, num(r.calls)]));
  const byHourOfWeek: CallVolumeReport["byHourOfWeek"] = [];
  for (let dow = 1; dow <= 7; dow++) for (let hour = 0; hour < 24; hour++) byHourOfWeek.push({ dow, hour, calls: cells.get(`${dow}:${hour}`) ?? 0 });

  const t = totals[0];
  return {
    period,
    totals: { calls: num(t?.calls), inbound: num(t?.inbound), outbound: num(t?.outbound), missed: num(t?.missed), unlogged: num(t?.unlogged) },
    byDay: byDay.map((r) => ({ day: r.day, calls: num(r.calls), missed: num(r.missed), unlogged: num(r.unlogged) })),
    byHourOfWeek,
    byLine: byLine.map((r) => ({ lineId: r.lineId, label: r.label ?? "No line", calls: num(r.calls), missed: num(r.missed) })),
    byDirection: byDirection.map((r) => ({ direction: r.direction, calls: num(r.calls) })),
  };
}
