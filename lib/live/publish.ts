import type { Tx } from "@/lib/db/client";
import type { LiveKind } from "./rules/audience";

export const LIVE_CHANNEL = "intake_live";

/**
 * Records a change for the live channel in the caller's transaction and announces it with
 * NOTIFY, which PostgreSQL (and PGlite) delivers only if the transaction commits
 * (docs/decisions/0016-live-updates.md). Ids only: never a name or a clinical value.
 */
export async function publishLiveEvent(
  tx: Pick<Tx, "liveEvent" | "$executeRaw">,
  event: { kind: LiveKind; entityId?: string | null; userId?: string | null },
): Promise<void> {
  const row = await tx.liveEvent.create({
    data: { kind: event.kind, entityId: event.entityId ?? null, userId: event.userId ?? null },
    select: { id: true },
  });
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${row.id.toString()})`;
}
