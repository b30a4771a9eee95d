import "server-only";
/**
 * The census board: patients by current level of care, each card with day N
 * of the expected stay, the step-down status and the open safety flags, plus the patients between
 * levels (left a 24-hour stay for a step-down whose first session is still ahead). Counts are
 * grouped in the database; each level's cards are one bounded query, ordered by expected end so
 * the stays closest to (or past) their end come first.
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { expectedStayProgress, type StayProgress } from "./rules/alerts";
import { ACTIVE_TRANSITION_STATUSES, CARE_LEVELS } from "./rules/levels";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CareLevel, TransitionKind, TransitionStatus } from "@/lib/generated/prisma/enums";
import { zonedDay } from "@/lib/dates/zone";
import { toIsoDay } from "@/lib/dates/db-days";
import { displayName } from "@/lib/people/names";

/** Cards per level on the overview; a level's own page shows more. */
export const CENSUS_OVERVIEW_SIZE = 12;
export const CENSUS_PAGE_SIZE = 60;

const CARD_SELECT = {
  id: true,
  level: true,
  startDate: true,
  expectedEndDate: true,
  program: { select: { name: true } },
  patient: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      preferredName: true,
      mrn: true,
      _count: { select: { safetyFlags: { where: { status: "OPEN" } } } },
    },
  },
  outgoingTransitions: {
    where: { status: { in: [...ACTIVE_TRANSITION_STATUSES] } },
    take: 1,
    select: { id: true, kind: true, status: true, toLevel: true, plannedDate: true },
  },
} as const satisfies Prisma.CareEpisodeSelect;

export interface CensusCard {
  episodeId: string;
  patientId: string;
  name: string;
  mrn: string | null;
  level: CareLevel;
  programName: string;
  startDate: string;
  expectedEndDate: string;
  progress: StayProgress;
  openSafetyFlags: number;
  transition: { kind: TransitionKind; status: TransitionStatus; toLevel: CareLevel; plannedDate: string } | null;
}

type CardRow = Prisma.CareEpisodeGetPayload<{ select: typeof CARD_SELECT }>;

function toCard(row: CardRow, today: string): CensusCard {
  const t = row.outgoingTransitions[0];
  const start = toIsoDay(row.startDate);
  const end = toIsoDay(row.expectedEndDate);
  return {
    episodeId: row.id,
    patientId: row.patient.id,
    name: displayName(row.patient),
    mrn: row.patient.mrn,
    level: row.level,
    programName: row.program.name,
    startDate: start,
    expectedEndDate: end,
    progress: expectedStayProgress(start, end, today),
    openSafetyFlags: row.patient._count.safetyFlags,
    transition: t ? { kind: t.kind, status: t.status, toLevel: t.toLevel, plannedDate: toIsoDay(t.plannedDate) } : null,
  };
}

export async function censusBoard(actor: Actor, options: { level?: CareLevel | undefined; page: number }) {
  assertCan(actor, "care:read");
  const db = await getDb();
  const today = zonedDay(new Date());
  const levels = options.level ? [options.level] : [...CARE_LEVELS];
  const size = options.level ? CENSUS_PAGE_SIZE : CENSUS_OVERVIEW_SIZE;
  const skip = options.level ? (options.page - 1) * CENSUS_PAGE_SIZE : 0;
  const [groups, columns, between, betweenCount] = await Promise.all([
    db.careEpisode.groupBy({ by: ["level"], where: { status: "OPEN" }, _count: { _all: true } }),
    Promise.all(
      levels.map((level) =>
        db.careEpisode.findMany({
          where: { status: "OPEN", level },
          orderBy: [{ expectedEndDate: "asc" }, { id: "asc" }],
          skip,
          take: size,
          select: CARD_SELECT,
        }),
      ),
    ),
    options.level ? Promise.resolve([]) : betweenLevels(CENSUS_OVERVIEW_SIZE),
    db.transition.count({
      where: { status: { in: [...ACTIVE_TRANSITION_STATUSES] }, fromEpisode: { status: "DISCHARGED" } },
    }),
  ]);
  const counts = Object.fromEntries(CARE_LEVELS.map((l) => [l, 0])) as Record<CareLevel, number>;
  for (const g of groups) counts[g.level] = g._count._all;
  const board = levels.map((level, i) => ({
    level,
    total: counts[level],
    cards: (columns[i] ?? []).map((row) => toCard(row, today)),
  }));
  const rows = board.reduce((n, c) => n + c.cards.length, 0) + between.length;
  await recordPhiAccess(actor, {
    action: "census.list",
    entityType: "CareEpisode",
    detail: { rows, ...(options.level ? { level: options.level, page: options.page } : {}) },
  });
  return { today, counts, board, between, betweenCount, pageSize: size };
}

/**
 * Patients who left residential / detox for a planned step-down that has not started: no open
 * episode, so not in any column, and exactly the gap the measure watches.
 */
async function betweenLevels(take: number) {
  const db = await getDb();
  const rows = await db.transition.findMany({
    where: { status: { in: [...ACTIVE_TRANSITION_STATUSES] }, fromEpisode: { status: "DISCHARGED" } },
    orderBy: [{ plannedDate: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      toLevel: true,
      plannedDate: true,
      toProgram: { select: { name: true } },
      fromEpisode: {
        select: {
          level: true,
          endDate: true,
          patient: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    transitionId: r.id,
    patientId: r.fromEpisode.patient.id,
    name: displayName(r.fromEpisode.patient),
    fromLevel: r.fromEpisode.level,
    leftOn: r.fromEpisode.endDate ? toIsoDay(r.fromEpisode.endDate) : null,
    status: r.status,
    toLevel: r.toLevel,
    toProgramName: r.toProgram?.name ?? null,
    plannedDate: toIsoDay(r.plannedDate),
  }));
}
