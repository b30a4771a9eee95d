import "server-only";
/**
 * The step-down continuity measure in SQL — its one home: the care pages and the continuity report
 * (lib/reports/continuity.ts) both build on `continuityMeasuredCte`, so they can never disagree,
 * and the integration tests check it against `measureContinuity` (lib/care/rules/continuity.ts),
 * the definition. Per residential / withdrawal-management discharge whose end day is in the period:
 * - first follow-up = earliest attended PHP/IOP/OUTPATIENT session of the patient 1–30 days after
 *   the discharge day;
 * - re-admission = earliest start of another RESIDENTIAL/WM episode 0–30 days after the discharge
 *   day and before that follow-up (or with no follow-up): such a discharge is excluded;
 * - followed up in 7 / 30 = counted and follow-up day − discharge day ≤ 7 / ≤ 30.
 * Below the measure: the continuity page's rates and the discharges behind them, paged.
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { type ContinuityRates, LONG_WINDOW_DAYS, ratesFromCounts, SHORT_WINDOW_DAYS } from "./rules/continuity";
import type { IsoDate } from "@/lib/dates/days";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { zonedDay } from "@/lib/dates/zone";
import type { ContinuityPeriod } from "./schemas";

/**
 * `measured`: each discharge in [from, to] with its first follow-up and its re-admission.
 * MATERIALIZED: the counts refer to "firstFollowUp" several times, and an inlined CTE would run its
 * subquery once per reference (1.4 s instead of 0.1 s for 90 days at 100 000 patients).
 */
export function continuityMeasuredCte(from: string, to: string): Prisma.Sql {
  return Prisma.sql`
    WITH discharges AS MATERIALIZED (
      SELECT d."id", d."patientId", d."level", d."endDate",
        (SELECT min(s."date") FROM "AttendedSession" s
          WHERE s."patientId" = d."patientId" AND s."level" IN ('PHP', 'IOP', 'OUTPATIENT')
            AND s."date" BETWEEN d."endDate" + 1 AND d."endDate" + ${LONG_WINDOW_DAYS}::int) AS "firstFollowUp"
      FROM "CareEpisode" d
      WHERE d."level" IN ('RESIDENTIAL', 'WITHDRAWAL_MANAGEMENT') AND d."endDate" BETWEEN ${from}::date AND ${to}::date
    ), measured AS MATERIALIZED (
      SELECT x.*,
        (SELECT min(n."startDate") FROM "CareEpisode" n
          WHERE n."patientId" = x."patientId" AND n."id" <> x."id" AND n."level" IN ('RESIDENTIAL', 'WITHDRAWAL_MANAGEMENT')
            AND n."startDate" BETWEEN x."endDate" AND x."endDate" + ${LONG_WINDOW_DAYS}::int
            AND (x."firstFollowUp" IS NULL OR n."startDate" < x."firstFollowUp")) AS "readmission"
      FROM discharges x
    )`;
}

export type ContinuityCountsRow = {
  counted: bigint;
  followed7: bigint;
  followed30: bigint;
  excluded: bigint;
  pending7: bigint;
  pending30: bigint;
};

/** The rates' counts over `measured`, as `continuityRates(measureContinuity(…, { asOf }))` computes them. */
export function continuityCountsSelect(asOf: string): Prisma.Sql {
  const f7 = Prisma.sql`("firstFollowUp" IS NOT NULL AND "firstFollowUp" - "endDate" <= ${SHORT_WINDOW_DAYS}::int)`;
  return Prisma.sql`
    count(*) FILTER (WHERE "readmission" IS NULL) AS counted,
    count(*) FILTER (WHERE "readmission" IS NULL AND ${f7}) AS followed7,
    count(*) FILTER (WHERE "readmission" IS NULL AND "firstFollowUp" IS NOT NULL) AS followed30,
    count(*) FILTER (WHERE "readmission" IS NOT NULL) AS excluded,
    count(*) FILTER (WHERE "readmission" IS NULL AND NOT ${f7} AND ${asOf}::date - "endDate" <= ${SHORT_WINDOW_DAYS}::int) AS pending7,
    count(*) FILTER (WHERE "readmission" IS NULL AND "firstFollowUp" IS NULL AND ${asOf}::date - "endDate" <= ${LONG_WINDOW_DAYS}::int) AS pending30`;
}

