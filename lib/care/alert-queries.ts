import "server-only";
/**
 * The census alerts in SQL: the same predicates as lib/care/rules/alerts.ts, which
 * the integration tests check them against. Counts are one aggregate statement (the navigation
 * badge runs it on every page); each list is bounded and paged in the database. `today` is the
 * center's calendar day, passed in as a parameter, never the database server's clock.
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import {
  DUE_SOON_DAYS,
  FOLLOW_UP_ALERT_MAX_DAYS,
  FOLLOW_UP_WINDOW_LONG_DAYS,
  FOLLOW_UP_WINDOW_SHORT_DAYS,
  MISSED_SESSION_DAYS,
} from "./rules/alerts";
import type { IsoDate } from "@/lib/dates/days";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { zonedDay } from "@/lib/dates/zone";
import type { CensusAlert } from "./schemas";

export const ALERT_PAGE_SIZE = 50;

export type AlertCounts = Record<CensusAlert, number>;

/** Open residential / detox stays past their expected end with no planned or confirmed transition. */
const overdueWhere = (today: IsoDate) => Prisma.sql`
  e."status" = 'OPEN' AND e."level" IN ('RESIDENTIAL', 'WITHDRAWAL_MANAGEMENT')
  AND e."expectedEndDate" < ${today}::date
  AND NOT EXISTS (SELECT 1 FROM "Transition" t WHERE t."activeForEpisodeId" = e."id")`;

/** Transitions still only planned, due within 7 days (past-due included). */
const dueWhere = (today: IsoDate) => Prisma.sql`
  t."status" = 'PLANNED' AND t."plannedDate" <= ${today}::date + ${DUE_SOON_DAYS}::int`;

/**
 * Residential / detox discharges 8–60 days ago with no IOP/PHP/outpatient session after the
 * discharge day and no later episode: the people to call today.
 */
const missedFollowUpWhere = (today: IsoDate) => Prisma.sql`
  d."status" = 'DISCHARGED' AND d."level" IN ('RESIDENTIAL', 'WITHDRAWAL_MANAGEMENT')
  AND d."endDate" BETWEEN ${today}::date - ${FOLLOW_UP_ALERT_MAX_DAYS}::int AND ${today}::date - ${FOLLOW_UP_WINDOW_SHORT_DAYS + 1}::int
  AND NOT EXISTS (
    -- OFFSET 0 keeps this a per-discharge probe of (patientId, startDate); as a join the planner
    -- hashes every episode in the table (≈ 50 ms at 67 000 episodes) for a few thousand discharges.
    SELECT 1 FROM "CareEpisode" n WHERE n."patientId" = d."patientId" AND n."id" <> d."id" AND n."startDate" >= d."endDate" OFFSET 0)
  AND NOT EXISTS (
    SELECT 1 FROM "AttendedSession" s
    WHERE s."patientId" = d."patientId" AND s."level" IN ('PHP', 'IOP', 'OUTPATIENT') AND s."date" > d."endDate" AND s."date" <= ${today}::date)`;

const missedStage = (today: IsoDate, stage: "missed-7" | "missed-30") =>
  stage === "missed-7"
    ? Prisma.sql`${today}::date - d."endDate" <= ${FOLLOW_UP_WINDOW_LONG_DAYS}::int`
    : Prisma.sql`${today}::date - d."endDate" > ${FOLLOW_UP_WINDOW_LONG_DAYS}::int`;

/** The day an open IOP/PHP episode last had a session (or its start, if none since). */
const lastSeen = (today: IsoDate) => Prisma.sql`GREATEST(e."startDate", COALESCE((
    SELECT max(s."date") FROM "AttendedSession" s
    WHERE s."patientId" = e."patientId" AND s."date" >= e."startDate" AND s."date" <= ${today}::date), e."startDate"))`;

const missedSessionsWhere = (today: IsoDate) => Prisma.sql`
  e."status" = 'OPEN' AND e."level" IN ('IOP', 'PHP') AND ${lastSeen(today)} < ${today}::date - ${MISSED_SESSION_DAYS}::int`;

interface CountRow {
  overdue: bigint;
  due: bigint;
  missed7: bigint;
  missed30: bigint;
  sessions: bigint;
}

/** Every alert's count in one statement (exported so that the benchmark runs and explains it). */
export const censusAlertCountsStatement = (today: IsoDate) => Prisma.sql`
    SELECT
      (SELECT count(*) FROM "CareEpisode" e WHERE ${overdueWhere(today)}) AS "overdue",
      (SELECT count(*) FROM "Transition" t WHERE ${dueWhere(today)}) AS "due",
      m."missed7", m."missed30",
      (SELECT count(*) FROM "CareEpisode" e WHERE ${missedSessionsWhere(today)}) AS "sessions"
    FROM (
      -- Both follow-up stages in one pass over the discharges.
      SELECT count(*) FILTER (WHERE ${missedStage(today, "missed-7")}) AS "missed7", count(*) FILTER (WHERE ${missedStage(today, "missed-30")}) AS "missed30"
      FROM "CareEpisode" d WHERE ${missedFollowUpWhere(today)}
    ) AS m`;

