import type { Tx } from "@/lib/db/client";
import type { CallStatus } from "@/lib/generated/prisma/enums";
import { ANONYMOUS_CALLER } from "./numbers";

/** A hand-logged call this close in time to a captured one from the same number is that call. */
export const UNLOGGED_MATCH_WINDOW_MS = 15 * 60_000;

/**
 * Columns the phone system owns on a TELEPHONY call. A merge of a hand-logged call into the
 * captured one writes the coordinator's fields and leaves these alone; status callbacks write
 * only these (and never bump `version`).
 */
export const TELEPHONY_OWNED_FIELDS = [
  "source",
  "direction",
  "status",
  "startedAt",
  "durationSeconds",
  "fromNumber",
  "phoneLineId",
  "telephonySid",
  "telephonySeq",
] as const;

export interface UnloggedTelephonyMatch {
  id: string;
  version: number;
  startedAt: Date;
  durationSeconds: number | null;
  status: CallStatus;
  phoneLineId: string | null;
}

/** Upper bound on candidates read: many unlogged calls from one number in 30 minutes are spam. */
const MAX_CANDIDATES = 20;

/**
 * The unlogged phone-system call a coordinator is most likely logging by hand: inbound, captured
 * by the webhooks, no disposition yet, from the same number, on the same line when one is given,
 * started within ±15 minutes of `around` — the closest in time wins (then the earlier one).
 * Anonymous callers never match: the coordinator cannot have typed their number.
 * Works on a transaction so the caller can lock in the row's `version` for its update.
 */
export async function findUnloggedTelephonyMatch(
  tx: Pick<Tx, "call">,
  input: { fromNumber: string; phoneLineId?: string | null; around: Date },
): Promise<UnloggedTelephonyMatch | null> {
  if (input.fromNumber === ANONYMOUS_CALLER || input.fromNumber === "") return null;
  const around = input.around.getTime();
  const candidates = await tx.call.findMany({
    where: {
      source: "TELEPHONY",
      direction: "INBOUND",
      disposition: null,
      fromNumber: input.fromNumber,
      startedAt: { gte: new Date(around - UNLOGGED_MATCH_WINDOW_MS), lte: new Date(around + UNLOGGED_MATCH_WINDOW_MS) },
      ...(input.phoneLineId ? { phoneLineId: input.phoneLineId } : {}),
    },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    take: MAX_CANDIDATES,
    select: { id: true, version: true, startedAt: true, durationSeconds: true, status: true, phoneLineId: true },
  });
  let best: UnloggedTelephonyMatch | null = null;
  for (const candidate of candidates) {
    if (!best || Math.abs(candidate.startedAt.getTime() - around) < Math.abs(best.startedAt.getTime() - around))
      best = candidate;
  }
  return best;
}
