import "server-only";
/**
 * The 7/30-day continuity measure (CLINICAL.md "Step-down continuity") in SQL, with exactly the
 * definition of `measureContinuity` (lib/care/continuity.ts) — the integration test runs both on
 * the same rows. Per residential / withdrawal-management discharge in the period: the first
 * PHP/IOP/outpatient session 1–30 days after the discharge day, and any re-admission to 24-hour
 * care 0–30 days after it before that follow-up (which excludes the discharge). Rates are
 * aggregated in the database; the list behind them is paged.
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { LONG_WINDOW_DAYS, SHORT_WINDOW_DAYS, type ContinuityRates } from "@/lib/care/continuity";
import type { IsoDate } from "@/lib/care/dates";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { zonedDay } from "@/lib/time";
import type { ContinuityPeriod } from "./schemas";

export const CONTINUITY_PAGE_SIZE = 100;

/** Each discharge in [from, to] with its first follow-up and its re-admission, as `measured`. */
function measuredCte(from: IsoDate, to: IsoDate): Prisma.Sql {
  return Prisma.sql`
    WITH discharges AS (
      SELECT d."id", d."patientId", d."level", d."endDate",
        (SELECT min(s."date") FROM "AttendedSession" s
          WHERE s."patientId" = d."patientId" AND s."level" IN ('PHP', 'IOP', 'OUTPATIENT')
            AND s."date" BETWEEN d."endDate" + 1 AND d."endDate" + ${LONG_WINDOW_DAYS}::int) AS "firstFollowUp"
      FROM "CareEpisode" d
      WHERE d."level" IN ('RESIDENTIAL', 'WITHDRAWAL_MANAGEMENT') AND d."endDate" IS NOT NULL
        AND d."endDate" BETWEEN ${from}::date AND ${to}::date
    ), measured AS (
      SELECT x.*,
        (SELECT min(n."startDate") FROM "CareEpisode" n
          WHERE n."patientId" = x."patientId" AND n."id" <> x."id" AND n."level" IN ('RESIDENTIAL', 'WITHDRAWAL_MANAGEMENT')
            AND n."startDate" BETWEEN x."endDate" AND x."endDate" + ${LONG_WINDOW_DAYS}::int
            AND (x."firstFollowUp" IS NULL OR n."startDate" < x."firstFollowUp")) AS "readmission"
      FROM discharges x
    )`;
}

interface RatesRow {
  counted: bigint;
  followed7: bigint;
  followed30: bigint;
  excluded: bigint;
  pending7: bigint;
  pending30: bigint;
}

/** The rates for a period, as `continuityRates(measureContinuity(…, { asOf }))` computes them. */
export async function continuityRatesSql(from: IsoDate, to: IsoDate, asOf: IsoDate): Promise<ContinuityRates> {
  const db = await getDb();
  const followed7 = Prisma.sql`("firstFollowUp" IS NOT NULL AND "firstFollowUp" - "endDate" <= ${SHORT_WINDOW_DAYS}::int)`;
  const [row] = await db.$queryRaw<RatesRow[]>`${measuredCte(from, to)}
    SELECT
      count(*) FILTER (WHERE "readmission" IS NULL) AS "counted",
      count(*) FILTER (WHERE "readmission" IS NULL AND ${followed7}) AS "followed7",
      count(*) FILTER (WHERE "readmission" IS NULL AND "firstFollowUp" IS NOT NULL) AS "followed30",
      count(*) FILTER (WHERE "readmission" IS NOT NULL) AS "excluded",
      count(*) FILTER (WHERE "readmission" IS NULL AND NOT ${followed7} AND ${asOf}::date - "endDate" <= ${SHORT_WINDOW_DAYS}::int) AS "pending7",
      count(*) FILTER (WHERE "readmission" IS NULL AND "firstFollowUp" IS NULL AND ${asOf}::date - "endDate" <= ${LONG_WINDOW_DAYS}::int) AS "pending30"
    FROM measured`;
  const counted = Number(row?.counted ?? 0);
  const f7 = Number(row?.followed7 ?? 0);
  const f30 = Number(row?.followed30 ?? 0);
  return {
    discharges: counted,
    followedUp7: f7,
    followedUp30: f30,
    rate7: counted === 0 ? null : f7 / counted,
    rate30: counted === 0 ? null : f30 / counted,
    excluded: Number(row?.excluded ?? 0),
    pending7: Number(row?.pending7 ?? 0),
    pending30: Number(row?.pending30 ?? 0),
  };
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
export async function continuityDischargesSql(from: IsoDate, to: IsoDate, limit: number, offset: number): Promise<ContinuityDischargeRow[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<(Omit<ContinuityDischargeRow, "daysToFollowUp"> & { daysToFollowUp: number | bigint | null })[]>`${measuredCte(from, to)}
    SELECT m."id" AS "episodeId", m."patientId", p."firstName", p."lastName", m."level"::text AS "level",
      to_char(m."endDate", 'YYYY-MM-DD') AS "endDate",
      CASE WHEN m."readmission" IS NULL THEN to_char(m."firstFollowUp", 'YYYY-MM-DD') END AS "firstFollowUpDate",
      to_char(m."readmission", 'YYYY-MM-DD') AS "readmissionDate",
      CASE WHEN m."readmission" IS NULL THEN m."firstFollowUp" - m."endDate" END AS "daysToFollowUp"
    FROM measured m JOIN "Patient" p ON p."id" = m."patientId"
    ORDER BY m."endDate" ASC, m."id" ASC
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => ({ ...r, daysToFollowUp: r.daysToFollowUp === null ? null : Number(r.daysToFollowUp) }));
}

/** The continuity page: rates as of today, and one page of the discharges (audited: names). */
export async function continuityReport(actor: Actor, period: ContinuityPeriod) {
  assertCan(actor, "report:clinical");
  const asOf = zonedDay(new Date());
  const [rates, rows] = await Promise.all([
    continuityRatesSql(period.from, period.to, asOf),
    continuityDischargesSql(period.from, period.to, CONTINUITY_PAGE_SIZE + 1, (period.page - 1) * CONTINUITY_PAGE_SIZE),
  ]);
  const discharges = rows.slice(0, CONTINUITY_PAGE_SIZE);
  await recordPhiAccess(actor, { action: "continuity.list", entityType: "CareEpisode", detail: { rows: discharges.length, page: period.page } });
  return { asOf, rates, discharges, hasMore: rows.length > CONTINUITY_PAGE_SIZE };
}
