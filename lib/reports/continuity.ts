import "server-only";
/**
 * Report 6, step-down continuity (docs/clinical.md): the measure's rates by month and for the
 * period, and the discharges that missed the 7-day follow-up. The measure itself (its SQL and the
 * pure definition it is tested against) belongs to care (lib/care/continuity-queries.ts); this
 * report only groups it. The list of discharges that missed follow-up names patients, so it is
 * audited as a PHI read.
 */
import type { Actor } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import {
  type ContinuityCountsRow,
  continuityCountsSelect,
  continuityMeasuredCte,
  continuityRatesFromRow,
} from "@/lib/care/continuity-queries";
import { type ContinuityRates, LONG_WINDOW_DAYS, SHORT_WINDOW_DAYS } from "@/lib/care/rules/continuity";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { zonedDay } from "@/lib/dates/zone";
import { assertReport, type ReportPeriod } from "./common";

export const MISSED_LIST_LIMIT = 500;

/** The same figures as the pure measure's rates (lib/care/rules/continuity.ts). */
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

type MissedRow = Omit<ContinuityReport["missed"][number], "daysToFollowUp"> & {
  daysToFollowUp: number | bigint | null;
};

/**
 * The report's statements, exported so that the benchmark runs and explains exactly this SQL.
 * The monthly rows and the period's total come from one pass over `measured` (GROUPING SETS).
 */
export function continuityStatements(period: ReportPeriod, asOf: string) {
  const cte = continuityMeasuredCte(period.from, period.to);
  const month = Prisma.sql`date_trunc('month', "endDate")`;
  return {
    rates: Prisma.sql`${cte}
      SELECT to_char(${month}, 'YYYY-MM') AS month, GROUPING(${month}) = 1 AS total, ${continuityCountsSelect(asOf)}
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
    db.$queryRaw<(ContinuityCountsRow & { month: string | null; total: boolean })[]>(sql.rates),
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
    totals: continuityRatesFromRow(rates.find((r) => r.total)),
    monthly: rates.filter((r) => !r.total).map((r) => ({ month: r.month ?? "", ...continuityRatesFromRow(r) })),
    missed: missed.map((r) => ({ ...r, daysToFollowUp: r.daysToFollowUp === null ? null : Number(r.daysToFollowUp) })),
  };
}