/** Every alert's count, for `today` (the center's day). No PHI: not audited. */
export async function countCensusAlerts(today: IsoDate = zonedDay(new Date())): Promise<AlertCounts> {
  const db = await getDb();
  const [row] = await db.$queryRaw<CountRow[]>(censusAlertCountsStatement(today));
  return {
    overdue: Number(row?.overdue ?? 0),
    "due-unconfirmed": Number(row?.due ?? 0),
    "missed-7": Number(row?.missed7 ?? 0),
    "missed-30": Number(row?.missed30 ?? 0),
    "missed-sessions": Number(row?.sessions ?? 0),
  };
}

export async function censusAlertCounts(actor: Actor, today?: IsoDate): Promise<AlertCounts> {
  assertCan(actor, "care:read");
  return countCensusAlerts(today);
}

export function alertTotal(counts: AlertCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** One row of an alert list: who, at what level, the day that matters and how many days since. */
export interface AlertRow {
  /** The episode or transition the alert is about. */
  refId: string;
  patientId: string;
  firstName: string;
  lastName: string | null;
  level: CareLevel;
  /** Overdue: expected end; due: planned date; missed follow-up: discharge day; sessions: last seen. */
  day: IsoDate;
  /** Days past that day (negative: due in the future). */
  days: number;
  /** Due: the level the transition goes to. */
  toLevel: CareLevel | null;
  /** For the call list (missed follow-up): the number and the consents that govern a message. */
  phone: string | null;
  okToLeaveVoicemail: boolean;
  okToNameCenter: boolean;
  okToText: boolean;
}

type RawAlertRow = Omit<AlertRow, "days"> & { days: number | bigint };

function listSql(alert: CensusAlert, today: IsoDate, offset: number): Prisma.Sql {
  const person = Prisma.sql`p."id" AS "patientId", p."firstName", p."lastName", p."phone", p."okToLeaveVoicemail", p."okToNameCenter", p."okToText"`;
  const page = Prisma.sql`LIMIT ${ALERT_PAGE_SIZE + 1} OFFSET ${offset}`;
  switch (alert) {
    case "overdue":
      return Prisma.sql`SELECT e."id" AS "refId", ${person}, e."level"::text AS "level", to_char(e."expectedEndDate", 'YYYY-MM-DD') AS "day",
        ${today}::date - e."expectedEndDate" AS "days", NULL AS "toLevel"
        FROM "CareEpisode" e JOIN "Patient" p ON p."id" = e."patientId" WHERE ${overdueWhere(today)}
        ORDER BY e."expectedEndDate" ASC, e."id" ${page}`;
    case "due-unconfirmed":
      return Prisma.sql`SELECT t."id" AS "refId", ${person}, f."level"::text AS "level", to_char(t."plannedDate", 'YYYY-MM-DD') AS "day",
        ${today}::date - t."plannedDate" AS "days", t."toLevel"::text AS "toLevel"
        FROM "Transition" t JOIN "CareEpisode" f ON f."id" = t."fromEpisodeId" JOIN "Patient" p ON p."id" = f."patientId" WHERE ${dueWhere(today)}
        ORDER BY t."plannedDate" ASC, t."id" ${page}`;
    case "missed-7":
    case "missed-30":
      return Prisma.sql`SELECT d."id" AS "refId", ${person}, d."level"::text AS "level", to_char(d."endDate", 'YYYY-MM-DD') AS "day",
        ${today}::date - d."endDate" AS "days", NULL AS "toLevel"
        FROM "CareEpisode" d JOIN "Patient" p ON p."id" = d."patientId" WHERE ${missedFollowUpWhere(today)} AND ${missedStage(today, alert)}
        ORDER BY d."endDate" ASC, d."id" ${page}`;
    case "missed-sessions":
      return Prisma.sql`SELECT e."id" AS "refId", ${person}, e."level"::text AS "level", to_char(${lastSeen(today)}, 'YYYY-MM-DD') AS "day",
        ${today}::date - ${lastSeen(today)} AS "days", NULL AS "toLevel"
        FROM "CareEpisode" e JOIN "Patient" p ON p."id" = e."patientId" WHERE ${missedSessionsWhere(today)}
        ORDER BY "day" ASC, e."id" ${page}`;
  }
}

/** One page of one alert's list, most overdue first; audited as a PHI list. */
export async function censusAlertList(
  actor: Actor,
  alert: CensusAlert,
  page: number,
  today: IsoDate = zonedDay(new Date()),
) {
  assertCan(actor, "care:read");
  const db = await getDb();
  const raw = await db.$queryRaw<RawAlertRow[]>(listSql(alert, today, (page - 1) * ALERT_PAGE_SIZE));
  const rows: AlertRow[] = raw.slice(0, ALERT_PAGE_SIZE).map((r) => ({ ...r, days: Number(r.days) }));
  await recordPhiAccess(actor, {
    action: "care-alert.list",
    entityType: "CareEpisode",
    detail: { alert, rows: rows.length, page },
  });
  return { rows, hasMore: raw.length > ALERT_PAGE_SIZE };
}
