import "server-only";
/**
 * One timeline per patient: calls, screenings, pipeline moves, episodes
 * (start and discharge), transitions, safety flags and tasks, newest first, in one UNION ALL
 * statement bounded per source and overall. Day-only facts (@db.Date) are placed at the start of
 * that day in the center's time zone; on the same day a start sorts above the discharge it follows.
 * Timestamps stay as Prisma stores them (UTC, without time zone) so the UNION compares like with like.
 */
import type { IsoDate } from "@/lib/dates/days";
import type { Db } from "@/lib/db/client";

export const TIMELINE_LIMIT = 100;

export type TimelineKind =
  "call" | "screening" | "pipeline" | "episode-start" | "episode-end" | "transition" | "safety-flag" | "task";

/**
 * Columns a–e hold each kind's own fields as text (enum values, names, days): the page turns
 * them into sentences. `at` orders the timeline; `day` is set for day-only facts.
 */
export interface TimelineEntry {
  kind: TimelineKind;
  id: string;
  at: Date;
  day: IsoDate | null;
  a: string | null;
  b: string | null;
  c: string | null;
  d: string | null;
  e: string | null;
}

export async function patientTimeline(
  db: Db,
  patientId: string,
  timeZone: string,
  limit = TIMELINE_LIMIT,
): Promise<TimelineEntry[]> {
  return db.$queryRaw<TimelineEntry[]>`
    SELECT "kind", "id", "at", "day", "a", "b", "c", "d", "e" FROM (
      (SELECT 'call' AS "kind", c."id"::text AS "id", c."startedAt" AS "at", NULL::text AS "day", 0 AS "rank",
          c."direction"::text AS "a", c."disposition"::text AS "b", NULL::text AS "c", NULL::text AS "d", NULL::text AS "e"
        FROM "Call" c WHERE c."patientId" = ${patientId}::uuid ORDER BY c."startedAt" DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'screening', s."id"::text, COALESCE(s."submittedAt", s."createdAt"), NULL, 0,
          s."status"::text, COALESCE(s."finalLevel", s."recommendedLevel")::text, s."safetyRisk"::text, NULL, NULL
        FROM "Screening" s WHERE s."patientId" = ${patientId}::uuid ORDER BY COALESCE(s."submittedAt", s."createdAt") DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'pipeline', pe."id"::text, pe."at", NULL, 0, pe."fromStatus"::text, pe."toStatus"::text, pe."note", NULL, NULL
        FROM "PipelineEvent" pe WHERE pe."patientId" = ${patientId}::uuid ORDER BY pe."at" DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'episode-start', e."id"::text, ((e."startDate"::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'), to_char(e."startDate", 'YYYY-MM-DD'), 2,
          e."level"::text, pr."name", to_char(e."expectedEndDate", 'YYYY-MM-DD'), NULL, NULL
        FROM "CareEpisode" e JOIN "Program" pr ON pr."id" = e."programId"
        WHERE e."patientId" = ${patientId}::uuid ORDER BY e."startDate" DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'episode-end', e."id"::text, ((e."endDate"::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'), to_char(e."endDate", 'YYYY-MM-DD'), 1,
          e."level"::text, e."dischargeReason"::text, e."aftercarePlan", e."followUpPlan", NULL
        FROM "CareEpisode" e WHERE e."patientId" = ${patientId}::uuid AND e."endDate" IS NOT NULL ORDER BY e."endDate" DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'transition', t."id"::text, t."createdAt", NULL, 0,
          t."kind"::text, t."toLevel"::text, t."status"::text, to_char(t."plannedDate", 'YYYY-MM-DD'), t."statusReason"
        FROM "Transition" t JOIN "CareEpisode" f ON f."id" = t."fromEpisodeId"
        WHERE f."patientId" = ${patientId}::uuid ORDER BY t."createdAt" DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'safety-flag', sf."id"::text, sf."raisedAt", NULL, 0, sf."risk"::text, sf."source", sf."status"::text, NULL, NULL
        FROM "SafetyFlag" sf WHERE sf."patientId" = ${patientId}::uuid ORDER BY sf."raisedAt" DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'task', tk."id"::text, tk."createdAt", NULL, 0, tk."kind"::text, tk."status"::text, tk."note", to_char(tk."dueAt", 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), NULL
        FROM "Task" tk WHERE tk."patientId" = ${patientId}::uuid ORDER BY tk."createdAt" DESC LIMIT ${limit})
    ) AS timeline
    ORDER BY "at" DESC, "rank" DESC, "id" DESC
    LIMIT ${limit}`;
}
