import "server-only";
/**
 * The continuity page: the 7/30-day measure's rates and every discharge behind them,
 * paged. The SQL of the measure is the step-down continuity report's (lib/reports/continuity.ts,
 * `measuredCte`), so the page and the report can never disagree; the integration test checks both
 * against `measureContinuity` (lib/care/continuity.ts).
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import type { ContinuityRates } from "@/lib/care/continuity";
import type { IsoDate } from "@/lib/dates/days";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { measuredCte, totals, totalsSelect, type TotalsRow } from "@/lib/reports/continuity";
import { zonedDay } from "@/lib/dates/zone";
import type { ContinuityPeriod } from "./schemas";

export const CONTINUITY_PAGE_SIZE = 100;

// The page's two statements, exported so that the benchmark runs and explains exactly this SQL.
export const continuityRatesStatement = (from: IsoDate, to: IsoDate, asOf: IsoDate) =>
  Prisma.sql`${measuredCte(from, to)} SELECT ${totalsSelect(asOf)} FROM measured`;

export const continuityDischargesStatement = (from: IsoDate, to: IsoDate, limit: number, offset: number) =>
  Prisma.sql`${measuredCte(from, to)}
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
  const [row] = await db.$queryRaw<TotalsRow[]>(continuityRatesStatement(from, to, asOf));
  return totals(row);
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
export async function continuityReport(actor: Actor, period: ContinuityPeriod) {
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
