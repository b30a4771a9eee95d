import "server-only";
/**
 * The home page's figures in ONE round of parallel queries: every query below
 * is started in a single Promise.all, none depends on another's result, and each is a count or a
 * short list of ids — no PHI beyond what a card shows (ids, levels, risk, times).
 * Definitions follow the pure predicates of lib/care/rules/alerts.ts (the care pages' specification).
 */
import { type Actor, assertCan, can } from "@/lib/auth/actor";
import { OPEN_PIPELINE_STAGES } from "@/lib/pipeline/rules/moves";
import { stuckSince } from "@/lib/pipeline/rules/stuck";
import { DUE_SOON_DAYS } from "@/lib/care/rules/alerts";
import { addDays, nextDay } from "@/lib/dates/days";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel, PipelineStatus, SafetyRisk } from "@/lib/generated/prisma/enums";
import { countCensusAlerts } from "@/lib/care/alert-queries";
import { startOfZonedDay, zonedDay } from "@/lib/dates/zone";
import { num } from "./common";

export interface Dashboard {
  today: string;
  /** Calls started today and this week (Monday to today, the center's days). */
  calls: {
    today: number;
    week: number;
    byLine: { lineId: string | null; label: string; today: number; week: number }[];
  };
  unloggedCalls: number;
  /** Open callbacks: due later today (not yet overdue) and overdue (due before now), all and mine. */
  callbacks: { dueToday: number; overdue: number; mineDueToday: number; mineOverdue: number };
  /** Null when the actor does not review screenings. */
  screeningsAwaitingReview: number | null;
  safetyFlags: { open: number; newest: { id: string; risk: SafetyRisk; raisedAt: Date; patientId: string }[] };
  census: { level: CareLevel; patients: number }[];
  stepDowns: { dueThisWeek: number; unconfirmed: number };
  continuity: { overdueWithoutPlan: number; noFollowUp7: number; noFollowUp30: number };
  pipeline: { byStage: { stage: PipelineStatus; prospects: number }[]; stuck: number };
}

