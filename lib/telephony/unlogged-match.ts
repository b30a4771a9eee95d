import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CallStatus } from "@/lib/generated/prisma/enums";
import { ANONYMOUS_CALLER } from "./rules/numbers";

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
 * The candidates for findUnloggedTelephonyMatch in one statement, oldest first. Exported so that
 * the benchmark runs and explains exactly this SQL (docs/benchmarks.md).
 */
export function unloggedMatchStatement(input: { fromNumber: string; phoneLineId?: string | null; around: Date }) {
  const around = input.around.getTime();
  return Prisma.sql`SELECT "id", "version", "startedAt", "durationSeconds", "status"::text AS "status", "phoneLineId"
  FROM "Call"
  WHERE "source" = 'TELEPHONY' AND "direction" = 'INBOUND' AND "disposition" IS NULL AND "fromNumber" = ${input.fromNumber}
    AND "startedAt" >= ${new Date(around - UNLOGGED_MATCH_WINDOW_MS)} AND "startedAt" <= ${new Date(around + UNLOGGED_MATCH_WINDOW_MS)}
    ${input.phoneLineId ? Prisma.sql`AND "phoneLineId" = ${input.phoneLineId}::uuid` : Prisma.empty}
  ORDER BY "startedAt" ASC, "id" ASC
  LIMIT ${MAX_CANDIDATES}`;
}

/**
 * The unlogged phone-system call a coordinator is most likely logging by hand: inbound, captured
 * by the webhooks, no disposition yet, from the same number, on the same line when one is given,
 * started within ±15 minutes of `around` — the closest in time wins (then the earlier one).
 * Anonymous callers never match: the coordinator cannot have typed their number.
 * Works on a transaction so the caller can lock in the row's `version` for its update.
 */
export async function findUnloggedTelephonyMatch(
  tx: Pick<Tx, "$queryRaw">,
  input: { fromNumber: string; phoneLineId?: string | null; around: Date },
): Promise<UnloggedTelephonyMatch | null> {
  if (input.fromNumber === ANONYMOUS_CALLER || input.fromNumber === "") return null;
  const around = input.around.getTime();
  const candidates = await tx.$queryRaw<UnloggedTelephonyMatch[]>(unloggedMatchStatement(input));
  let best: UnloggedTelephonyMatch | null = null;
  for (const candidate of candidates) {
    if (!best || Math.abs(candidate.startedAt.getTime() - around) < Math.abs(best.startedAt.getTime() - around))
      best = candidate;
  }
  return best;
}
