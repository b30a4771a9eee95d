import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { connectDb, getDb } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { LIVE_CHANNEL } from "./publish";
import { type LiveEventRow, mayReceive } from "./rules/audience";

/**
 * One per server process: a single LISTEN on the live channel fans each committed event out to
 * the browsers connected to this process. A NOTIFY wakes it; a slow poll of the event log covers
 * a dropped LISTEN connection, so no event is lost, only late (docs/decisions/0016-live-updates.md).
 */
export interface Subscriber {
  recipient: { id: string; role: Role };
  send: (event: LiveEventRow) => void;
}

const POLL_MS = 5_000;
const REPLAY_LIMIT = 200;

interface Hub {
  subscribers: Set<Subscriber>;
  cursor: bigint | null;
  timer: NodeJS.Timeout | null;
  unlisten: (() => Promise<void>) | null;
  draining: Promise<void> | null;
  again: boolean;
}

const globalForHub = globalThis as unknown as { __intakeLiveHub?: Hub };

function hub(): Hub {
  globalForHub.__intakeLiveHub ??= {
    subscribers: new Set(),
    cursor: null,
    timer: null,
    unlisten: null,
    draining: null,
    again: false,
  };
  return globalForHub.__intakeLiveHub;
}

/** The newest event id now, the starting point of a browser that has seen nothing yet. */
export async function latestEventId(): Promise<bigint> {
  const db = await getDb();
  const row = await db.liveEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0n;
}

/** Events after `cursor` that `recipient` may hear, oldest first (a reconnecting browser's catch-up). */
export async function eventsSince(cursor: bigint, recipient: Subscriber["recipient"]): Promise<LiveEventRow[]> {
  const db = await getDb();
  const rows = await db.liveEvent.findMany({
    where: { id: { gt: cursor }, at: { gt: new Date(Date.now() - 24 * 3_600_000) } },
    orderBy: { id: "asc" },
    take: REPLAY_LIMIT,
    select: { id: true, kind: true, entityId: true, userId: true },
  });
  return rows.filter((r) => mayReceive(r, recipient));
}

async function drain(h: Hub): Promise<void> {
  h.cursor ??= await latestEventId();
  const db = await getDb();
  for (;;) {
    const cursor: bigint = h.cursor;
    const rows: LiveEventRow[] = await db.liveEvent.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: REPLAY_LIMIT,
      select: { id: true, kind: true, entityId: true, userId: true },
    });
    for (const row of rows) {
      for (const s of h.subscribers) if (mayReceive(row, s.recipient)) s.send(row);
      h.cursor = row.id;
    }
    if (rows.length < REPLAY_LIMIT) return;
  }
}

/** Runs one drain at a time; a wake-up during a drain runs one more after it. */
function wake(h: Hub): void {
  if (h.draining) {
    h.again = true;
    return;
  }
  h.draining = drain(h)
    .catch((error: unknown) => {
      logger.warn("live.drain-failed", { errorName: error instanceof Error ? error.name : "unknown" });
    })
    .finally(() => {
      h.draining = null;
      if (h.again) {
        h.again = false;
        wake(h);
      }
    });
}

async function startListening(h: Hub): Promise<void> {
  try {
    const { listen } = await connectDb();
    h.unlisten = await listen(
      LIVE_CHANNEL,
      () => wake(h),
      () => {
        h.unlisten = null;
      },
    );
  } catch (error) {
    h.unlisten = null;
    logger.warn("live.listen-failed", { errorName: error instanceof Error ? error.name : "unknown" });
  }
}

function start(h: Hub): void {
  if (h.timer) return;
  void latestEventId()
    .then((id) => {
      h.cursor ??= id;
    })
    .catch(() => undefined);
  void startListening(h);
  h.timer = setInterval(() => {
    if (!h.unlisten) void startListening(h);
    wake(h);
  }, POLL_MS);
  h.timer.unref();
}

function stop(h: Hub): void {
  if (h.timer) clearInterval(h.timer);
  h.timer = null;
  const unlisten = h.unlisten;
  h.unlisten = null;
  h.cursor = null;
  void unlisten?.().catch(() => undefined);
}

/** Adds a browser; returns the function that removes it. The last one out stops the LISTEN. */
export function subscribe(subscriber: Subscriber): () => void {
  const h = hub();
  h.subscribers.add(subscriber);
  start(h);
  return () => {
    h.subscribers.delete(subscriber);
    if (h.subscribers.size === 0) stop(h);
  };
}
