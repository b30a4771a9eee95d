import "server-only";
/**
 * Report 6, step-down continuity (docs/clinical.md), in SQL with exactly the definition of
 * `measureContinuity` (lib/care/continuity.ts); the integration test runs both on the same rows.
 * Per residential / withdrawal-management discharge whose end day is in the period:
 * - first follow-up = earliest attended PHP/IOP/OUTPATIENT session of the patient 1–30 days after
 *   the discharge day;
 * - re-admission = earliest start of another RESIDENTIAL/WM episode 0–30 days after the discharge
 *   day and before that follow-up (or with no follow-up): such a discharge is excluded;
 * - followed up in 7 / 30 = counted and follow-up day − discharge day ≤ 7 / ≤ 30.
 * The list of discharges that missed follow-up names patients, so it is audited as a PHI read.
 */
import type { Actor } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { type ContinuityRates, LONG_WINDOW_DAYS, SHORT_WINDOW_DAYS } from "@/lib/care/continuity";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { zonedDay } from "@/lib/dates/zone";
import { assertReport, num, rate, type ReportPeriod } from "./common";

export const MISSED_LIST_LIMIT = 500;

/** The same figures as the pure measure's rates (lib/care/continuity.ts). */
export type ContinuityTotals = ContinuityRates;

export interface ContinuityReport {
  period: ReportPeriod;
  asOf: string;
  totals: ContinuityTotals;
  monthly: (ContinuityTotals & { month: string })[];
  /** Counted discharges without a follow-up within 7 days (window closed), oldest first. */
  missed: {
    episodeId: string;
    patientId: string;
    firstName: string;
    lastName: string | null;
    level: CareLevel;
    endDate: string;
    daysToFollowUp: number | null;
    followedUp30: boolean;
    pending30: boolean;
  }[];
}

/**
 * `measured`: each discharge in [from, to] with its first follow-up and its re-admission.
 * MATERIALIZED: the counts refer to "firstFollowUp" several times, and an inlined CTE would run its
 * subquery once per reference (1.4 s instead of 0.1 s for 90 days at 100 000 patients).
 */
export function measuredCte(from: string, to: string): Prisma.Sql {
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

export type TotalsRow = {
  counted: bigint;
  followed7: bigint;
  followed30: bigint;
  excluded: bigint;
  pending7: bigint;
  pending30: bigint;
};

/** The rates' counts over `measured`, as `continuityRates(measureContinuity(…, { asOf }))` computes them. */
export function totalsSelect(asOf: string): Prisma.Sql {
  const f7 = Prisma.sql`("firstFollowUp" IS NOT NULL AND "firstFollowUp" - "endDate" <= ${SHORT_WINDOW_DAYS}::int)`;
  return Prisma.sql`
    count(*) FILTER (WHERE "readmission" IS NULL) AS counted,
    count(*) FILTER (WHERE "readmission" IS NULL AND ${f7}) AS followed7,
    count(*) FILTER (WHERE "readmission" IS NULL AND "firstFollowUp" IS NOT NULL) AS followed30,
    count(*) FILTER (WHERE "readmission" IS NOT NULL) AS excluded,
    count(*) FILTER (WHERE "readmission" IS NULL AND NOT ${f7} AND ${asOf}::date - "endDate" <= ${SHORT_WINDOW_DAYS}::int) AS pending7,
    count(*) FILTER (WHERE "readmission" IS NULL AND "firstFollowUp" IS NULL AND ${asOf}::date - "endDate" <= ${LONG_WINDOW_DAYS}::int) AS pending30`;
}

export function totals(row: TotalsRow | undefined): ContinuityTotals {
  const discharges = num(row?.counted);
  const followedUp7 = num(row?.followed7);
  const followedUp30 = num(row?.followed30);
  return {
    discharges,
    followedUp7,
    followedUp30,
    rate7: rate(followedUp7, discharges),
    rate30: rate(followedUp30, discharges),
    excluded: num(row?.excluded),
    pending7: num(row?.pending7),
    pending30: num(row?.pending30),
  };
}

type MissedRow = Omit<ContinuityReport["missed"][number], "daysToFollowUp"> & {
  daysToFollowUp: number | bigint | null;
};

/**
 * The report's statements, exported so that the benchmark runs and explains exactly this SQL.
 * The monthly rows and the period's total come from one pass over `measured` (GROUPING SETS).
 */
export function continuityStatements(period: ReportPeriod, asOf: string) {
  const cte = measuredCte(period.from, period.to);
  const month = Prisma.sql`date_trunc('month', "endDate")`;
  return {
    rates: Prisma.sql`${cte}
      SELECT to_char(${month}, 'YYYY-MM') AS month, GROUPING(${month}) = 1 AS total, ${totalsSelect(asOf)}
      FROM measured GROUP BY GROUPING SETS ((${month}), ()) ORDER BY total, month`,
    missed: Prisma.sql`${cte}
      SELECT m."id" AS "episodeId", m."patientId", p."firstName", p."lastName", m."level"::text AS level,
        to_char(m."endDate", 'YYYY-MM-DD') AS "endDate",
        m."firstFollowUp" - m."endDate" AS "daysToFollowUp",
        m."firstFollowUp" IS NOT NULL AS "followedUp30",
        (m."firstFollowUp" IS NULL AND ${asOf}::date - m."endDate" <= ${LONG_WINDOW_DAYS}::int) AS "pending30"
      FROM (
        SELECT * FROM measured
        WHERE "readmission" IS NULL
          AND ("firstFollowUp" IS NULL OR "firstFollowUp" - "endDate" > ${SHORT_WINDOW_DAYS}::int)
          AND ${asOf}::date - "endDate" > ${SHORT_WINDOW_DAYS}::int
        ORDER BY "endDate", "id" LIMIT ${MISSED_LIST_LIMIT}
      ) m JOIN "Patient" p ON p."id" = m."patientId"
      ORDER BY m."endDate", m."id"`,
  };
}

/** `audit: false` only for the CSV export, which writes its own single `report.export` row (L1). */
export async function continuityReport(
  actor: Actor,
  period: ReportPeriod,
  asOf: string = zonedDay(new Date()),
  options: { audit?: boolean } = {},
): Promise<ContinuityReport> {
  assertReport(actor, "report:clinical");
  const db = await getDb();
  const sql = continuityStatements(period, asOf);
  const [rates, missed] = await Promise.all([
    db.$queryRaw<(TotalsRow & { month: string | null; total: boolean })[]>(sql.rates),
    db.$queryRaw<MissedRow[]>(sql.missed),
  ]);
  if (options.audit !== false && missed.length > 0) {
    await recordPhiAccess(actor, {
      action: "report.list",
      entityType: "CareEpisode",
      detail: { report: "continuity", rows: missed.length },
    });
  }
  return {
    period,
    asOf,
    totals: totals(rates.find((r) => r.total)),
    monthly: rates.filter((r) => !r.total).map((r) => ({ month: r.month ?? "", ...totals(r) })),
    missed: missed.map((r) => ({ ...r, daysToFollowUp: r.daysToFollowUp === null ? null : Number(r.daysToFollowUp) })),
  };
}
