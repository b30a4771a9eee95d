import "server-only";
/**
 * The admissions pipeline as a board (columns by stage) and a list. Counts
 * are grouped in the database; each column and each list page is a bounded query, longest in
 * stage first. Cards carry only what the board shows (minimum necessary): name, stage, time in
 * stage, stuck flag, and the version a move is checked against.
 */
import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/people/names";
import { OPEN_PIPELINE_STAGES, PIPELINE_STATUSES } from "./rules/moves";
import { isStuckProspect, stuckSince, timeInStage } from "./rules/stuck";

export const BOARD_COLUMN_SIZE = 20;
export const PIPELINE_LIST_PAGE_SIZE = 50;

const PROSPECT_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  preferredName: true,
  pipelineStatus: true,
  pipelineChangedAt: true,
  lastActivityAt: true,
  version: true,
} as const satisfies Prisma.PatientSelect;

type ProspectRow = Prisma.PatientGetPayload<{ select: typeof PROSPECT_SELECT }>;

export interface ProspectCard {
  id: string;
  name: string;
  status: PipelineStatus;
  daysInStage: number;
  stuck: boolean;
  version: number;
}

function toCard(row: ProspectRow, now: Date): ProspectCard {
  return {
    id: row.id,
    name: displayName(row),
    status: row.pipelineStatus,
    daysInStage: timeInStage(row.pipelineChangedAt, now).days,
    stuck: isStuckProspect(row.pipelineStatus, row.lastActivityAt, now),
    version: row.version,
  };
}

const stuckWhere = (now: Date): Prisma.PatientWhereInput => ({
  pipelineStatus: { in: [...OPEN_PIPELINE_STAGES] },
  lastActivityAt: { lte: stuckSince(now) },
});

/** Count per stage (all stages) and stuck count per open stage, grouped in the database. */
async function stageCounts(now: Date) {
  const db = await getDb();
  const [all, stuck] = await Promise.all([
    db.patient.groupBy({ by: ["pipelineStatus"], _count: { _all: true } }),
    db.patient.groupBy({ by: ["pipelineStatus"], where: stuckWhere(now), _count: { _all: true } }),
  ]);
  const totals = Object.fromEntries(PIPELINE_STATUSES.map((s) => [s, 0])) as Record<PipelineStatus, number>;
  const stuckTotals = { ...totals };
  for (const g of all) totals[g.pipelineStatus] = g._count._all;
  for (const g of stuck) stuckTotals[g.pipelineStatus] = g._count._all;
  return { totals, stuckTotals };
}

export async function pipelineBoard(actor: Actor, options: { stuckOnly: boolean }) {
  assertCan(actor, "patient:read");
  const db = await getDb();
  const now = new Date();
  const [{ totals, stuckTotals }, columns] = await Promise.all([
    stageCounts(now),
    Promise.all(
      OPEN_PIPELINE_STAGES.map((status) =>
        db.patient.findMany({
          where: options.stuckOnly
            ? { AND: [stuckWhere(now), { pipelineStatus: status }] }
            : { pipelineStatus: status },
          orderBy: [{ pipelineChangedAt: "asc" }, { id: "asc" }],
          take: BOARD_COLUMN_SIZE,
          select: PROSPECT_SELECT,
        }),
      ),
    ),
  ]);
  const board = OPEN_PIPELINE_STAGES.map((status, i) => ({
    status,
    total: totals[status],
    stuck: stuckTotals[status],
    cards: (columns[i] ?? []).map((row) => toCard(row, now)),
  }));
  await recordPhiAccess(actor, {
    action: "patient.list",
    entityType: "Patient",
    detail: { view: "board", rows: board.reduce((n, c) => n + c.cards.length, 0), stuckOnly: options.stuckOnly },
  });
  return { board, totals, now };
}

export async function pipelineList(
  actor: Actor,
  options: { status?: PipelineStatus | undefined; stuckOnly: boolean; page: number },
) {
  assertCan(actor, "patient:read");
  const db = await getDb();
  const now = new Date();
  const where: Prisma.PatientWhereInput = {
    AND: [
      ...(options.stuckOnly ? [stuckWhere(now)] : []),
      ...(options.status ? [{ pipelineStatus: options.status }] : []),
    ],
  };
  const [rows, total] = await Promise.all([
    db.patient.findMany({
      where,
      orderBy: [{ pipelineChangedAt: "asc" }, { id: "asc" }],
      skip: (options.page - 1) * PIPELINE_LIST_PAGE_SIZE,
      take: PIPELINE_LIST_PAGE_SIZE,
      select: PROSPECT_SELECT,
    }),
    db.patient.count({ where }),
  ]);
  await recordPhiAccess(actor, {
    action: "patient.list",
    entityType: "Patient",
    detail: {
      view: "list",
      rows: rows.length,
      page: options.page,
      ...(options.status ? { status: options.status } : {}),
    },
  });
  return {
    rows: rows.map((r) => toCard(r, now)),
    total,
    pages: Math.max(1, Math.ceil(total / PIPELINE_LIST_PAGE_SIZE)),
  };
}
