import "server-only";
/**
 * Report 3, the admissions funnel. Stages, each a subset of the one before (so rates never exceed
 * 100%):
 * - calls: distinct patients linked to at least one call started in the period;
 * - screened: of those, patients with a submitted screening (status not DRAFT) at any time;
 * - approved: of those, patients a clinician approved — a pipeline event to APPROVED, a pipeline
 *   status at or past APPROVED (APPROVED, INSURANCE_VERIFIED, ADMITTED), or any care episode;
 * - admitted: of those, patients with a care episode (admission) at any time.
 * By referral source: the patient's referral source, else the one on their earliest call in the
 * period. EKRA (18 U.S.C. §220): these figures must not be used to pay per referral.
 */
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertReport, num, rate, type ReportPeriod, utcBounds } from "./common";

export interface FunnelCounts {
  calls: number;
  screened: number;
  approved: number;
  admitted: number;
  /** Stage-to-stage conversion, 0–1, null when the stage before is empty. */
  screenedRate: number | null;
  approvedRate: number | null;
  admittedRate: number | null;
  /** calls → admitted. */
  overallRate: number | null;
}

export interface FunnelReport {
  period: ReportPeriod;
  overall: FunnelCounts;
  bySource: (FunnelCounts & { sourceId: string | null; source: string })[];
}

export const EKRA_NOTICE =
  "Referral-source figures are for planning only. They must not be used to pay or reward anyone per referral (Eliminating Kickbacks in Recovery Act, 18 U.S.C. §220).";

function counts(
  row: { calls: bigint; screened: bigint; approved: bigint; admitted: bigint } | undefined,
): FunnelCounts {
  const calls = num(row?.calls);
  const screened = num(row?.screened);
  const approved = num(row?.approved);
  const admitted = num(row?.admitted);
  return {
    calls,
    screened,
    approved,
    admitted,
    screenedRate: rate(screened, calls),
    approvedRate: rate(approved, screened),
    admittedRate: rate(admitted, approved),
    overallRate: rate(admitted, calls),
  };
}

/** The report's statement, exported so that the benchmark runs and explains exactly this SQL. */
export function funnelStatements(period: ReportPeriod) {
  const { start, end } = utcBounds(period);
  return {
    funnel: Prisma.sql`
    WITH cohort AS MATERIALIZED (
      SELECT c."patientId" AS id FROM "Call" c
      WHERE c."patientId" IS NOT NULL AND c."startedAt" >= ${start} AND c."startedAt" < ${end}
      GROUP BY c."patientId"
    ), staged AS (
      SELECT p."id",
        coalesce(p."referralSourceId", (SELECT c."referralSourceId" FROM "Call" c
          WHERE c."patientId" = p."id" AND c."startedAt" >= ${start} AND c."startedAt" < ${end} AND c."referralSourceId" IS NOT NULL
          ORDER BY c."startedAt" LIMIT 1)) AS "sourceId",
        EXISTS (SELECT 1 FROM "Screening" s WHERE s."patientId" = p."id" AND s."status" <> 'DRAFT') AS screened,
        (EXISTS (SELECT 1 FROM "PipelineEvent" e WHERE e."patientId" = p."id" AND e."toStatus" = 'APPROVED')
          OR p."pipelineStatus" IN ('APPROVED', 'INSURANCE_VERIFIED', 'ADMITTED')
          OR EXISTS (SELECT 1 FROM "CareEpisode" x WHERE x."patientId" = p."id")) AS approved,
        EXISTS (SELECT 1 FROM "CareEpisode" x WHERE x."patientId" = p."id") AS admitted
      FROM cohort k JOIN "Patient" p ON p."id" = k.id
    )
    SELECT s."sourceId", r."name" AS source, GROUPING(s."sourceId", r."name") = 3 AS total,
      count(*) AS calls,
      count(*) FILTER (WHERE screened) AS screened,
      count(*) FILTER (WHERE screened AND approved) AS approved,
      count(*) FILTER (WHERE screened AND approved AND admitted) AS admitted
    FROM staged s LEFT JOIN "ReferralSource" r ON r."id" = s."sourceId"
    GROUP BY GROUPING SETS ((s."sourceId", r."name"), ())
    ORDER BY total DESC, calls DESC, r."name" NULLS LAST`,
  };
}

export async function funnelReport(actor: Actor, period: ReportPeriod): Promise<FunnelReport> {
  assertReport(actor, "report:clinical");
  const db = await getDb();
  const rows = await db.$queryRaw<
    {
      sourceId: string | null;
      source: string | null;
      calls: bigint;
      screened: bigint;
      approved: bigint;
      admitted: bigint;
      total: boolean;
    }[]
  >(funnelStatements(period).funnel);
  const overall = rows.find((r) => r.total);
  return {
    period,
    overall: counts(overall),
    bySource: rows
      .filter((r) => !r.total)
      .map((r) => ({ ...counts(r), sourceId: r.sourceId, source: r.source ?? "No referral source recorded" })),
  };
}
