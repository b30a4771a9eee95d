import type { Actor } from "@/lib/auth/actor";
import { CALL_STATUS_LABEL } from "@/lib/calls/rules/labels";
import { listUnloggedCalls } from "@/lib/calls/queries";
import { formatDateTime } from "@/lib/dates/zone";
import { formatPhone } from "@/lib/phone";

/** The phone system's unlogged calls, the ringing and in-progress ones first, as plain strings. */
export async function loadUnloggedNow(actor: Actor) {
  const calls = await listUnloggedCalls(actor);
  const live = calls.filter((c) => c.status === "RINGING" || c.status === "IN_PROGRESS").reverse();
  return {
    unlogged: calls.length,
    live: live.slice(0, 5).map((c) => ({
      id: c.id,
      number: formatPhone(c.fromNumber),
      line: c.phoneLine?.label ?? "—",
      status: CALL_STATUS_LABEL[c.status],
      at: formatDateTime(c.startedAt),
    })),
  };
}

export type UnloggedNow = Awaited<ReturnType<typeof loadUnloggedNow>>;
