import "server-only";
/**
 * Report 5, census and length of stay. Daily census: for each day of the period, episodes open
 * that day by level — started on or before it and not yet ended (endDate null or after it). The
 * discharge day is not counted, so a step-down that day counts once, at the new level (midnight
 * census). LOS: episodes that ended in the period, in days (endDate − startDate), per level.
 */
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { assertReport, num, numOrNull, type ReportPeriod } from "./common";

export interface CensusReport {
  period: ReportPeriod;
  /** One row per day and level with at least one patient (missing = 0). */
  daily: { day: string; level: CareLevel; patients: number }[];
  lengthOfStay: { level: CareLevel; episodes: number; averageDays: number | null; medianDays: number | null }[];
}

/** The report's statements, exported so that the benchmark runs and explains exactly this SQL. */
export function censusStatements(period: ReportPeriod) {
  return {
    daily: Prisma.sql`
      SELECT to_char(d.day, 'YYYY-MM-DD') AS day, e."level"::text AS level, count(*) AS patients
      FROM generate_series(${period.from}::date, ${period.to}::date, interval '1 day') AS d(day)
      JOIN "CareEpisode" e ON e."startDate" <= d.day::date AND (e."endDate" IS NULL OR e."endDate" > d.day::date)
      GROUP BY d.day, e."level" ORDER BY d.day, e."level"`,
    lengthOfStay: Prisma.sql`
      SELECT e."level"::text AS level, count(*) AS episodes,
        avg(e."endDate" - e."startDate") AS average,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY e."endDate" - e."startDate") AS median
      FROM "CareEpisode" e
      WHERE e."endDate" BETWEEN ${period.from}::date AND ${period.to}::date
      GROUP BY e."level" ORDER BY e."level"`,
  };
}

export async function censusReport(actor: Actor, period: ReportPeriod): Promise<CensusReport> {
  assertReport(actor, "report:clinical");
  const db = await getDb();
  const sql = censusStatements(period);
  const [daily, los] = await Promise.all([
    db.$queryRaw<{ day: string; level: CareLevel; patients: bigint }[]>(sql.daily),
    db.$queryRaw<{ level: CareLevel; episodes: bigint; average: unknown; median: number | null }[]>(sql.lengthOfStay),
  ]);
  return {
    period,
    daily: daily.map((r) => ({ day: r.day, level: r.level, patients: num(r.patients) })),
    lengthOfStay: los.map((r) => ({ level: r.level, episodes: num(r.episodes), averageDays: numOrNull(r.average), medianDays: numOrNull(r.median) })),
  };
}
