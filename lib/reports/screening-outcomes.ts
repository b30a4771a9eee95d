import "server-only";
/**
 * Report 4, screening outcomes, over screenings submitted in the period (status not DRAFT; an
 * amendment is its own screening). Agreement matrix: recommended × chosen level for screenings a
 * clinician has decided (finalLevel set). Override reasons: decisions that differ from the
 * recommendation, with their reason (clinical text, so the list is audited as a PHI read). Safety
 * flags: raised in the period, by risk, with the median hours to resolution of those resolved.
 * Bands: PHQ-9 / GAD-7 bands from `scores` JSON (`{ phq9: { total, band }, gad7: … }`).
 */
import type { Actor } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RecommendedLevel, SafetyRisk } from "@/lib/generated/prisma/enums";
import { assertReport, num, numOrNull, type ReportPeriod, utcBounds } from "./common";

export const OVERRIDE_LIST_LIMIT = 200;

export interface ScreeningOutcomesReport {
  period: ReportPeriod;
  submitted: number;
  decided: number;
  agreed: number;
  matrix: { recommended: RecommendedLevel | null; chosen: RecommendedLevel; screenings: number }[];
  overrides: {
    screeningId: string;
    submittedAt: Date;
    recommended: RecommendedLevel | null;
    chosen: RecommendedLevel;
    reason: string | null;
  }[];
  safetyFlags: {
    raised: number;
    resolved: number;
    medianHoursToResolve: number | null;
    byRisk: { risk: SafetyRisk; flags: number }[];
  };
  bands: { instrument: "phq9" | "gad7"; band: string; screenings: number }[];
}

/** The report's statements, exported so that the benchmark runs and explains exactly this SQL. */
export function screeningOutcomesStatements(period: ReportPeriod) {
  const { start, end } = utcBounds(period);
  const inPeriod = Prisma.sql`s."status" <> 'DRAFT' AND s."submittedAt" >= ${start} AND s."submittedAt" < ${end}`;
  const flagsInPeriod = Prisma.sql`f."raisedAt" >= ${start} AND f."raisedAt" < ${end}`;
  return {
    totals: Prisma.sql`
      SELECT count(*) AS submitted, count(*) FILTER (WHERE s."finalLevel" IS NOT NULL) AS decided,
        count(*) FILTER (WHERE s."finalLevel" IS NOT NULL AND s."finalLevel" = s."recommendedLevel") AS agreed
      FROM "Screening" s WHERE ${inPeriod}`,
    matrix: Prisma.sql`
      SELECT s."recommendedLevel"::text AS recommended, s."finalLevel"::text AS chosen, count(*) AS screenings
      FROM "Screening" s WHERE ${inPeriod} AND s."finalLevel" IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2`,
    overrides: Prisma.sql`
      SELECT s."id" AS "screeningId", s."submittedAt", s."recommendedLevel"::text AS recommended, s."finalLevel"::text AS chosen, s."overrideReason" AS reason
      FROM "Screening" s
      WHERE ${inPeriod} AND s."finalLevel" IS NOT NULL AND s."finalLevel" IS DISTINCT FROM s."recommendedLevel"
      ORDER BY s."submittedAt" DESC, s."id" LIMIT ${OVERRIDE_LIST_LIMIT}`,
    flags: Prisma.sql`
      SELECT count(*) AS raised, count(f."resolvedAt") AS resolved,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f."resolvedAt" - f."raisedAt") / 3600.0) AS median
      FROM "SafetyFlag" f WHERE ${flagsInPeriod}`,
    byRisk: Prisma.sql`
      SELECT f."risk"::text AS risk, count(*) AS flags FROM "SafetyFlag" f WHERE ${flagsInPeriod} GROUP BY 1 ORDER BY 1`,
    bands: Prisma.sql`
      SELECT i.instrument, s."scores" -> i.instrument ->> 'band' AS band, count(*) AS screenings
      FROM "Screening" s CROSS JOIN (VALUES ('phq9'), ('gad7')) AS i(instrument)
      WHERE ${inPeriod} AND s."scores" -> i.instrument ->> 'band' IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2`,
  };
}

/** `audit: false` only for the CSV export, which writes its own single `report.export` row (L1). */
export async function screeningOutcomesReport(
  actor: Actor,
  period: ReportPeriod,
  options: { audit?: boolean } = {},
): Promise<ScreeningOutcomesReport> {
  assertReport(actor, "report:clinical");
  const db = await getDb();
  const sql = screeningOutcomesStatements(period);
  const [totals, matrix, overrides, flags, byRisk, bands] = await Promise.all([
    db.$queryRaw<{ submitted: bigint; decided: bigint; agreed: bigint }[]>(sql.totals),
    db.$queryRaw<{ recommended: RecommendedLevel | null; chosen: RecommendedLevel; screenings: bigint }[]>(sql.matrix),
    db.$queryRaw<ScreeningOutcomesReport["overrides"]>(sql.overrides),
    db.$queryRaw<{ raised: bigint; resolved: bigint; median: number | null }[]>(sql.flags),
    db.$queryRaw<{ risk: SafetyRisk; flags: bigint }[]>(sql.byRisk),
    db.$queryRaw<{ instrument: "phq9" | "gad7"; band: string; screenings: bigint }[]>(sql.bands),
  ]);
  if (options.audit !== false && overrides.length > 0) {
    await recordPhiAccess(actor, {
      action: "report.list",
      entityType: "Screening",
      detail: { report: "screening-outcomes", rows: overrides.length },
    });
  }
  const t = totals[0];
  const f = flags[0];
  return {
    period,
    submitted: num(t?.submitted),
    decided: num(t?.decided),
    agreed: num(t?.agreed),
    matrix: matrix.map((r) => ({ ...r, screenings: num(r.screenings) })),
    overrides,
    safetyFlags: {
      raised: num(f?.raised),
      resolved: num(f?.resolved),
      medianHoursToResolve: numOrNull(f?.median),
      byRisk: byRisk.map((r) => ({ risk: r.risk, flags: num(r.flags) })),
    },
    bands: bands.map((r) => ({ ...r, screenings: num(r.screenings) })),
  };
}