/** Monday of the center's week containing `ymd`. */
function mondayOf(ymd: string): string {
  const dow = new Date(`${ymd}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(ymd, -((dow + 6) % 7));
}

export async function loadDashboard(actor: Actor, now: Date = new Date()): Promise<Dashboard> {
  assertCan(actor, "dashboard:read");
  const db = await getDb();
  const today = zonedDay(now);
  const todayStart = startOfZonedDay(today);
  const tomorrowStart = startOfZonedDay(nextDay(today));
  const weekStart = startOfZonedDay(mondayOf(today));
  const stuckBefore = stuckSince(now);
  const reviewer = can(actor, "screening:review");

  const [calls, unlogged, callbacks, awaiting, openFlags, newestFlags, census, stepDowns, alerts, stages, stuck] =
    await Promise.all([
      db.$queryRaw<{ lineId: string | null; label: string | null; today: bigint; week: bigint }[]>`
      SELECT c."phoneLineId" AS "lineId", l."label",
        count(*) FILTER (WHERE c."startedAt" >= ${todayStart}) AS today, count(*) AS week
      FROM "Call" c LEFT JOIN "PhoneLine" l ON l."id" = c."phoneLineId"
      WHERE c."startedAt" >= ${weekStart} AND c."startedAt" < ${tomorrowStart}
      GROUP BY c."phoneLineId", l."label" ORDER BY week DESC, l."label" NULLS LAST`,
      db.call.count({ where: { source: "TELEPHONY", disposition: null } }),
      db.$queryRaw<{ dueToday: bigint; overdue: bigint; mineDueToday: bigint; mineOverdue: bigint }[]>`
      SELECT count(*) FILTER (WHERE t."dueAt" >= ${now} AND t."dueAt" < ${tomorrowStart}) AS "dueToday",
        count(*) FILTER (WHERE t."dueAt" < ${now}) AS overdue,
        count(*) FILTER (WHERE t."dueAt" >= ${now} AND t."dueAt" < ${tomorrowStart} AND t."assigneeId" = ${actor.id}::uuid) AS "mineDueToday",
        count(*) FILTER (WHERE t."dueAt" < ${now} AND t."assigneeId" = ${actor.id}::uuid) AS "mineOverdue"
      FROM "Task" t WHERE t."kind" = 'CALLBACK' AND t."status" = 'OPEN' AND t."dueAt" < ${tomorrowStart}`,
      reviewer ? db.screening.count({ where: { status: "SUBMITTED" } }) : Promise.resolve(null),
      db.safetyFlag.count({ where: { status: "OPEN" } }),
      db.safetyFlag.findMany({
        where: { status: "OPEN" },
        orderBy: [{ raisedAt: "desc" }, { id: "desc" }],
        take: 10,
        select: { id: true, risk: true, raisedAt: true, patientId: true },
      }),
      db.$queryRaw<{ level: CareLevel; patients: bigint }[]>`
      SELECT e."level"::text AS level, count(*) AS patients FROM "CareEpisode" e WHERE e."status" = 'OPEN' GROUP BY e."level" ORDER BY e."level"`,
      // Active step-downs planned up to DUE_SOON_DAYS ahead (past-due ones included: most urgent).
      db.$queryRaw<{ due: bigint; unconfirmed: bigint }[]>`
      SELECT count(*) AS due, count(*) FILTER (WHERE t."status" = 'PLANNED') AS unconfirmed
      FROM "Transition" t WHERE t."kind" = 'STEP_DOWN' AND t."status" IN ('PLANNED', 'CONFIRMED')
        AND t."plannedDate" <= ${today}::date + ${DUE_SOON_DAYS}::int`,
      // The census alerts' one statement (the nav badge's, lib/care/alert-queries.ts): past
      // expected stay with no plan, no follow-up by day 7 / day 30.
      countCensusAlerts(today),
      // Grouped and compared as the enum, not as text, so the (pipelineStatus, lastActivityAt) index
      // answers both (stuck: 57 ms → 0.1 ms, by stage: 62 → 13 ms at 100 000 patients).
      db.$queryRaw<{ stage: PipelineStatus; prospects: bigint }[]>`
      SELECT p."pipelineStatus"::text AS stage, count(*) AS prospects FROM "Patient" p GROUP BY p."pipelineStatus" ORDER BY 1`,
      db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Patient" p
      WHERE p."pipelineStatus" IN (${Prisma.join(OPEN_PIPELINE_STAGES.map((stage) => Prisma.sql`${stage}::"PipelineStatus"`))}) AND p."lastActivityAt" <= ${stuckBefore}`,
    ]);

  const cb = callbacks[0];
  const sd = stepDowns[0];
  const byLine = calls.map((r) => ({
    lineId: r.lineId,
    label: r.label ?? "No line",
    today: num(r.today),
    week: num(r.week),
  }));
  return {
    today,
    calls: { today: byLine.reduce((s, r) => s + r.today, 0), week: byLine.reduce((s, r) => s + r.week, 0), byLine },
    unloggedCalls: unlogged,
    callbacks: {
      dueToday: num(cb?.dueToday),
      overdue: num(cb?.overdue),
      mineDueToday: num(cb?.mineDueToday),
      mineOverdue: num(cb?.mineOverdue),
    },
    screeningsAwaitingReview: awaiting,
    safetyFlags: { open: openFlags, newest: newestFlags },
    census: census.map((r) => ({ level: r.level, patients: num(r.patients) })),
    stepDowns: { dueThisWeek: num(sd?.due), unconfirmed: num(sd?.unconfirmed) },
    continuity: {
      overdueWithoutPlan: alerts.overdue,
      noFollowUp7: alerts["missed-7"],
      noFollowUp30: alerts["missed-30"],
    },
    pipeline: {
      byStage: stages.map((r) => ({ stage: r.stage, prospects: num(r.prospects) })),
      stuck: num(stuck[0]?.n),
    },
  };
}
