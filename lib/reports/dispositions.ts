import "server-only";
/**
 * Report 2, dispositions and time to first callback. Dispositions: every call started in the
 * period by its disposition (null = "not logged"). Callback time, for each CALLBACK_REQUESTED call
 * in the period: the first of (a) an OUTBOUND call to the same number started after the request,
 * (b) the result call of a DONE callback task created from the request; from the request's start to
 * that call's start. Requests not called back yet are counted, not timed.
 */
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CallDisposition } from "@/lib/generated/prisma/enums";
import { assertReport, num, numOrNull, type ReportPeriod, utcBounds } from "./common";

export interface DispositionsReport {
  period: ReportPeriod;
  dispositions: { disposition: CallDisposition | null; calls: number }[];
  callbacks: {
    requested: number;
    calledBack: number;
    notCalledBack: number;
    /** Minutes from the request to the first callback; null when no request was called back. */
    medianMinutes: number | null;
    p90Minutes: number | null;
  };
}

/** The first callback instant of request `c` (an SQL expression; null when none yet). */
export const FIRST_CALLBACK_SQL = Prisma.sql`LEAST(
  (SELECT min(o."startedAt") FROM "Call" o
    WHERE o."direction" = 'OUTBOUND' AND o."fromNumber" = c."fromNumber" AND o."startedAt" > c."startedAt"),
  (SELECT min(r."startedAt") FROM "Task" t JOIN "Call" r ON r."id" = t."resultCallId"
    WHERE t."callId" = c."id" AND t."kind" = 'CALLBACK' AND t."status" = 'DONE'))`;

/** The report's statements, exported so that the benchmark runs and explains exactly this SQL. */
export function dispositionsStatements(period: ReportPeriod) {
  const { start, end } = utcBounds(period);
  const inPeriod = Prisma.sql`c."startedAt" >= ${start} AND c."startedAt" < ${end}`;
  return {
    dispositions: Prisma.sql`
      SELECT c."disposition"::text AS disposition, count(*) AS calls
      FROM "Call" c WHERE ${inPeriod} GROUP BY c."disposition" ORDER BY calls DESC, 1 NULLS LAST`,
    // MATERIALIZED: "minutes" is read three times below; inlined, each read would run the two
    // callback lookups again for every request.
    callbacks: Prisma.sql`
      WITH requests AS MATERIALIZED (
        SELECT extract(epoch FROM ${FIRST_CALLBACK_SQL} - c."startedAt") / 60.0 AS minutes
        FROM "Call" c WHERE ${inPeriod} AND c."disposition" = 'CALLBACK_REQUESTED'
      )
      SELECT count(*) AS requested, count(minutes) AS called,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY minutes) AS median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY minutes) AS p90
      FROM requests`,
  };
}

export async function dispositionsReport(actor: Actor, period: ReportPeriod): Promise<DispositionsReport> {
  assertReport(actor, "report:calls");
  const db = await getDb();
  const sql = dispositionsStatements(period);
  const [dispositions, callbacks] = await Promise.all([
    db.$queryRaw<{ disposition: CallDisposition | null; calls: bigint }[]>(sql.dispositions),
    db.$queryRaw<{ requested: bigint; called: bigint; median: number | null; p90: number | null }[]>(sql.callbacks),
  ]);
  const cb = callbacks[0];
  const requested = num(cb?.requested);
  const calledBack = num(cb?.called);
  return {
    period,
    dispositions: dispositions.map((r) => ({ disposition: r.disposition, calls: num(r.calls) })),
    callbacks: {
      requested,
      calledBack,
      notCalledBack: requested - calledBack,
      medianMinutes: numOrNull(cb?.median),
      p90Minutes: numOrNull(cb?.p90),
    },
  };
}