export function continuityRatesFromRow(row: ContinuityCountsRow | undefined): ContinuityRates {
  return ratesFromCounts({
    discharges: Number(row?.counted ?? 0),
    followedUp7: Number(row?.followed7 ?? 0),
    followedUp30: Number(row?.followed30 ?? 0),
    excluded: Number(row?.excluded ?? 0),
    pending7: Number(row?.pending7 ?? 0),
    pending30: Number(row?.pending30 ?? 0),
  });
}

export const CONTINUITY_PAGE_SIZE = 100;

// The page's two statements, exported so that the benchmark runs and explains exactly this SQL.
export const continuityRatesStatement = (from: IsoDate, to: IsoDate, asOf: IsoDate) =>
  Prisma.sql`${continuityMeasuredCte(from, to)} SELECT ${continuityCountsSelect(asOf)} FROM measured`;

export const continuityDischargesStatement = (from: IsoDate, to: IsoDate, limit: number, offset: number) =>
  Prisma.sql`${continuityMeasuredCte(from, to)}
      SELECT m."id" AS "episodeId", m."patientId", p."firstName", p."lastName", m."level"::text AS "level",
        to_char(m."endDate", 'YYYY-MM-DD') AS "endDate",
        CASE WHEN m."readmission" IS NULL THEN to_char(m."firstFollowUp", 'YYYY-MM-DD') END AS "firstFollowUpDate",
        to_char(m."readmission", 'YYYY-MM-DD') AS "readmissionDate",
        CASE WHEN m."readmission" IS NULL THEN m."firstFollowUp" - m."endDate" END AS "daysToFollowUp"
      -- The page first, then the names: joining every patient before the LIMIT hashed the whole table.
      FROM (SELECT * FROM measured ORDER BY "endDate" ASC, "id" ASC LIMIT ${limit} OFFSET ${offset}) m
      JOIN "Patient" p ON p."id" = m."patientId"
      ORDER BY m."endDate" ASC, m."id" ASC`;

/** The rates for a period, as `continuityRates(measureContinuity(…, { asOf }))` computes them. */
export async function continuityRatesSql(from: IsoDate, to: IsoDate, asOf: IsoDate): Promise<ContinuityRates> {
  const db = await getDb();
  const [row] = await db.$queryRaw<ContinuityCountsRow[]>(continuityRatesStatement(from, to, asOf));
  return continuityRatesFromRow(row);
}

export interface ContinuityDischargeRow {
  episodeId: string;
  patientId: string;
  firstName: string;
  lastName: string | null;
  level: CareLevel;
  endDate: IsoDate;
  firstFollowUpDate: IsoDate | null;
  readmissionDate: IsoDate | null;
  daysToFollowUp: number | null;
}

/** The discharges behind the numbers, oldest first, one page. `firstFollowUpDate` is null when excluded. */
export async function continuityDischargesSql(
  from: IsoDate,
  to: IsoDate,
  limit: number,
  offset: number,
): Promise<ContinuityDischargeRow[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<
    (Omit<ContinuityDischargeRow, "daysToFollowUp"> & { daysToFollowUp: number | bigint | null })[]
  >(continuityDischargesStatement(from, to, limit, offset));
  return rows.map((r) => ({ ...r, daysToFollowUp: r.daysToFollowUp === null ? null : Number(r.daysToFollowUp) }));
}

/** The continuity page: rates as of today, and one page of the discharges (audited: names). */
export async function continuityPage(actor: Actor, period: ContinuityPeriod) {
  assertCan(actor, "report:clinical");
  const asOf = zonedDay(new Date());
  const [rates, rows] = await Promise.all([
    continuityRatesSql(period.from, period.to, asOf),
    continuityDischargesSql(period.from, period.to, CONTINUITY_PAGE_SIZE + 1, (period.page - 1) * CONTINUITY_PAGE_SIZE),
  ]);
  const discharges = rows.slice(0, CONTINUITY_PAGE_SIZE);
  await recordPhiAccess(actor, {
    action: "continuity.list",
    entityType: "CareEpisode",
    detail: { rows: discharges.length, page: period.page },
  });
  return { asOf, rates, discharges, hasMore: rows.length > CONTINUITY_PAGE_SIZE };
}
